package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"modelmarket/internal/listing"
)

// PendingMetadata implements the indexer's Store port.
func (s *Store) PendingMetadata(ctx context.Context, now time.Time, limit int) ([]listing.MetadataJob, error) {
	var rs []tokenRecord
	err := s.db.WithContext(ctx).Select("token_id, metadata_cid, metadata_tries").
		Where("metadata_state = ? AND (metadata_retry_at IS NULL OR metadata_retry_at <= ?)",
			string(listing.MetadataPending), dbTime(now)).
		Order("token_id").Limit(limit).Find(&rs).Error
	if err != nil {
		return nil, fmt.Errorf("pending metadata: %w", err)
	}
	out := make([]listing.MetadataJob, len(rs))
	for i, r := range rs {
		out[i] = listing.MetadataJob{TokenID: r.TokenID, CID: r.MetadataCID, Tries: r.MetadataTries}
	}
	return out, nil
}

// SetTokenMetadata implements the indexer's Store port. Tags are stored as lower-case
// words joined by spaces (what search indexes); a tag of several words
// becomes several words.
func (s *Store) SetTokenMetadata(ctx context.Context, id uint64, cid string, m listing.TokenMetadata) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Model(&tokenRecord{}).Where("token_id = ? AND metadata_cid = ?", id, cid).
			Updates(map[string]any{
				"metadata_state": string(listing.MetadataOK), "metadata_retry_at": nil,
				"kind": string(m.Kind), "title": m.Title, "description": m.Description, "tags": joinTags(m.Tags),
				"format": m.Format, "license": m.License, "image": m.Image, "animation_url": m.AnimationURL,
				"content_cid": m.ContentCID, "sha256": m.SHA256, "parameter_count": m.ParameterCount,
			})
		return bumpCatalogue(tx, res)
	})
	if err != nil {
		return fmt.Errorf("token %d metadata: %w", id, err)
	}
	return nil
}

func joinTags(tags []string) string {
	var words []string
	seen := map[string]bool{}
	for _, t := range tags {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	return strings.Join(words, " ")
}

// TokenMetadataFailed implements the indexer's Store port.
func (s *Store) TokenMetadataFailed(ctx context.Context, id uint64, cid string, unusable bool, retryAt time.Time) error {
	state := listing.MetadataPending
	if unusable {
		state = listing.MetadataUnavailable
	}
	r := dbTime(retryAt)
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return bumpCatalogue(tx, tx.Exec(`UPDATE tokens SET metadata_state = ?, metadata_tries = metadata_tries + 1,
		metadata_retry_at = ? WHERE token_id = ? AND metadata_cid = ?`, string(state), r, id, cid))
	})
	if err != nil {
		return fmt.Errorf("token %d metadata failure: %w", id, err)
	}
	return nil
}

// bumpCatalogue counts a metadata change in the catalogue version, in the
// transaction of res (the change), when res changed a row.
func bumpCatalogue(tx *gorm.DB, res *gorm.DB) error {
	if res.Error != nil || res.RowsAffected == 0 {
		return res.Error
	}
	return tx.Exec(`UPDATE catalogue_version SET metadata = metadata + 1 WHERE id = 1`).Error
}

// CatalogueVersion names the state of the catalogue pages show: head is
// the indexed head (0 before the first batch), and version changes
// whenever the index changes: a new head, a reorg that re-applied to the
// same height (the head's hash), a token's metadata arriving or failing,
// a moderation action (hide, restore: the audit log's last entry, written
// in the action's transaction). It is one cheap query, for page caches.
// Versions compare in text order by head, then metadata, then moderation.
func (s *Store) CatalogueVersion(ctx context.Context) (head uint64, version string, err error) {
	var r struct {
		BlockNumber uint64
		BlockHash   string
		Metadata    int64
		Moderation  int64
	}
	err = s.db.WithContext(ctx).Raw(`SELECT COALESCE(c.block_number, 0) AS block_number,
		COALESCE(c.block_hash, '') AS block_hash, v.metadata AS metadata,
		(SELECT COALESCE(MAX(seq), 0) FROM audit_log) AS moderation
		FROM catalogue_version v LEFT JOIN index_cursor c ON c.id = 1 WHERE v.id = 1`).Scan(&r).Error
	if err != nil {
		return 0, "", fmt.Errorf("catalogue version: %w", err)
	}
	return r.BlockNumber, fmt.Sprintf("%020d.%020d.%020d.%s", r.BlockNumber, r.Metadata, r.Moderation, r.BlockHash), nil
}
