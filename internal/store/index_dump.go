package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// IndexDump writes the read model (every event, every token's folded
// columns, the cursor) as text in a fixed order, so two databases or two
// runs can be compared. Metadata columns are left out: they depend on
// when IPFS answered.
func (s *Store) IndexDump(ctx context.Context) (string, error) {
	var b strings.Builder
	var es []eventRecord
	if err := s.db.WithContext(ctx).Order("block_number, log_index").Find(&es).Error; err != nil {
		return "", fmt.Errorf("dump events: %w", err)
	}
	for _, e := range es {
		fmt.Fprintf(&b, "event %d %d %s %s %s %s %s %v %s %s %s %s %v\n", e.BlockNumber, e.LogIndex, e.TxHash, e.BlockHash,
			e.BlockTime.UTC().Format("2006-01-02T15:04:05Z"), e.Contract, e.Kind, deref(e.TokenID), e.Account, e.Counterparty,
			e.Amount, e.Data, deref(e.OfferID))
	}
	var ts []tokenRecord
	if err := s.db.WithContext(ctx).Order("token_id").Find(&ts).Error; err != nil {
		return "", fmt.Errorf("dump tokens: %w", err)
	}
	for _, t := range ts {
		fmt.Fprintf(&b, "token %d creator=%s owner=%s cid=%s digest=%s royalty=%s/%d versions=%d transfers=%d minted=%d@%s tx=%s "+
			"listed=%v seller=%s price=%s key=%s since=%s sales=%d last=%s@%s licenses=%d offers=%d\n",
			t.TokenID, t.Creator, t.Owner, t.MetadataCID, t.Digest, t.RoyaltyReceiver, t.RoyaltyBps, t.VersionCount,
			t.TransferCount, t.MintedBlock, t.MintedAt.UTC().Format("2006-01-02T15:04:05Z"), t.MintTx, t.Listed, t.Seller,
			t.Price, t.PriceKey, timeText(t.ListedAt), t.SalesCount, t.LastSalePrice, timeText(t.LastSaleAt), t.LicensesSold, t.OffersOpen)
	}
	c, ok, err := s.IndexCursor(ctx)
	if err != nil {
		return "", err
	}
	if ok {
		fmt.Fprintf(&b, "cursor %d %s %d %s\n", c.ChainID, c.Contracts, c.Block.Number, c.Block.Hash)
	}
	return b.String(), nil
}

func deref(p *uint64) any {
	if p == nil {
		return "-"
	}
	return *p
}

func timeText(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format("2006-01-02T15:04:05Z")
}

// IndexCounts returns how many events and tokens the read model holds.
func (s *Store) IndexCounts(ctx context.Context) (events, tokens int64, err error) {
	if err := s.db.WithContext(ctx).Model(&eventRecord{}).Count(&events).Error; err != nil {
		return 0, 0, fmt.Errorf("count events: %w", err)
	}
	if err := s.db.WithContext(ctx).Model(&tokenRecord{}).Count(&tokens).Error; err != nil {
		return 0, 0, fmt.Errorf("count tokens: %w", err)
	}
	return events, tokens, nil
}
