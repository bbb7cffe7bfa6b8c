package ipfs

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
)

// countingBlockstore keeps the number of stored blocks in a counter so that
// Stat costs nothing. To know whether a put adds a block it checks Has first
// (one stat(2) per block, nothing next to writing 1 MiB), and it skips blocks
// already stored, so re-adding a file rewrites nothing.
//
// Two imports writing the same new block at once must count it once: the
// first claims the key, the other writes without counting. If the claimer's
// write then fails while the other's succeeds, the block is not counted until
// the next Open recounts; that is the only inexactness.
type countingBlockstore struct {
	blockstore.Blockstore
	count atomic.Int64

	mu       sync.Mutex
	inflight map[string]struct{} // multihashes being written by a counting put
}

func newCountingBlockstore(bs blockstore.Blockstore, count int64) *countingBlockstore {
	c := &countingBlockstore{Blockstore: bs, inflight: map[string]struct{}{}}
	c.count.Store(count)
	return c
}

func (c *countingBlockstore) claim(k string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, busy := c.inflight[k]; busy {
		return false
	}
	c.inflight[k] = struct{}{}
	return true
}

func (c *countingBlockstore) release(keys []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, k := range keys {
		delete(c.inflight, k)
	}
}

func (c *countingBlockstore) Put(ctx context.Context, b blocks.Block) error {
	return c.PutMany(ctx, []blocks.Block{b})
}

func (c *countingBlockstore) PutMany(ctx context.Context, bs []blocks.Block) error {
	todo := make([]blocks.Block, 0, len(bs))
	claimed := make([]string, 0, len(bs))
	defer func() { c.release(claimed) }()
	for _, b := range bs {
		k := string(b.Cid().Hash())
		// Claim before Has: a claimer that finished has already renamed its
		// file into place, so our Has sees it and we do not count it again.
		mine := c.claim(k)
		if mine {
			claimed = append(claimed, k)
		}
		has, err := c.Blockstore.Has(ctx, b.Cid())
		if err != nil {
			return err
		}
		if has {
			if mine {
				claimed = claimed[:len(claimed)-1]
				c.release([]string{k})
			}
			continue
		}
		todo = append(todo, b)
	}
	if len(todo) == 0 {
		return nil
	}
	if err := c.Blockstore.PutMany(ctx, todo); err != nil {
		return err
	}
	c.count.Add(int64(len(claimed)))
	return nil
}

func (c *countingBlockstore) DeleteBlock(ctx context.Context, k cid.Cid) error {
	has, err := c.Blockstore.Has(ctx, k)
	if err != nil {
		return err
	}
	if err := c.Blockstore.DeleteBlock(ctx, k); err != nil {
		return err
	}
	if has {
		c.count.Add(-1)
	}
	return nil
}
