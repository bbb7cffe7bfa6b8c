// Package indexer copies our contracts' events into the SQL read model:
// eth_getLogs over the four contracts in adaptive block windows up to the
// head minus some confirmations, each window stored in one transaction with
// the cursor, reorgs detected by block hash and undone, token metadata read
// from IPFS on the side. The chain stays the truth: dropping the read model
// and indexing again gives the same rows.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts"
	"modelmarket/internal/listing"
)

// Chain is what the indexer reads from a node. *ethclient.Client and the
// simulated backend's client and internal/chain.Client (failover) satisfy it.
type Chain interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Config says what to index and how.
type Config struct {
	// Contracts is the deployment to index; its ChainID is checked against
	// the stored cursor.
	Contracts contracts.Addresses
	// StartBlock is the first block read (the deployment block).
	StartBlock uint64
	// Confirmations: only blocks at least this deep are indexed (0 indexes
	// the head, right for the dev chain that never reorgs).
	Confirmations uint64
	// PollInterval is the wait between syncs once caught up (default 2 s).
	PollInterval time.Duration
	// Window is the first eth_getLogs block range (default 8). It halves
	// when a node refuses a range, shrinks to about BatchEvents logs on a
	// busy stretch of chain and doubles on a quiet one, up to MaxWindow
	// (default 50,000). The database waits for the first window, so it
	// starts small: on a busy chain a wide one held tens of thousands of
	// logs (a second of idle writer in a backfill), on a quiet chain a
	// few more calls reach the wide windows.
	Window, MaxWindow uint64
	// BatchEvents is about how many events go into one database
	// transaction (default 4,000; a block is never split).
	BatchEvents int
	// Log receives progress and problems (nil: discarded).
	Log *slog.Logger
	// Progress, when set, is called after each stored batch.
	Progress func(p Progress)
}

// Progress reports a stored batch.
type Progress struct {
	Block  uint64 // the batch's last block
	Head   uint64 // the block the sync aims for
	Events int    // events in the batch
}

// Indexer copies events of one deployment into a Store. Its methods are not
// safe for concurrent use: one goroutine (the elected leader) runs it.
type Indexer struct {
	chain  Chain
	store  Store
	dec    *Decoder
	cfg    Config
	log    *slog.Logger
	window uint64
}

// New returns an indexer. It fails only if the bindings' ABIs are broken.
func New(ch Chain, st Store, cfg Config) (*Indexer, error) {
	dec, err := NewDecoder(cfg.Contracts)
	if err != nil {
		return nil, err
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.Window == 0 {
		cfg.Window = 8
	}
	if cfg.BatchEvents <= 0 {
		cfg.BatchEvents = 4000
	}
	if cfg.MaxWindow == 0 {
		cfg.MaxWindow = 50_000
	}
	cfg.MaxWindow = max(cfg.MaxWindow, cfg.Window)
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Indexer{chain: ch, store: st, dec: dec, cfg: cfg, log: log, window: cfg.Window}, nil
}

// ErrOtherDeployment means the read model holds another chain's or another
// deployment's events: `market reindex` drops it.
var ErrOtherDeployment = errors.New("the index holds another chain or contract deployment (run `market reindex`)")

func (ix *Indexer) contractsKey() string {
	var parts []string
	for _, a := range ix.dec.Addresses() {
		parts = append(parts, strings.ToLower(a.Hex()))
	}
	return strings.Join(parts, ",")
}

// Sync indexes from the cursor up to the head minus the confirmations and
// returns the last indexed block. A reorg found on the way is undone first.
// It stops early, with ctx's error, when ctx ends; what was stored stays.
func (ix *Indexer) Sync(ctx context.Context) (uint64, error) {
	cur, ok, err := ix.store.IndexCursor(ctx)
	if err != nil {
		return 0, err
	}
	if ok && (cur.ChainID != ix.cfg.Contracts.ChainID || cur.Contracts != ix.contractsKey()) {
		return 0, ErrOtherDeployment
	}
	head, err := ix.chain.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("indexer: head: %w", err)
	}
	if head < ix.cfg.Confirmations {
		return cur.Block.Number, nil
	}
	target := head - ix.cfg.Confirmations
	for {
		next := ix.cfg.StartBlock
		if ok {
			cur, err = ix.checkReorg(ctx, cur)
			if errors.Is(err, errRestart) {
				ok = false
				continue
			}
			if err != nil {
				return cur.Block.Number, err
			}
			next = cur.Block.Number + 1
			if cur.Block.Number < ix.cfg.StartBlock { // rewound below the start
				next = ix.cfg.StartBlock
			}
		}
		if next > target {
			return cur.Block.Number, nil
		}
		c, stored, err := ix.pass(ctx, next, target)
		if stored {
			cur, ok = c, true
		}
		if errors.Is(err, errChainMoved) {
			continue // check the stored cursor against the chain again
		}
		if err != nil {
			return cur.Block.Number, err
		}
	}
}

// checkReorg compares the cursor's block with the chain's; on a mismatch it
// walks back through the recorded block hashes to the newest one the chain
// still has, and rewinds the index there. It returns the cursor to go on from.
func (ix *Indexer) checkReorg(ctx context.Context, cur listing.IndexCursor) (listing.IndexCursor, error) {
	same, err := ix.canonical(ctx, cur.Block)
	if err != nil || same {
		return cur, err
	}
	ancestor := listing.BlockRef{Number: ix.cfg.StartBlock, Hash: ""}
	found := false
	for below := cur.Block.Number; !found; {
		refs, err := ix.store.IndexedBlocks(ctx, below, 64)
		if err != nil {
			return cur, err
		}
		if len(refs) == 0 {
			break
		}
		for _, r := range refs {
			if ok, err := ix.canonical(ctx, r); err != nil {
				return cur, err
			} else if ok {
				ancestor, found = r, true
				break
			}
		}
		last := refs[len(refs)-1].Number
		if last == 0 {
			break
		}
		below = last - 1
	}
	if !found {
		// Nothing recorded is on the chain any more: start over.
		ix.log.WarnContext(ctx, "reorg deeper than the recorded blocks: indexing again from the start", "from_block", cur.Block.Number)
		if err := ix.store.ResetIndex(ctx); err != nil {
			return cur, err
		}
		return listing.IndexCursor{}, errRestart
	}
	ix.log.WarnContext(ctx, "reorg: rewinding", "from_block", cur.Block.Number, "to_block", ancestor.Number)
	if err := ix.store.RewindIndex(ctx, ancestor); err != nil {
		return cur, err
	}
	cur.Block = ancestor
	return cur, nil
}

// errRestart tells Sync's caller to run again from a clean index.
var errRestart = errors.New("indexer: index reset after a deep reorg")

func (ix *Indexer) canonical(ctx context.Context, b listing.BlockRef) (bool, error) {
	h, err := ix.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil // the chain got shorter
	}
	if err != nil {
		return false, fmt.Errorf("indexer: header %d: %w", b.Number, err)
	}
	return strings.EqualFold(h.Hash().Hex(), b.Hash), nil
}
