package web

import (
	"context"
	"io"

	"modelmarket/internal/license"
	"modelmarket/internal/listing"
	"modelmarket/internal/trade"
	"modelmarket/internal/verify"
)

// MarketConfig turns on the marketplace: browse and search, token pages,
// profiles, and the mint / list / buy flows.
type MarketConfig struct {
	// Listings answers from the chain read model (tokens, listings,
	// activity, search), written only by the indexer.
	Listings *listing.Service
	// Trade builds the transactions pages ask wallets to send.
	Trade *trade.Builder
	// Pins keeps a mint's files on IPFS: the metadata JSON is added and the
	// content pinned before the wallet is asked to sign. Nil turns minting off.
	Pins Pinner
	// Content reads files from IPFS for the token page's model structure:
	// the metadata's file list and the headers of unencrypted weights. Nil
	// leaves the structure out (the page shows what the index has).
	Content ContentReader
	// Verify answers /verify and /api/verify from the chain's logs; nil
	// leaves them out.
	Verify *verify.Service
	// Downloads serves a token's files to its owner and license holders,
	// asking the chain at each request (download.go); nil leaves the
	// download routes out.
	Downloads *license.Downloads
}

// ContentReader is what the token page needs of the IPFS node: reading a
// file by CID.
type ContentReader interface {
	// Cat opens the UnixFS file cid (the string form) for reading; the reader
	// fetches blocks as it goes and lives no longer than ctx. The caller
	// closes it. Errors: apperr.NotFound when the node does not hold it,
	// apperr.Invalid when cid is malformed or not a file, else the node's.
	Cat(ctx context.Context, cid string) (io.ReadSeekCloser, error)
}

// Pinner is what minting needs of the IPFS node.
type Pinner interface {
	// Add imports r, pins it and returns its CID (CIDv1, base32).
	Add(ctx context.Context, r io.Reader) (cid string, err error)
	// Pin pins cid, which the node must already hold; pinning again is a no-op.
	Pin(ctx context.Context, cid string) error
}
