package store

import (
	"context"
	"fmt"
	"slices"

	"gorm.io/gorm"

	"modelmarket/internal/listing"
)

// RewindIndex implements the indexer's Store port.
func (s *Store) RewindIndex(ctx context.Context, to listing.BlockRef) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var ids []uint64
		if err := tx.Model(&eventRecord{}).Distinct("token_id").
			Where("block_number > ? AND token_id IS NOT NULL", to.Number).Pluck("token_id", &ids).Error; err != nil {
			return fmt.Errorf("tokens above block: %w", err)
		}
		if err := tx.Where("block_number > ?", to.Number).Delete(&eventRecord{}).Error; err != nil {
			return fmt.Errorf("delete events: %w", err)
		}
		if err := tx.Where("number > ?", to.Number).Delete(&blockRecord{}).Error; err != nil {
			return fmt.Errorf("delete block hashes: %w", err)
		}
		if err := refold(tx, newBulkWriter(ctx, tx), ids); err != nil {
			return err
		}
		var c cursorRecord
		if err := tx.Where("id = 1").Take(&c).Error; err != nil {
			return fmt.Errorf("index cursor: %w", err)
		}
		return setCursor(tx, listing.IndexCursor{ChainID: c.ChainID, Contracts: c.Contracts, Block: to})
	})
	if err != nil {
		return fmt.Errorf("rewind index to block %d: %w", to.Number, err)
	}
	return nil
}

// refold rebuilds the tokens' rows from their stored events; a token left
// without its Minted event loses its row.
func refold(tx *gorm.DB, w bulkWriter, ids []uint64) error {
	slices.Sort(ids)
	for i := 0; i < len(ids); i += chunk {
		part := ids[i:min(i+chunk, len(ids))]
		var old []tokenRecord
		if err := tx.Where("token_id IN ?", part).Find(&old).Error; err != nil {
			return fmt.Errorf("load tokens: %w", err)
		}
		prev := map[uint64]tokenRecord{}
		for _, r := range old {
			prev[r.TokenID] = r
		}
		var rs []eventRecord
		if err := tx.Where("token_id IN ?", part).Order("token_id, block_number, log_index").Find(&rs).Error; err != nil {
			return fmt.Errorf("token events: %w", err)
		}
		states := map[uint64]*foldState{}
		all := map[uint64]bool{}
		for _, e := range rs {
			f := states[*e.TokenID]
			if f == nil {
				// Start from the old row's metadata so that a CID the reorg
				// did not change keeps what was read for it.
				p := prev[*e.TokenID]
				f = &foldState{row: tokenRecord{TokenID: *e.TokenID, MetadataCID: p.MetadataCID,
					MetadataState: p.MetadataState, MetadataTries: p.MetadataTries, MetadataRetryAt: p.MetadataRetryAt}}
				states[*e.TokenID] = f
				all[*e.TokenID] = true
			}
			f.apply(e)
		}
		if err := recountOffers(tx, states, all); err != nil {
			return err
		}
		var rows []tokenRecord
		var gone []uint64
		for _, id := range part {
			if f := states[id]; f != nil && f.minted {
				rows = append(rows, f.row)
			} else {
				gone = append(gone, id)
			}
		}
		if len(gone) > 0 {
			if err := tx.Where("token_id IN ?", gone).Delete(&tokenRecord{}).Error; err != nil {
				return fmt.Errorf("delete unminted tokens: %w", err)
			}
		}
		if err := w.upsertTokens(rows); err != nil {
			return err
		}
	}
	return nil
}

// ResetIndex implements the indexer's Store port.
func (s *Store) ResetIndex(ctx context.Context) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for _, table := range []string{"chain_events", "tokens", "index_blocks", "index_cursor"} {
			if err := tx.Exec("DELETE FROM " + table).Error; err != nil {
				return fmt.Errorf("clear %s: %w", table, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reset index: %w", err)
	}
	return nil
}
