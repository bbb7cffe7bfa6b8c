// Package ipfs is the embedded IPFS node: a block store on local disk, the
// UnixFS importer with Kubo's unixfs-v1-2025 parameters (so Kubo computes the
// same CID for the same file), pins, and boxo's HTTP gateway. It is offline:
// no libp2p, no bitswap, no DNS; it serves what it stores and nothing else.
//
// Blocks live in flatfs (one file per block, sharded next-to-last/2 under
// dir/blocks), the layout of Kubo's default blocks/ directory. We chose
// flatfs over pebble because our blocks are large (1 MiB chunks of multi-GB
// model weights): flatfs writes each block once, streaming, in constant
// memory, and never rewrites it, whereas an LSM store (pebble) would copy
// every byte again on compaction and buffer writes in its memtable.
//
// As in Kubo, block files are not fsynced one by one (that would cap imports
// at the disk's sync rate). Instead Add pushes each block's data to the
// device as it goes and drops it from the page cache (dropBehind), so a
// multi-GB upload neither evicts the cache nor leaves GBs of dirty pages;
// Close makes the rest (directory entries) durable with one syncfs.
//
// Pins are kept by boxo's dspinner in a small LevelDB under dir/datastore:
// pure Go (goleveldb, no cgo), the store Kubo itself uses for this metadata,
// and go-ds-leveldb syncs each write, so a pin is durable once Add returns.
package ipfs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/datastore/dshelp"
	"github.com/ipfs/boxo/gateway"
	"github.com/ipfs/boxo/ipld/merkledag"
	ipfspinner "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/boxo/pinning/pinner/dspinner"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	flatfs "github.com/ipfs/go-ds-flatfs"
	leveldb "github.com/ipfs/go-ds-leveldb"
	ipld "github.com/ipfs/go-ipld-format"
)

// Node is an open embedded IPFS node. Its methods are safe for concurrent use.
type Node struct {
	log    *slog.Logger
	dir    string
	blocks *flatfs.Datastore
	shard  flatfs.ShardFunc
	meta   *leveldb.Datastore
	bs     *countingBlockstore
	dag    ipld.DAGService
	pins   ipfspinner.Pinner
	gw     *gateway.BlocksBackend

	closeOnce sync.Once
	closeErr  error
}

// Stats is a cheap snapshot of the node's store, fit for every page view.
type Stats struct {
	// Blocks is the number of blocks stored (pinned or not); -1 when the
	// implementation cannot count them cheaply (Kubo).
	Blocks int64
	// DiskBytes is the size of the stored blocks on disk, as flatfs tracks it.
	DiskBytes uint64
}

const (
	blocksDirName = "blocks"
	metaDirName   = "datastore"
)

// readyKey is looked up (never written) by Ready to prove the metadata store
// answers.
var readyKey = ds.NewKey("/modelmarket/ready")

// Open opens (creating it when missing) the node stored under dir. It counts
// the stored blocks once (a walk of the block directories, logged with its
// duration), so Stat can be free afterwards.
//
// Errors: the directory cannot be created or read; the metadata store is
// locked by another process that has the same dir open (LevelDB's lock
// file), which Open reports before it touches any block.
func Open(ctx context.Context, dir string, log *slog.Logger) (*Node, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("ipfs.Open %s: %w", dir, err)
	}

	// The metadata store first: its lock keeps a second process away before
	// flatfs.Open clears the temp directory the first one may be writing in.
	meta, err := leveldb.NewDatastore(filepath.Join(dir, metaDirName), nil)
	if err != nil {
		return nil, fmt.Errorf("ipfs.Open %s: metadata store (is another process using it?): %w", dir, err)
	}
	shard := flatfs.NextToLast(2) // Kubo's /repo/flatfs/shard/v1/next-to-last/2
	blocks, err := flatfs.CreateOrOpen(filepath.Join(dir, blocksDirName), shard, false)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("ipfs.Open %s: block store: %w", dir, err), meta.Close())
	}
	n := &Node{log: log, dir: dir, blocks: blocks, shard: shard.Func(), meta: meta}
	fail := func(err error) (*Node, error) {
		return nil, errors.Join(fmt.Errorf("ipfs.Open %s: %w", dir, err), blocks.Close(), meta.Close())
	}

	// NoPrefix: flatfs only accepts bare base32 keys, not "/blocks/…" ones.
	// WriteThrough: skip boxo's has-check; countingBlockstore does its own,
	// which it needs anyway to know whether a block is new.
	base := blockstore.NewBlockstore(blocks, blockstore.NoPrefix(), blockstore.WriteThrough(true))
	count, err := countBlocks(ctx, base)
	if err != nil {
		return fail(err)
	}
	n.bs = newCountingBlockstore(base, count)

	// No exchange: offline, a missing block is ErrNotFound at once.
	bserv := blockservice.New(n.bs, nil)
	n.dag = merkledag.NewDAGService(bserv)
	pins, err := dspinner.New(ctx, meta, n.dag)
	if err != nil {
		return fail(fmt.Errorf("pinner: %w", err))
	}
	n.pins = pins
	gw, err := gateway.NewBlocksBackend(bserv)
	if err != nil {
		return fail(errors.Join(fmt.Errorf("gateway backend: %w", err), pins.Close()))
	}
	n.gw = gw

	usage, _ := blocks.DiskUsage(ctx)
	log.InfoContext(ctx, "ipfs node open", "dir", dir, "blocks", count, "disk_bytes", usage,
		"took", time.Since(start).Round(time.Millisecond))
	return n, nil
}

// blockPath is where flatfs keeps the block c (see flatfs's encode; a test
// checks that the file is there).
func (n *Node) blockPath(c cid.Cid) string {
	key := dshelp.MultihashToDsKey(c.Hash()).String()[1:]
	return filepath.Join(n.dir, blocksDirName, n.shard(key), key+".data")
}

// countBlocks walks the block store once; afterwards the counter follows
// every put and delete.
func countBlocks(ctx context.Context, bs blockstore.Blockstore) (int64, error) {
	ch, errFn, err := bs.(blockstore.AllKeysChanWithErrer).AllKeysChanWithErr(ctx)
	if err != nil {
		return 0, fmt.Errorf("count blocks: %w", err)
	}
	var count int64
	for range ch {
		count++
	}
	if err := errFn(); err != nil {
		return 0, fmt.Errorf("count blocks: %w", err)
	}
	return count, nil
}

// Has reports whether the block c is stored here (that block only, not the
// DAG below it). Errors: the store cannot be read.
func (n *Node) Has(ctx context.Context, c cid.Cid) (bool, error) {
	ok, err := n.bs.Has(ctx, c)
	if err != nil {
		return false, fmt.Errorf("ipfs.Has %s: %w", c, err)
	}
	return ok, nil
}

// Stat returns the block count and disk usage. It reads two counters and
// touches no disk.
func (n *Node) Stat(ctx context.Context) (Stats, error) {
	usage, err := n.blocks.DiskUsage(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("ipfs.Stat: %w", err)
	}
	return Stats{Blocks: n.bs.count.Load(), DiskBytes: usage}, nil
}

// Ready reports whether the node can serve: both stores are open and the
// block directory is readable. Errors: the node is closed or the disk
// cannot be read.
func (n *Node) Ready(ctx context.Context) error {
	if _, err := n.meta.Has(ctx, readyKey); err != nil {
		return fmt.Errorf("ipfs.Ready: metadata store: %w", err)
	}
	if _, err := flatfs.ReadShardFunc(filepath.Join(n.dir, blocksDirName)); err != nil {
		return fmt.Errorf("ipfs.Ready: block store: %w", err)
	}
	if _, err := n.blocks.DiskUsage(ctx); err != nil {
		return fmt.Errorf("ipfs.Ready: block store: %w", err)
	}
	return nil
}

// Close stops the pinner, flushes the written blocks to disk and closes both
// stores. Calls after the first return the first result. Operations still
// running fail with a closed-store error.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		start := time.Now()
		var errs []error
		if err := n.pins.Close(); err != nil {
			errs = append(errs, fmt.Errorf("pinner: %w", err))
		}
		if err := n.blocks.Close(); err != nil {
			errs = append(errs, fmt.Errorf("block store: %w", err))
		}
		// Block files are written without fsync (see the package doc):
		// make them durable once, here, for a clean stop.
		if err := syncFS(filepath.Join(n.dir, blocksDirName)); err != nil {
			errs = append(errs, fmt.Errorf("sync blocks: %w", err))
		}
		if err := n.meta.Close(); err != nil {
			errs = append(errs, fmt.Errorf("metadata store: %w", err))
		}
		if len(errs) > 0 {
			n.closeErr = fmt.Errorf("ipfs.Close: %w", errors.Join(errs...))
		}
		n.log.Info("ipfs node closed", "took", time.Since(start).Round(time.Millisecond))
	})
	return n.closeErr
}
