package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// DevChainID is the chain id of the embedded dev chain, the one MetaMask,
// Hardhat and Anvil use for local chains.
const DevChainID = 1337

// devGasLimit is the genesis gas limit; it equals the miner's default gas
// ceiling so blocks keep one limit instead of drifting toward it.
const devGasLimit = 60_000_000

// devFunding is each dev account's genesis balance: 10000 ETH, as Hardhat and Anvil.
var devFunding = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

// DevConfig configures the embedded dev chain.
type DevConfig struct {
	// Dir holds the chain's database (the app passes data/chain). Required:
	// the chain survives restarts only through it.
	Dir string
	// HTTPHost and HTTPPort are where JSON-RPC (eth, net, web3, devtime) listens; an
	// empty host is 127.0.0.1. Port 0 picks a free port; Endpoint reports the
	// one chosen.
	HTTPHost string
	HTTPPort int
	// CORSOrigins are the browser origins allowed to call JSON-RPC (the app's origin).
	CORSOrigins []string
	// VirtualHosts are the Host names accepted (IP addresses always are);
	// empty means "localhost".
	VirtualHosts []string
	// Logger receives the chain's logs, geth's own included (warnings and up).
	// Nil discards them.
	Logger *slog.Logger
}

// DevChain is a running embedded dev chain: one geth node that mines a block
// as soon as a transaction arrives.
type DevChain struct {
	stack    *node.Node
	backend  *eth.Ethereum
	chainID  *big.Int
	accounts []DevAccount
	log      *slog.Logger

	closeOnce sync.Once
	closeErr  error
}

// StartDev starts the dev chain of cfg.Dir, creating it on first start with
// chain id 1337 and the DevAccountCount dev accounts funded with 10000 ETH
// each. It is the assembly geth --dev uses: node + eth service + filter API +
// a simulated beacon with period 0 whose dev API mines on each transaction.
// It fails if Dir is empty or used by another process (geth's directory lock),
// if the port is taken, or if Dir holds a chain with another genesis.
//
// geth logs through a process-wide logger: StartDev points it at cfg.Logger,
// so the last started DevChain receives geth's logs.
func StartDev(ctx context.Context, cfg DevConfig) (*DevChain, error) {
	if cfg.Dir == "" {
		return nil, errors.New("dev chain: no data directory")
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	gethLog := gethLogger(logger.With("component", "geth"))
	log.SetDefault(gethLog) // eth, core and miner log through the global logger only

	accounts, err := DevAccounts(DevAccountCount)
	if err != nil {
		return nil, fmt.Errorf("dev chain: %w", err)
	}

	host := cfg.HTTPHost
	if host == "" {
		host = "127.0.0.1" // an empty host would turn HTTP off in geth
	}
	vhosts := cfg.VirtualHosts
	if len(vhosts) == 0 {
		vhosts = []string{"localhost"}
	}
	if cfg.HTTPPort != 0 {
		// Fail on a taken port before geth opens the chain: a node.Start that
		// fails leaves the eth service's state freezer locked (geth stops only
		// started services), and a later start in this process would die on it.
		ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(cfg.HTTPPort)))
		if err != nil {
			return nil, fmt.Errorf("dev chain: JSON-RPC port: %w", err)
		}
		ln.Close()
	}
	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "geth" // the instance dir; otherwise it is named after the executable
	nodeCfg.DataDir = cfg.Dir
	nodeCfg.HTTPHost = host
	nodeCfg.HTTPPort = cfg.HTTPPort
	// devtime (time travel, devtime.go) is served here because only the
	// embedded dev chain registers it; a --rpc node never has it.
	nodeCfg.HTTPModules = []string{"eth", "net", "web3", DevTimeNamespace}
	nodeCfg.HTTPCors = cfg.CORSOrigins
	nodeCfg.HTTPVirtualHosts = vhosts
	nodeCfg.UseLightweightKDF = true
	nodeCfg.Logger = gethLog
	// No peers, no discovery, no listening socket: as geth --dev.
	nodeCfg.P2P = p2p.Config{MaxPeers: 0, NoDiscovery: true, NoDial: true, ListenAddr: ""}

	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("dev chain %s: %w", cfg.Dir, err)
	}
	dc, err := assemble(stack, accounts)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain %s: %w", cfg.Dir, err)
	}
	dc.log = logger
	logger.InfoContext(ctx, "dev chain started", "dir", cfg.Dir, "rpc", dc.Endpoint(), "chain_id", dc.chainID, "height", dc.Height())
	return dc, nil
}

// assemble registers the services on stack and starts it; the caller closes
// stack on error.
func assemble(stack *node.Node, accounts []DevAccount) (*DevChain, error) {
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = devGenesis(accounts)
	ethCfg.NetworkId = DevChainID
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.GasPrice = big.NewInt(1) // as geth --dev: any tip is enough to be mined
	// The defaults size caches for a mainnet node (GBs); a dev chain needs little.
	ethCfg.DatabaseCache = 64
	ethCfg.TrieCleanCache = 32
	ethCfg.TrieDirtyCache = 32
	ethCfg.SnapshotCache = 16
	// No log search index: loading it costs ~200 ms per start and ~250 ms per
	// close (seconds under -race), and a dev chain has a block per
	// transaction only, so eth_getLogs scanning blocks' blooms is fast enough.
	ethCfg.LogNoHistory = true

	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return nil, fmt.Errorf("eth service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})

	// Fees' tips go to the zero address so dev balances move only by their
	// own transactions.
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return nil, fmt.Errorf("simulated beacon: %w", err)
	}
	// Period 0 mines on each transaction only through the dev API's loop.
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterAPIs([]rpc.API{devTimeRPC(beacon, backend)})
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		return nil, fmt.Errorf("start: %w", err)
	}
	return &DevChain{
		stack:    stack,
		backend:  backend,
		chainID:  new(big.Int).Set(backend.BlockChain().Config().ChainID),
		accounts: accounts,
	}, nil
}

// devGenesis starts from geth's developer genesis, which carries the system
// contracts current forks call into (a hand-made genesis fails every block
// with "empty system contract"), and funds the dev accounts.
func devGenesis(accounts []DevAccount) *core.Genesis {
	g := core.DeveloperGenesisBlock(devGasLimit, nil)
	config := *g.Config
	config.ChainID = big.NewInt(DevChainID)
	// geth's dev config also switches on forks mainnet has not scheduled
	// (Amsterdam/Bogota: EIP-8037 state gas makes storage ~3x dearer). Stop
	// at Osaka, so gas here is what people will pay on mainnet.
	config.AmsterdamTime = nil
	config.BogotaTime = nil
	g.Config = &config
	for _, a := range accounts {
		g.Alloc[a.Address] = types.Account{Balance: new(big.Int).Set(devFunding)}
	}
	return g
}

// Endpoint returns the JSON-RPC URL (http://host:port).
func (d *DevChain) Endpoint() string { return d.stack.HTTPEndpoint() }

// ChainID returns the chain id (1337); the caller may keep the value.
func (d *DevChain) ChainID() *big.Int { return new(big.Int).Set(d.chainID) }

// Accounts returns the prefunded dev accounts, #0 first.
func (d *DevChain) Accounts() []DevAccount { return append([]DevAccount(nil), d.accounts...) }

// Height returns the number of the current head block.
func (d *DevChain) Height() uint64 {
	return d.backend.BlockChain().CurrentBlock().Number.Uint64()
}

// Client returns a Client over the node's in-process RPC: no socket, no
// HTTP timeouts, and subscriptions work (HTTP has none). Close the Client
// before or after the DevChain; calls after DevChain.Close fail.
func (d *DevChain) Client() *Client {
	return newClientWith([]*rpcNode{newNode("inproc://dev-chain", d.stack.Attach())}, d.chainID, d.log)
}

// Close stops the node and flushes its state to Dir. It is safe to call more
// than once; later calls return the first call's result.
func (d *DevChain) Close() error {
	d.closeOnce.Do(func() {
		if err := d.stack.Close(); err != nil {
			d.closeErr = fmt.Errorf("dev chain close: %w", err)
		}
		if d.log != nil {
			d.log.Info("dev chain stopped", "err", d.closeErr)
		}
	})
	return d.closeErr
}

// gethLogger routes geth's log records to l, warnings and up: geth logs every
// block and request at info and debug.
func gethLogger(l *slog.Logger) log.Logger {
	return log.NewLogger(gethHandler{next: l.Handler()})
}

// devNoise are geth warnings that are normal for a dev node: it has no peers
// by design, and a fresh database has no head block yet.
var devNoise = map[string]bool{
	"P2P server will be useless, neither dialing nor listening": true,
	"Head block is not reachable":                               true,
}

// gethHandler passes geth's warnings and errors to next, less devNoise and
// less geth's "Served <method>" warnings: those are JSON-RPC error answers
// (reverts, nonce too low) for the caller to handle, not faults of the node.
type gethHandler struct{ next slog.Handler }

func (h gethHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return level >= slog.LevelWarn && h.next.Enabled(ctx, level)
}

func (h gethHandler) Handle(ctx context.Context, r slog.Record) error {
	noise := devNoise[r.Message] || strings.HasPrefix(r.Message, "Served ")
	if r.Level < slog.LevelWarn || (r.Level < slog.LevelError && noise) {
		return nil
	}
	return h.next.Handle(ctx, r)
}

func (h gethHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return gethHandler{next: h.next.WithAttrs(attrs)}
}

func (h gethHandler) WithGroup(name string) slog.Handler {
	return gethHandler{next: h.next.WithGroup(name)}
}
