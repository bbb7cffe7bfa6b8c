package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"modelmarket/internal/listing"
)

// keepBlocks is how far below the cursor block hashes are kept for finding
// the common ancestor after a reorg; deeper reorgs do not happen on the
// chains we index (the indexer then starts over from its start block).
const keepBlocks = 4096

// foldColumns are the tokens columns the event fold owns; the metadata
// content columns (title, tags, …) belong to the metadata fetcher.
var foldColumns = []string{
	"creator", "owner", "metadata_cid", "digest", "royalty_receiver", "royalty_bps", "version_count",
	"transfer_count", "minted_block", "minted_at", "mint_tx", "metadata_state", "metadata_tries",
	"metadata_retry_at", "listed", "seller", "price", "price_key", "listed_at", "sales_count",
	"last_sale_price", "last_sale_at", "licenses_sold", "offers_open",
}

// chunk is how many keys go into one IN list (or block rows into one
// INSERT): under SQLite's and PostgreSQL's bound-parameter limits.
const chunk = 500

// IndexCursor implements the indexer's Store port.
func (s *Store) IndexCursor(ctx context.Context) (listing.IndexCursor, bool, error) {
	var rs []cursorRecord
	if err := s.db.WithContext(ctx).Where("id = 1").Find(&rs).Error; err != nil {
		return listing.IndexCursor{}, false, fmt.Errorf("index cursor: %w", err)
	}
	if len(rs) == 0 {
		return listing.IndexCursor{}, false, nil
	}
	r := rs[0]
	return listing.IndexCursor{ChainID: r.ChainID, Contracts: r.Contracts,
		Block: listing.BlockRef{Number: r.BlockNumber, Hash: r.BlockHash}}, true, nil
}

// IndexedBlocks implements the indexer's Store port.
func (s *Store) IndexedBlocks(ctx context.Context, number uint64, limit int) ([]listing.BlockRef, error) {
	var rs []blockRecord
	err := s.db.WithContext(ctx).Where("number <= ?", number).Order("number DESC").Limit(limit).Find(&rs).Error
	if err != nil {
		return nil, fmt.Errorf("indexed blocks: %w", err)
	}
	out := make([]listing.BlockRef, len(rs))
	for i, r := range rs {
		out[i] = listing.BlockRef{Number: r.Number, Hash: r.Hash}
	}
	return out, nil
}

// ApplyIndexBatch implements the indexer's Store port. Events and token
// rows go in with multi-row INSERTs (bulkWriter); each token the batch
// touches is folded in memory and written once.
func (s *Store) ApplyIndexBatch(ctx context.Context, b listing.IndexBatch) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		events, err := newEvents(tx, b.Events)
		if err != nil {
			return err
		}
		if err := resolveOffers(tx, events); err != nil {
			return err
		}
		w := newBulkWriter(ctx, tx)
		if err := w.insertEvents(events); err != nil {
			return err
		}
		if err := foldNew(tx, w, events); err != nil {
			return err
		}
		return saveBlocks(tx, b.Blocks, b.Cursor)
	})
	if err != nil {
		return fmt.Errorf("apply index batch to block %d: %w", b.Cursor.Block.Number, err)
	}
	return nil
}

// newEvents converts the batch to records and leaves out the events that are
// already stored, so applying a batch twice folds nothing twice.
func newEvents(tx *gorm.DB, in []listing.ChainEvent) ([]eventRecord, error) {
	if len(in) == 0 {
		return nil, nil
	}
	lo, hi := in[0].Block, in[0].Block
	for _, e := range in {
		lo, hi = min(lo, e.Block), max(hi, e.Block)
	}
	type key struct {
		TxHash   string
		LogIndex uint
	}
	var have []key
	if err := tx.Model(&eventRecord{}).Select("tx_hash, log_index").
		Where("block_number BETWEEN ? AND ?", lo, hi).Find(&have).Error; err != nil {
		return nil, fmt.Errorf("stored events: %w", err)
	}
	seen := make(map[key]bool, len(have))
	for _, k := range have {
		seen[k] = true
	}
	out := make([]eventRecord, 0, len(in))
	for _, e := range in {
		k := key{e.TxHash, e.LogIndex}
		if seen[k] {
			continue
		}
		seen[k] = true
		r := eventRecord{
			TxHash: e.TxHash, LogIndex: e.LogIndex, BlockNumber: e.Block, BlockHash: e.BlockHash,
			BlockTime: dbTime(e.BlockTime), Contract: e.Contract, Kind: e.Kind, Account: e.Account,
			Counterparty: e.Counterparty, Amount: e.Amount, Data: e.Data,
		}
		if r.Data == "" {
			r.Data = "{}"
		}
		if e.HasToken {
			id := e.TokenID
			r.TokenID = &id
		}
		if e.HasOffer {
			id := e.OfferID
			r.OfferID = &id
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b eventRecord) int {
		if a.BlockNumber != b.BlockNumber {
			return cmpU64(a.BlockNumber, b.BlockNumber)
		}
		return cmpU64(uint64(a.LogIndex), uint64(b.LogIndex))
	})
	return out, nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// resolveOffers fills the token of offer events that name only the offer
// (OfferClosed, OfferPauseChanged), from this batch or the stored
// OfferPublished.
func resolveOffers(tx *gorm.DB, events []eventRecord) error {
	offerToken := map[uint64]uint64{}
	var missing []uint64
	for _, e := range events {
		if e.Kind == string(listing.OfferPublished) && e.OfferID != nil && e.TokenID != nil {
			offerToken[*e.OfferID] = *e.TokenID
		}
	}
	for _, e := range events {
		if e.TokenID == nil && e.OfferID != nil {
			if _, ok := offerToken[*e.OfferID]; !ok {
				missing = append(missing, *e.OfferID)
			}
		}
	}
	for i := 0; i < len(missing); i += chunk {
		var rs []eventRecord
		if err := tx.Select("offer_id, token_id").Where("kind = ? AND offer_id IN ?",
			string(listing.OfferPublished), missing[i:min(i+chunk, len(missing))]).Find(&rs).Error; err != nil {
			return fmt.Errorf("offer tokens: %w", err)
		}
		for _, r := range rs {
			if r.OfferID != nil && r.TokenID != nil {
				offerToken[*r.OfferID] = *r.TokenID
			}
		}
	}
	for i := range events {
		e := &events[i]
		if e.TokenID == nil && e.OfferID != nil {
			if id, ok := offerToken[*e.OfferID]; ok {
				e.TokenID = &id
			}
		}
	}
	return nil
}

// foldNew folds freshly stored events into their tokens' rows. A token
// whose first new event is its mint (the Transfer from the zero address,
// then Minted) has no row yet: a row exists only beside its stored Minted
// event, so only the other tokens are read.
func foldNew(tx *gorm.DB, w bulkWriter, events []eventRecord) error {
	states := map[uint64]*foldState{}
	var ids, known []uint64
	for _, e := range events {
		if e.TokenID == nil || states[*e.TokenID] != nil {
			continue
		}
		id := *e.TokenID
		states[id] = &foldState{row: tokenRecord{TokenID: id}}
		ids = append(ids, id)
		minting := e.Kind == string(listing.Minted) || (e.Kind == string(listing.Transferred) && e.Account == zeroAddress)
		if !minting {
			known = append(known, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	old := map[uint64]*tokenRecord{}
	cols := append([]string{"token_id"}, foldColumns...)
	for i := 0; i < len(known); i += chunk {
		var rs []tokenRecord
		if err := tx.Select(cols).Where("token_id IN ?", known[i:min(i+chunk, len(known))]).Find(&rs).Error; err != nil {
			return fmt.Errorf("load tokens: %w", err)
		}
		for _, r := range rs {
			old[r.TokenID] = &r
			states[r.TokenID] = &foldState{row: r, minted: true}
		}
	}
	offers := map[uint64]bool{}
	for _, e := range events {
		if e.TokenID == nil {
			continue
		}
		f := states[*e.TokenID]
		if isOfferKind(e.Kind) || (e.Kind == string(listing.Transferred) && f.row.OffersOpen > 0) {
			offers[*e.TokenID] = true
		}
		f.apply(e)
	}
	if err := recountOffers(tx, states, offers); err != nil {
		return err
	}
	var added, changed []tokenRecord
	for _, id := range ids {
		switch f := states[id]; {
		case !f.minted:
		case old[id] == nil:
			added = append(added, f.row)
		default:
			changed = append(changed, f.row)
		}
	}
	if err := w.upsertTokens(added); err != nil {
		return err
	}
	return w.updateTokens(old, changed)
}

// recountOffers sets offers_open of the given tokens from their stored offer
// and transfer events.
func recountOffers(tx *gorm.DB, states map[uint64]*foldState, tokens map[uint64]bool) error {
	ids := make([]uint64, 0, len(tokens))
	for id := range tokens {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for i := 0; i < len(ids); i += chunk {
		var rs []eventRecord
		err := tx.Where("token_id IN ? AND kind IN ?", ids[i:min(i+chunk, len(ids))], offerFoldKinds).
			Order("token_id, block_number, log_index").Find(&rs).Error
		if err != nil {
			return fmt.Errorf("offer events: %w", err)
		}
		byToken := map[uint64][]eventRecord{}
		for _, r := range rs {
			byToken[*r.TokenID] = append(byToken[*r.TokenID], r)
		}
		for _, id := range ids[i:min(i+chunk, len(ids))] {
			if f := states[id]; f != nil {
				f.row.OffersOpen = openOffers(byToken[id])
			}
		}
	}
	return nil
}

// saveBlocks records the batch's block hashes, forgets old ones and moves
// the cursor.
func saveBlocks(tx *gorm.DB, blocks []listing.BlockRef, c listing.IndexCursor) error {
	rs := make([]blockRecord, 0, len(blocks)+1)
	seen := map[uint64]bool{}
	for _, b := range append(blocks, c.Block) {
		if !seen[b.Number] {
			seen[b.Number] = true
			rs = append(rs, blockRecord{Number: b.Number, Hash: b.Hash})
		}
	}
	for i := 0; i < len(rs); i += chunk {
		part := rs[i:min(i+chunk, len(rs))]
		err := tx.Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "number"}},
			DoUpdates: clause.AssignmentColumns([]string{"hash"}),
		}).Create(&part).Error
		if err != nil {
			return fmt.Errorf("save block hashes: %w", err)
		}
	}
	if c.Block.Number > keepBlocks {
		if err := tx.Where("number < ?", c.Block.Number-keepBlocks).Delete(&blockRecord{}).Error; err != nil {
			return fmt.Errorf("prune block hashes: %w", err)
		}
	}
	return setCursor(tx, c)
}

func setCursor(tx *gorm.DB, c listing.IndexCursor) error {
	r := cursorRecord{ID: 1, ChainID: c.ChainID, Contracts: c.Contracts, BlockNumber: c.Block.Number,
		BlockHash: c.Block.Hash, UpdatedAt: dbTime(time.Now())}
	err := tx.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "id"}},
		DoUpdates: clause.AssignmentColumns([]string{"chain_id", "contracts", "block_number", "block_hash", "updated_at"}),
	}).Create(&r).Error
	if err != nil {
		return fmt.Errorf("set index cursor: %w", err)
	}
	return nil
}
