package trade

import (
	"context"
	"sync"
	"time"
)

// readCache keeps the chain reads pages repeat on every view. Transactions
// never use it: they read the chain as it is now.
type readCache struct {
	mu    sync.Mutex // held while reading the fee, so one request reads it per maxAge
	fee   uint16
	feeAt time.Time // zero: not read yet

	maxRoyaltyMu sync.Mutex
	maxRoyalty   uint16
	maxRoyaltyOK bool
}

// RecentFeeBps returns the platform fee read from the chain at most maxAge
// ago, for pages that show it: many views cost one read per maxAge. A sale
// reads the fee fresh (Buy) and bounds it, so a page showing a fee a moment
// old can never make anyone pay more than they saw. Errors are FeeBps's; a
// failed read is not kept.
func (b *Builder) RecentFeeBps(ctx context.Context, maxAge time.Duration) (uint16, error) {
	c := &b.reads
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.feeAt.IsZero() && time.Since(c.feeAt) < maxAge {
		return c.fee, nil
	}
	fee, err := b.FeeBps(ctx)
	if err != nil {
		return 0, err
	}
	c.fee, c.feeAt = fee, time.Now()
	return fee, nil
}

// MaxRoyaltyBps reads ModelNFT's MAX_ROYALTY_BPS: the highest royalty a
// token can carry, in basis points. It is a constant of the contract's
// code, so it is read once.
func (b *Builder) MaxRoyaltyBps(ctx context.Context) (uint16, error) {
	c := &b.reads
	c.maxRoyaltyMu.Lock()
	defer c.maxRoyaltyMu.Unlock()
	if c.maxRoyaltyOK {
		return c.maxRoyalty, nil
	}
	v, err := call(ctx, b, b.addrs.ModelNFT, b.nft.PackMAXROYALTYBPS(), b.nft.UnpackMAXROYALTYBPS)
	if err != nil {
		return 0, err
	}
	c.maxRoyalty, c.maxRoyaltyOK = v, true
	return v, nil
}
