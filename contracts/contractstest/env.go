package contractstest

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
)

// Env is a chain with the four contracts deployed by Accounts[0], which owns them.
type Env struct {
	*Chain
	Addr     contracts.Addresses
	NFT      *mmbind.ModelNFT
	Market   *mmbind.Marketplace
	Licenses *mmbind.LicenseManager
	Reviews  *mmbind.Reviews
}

// NewEnv starts a chain with n accounts (at least 1) on mainnet's rules and
// deploys the contracts with p. Close it when done.
func NewEnv(n int, p contracts.DeployParams) (*Env, error) {
	c, err := NewChain(n)
	if err != nil {
		return nil, err
	}
	return DeployOn(c, p)
}

// DeployOn deploys the contracts on c from its first account. On error it
// closes c.
func DeployOn(c *Chain, p contracts.DeployParams) (*Env, error) {
	addrs, err := contracts.Deploy(context.Background(), c.Client, c.Opts(c.Accounts[0]), p)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("deploy: %w", err)
	}
	return &Env{
		Chain:    c,
		Addr:     addrs,
		NFT:      mmbind.NewModelNFT(),
		Market:   mmbind.NewMarketplace(),
		Licenses: mmbind.NewLicenseManager(),
		Reviews:  mmbind.NewReviews(),
	}, nil
}

// Owner is the account that deployed and owns the contracts.
func (e *Env) Owner() Account { return e.Accounts[0] }

// CID returns a binary CIDv1 (raw codec, sha2-256) for seed, as the server
// would make for a small JSON file.
func CID(seed string) []byte {
	sum := sha256.Sum256([]byte(seed))
	return append([]byte{0x01, 0x55, 0x12, 0x20}, sum[:]...)
}

// DagPBCID is CID with the dag-pb codec (bafybei...): a head ModelNFT stores.
func DagPBCID(seed string) []byte {
	sum := sha256.Sum256([]byte(seed))
	return append([]byte{0x01, 0x70, 0x12, 0x20}, sum[:]...)
}

// Digest returns a content digest for seed.
func Digest(seed string) [32]byte {
	return sha256.Sum256([]byte("content " + seed))
}

// Mint mints a token as `from` to `to` and returns its id.
func (e *Env) Mint(from Account, to common.Address, seed string, royaltyReceiver common.Address, royaltyBps uint16) (*big.Int, *types.Receipt, error) {
	r, err := e.Send(from, e.Addr.ModelNFT, e.NFT.PackMint(to, CID(seed), Digest(seed), royaltyReceiver, royaltyBps), nil)
	if err != nil {
		return nil, nil, fmt.Errorf("mint: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := e.NFT.UnpackMintedEvent(l); err == nil {
			return ev.TokenId, r, nil
		}
	}
	return nil, r, fmt.Errorf("mint: no Minted event in %s", r.TxHash)
}

// ApproveMarket approves the Marketplace for all of a's tokens.
func (e *Env) ApproveMarket(a Account) error {
	_, err := e.Send(a, e.Addr.ModelNFT, e.NFT.PackSetApprovalForAll(e.Addr.Marketplace, true), nil)
	return err
}

// MintAndList mints a token to seller with a royalty, approves the market
// and lists it at price. It returns the token id.
func (e *Env) MintAndList(seller Account, seed string, royaltyReceiver common.Address, royaltyBps uint16, price *big.Int) (*big.Int, error) {
	id, _, err := e.Mint(seller, seller.Addr, seed, royaltyReceiver, royaltyBps)
	if err != nil {
		return nil, err
	}
	if err := e.ApproveMarket(seller); err != nil {
		return nil, fmt.Errorf("approve: %w", err)
	}
	if _, err := e.Send(seller, e.Addr.Marketplace, e.Market.PackList(id, price), nil); err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	return id, nil
}

// Buy buys a listed token at price, accepting the current fee.
func (e *Env) Buy(buyer Account, id, price *big.Int, maxFeeBps uint16) (*types.Receipt, error) {
	return e.Send(buyer, e.Addr.Marketplace, e.Market.PackBuy(id, price, maxFeeBps), price)
}

// OwnerOf returns the owner of a token.
func (e *Env) OwnerOf(id *big.Int) (common.Address, error) {
	out, err := e.Call(e.Addr.ModelNFT, e.NFT.PackOwnerOf(id))
	if err != nil {
		return common.Address{}, err
	}
	return e.NFT.UnpackOwnerOf(out)
}

// Credit returns the Marketplace's credit for payee.
func (e *Env) Credit(payee common.Address) (*big.Int, error) {
	out, err := e.Call(e.Addr.Marketplace, e.Market.PackCredits(payee))
	if err != nil {
		return nil, err
	}
	return e.Market.UnpackCredits(out)
}

// PublishOffer publishes a license offer as the token's owner and returns its id.
func (e *Env) PublishOffer(owner Account, tokenID, price *big.Int, duration, cap uint32, commercial bool) (*big.Int, error) {
	r, err := e.Send(owner, e.Addr.LicenseManager,
		e.Licenses.PackPublishOffer(tokenID, price, duration, cap, CID("terms "+tokenID.String()), commercial), nil)
	if err != nil {
		return nil, fmt.Errorf("publish offer: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := e.Licenses.UnpackOfferPublishedEvent(l); err == nil {
			return ev.OfferId, nil
		}
	}
	return nil, fmt.Errorf("publish offer: no OfferPublished event")
}

// BuyLicense buys a license from an offer at price.
func (e *Env) BuyLicense(buyer Account, offerID, price *big.Int) (*types.Receipt, error) {
	return e.Send(buyer, e.Addr.LicenseManager, e.Licenses.PackBuyLicense(offerID, price), price)
}
