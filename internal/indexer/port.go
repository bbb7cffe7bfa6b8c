package indexer

import (
	"context"
	"time"

	"modelmarket/internal/listing"
)

// The port's data types are the domain's (internal/listing), so the store
// implements the port without importing this package; the short names are
// for this package's own code. Callers use listing's names.
type (
	Event       = listing.ChainEvent
	EventData   = listing.EventData
	BlockRef    = listing.BlockRef
	Cursor      = listing.IndexCursor
	Batch       = listing.IndexBatch
	MetadataJob = listing.MetadataJob
	Metadata    = listing.TokenMetadata
)

// Store is what the indexer needs from the database. Every method is
// atomic; the indexer is the only writer of these tables.
type Store interface {
	// IndexCursor returns the cursor; ok is false before the first batch.
	IndexCursor(ctx context.Context) (c listing.IndexCursor, ok bool, err error)
	// ApplyIndexBatch stores a batch's events (ignoring any already stored,
	// by tx hash and log index), folds the tokens they touch, records the
	// block hashes and moves the cursor, all in one transaction.
	ApplyIndexBatch(ctx context.Context, b listing.IndexBatch) error
	// IndexedBlocks returns the recorded block hashes at or below number,
	// highest first, at most limit of them.
	IndexedBlocks(ctx context.Context, number uint64, limit int) ([]listing.BlockRef, error)
	// RewindIndex undoes every event above to.Number, re-folds the tokens
	// they touched from their remaining events and sets the cursor to to,
	// in one transaction.
	RewindIndex(ctx context.Context, to listing.BlockRef) error
	// ResetIndex deletes the whole read model (events, tokens, blocks,
	// cursor) and nothing else.
	ResetIndex(ctx context.Context) error
	// PendingMetadata returns up to limit tokens whose metadata is pending
	// and due for a try at now.
	PendingMetadata(ctx context.Context, now time.Time, limit int) ([]listing.MetadataJob, error)
	// SetTokenMetadata records a token's metadata (state ok) if its metadata
	// CID is still cid.
	SetTokenMetadata(ctx context.Context, id uint64, cid string, m listing.TokenMetadata) error
	// TokenMetadataFailed records a failed try: unusable marks the JSON as
	// unusable for good; otherwise it stays pending until retryAt.
	TokenMetadataFailed(ctx context.Context, id uint64, cid string, unusable bool, retryAt time.Time) error
}

// Locker elects the one replica that runs the indexer.
type Locker interface {
	// TryIndexerLock takes the leadership if no one holds it; ok is false
	// when another replica does.
	TryIndexerLock(ctx context.Context) (l Lease, ok bool, err error)
}

// Lease is a held leadership: Check reports an error once the leadership
// may be lost (its database session died); Release gives it up. It is an
// alias of an interface literal so that an adapter can return one (and so
// satisfy Locker) without importing this package.
type Lease = interface {
	Check(ctx context.Context) error
	Release()
}
