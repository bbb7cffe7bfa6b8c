// Package contractstest runs modelmarket's contracts on go-ethereum's
// simulated chain (ethclient/simulated) for tests and benchmarks: funded
// accounts with fixed keys, a client that mines a block on every send (as the
// dev chain does), the four contracts deployed with contracts.Deploy, and small
// helpers to send, call and read events.
package contractstest

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// Funds is what every account starts with: 10^31 wei, more than any price a
// test uses (prices go up to 10^30 wei).
var Funds = new(big.Int).Exp(big.NewInt(10), big.NewInt(31), nil)

// Account is a funded externally owned account.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
}

// Client is the simulated chain's client; SendTransaction mines the
// transaction into its own block at once.
type Client struct {
	simulated.Client
	sim *simulated.Backend
}

// SendTransaction sends tx and commits a block, so its receipt is there when it returns.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.sim.Commit()
	return nil
}

// Chain is a simulated chain with funded accounts.
type Chain struct {
	Sim      *simulated.Backend
	Client   *Client
	ChainID  *big.Int
	Accounts []Account
}

// NewChain starts a simulated chain with n funded accounts on mainnet's
// current rules (Osaka: the gas schedule the published reference figures
// use). Their keys are derived from fixed seeds, so addresses (and gas
// figures) are the same on every run. Close it when done.
func NewChain(n int) (*Chain, error) {
	return newChain(n, false)
}

// NewDevRulesChain is NewChain on the rules of go-ethereum's dev chain
// (params.AllDevChainProtocolChanges), which the embedded dev node runs: it
// includes forks after Osaka whose state-gas metering (EIP-8037) makes
// storage writes several times dearer.
func NewDevRulesChain(n int) (*Chain, error) {
	return newChain(n, true)
}

func newChain(n int, devRules bool) (*Chain, error) {
	alloc := types.GenesisAlloc{}
	accounts := make([]Account, n)
	for i := range accounts {
		seed := sha256.Sum256(fmt.Appendf(nil, "modelmarket test account %d", i))
		key, err := crypto.ToECDSA(seed[:])
		if err != nil {
			return nil, fmt.Errorf("account %d: %w", i, err)
		}
		accounts[i] = Account{Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey)}
		alloc[accounts[i].Addr] = types.Account{Balance: Funds}
	}
	rules := func(_ *node.Config, ec *ethconfig.Config) {
		if devRules {
			return
		}
		cfg := *ec.Genesis.Config
		cfg.AmsterdamTime = nil
		cfg.BogotaTime = nil
		ec.Genesis.Config = &cfg
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), rules)
	c := &Chain{Sim: sim, Client: &Client{Client: sim.Client(), sim: sim}, Accounts: accounts}
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		sim.Close()
		return nil, fmt.Errorf("chain id: %w", err)
	}
	c.ChainID = id
	return c, nil
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Sim.Close() }

// Opts returns transaction options signing as a.
func (c *Chain) Opts(a Account) *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.Key, c.ChainID)
}

// ErrReverted is returned by Send when a mined transaction failed.
var ErrReverted = errors.New("transaction reverted")

// Send sends data with value wei from a to `to` and returns the receipt. A call
// that would revert fails at gas estimation: the error carries the revert data
// (contracts.DecodeRevert reads it) and nothing is sent. The gas limit is the
// estimate plus a quarter, as wallets add: an estimate runs in the latest
// block's context, and a branch on block.timestamp (a license renewal) can
// need a little more in the next block.
func (c *Chain) Send(a Account, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	gas, err := c.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: a.Addr, To: &to, Data: data, Value: value})
	if err != nil {
		return nil, err
	}
	return c.SendWithGas(a, to, data, value, gas+gas/4)
}

// SendWithGas is Send with a fixed gas limit, skipping estimation, so a
// failing transaction is mined (and returns ErrReverted with its receipt).
func (c *Chain) SendWithGas(a Account, to common.Address, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	opts := c.Opts(a)
	opts.Value = value
	opts.GasLimit = gas
	tx, err := bind.NewBoundContract(to, abi.ABI{}, c.Client, c.Client, c.Client).RawTransact(opts, data)
	if err != nil {
		return nil, err
	}
	return c.wait(tx)
}

// DeployContract deploys bytecode (hex, as in the bindings' MetaData.Bin) with
// packed constructor arguments.
func (c *Chain) DeployContract(a Account, bin string, args []byte) (common.Address, *types.Receipt, error) {
	addr, tx, err := bind.DeployContract(c.Opts(a), common.FromHex(bin), c.Client, args)
	if err != nil {
		return common.Address{}, nil, err
	}
	r, err := c.wait(tx)
	return addr, r, err
}

func (c *Chain) wait(tx *types.Transaction) (*types.Receipt, error) {
	r, err := bind.WaitMined(context.Background(), c.Client, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s (gas used %d of %d): %w", tx.Hash(), r.GasUsed, tx.Gas(), ErrReverted)
	}
	return r, nil
}

// Call runs a read-only call against the latest block.
func (c *Chain) Call(to common.Address, data []byte) ([]byte, error) {
	return c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
}

// Balance returns the latest balance of addr.
func (c *Chain) Balance(addr common.Address) (*big.Int, error) {
	return c.Client.BalanceAt(context.Background(), addr, nil)
}

// AdjustTime is Sim.AdjustTime (an empty block d later than the head) once
// the node's transaction pool has caught up with the last block. The pool
// drops the transactions a block included in the background, and until it
// has, the simulated beacon counts them as pending and refuses ("could not
// adjust time on non-empty block"); CI saw that right after a committed
// purchase. A transaction that really waits still fails it, after 10 s.
func (c *Chain) AdjustTime(d time.Duration) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := c.Sim.AdjustTime(d)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}
