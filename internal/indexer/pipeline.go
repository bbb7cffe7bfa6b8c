package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/internal/listing"
)

// errChainMoved stops a pass when the block a window continues from is no
// longer on the chain: Sync then checks the stored cursor for a reorg.
var errChainMoved = errors.New("indexer: the chain changed under the pass")

// window is one eth_getLogs range, read and decoded: its events in chain
// order, the blocks they are in, and the range's last block.
type window struct {
	events []listing.ChainEvent
	blocks []listing.BlockRef
	end    listing.BlockRef
}

// pass indexes blocks from..to. One goroutine reads and decodes the next
// window while this one stores the current one, so the node, the decoder
// and the database work at the same time. It returns the cursor of the
// last stored batch (stored is false when none was stored), and
// errChainMoved when a window no longer continues the previous one.
func (ix *Indexer) pass(ctx context.Context, from, to uint64) (last listing.IndexCursor, stored bool, err error) {
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	windows := make(chan window, 1) // one window waits while the previous one is stored
	var readErr error
	go func() {
		defer close(windows)
		readErr = ix.read(rctx, from, to, windows)
	}()
	// drain lets the reader see the cancel and end before pass returns, so
	// it never outlives the pass (nor touches ix.window after it).
	drain := func() {
		cancel()
		for range windows {
		}
	}
	key := ix.contractsKey()
	for w := range windows {
		for _, b := range ix.split(w, key) {
			if err := ix.store.ApplyIndexBatch(ctx, b); err != nil {
				drain()
				return last, stored, err
			}
			last, stored = b.Cursor, true
			if ix.cfg.Progress != nil {
				ix.cfg.Progress(Progress{Block: b.Cursor.Block.Number, Head: to, Events: len(b.Events)})
			}
		}
	}
	if readErr != nil && ctx.Err() != nil {
		readErr = ctx.Err()
	}
	return last, stored, readErr
}

// read sends the windows of from..to in order. Before each window after the
// first it checks that the previous window's last block is still on the
// chain, so consecutive windows always belong to one chain.
func (ix *Indexer) read(ctx context.Context, from, to uint64, out chan<- window) error {
	var prev *listing.BlockRef
	for from <= to {
		if prev != nil {
			if same, err := ix.canonical(ctx, *prev); err != nil {
				return err
			} else if !same {
				return errChainMoved
			}
		}
		w, err := ix.fetch(ctx, from, min(from+ix.window-1, to))
		if err != nil {
			return err
		}
		select {
		case out <- w:
		case <-ctx.Done():
			return ctx.Err()
		}
		prev = &w.end
		from = w.end.Number + 1
	}
	return nil
}

// fetch reads and decodes blocks from..to (or a shorter range the node
// accepts) and adapts the window: a range the node refuses (too many
// results, a limit, a timeout) is tried again at half the size; after a
// success the window aims at about BatchEvents logs.
func (ix *Indexer) fetch(ctx context.Context, from, to uint64) (window, error) {
	for {
		end, err := ix.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return window{}, fmt.Errorf("indexer: header %d: %w", to, err)
		}
		logs, err := ix.chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: ix.dec.Addresses(), Topics: [][]common.Hash{ix.dec.Topics()},
		})
		if err != nil {
			if ctx.Err() != nil {
				return window{}, ctx.Err()
			}
			if to == from {
				return window{}, fmt.Errorf("indexer: logs of block %d: %w", from, err)
			}
			ix.window = max(1, (to-from+1)/2)
			ix.log.DebugContext(ctx, "log range refused, splitting", "from", from, "to", to, "window", ix.window, "err", err)
			to = from + ix.window - 1
			continue
		}
		// The end block must still be the one the logs came from, or a
		// reorg happened between the two calls: read again.
		if again, err := ix.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(to)); err != nil {
			return window{}, fmt.Errorf("indexer: header %d: %w", to, err)
		} else if again.Hash() != end.Hash() {
			continue
		}
		events, blocks, err := ix.decode(ctx, logs)
		if err != nil {
			return window{}, err
		}
		ix.adapt(to-from+1, len(logs))
		return window{events: events, blocks: blocks,
			end: listing.BlockRef{Number: to, Hash: strings.ToLower(end.Hash().Hex())}}, nil
	}
}

// adapt sizes the next window from the last one (span blocks, n logs):
// down to the density seen when it held too many logs, twice as wide when
// it held few and was not cut short.
func (ix *Indexer) adapt(span uint64, n int) {
	target := uint64(ix.cfg.BatchEvents)
	switch {
	case uint64(n) > 2*target:
		ix.window = max(1, span*target/uint64(n))
	case uint64(n) < target/2 && span >= ix.window:
		ix.window = min(ix.cfg.MaxWindow, ix.window*2)
	}
}

// split cuts a window into batches of about BatchEvents events at block
// boundaries; the last batch ends at the window's end (it may hold no
// events: the cursor still moves).
func (ix *Indexer) split(w window, key string) []listing.IndexBatch {
	cursor := func(b listing.BlockRef) listing.IndexCursor {
		return listing.IndexCursor{ChainID: ix.cfg.Contracts.ChainID, Contracts: key, Block: b}
	}
	var out []listing.IndexBatch
	events, blocks := w.events, w.blocks
	for len(events) > ix.cfg.BatchEvents {
		n := ix.cfg.BatchEvents
		for n < len(events) && events[n].Block == events[n-1].Block {
			n++ // a block is never split over two batches
		}
		if n == len(events) {
			break
		}
		lastBlock := events[n-1].Block
		k := 0
		for k < len(blocks) && blocks[k].Number <= lastBlock {
			k++
		}
		out = append(out, listing.IndexBatch{Events: events[:n], Blocks: blocks[:k], Cursor: cursor(blocks[k-1])})
		events, blocks = events[n:], blocks[k:]
	}
	return append(out, listing.IndexBatch{Events: events, Blocks: blocks, Cursor: cursor(w.end)})
}

// decode decodes logs and lists the blocks they are in; a node that does not
// put block timestamps in logs gets asked for the headers.
func (ix *Indexer) decode(ctx context.Context, logs []types.Log) ([]listing.ChainEvent, []listing.BlockRef, error) {
	times := map[uint64]uint64{}
	for i := range logs {
		l := &logs[i]
		if l.BlockTimestamp == 0 {
			t, ok := times[l.BlockNumber]
			if !ok {
				h, err := ix.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
				if err != nil {
					return nil, nil, fmt.Errorf("indexer: header %d: %w", l.BlockNumber, err)
				}
				t = h.Time
				times[l.BlockNumber] = t
			}
			l.BlockTimestamp = t
		}
	}
	events, err := ix.dec.Decode(logs)
	if err != nil {
		return nil, nil, fmt.Errorf("indexer: %w", err)
	}
	var blocks []listing.BlockRef
	for _, e := range events {
		if len(blocks) == 0 || blocks[len(blocks)-1].Number != e.Block {
			blocks = append(blocks, listing.BlockRef{Number: e.Block, Hash: e.BlockHash})
		}
	}
	return events, blocks, nil
}
