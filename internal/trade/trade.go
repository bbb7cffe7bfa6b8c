// Package trade builds the transactions of the marketplace (mint, approve,
// list, change price, cancel, buy, transfer) after checking the chain's
// current state, so a person's wallet is only ever asked to sign something
// that will not revert for a reason we could have told them first. The
// server never signs: it returns {to, data, value, chainId} and the page's
// wallet script sends it.
package trade

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/apperr"
)

// Backend is what the Builder needs of a chain node: calls, gas estimation
// (which runs the transaction and reports its revert) and transaction lookup
// for explaining a failure. ethclient, the simulated backend and
// internal/chain.Client (with its failover) provide it.
type Backend interface {
	ethereum.ContractCaller
	ethereum.GasEstimator
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// Tx is a transaction for the person's wallet to send, as the page's wallet
// script takes it.
type Tx struct {
	To      string `json:"to"`      // EIP-55 contract address
	Data    string `json:"data"`    // 0x-hex call data
	Value   string `json:"value"`   // wei, decimal ("0" for none)
	ChainID uint64 `json:"chainId"` // the chain it is valid on
}

// ErrNeedsApproval is wrapped (in an apperr.Conflict) by List when the
// Marketplace may not move the token yet: the page does the approval step
// first, then asks again.
var ErrNeedsApproval = errors.New("marketplace not approved")

// Builder builds transactions against one deployment of our contracts. It is
// safe for concurrent use; use it by pointer (it holds a cache).
type Builder struct {
	b      Backend
	addrs  contracts.Addresses
	nft    *mmbind.ModelNFT
	market *mmbind.Marketplace
	reads  readCache // page reads (reads.go)
}

// New returns a Builder for the contracts at addrs on b. It returns an error
// when an address or the chain id is missing.
func New(b Backend, addrs contracts.Addresses) (*Builder, error) {
	if b == nil {
		return nil, errors.New("trade.New: no backend")
	}
	if err := addrs.Validate(); err != nil {
		return nil, fmt.Errorf("trade.New: %w", err)
	}
	return &Builder{b: b, addrs: addrs, nft: mmbind.NewModelNFT(), market: mmbind.NewMarketplace()}, nil
}

// Addresses returns the deployment the Builder uses.
func (b *Builder) Addresses() contracts.Addresses { return b.addrs }

// call runs a read-only call and unpacks its answer. A revert comes back in
// words (contracts.WrapRevert); a node that does not answer is Unavailable.
func call[T any](ctx context.Context, b *Builder, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := b.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, chainErr(err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("unpack answer of %s: %w", to, err)
	}
	return v, nil
}

// chainErr turns a node's error into one for people: a revert in words, a
// dead node as Unavailable, anything else kept for the log.
func chainErr(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := contracts.RevertData(err); ok {
		return contracts.WrapRevert(err)
	}
	if apperr.KindOf(err) != apperr.Internal {
		return err
	}
	return apperr.Wrap(apperr.Unavailable, "The Ethereum node did not answer; try again in a moment.", err)
}

// tx checks that from can send data with value to `to` right now (the
// node runs it: a revert comes back in words, as does a balance too low for
// the value) and returns it as a Tx.
func (b *Builder) tx(ctx context.Context, from, to common.Address, data []byte, value *big.Int) (Tx, error) {
	if value == nil {
		value = new(big.Int)
	}
	_, err := b.b.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value})
	if err != nil {
		if strings.Contains(err.Error(), "insufficient funds") {
			return Tx{}, apperr.Wrap(apperr.Invalid,
				fmt.Sprintf("Your account does not hold enough ETH for this: it needs %s plus gas.", contracts.FormatETH(value)), err)
		}
		return Tx{}, chainErr(err)
	}
	return Tx{To: to.Hex(), Data: hexutil.Encode(data), Value: value.String(), ChainID: b.addrs.ChainID}, nil
}

// tokenState reads who owns a token, how often it moved and whether the
// Marketplace may move it. A token that does not exist is NotFound.
func (b *Builder) tokenState(ctx context.Context, tokenID *big.Int) (mmbind.OperatorStateOutput, error) {
	return call(ctx, b, b.addrs.ModelNFT, b.nft.PackOperatorState(tokenID, b.addrs.Marketplace), b.nft.UnpackOperatorState)
}

// FeeBps reads the Marketplace's current platform fee in basis points.
func (b *Builder) FeeBps(ctx context.Context) (uint16, error) {
	return call(ctx, b, b.addrs.Marketplace, b.market.PackFeeBps(), b.market.UnpackFeeBps)
}

func checkTokenID(tokenID *big.Int) error {
	if tokenID == nil || tokenID.Sign() < 0 {
		return apperr.E(apperr.Invalid, "A token id is a whole number, 0 or more.")
	}
	return nil
}

var maxPrice = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

func checkPrice(price *big.Int) error {
	if price == nil || price.Sign() <= 0 {
		return apperr.E(apperr.Invalid, "The price must be more than 0 ETH.")
	}
	if price.Cmp(maxPrice) > 0 {
		return apperr.E(apperr.Invalid, "That price is too large.")
	}
	return nil
}

func notOwner(tokenID *big.Int) error {
	return apperr.E(apperr.Forbidden, fmt.Sprintf("You do not own token #%s.", tokenID))
}
