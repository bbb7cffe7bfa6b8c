package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	mmbind "modelmarket/contracts/bind"
)

// Backend is what Deploy needs of a chain. *ethclient.Client and the client of
// ethclient/simulated both have it.
type Backend interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// DeployParams are the fee settings a deployment starts with. The deployer
// owns the contracts; ownership moves later in two steps (transferOwnership,
// acceptOwnership), for instance to a DAO timelock.
type DeployParams struct {
	// FeeRecipient receives the platform fees; zero means the deployer.
	FeeRecipient common.Address
	// FeeBps is the Marketplace's fee on each sale, in basis points.
	FeeBps uint16
	// LicenseFeeBps is the LicenseManager's fee on each license sale.
	LicenseFeeBps uint16
	// MaxFeeBps caps both fees for the contracts' lifetime; at most 5000.
	MaxFeeBps uint16
}

// MaxFeeCapBps is the highest fee cap a deployment may choose (the contracts'
// MAX_FEE_CAP_BPS).
const MaxFeeCapBps = 5_000

// DefaultDeployParams is a 2.5 % fee on sales and licenses under a 10 % cap.
func DefaultDeployParams() DeployParams {
	return DeployParams{FeeBps: 250, LicenseFeeBps: 250, MaxFeeBps: 1_000}
}

// Validate reports fees above the cap or a cap above MaxFeeCapBps.
func (p DeployParams) Validate() error {
	if p.MaxFeeBps > MaxFeeCapBps {
		return fmt.Errorf("fee cap %d bps is above the highest allowed, %d", p.MaxFeeBps, MaxFeeCapBps)
	}
	if p.FeeBps > p.MaxFeeBps || p.LicenseFeeBps > p.MaxFeeBps {
		return fmt.Errorf("fees %d and %d bps must not exceed the cap, %d", p.FeeBps, p.LicenseFeeBps, p.MaxFeeBps)
	}
	return nil
}

// Deploy deploys ModelNFT, Marketplace, LicenseManager and Reviews from
// auth.From and wires them: ModelNFT allow-lists the Marketplace and the
// LicenseManager as operators, Reviews is told the other three. It sends the
// four deployments with consecutive nonces, waits for their receipts, then
// sends and waits for the two wiring transactions, so it works on a node that
// mines on its own (a dev chain, a real network). On ethclient/simulated
// somebody must Commit: contractstest.Chain does it on every send.
//
// Errors: invalid params; a failed RPC; a transaction that reverted (the
// error says which step); ctx ending while waiting for a receipt.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, p DeployParams) (Addresses, error) {
	if err := p.Validate(); err != nil {
		return Addresses{}, fmt.Errorf("deploy: %w", err)
	}
	if p.FeeRecipient == (common.Address{}) {
		p.FeeRecipient = auth.From
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return Addresses{}, fmt.Errorf("deploy: chain id: %w", err)
	}
	var nonce uint64
	if auth.Nonce != nil {
		nonce = auth.Nonce.Uint64()
	} else if nonce, err = backend.PendingNonceAt(ctx, auth.From); err != nil {
		return Addresses{}, fmt.Errorf("deploy: nonce of %s: %w", auth.From, err)
	}
	opts := func(i uint64) *bind.TransactOpts {
		o := *auth
		o.Context = ctx
		o.Nonce = new(big.Int).SetUint64(nonce + i)
		return &o
	}

	// Addresses follow from the deployer and its nonces, so the later
	// constructors can name the earlier contracts before those are mined.
	var a Addresses
	a.ChainID = chainID.Uint64()
	a.ModelNFT = crypto.CreateAddress(auth.From, nonce)
	a.Marketplace = crypto.CreateAddress(auth.From, nonce+1)
	a.LicenseManager = crypto.CreateAddress(auth.From, nonce+2)
	a.Reviews = crypto.CreateAddress(auth.From, nonce+3)

	nft := mmbind.NewModelNFT()
	market := mmbind.NewMarketplace()
	lm := mmbind.NewLicenseManager()
	reviews := mmbind.NewReviews()
	steps := []struct {
		name string
		bin  string
		args []byte
		addr common.Address
	}{
		{"ModelNFT", mmbind.ModelNFTMetaData.Bin, nft.PackConstructor(auth.From), a.ModelNFT},
		{"Marketplace", mmbind.MarketplaceMetaData.Bin,
			market.PackConstructor(a.ModelNFT, auth.From, p.MaxFeeBps, p.FeeBps, p.FeeRecipient), a.Marketplace},
		{"LicenseManager", mmbind.LicenseManagerMetaData.Bin,
			lm.PackConstructor(a.ModelNFT, auth.From, p.MaxFeeBps, p.LicenseFeeBps, p.FeeRecipient), a.LicenseManager},
		{"Reviews", mmbind.ReviewsMetaData.Bin, reviews.PackConstructor(a.ModelNFT, a.Marketplace, a.LicenseManager), a.Reviews},
	}
	var sent []pendingTx
	for i, s := range steps {
		addr, tx, err := bind.DeployContract(opts(uint64(i)), common.FromHex(s.bin), backend, s.args)
		if err != nil {
			return Addresses{}, fmt.Errorf("deploy %s: %w", s.name, err)
		}
		if addr != s.addr {
			return Addresses{}, fmt.Errorf("deploy %s: landed at %s, expected %s (nonce in use?)", s.name, addr, s.addr)
		}
		sent = append(sent, pendingTx{"deploy " + s.name, tx})
	}
	receipts, err := waitAll(ctx, backend, sent)
	if err != nil {
		return Addresses{}, err
	}
	a.DeployBlock = receipts[0].BlockNumber.Uint64()

	nftC := nft.Instance(backend, a.ModelNFT)
	sent = sent[:0]
	for i, op := range []struct {
		name string
		addr common.Address
	}{{"Marketplace", a.Marketplace}, {"LicenseManager", a.LicenseManager}} {
		tx, err := bind.Transact(nftC, opts(uint64(len(steps)+i)), nft.PackSetOperatorAllowed(op.addr, true))
		if err != nil {
			return Addresses{}, fmt.Errorf("deploy: allow-list %s on ModelNFT: %w", op.name, err)
		}
		sent = append(sent, pendingTx{"allow-list " + op.name, tx})
	}
	if _, err := waitAll(ctx, backend, sent); err != nil {
		return Addresses{}, err
	}
	return a, nil
}

type pendingTx struct {
	what string
	tx   *types.Transaction
}

func waitAll(ctx context.Context, backend Backend, txs []pendingTx) ([]*types.Receipt, error) {
	var out []*types.Receipt
	for _, p := range txs {
		r, err := bind.WaitMined(ctx, backend, p.tx.Hash())
		if err != nil {
			return nil, fmt.Errorf("deploy: %s: wait for %s: %w", p.what, p.tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy: %s: transaction %s reverted", p.what, p.tx.Hash())
		}
		out = append(out, r)
	}
	return out, nil
}

// ErrNotDeployed is returned by CheckDeployed when a contract has no code at
// its address (a wiped dev chain, a wrong network).
var ErrNotDeployed = errors.New("contracts not deployed on this chain")

// CheckDeployed confirms that a belongs to the backend's chain (same chain id)
// and that each address holds code, so saved addresses can be reused. It
// returns an error wrapping ErrNotDeployed when they cannot.
func CheckDeployed(ctx context.Context, backend interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	ChainID(ctx context.Context) (*big.Int, error)
}, a Addresses) error {
	id, err := backend.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("check contracts: chain id: %w", err)
	}
	if id.Uint64() != a.ChainID {
		return fmt.Errorf("check contracts: saved for chain %d, connected to chain %d: %w", a.ChainID, id.Uint64(), ErrNotDeployed)
	}
	for name, addr := range map[string]common.Address{
		"ModelNFT": a.ModelNFT, "Marketplace": a.Marketplace, "LicenseManager": a.LicenseManager, "Reviews": a.Reviews,
	} {
		code, err := backend.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("check contracts: code of %s at %s: %w", name, addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("check contracts: no %s at %s: %w", name, addr, ErrNotDeployed)
		}
	}
	return nil
}
