package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"modelmarket/internal/card"
)

// cardDraftTables is the card_drafts migration: the model card or art
// description a person is writing, one per upload, kept until mint.
func cardDraftTables(b Backend) []string {
	return []string{
		`CREATE TABLE card_drafts (
			upload_id TEXT PRIMARY KEY,
			owner TEXT NOT NULL,
			source TEXT NOT NULL,
			updated_at ` + ts[b] + ` NOT NULL)`,
	}
}

type cardDraftRecord struct {
	UploadID  string `gorm:"primaryKey"`
	Owner     string
	Source    string
	UpdatedAt time.Time `gorm:"autoUpdateTime:false"`
}

func (cardDraftRecord) TableName() string { return "card_drafts" }

// The store implements the card drafts port.
var _ card.Drafts = (*Store)(nil)

// SaveDraft implements card.Drafts: an upsert on the upload id. The caller
// has checked that d.Owner owns the upload.
func (s *Store) SaveDraft(ctx context.Context, d card.Draft) error {
	r := cardDraftRecord{UploadID: d.UploadID, Owner: d.Owner, Source: d.Source, UpdatedAt: dbTime(d.UpdatedAt)}
	err := s.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "upload_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"owner", "source", "updated_at"}),
	}).Create(&r).Error
	if err != nil {
		return fmt.Errorf("save card draft of %s: %w", d.UploadID, err)
	}
	return nil
}

// Draft implements card.Drafts; a draft of another owner is card.ErrNoDraft.
func (s *Store) Draft(ctx context.Context, uploadID, owner string) (card.Draft, error) {
	var r cardDraftRecord
	err := s.db.WithContext(ctx).Where("upload_id = ? AND owner = ?", uploadID, owner).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return card.Draft{}, card.ErrNoDraft
	}
	if err != nil {
		return card.Draft{}, fmt.Errorf("read card draft of %s: %w", uploadID, err)
	}
	return card.Draft{UploadID: r.UploadID, Owner: r.Owner, Source: r.Source, UpdatedAt: r.UpdatedAt.UTC()}, nil
}
