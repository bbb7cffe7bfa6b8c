package ipfs

import (
	"context"
	"io"
	"net/http"

	"github.com/ipfs/go-cid"
)

// Content is what the app needs from an IPFS implementation: the embedded
// Node, or Kubo over its HTTP RPC. Both import files with Kubo's
// unixfs-v1-2025 parameters, so the same bytes get the same CID on either.
//
// Outcomes common to both (the method docs on Node and Kubo add details):
//   - Add imports r as one UnixFS file, pins its root recursively and returns
//     its CID, sha256 and size; a failed or cancelled Add pins nothing.
//   - Cat opens a UnixFS file; apperr.NotFound when the root is not stored.
//   - Pin pins a stored DAG (apperr.NotFound when a block is missing); Unpin
//     and a repeated Pin succeed whatever the pin state.
//   - IsPinned reports a direct recursive pin of c; Has reports one block.
//   - Stat is cheap, for every page view; Ready says whether the store answers.
//   - Gateway serves the stored files, sandboxed (headers.go).
//   - Close releases what the implementation holds.
type Content interface {
	Add(ctx context.Context, r io.Reader) (Added, error)
	Cat(ctx context.Context, c cid.Cid) (io.ReadSeekCloser, error)
	Pin(ctx context.Context, c cid.Cid) error
	Unpin(ctx context.Context, c cid.Cid) error
	IsPinned(ctx context.Context, c cid.Cid) (bool, error)
	Has(ctx context.Context, c cid.Cid) (bool, error)
	Stat(ctx context.Context) (Stats, error)
	Ready(ctx context.Context) error
	Gateway(cfg GatewayConfig) http.Handler
	Close() error
}

var (
	_ Content = (*Node)(nil)
	_ Content = (*Kubo)(nil)
)
