package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Instance identifies one installation: the row is written on the first start
// and never changes, so a restart that shows a different id lost its database.
type Instance struct {
	ID        string
	CreatedAt time.Time
}

type instanceRecord struct {
	ID         int `gorm:"primaryKey"`
	InstanceID string
	CreatedAt  time.Time
}

func (instanceRecord) TableName() string { return "instance" }

// EnsureInstance returns this database's instance row, creating it on first
// use. Concurrent first starts agree on one row.
func (s *Store) EnsureInstance(ctx context.Context) (Instance, error) {
	db := s.db.WithContext(ctx)
	var r instanceRecord
	err := db.Take(&r, 1).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		b := make([]byte, 16)
		if _, err := rand.Read(b); err != nil {
			return Instance{}, fmt.Errorf("instance id: %w", err)
		}
		r = instanceRecord{ID: 1, InstanceID: hex.EncodeToString(b), CreatedAt: time.Now().UTC().Truncate(time.Microsecond)}
		if err := db.Clauses(clause.OnConflict{DoNothing: true}).Create(&r).Error; err != nil {
			return Instance{}, fmt.Errorf("create instance row: %w", err)
		}
		err = db.Take(&r, 1).Error
	}
	if err != nil {
		return Instance{}, fmt.Errorf("read instance row: %w", err)
	}
	return Instance{ID: r.InstanceID, CreatedAt: r.CreatedAt}, nil
}
