package store

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"modelmarket/internal/upload"
)

// uploadTables is migration 3: finished uploads. The id is the tus upload
// id (unique per upload); report holds the inspect JSON.
func uploadTables(b Backend) []string {
	return []string{
		`CREATE TABLE uploads (
			id TEXT PRIMARY KEY,
			owner TEXT NOT NULL,
			name TEXT NOT NULL,
			media_type TEXT NOT NULL,
			size BIGINT NOT NULL,
			sha256 TEXT NOT NULL,
			cid TEXT NOT NULL,
			kind TEXT NOT NULL,
			report TEXT,
			created_at ` + ts[b] + ` NOT NULL)`,
		`CREATE INDEX uploads_owner_created ON uploads (owner, created_at)`,
		`CREATE INDEX uploads_cid ON uploads (cid)`,
	}
}

// uploadGatedColumns is migration 4: encrypted (gated) uploads. For those,
// cid is the ciphertext's, size and sha256 stay the plaintext's, and
// envelope is the seal.Envelope JSON that also goes into the token metadata
// (so the database is not needed to decrypt).
func uploadGatedColumns(Backend) []string {
	// One column per ALTER: SQLite adds only one at a time.
	return []string{
		`ALTER TABLE uploads ADD COLUMN gated BOOLEAN NOT NULL DEFAULT FALSE`,
		`ALTER TABLE uploads ADD COLUMN ciphertext_size BIGINT NOT NULL DEFAULT 0`,
		`ALTER TABLE uploads ADD COLUMN envelope TEXT`,
	}
}

type uploadRecord struct {
	ID        string `gorm:"primaryKey"`
	Owner     string
	Name      string
	MediaType string
	Size      int64
	SHA256    string `gorm:"column:sha256"`
	CID       string `gorm:"column:cid"`
	Kind      string
	Report    *string
	CreatedAt time.Time

	Gated          bool
	CiphertextSize int64
	Envelope       *string
}

func (uploadRecord) TableName() string { return "uploads" }

// The store implements the upload port.
var _ upload.Store = (*Store)(nil)

// CreateUpload implements upload.Store.
func (s *Store) CreateUpload(ctx context.Context, u upload.Upload) error {
	r := uploadRecord{
		ID: u.ID, Owner: u.Owner, Name: u.Name, MediaType: u.MediaType, Size: u.Size,
		SHA256: hex.EncodeToString(u.SHA256[:]), CID: u.CID, Kind: u.Kind, CreatedAt: dbTime(u.CreatedAt),
		Gated: u.Gated, CiphertextSize: u.CiphertextSize,
	}
	if u.Envelope != nil {
		env := string(u.Envelope)
		r.Envelope = &env
	}
	if u.Report != nil {
		rep := string(u.Report)
		r.Report = &rep
	}
	if err := s.db.WithContext(ctx).Create(&r).Error; err != nil {
		return fmt.Errorf("create upload %s: %w", u.ID, err)
	}
	return nil
}

// Upload implements upload.Store; a missing row is upload.ErrNotFound.
func (s *Store) Upload(ctx context.Context, id string) (upload.Upload, error) {
	var r uploadRecord
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return upload.Upload{}, upload.ErrNotFound
	}
	if err != nil {
		return upload.Upload{}, fmt.Errorf("read upload %s: %w", id, err)
	}
	return r.toDomain()
}

// UploadsByOwner implements upload.Store.
func (s *Store) UploadsByOwner(ctx context.Context, owner string, limit int) ([]upload.Upload, error) {
	var rs []uploadRecord
	err := s.db.WithContext(ctx).Where("owner = ?", owner).Order("created_at DESC, id").Limit(limit).Find(&rs).Error
	if err != nil {
		return nil, fmt.Errorf("list uploads of %s: %w", owner, err)
	}
	out := make([]upload.Upload, 0, len(rs))
	for _, r := range rs {
		u, err := r.toDomain()
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, nil
}

// UsedBytes implements upload.Store.
func (s *Store) UsedBytes(ctx context.Context, owner string) (int64, error) {
	var n int64
	err := s.db.WithContext(ctx).Model(&uploadRecord{}).Where("owner = ?", owner).Select("COALESCE(SUM(size), 0)").Scan(&n).Error
	if err != nil {
		return 0, fmt.Errorf("bytes used by %s: %w", owner, err)
	}
	return n, nil
}

// CountByCID implements upload.Store.
func (s *Store) CountByCID(ctx context.Context, cid string) (int64, error) {
	var n int64
	if err := s.db.WithContext(ctx).Model(&uploadRecord{}).Where("cid = ?", cid).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count uploads of %s: %w", cid, err)
	}
	return n, nil
}

// UploadCount counts all rows; tests use it to prove a refused upload wrote nothing.
func (s *Store) UploadCount(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.WithContext(ctx).Model(&uploadRecord{}).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count uploads: %w", err)
	}
	return n, nil
}

func (r uploadRecord) toDomain() (upload.Upload, error) {
	u := upload.Upload{
		ID: r.ID, Owner: r.Owner, Name: r.Name, MediaType: r.MediaType, Size: r.Size,
		CID: r.CID, Kind: r.Kind, CreatedAt: r.CreatedAt.UTC(),
		Gated: r.Gated, CiphertextSize: r.CiphertextSize,
	}
	if r.Envelope != nil {
		u.Envelope = []byte(*r.Envelope)
	}
	if r.Report != nil {
		u.Report = []byte(*r.Report)
	}
	if n, err := hex.Decode(u.SHA256[:], []byte(r.SHA256)); err != nil || n != 32 {
		return upload.Upload{}, fmt.Errorf("upload %s: stored sha256 %q is not 32 hex bytes", r.ID, r.SHA256)
	}
	return u, nil
}
