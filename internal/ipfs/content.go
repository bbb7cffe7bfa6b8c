package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"

	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	ipfspinner "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"

	"modelmarket/internal/apperr"
)

// Cat opens the UnixFS file c for reading. The reader fetches blocks as it
// goes, so a block missing deeper in the DAG surfaces as a read error; ctx
// bounds the reader's whole life. The caller must Close it.
//
// Errors: apperr.NotFound when the root block is not stored here,
// apperr.Invalid when c is a directory or not a UnixFS file, else the store's
// error.
func (n *Node) Cat(ctx context.Context, c cid.Cid) (io.ReadSeekCloser, error) {
	nd, err := n.dag.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("ipfs.Cat %s: %w", c, notFound(err))
	}
	r, err := uio.NewDagReader(ctx, nd, n.dag)
	if err != nil {
		return nil, fmt.Errorf("ipfs.Cat %s: %w", c,
			apperr.Wrap(apperr.Invalid, "This content is not a file.", err))
	}
	return r, nil
}

// Pin pins c recursively. It first walks the whole DAG, so it fails unless
// every block is stored here (this node never fetches from the network).
// Pinning what is pinned already succeeds.
//
// Errors: apperr.NotFound when a block of the DAG is missing, else the
// store's error.
func (n *Node) Pin(ctx context.Context, c cid.Cid) error {
	nd, err := n.dag.Get(ctx, c)
	if err != nil {
		return fmt.Errorf("ipfs.Pin %s: %w", c, notFound(err))
	}
	if err := n.pins.Pin(ctx, nd, true, ""); err != nil {
		return fmt.Errorf("ipfs.Pin %s: %w", c, notFound(err))
	}
	if err := n.pins.Flush(ctx); err != nil {
		return fmt.Errorf("ipfs.Pin %s: %w", c, err)
	}
	return nil
}

// Unpin removes the recursive pin of c; its blocks stay until a garbage
// collection (there is none yet). Unpinning what is not pinned succeeds.
//
// Errors: the metadata store cannot be written.
func (n *Node) Unpin(ctx context.Context, c cid.Cid) error {
	err := n.pins.Unpin(ctx, c, true)
	if err != nil && !errors.Is(err, ipfspinner.ErrNotPinned) {
		return fmt.Errorf("ipfs.Unpin %s: %w", c, err)
	}
	if err := n.pins.Flush(ctx); err != nil {
		return fmt.Errorf("ipfs.Unpin %s: %w", c, err)
	}
	return nil
}

// IsPinned reports whether c itself is pinned recursively, as Add and Pin
// leave it. It reads one index entry; it does not report blocks that are
// only pinned as part of another root's DAG.
//
// Errors: the metadata store cannot be read.
func (n *Node) IsPinned(ctx context.Context, c cid.Cid) (bool, error) {
	_, ok, err := n.pins.IsPinnedWithType(ctx, c, ipfspinner.Recursive)
	if err != nil {
		return false, fmt.Errorf("ipfs.IsPinned %s: %w", c, err)
	}
	return ok, nil
}

// notFound gives a missing block the kind the edge maps to 404.
func notFound(err error) error {
	if ipld.IsNotFound(err) {
		return apperr.Wrap(apperr.NotFound, "This content is not stored on this node.", err)
	}
	return err
}
