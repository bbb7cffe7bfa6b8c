package store

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"

	"modelmarket/internal/upload"
)

// bundleTables is migration 6: folder uploads (a UnixFS directory of
// finished uploads with its per-file sha256 list and root digest). One
// bundle per owner and root CID; the file rows copy what the list needs
// from the uploads, so the list stands on its own.
func bundleTables(b Backend) []string {
	return []string{
		`CREATE TABLE bundles (
			id TEXT PRIMARY KEY,
			owner TEXT NOT NULL,
			name TEXT NOT NULL,
			cid TEXT NOT NULL,
			size BIGINT NOT NULL,
			file_count INTEGER NOT NULL,
			digest TEXT NOT NULL,
			created_at ` + ts[b] + ` NOT NULL)`,
		`CREATE UNIQUE INDEX bundles_owner_cid ON bundles (owner, cid)`,
		`CREATE INDEX bundles_owner_created ON bundles (owner, created_at)`,
		`CREATE INDEX bundles_cid ON bundles (cid)`,
		`CREATE TABLE bundle_files (
			bundle_id TEXT NOT NULL REFERENCES bundles (id) ON DELETE CASCADE,
			path TEXT NOT NULL,
			upload_id TEXT NOT NULL,
			size BIGINT NOT NULL,
			sha256 TEXT NOT NULL,
			cid TEXT NOT NULL,
			media_type TEXT NOT NULL,
			kind TEXT NOT NULL,
			gated BOOLEAN NOT NULL DEFAULT FALSE,
			PRIMARY KEY (bundle_id, path))`,
		`CREATE INDEX bundle_files_upload ON bundle_files (upload_id)`,
	}
}

type bundleRecord struct {
	ID        string `gorm:"primaryKey"`
	Owner     string
	Name      string
	CID       string `gorm:"column:cid"`
	Size      int64
	FileCount int
	Digest    string
	CreatedAt time.Time
}

func (bundleRecord) TableName() string { return "bundles" }

type bundleFileRecord struct {
	BundleID  string `gorm:"primaryKey"`
	Path      string `gorm:"primaryKey"`
	UploadID  string
	Size      int64
	SHA256    string `gorm:"column:sha256"`
	CID       string `gorm:"column:cid"`
	MediaType string
	Kind      string
	Gated     bool
}

func (bundleFileRecord) TableName() string { return "bundle_files" }

// The store implements the bundle port.
var _ upload.BundleStore = (*Store)(nil)

// fileBatch is how many file rows go in one INSERT: 9 columns each, well
// under SQLite's and PostgreSQL's bound-parameter limits.
const fileBatch = 500

// CreateBundle implements upload.BundleStore: the bundle and its files in
// one transaction.
func (s *Store) CreateBundle(ctx context.Context, b upload.Bundle) error {
	r := bundleRecord{
		ID: b.ID, Owner: b.Owner, Name: b.Name, CID: b.CID, Size: b.Size, FileCount: len(b.Files),
		Digest: hex.EncodeToString(b.Digest[:]), CreatedAt: dbTime(b.CreatedAt),
	}
	fs := make([]bundleFileRecord, len(b.Files))
	for i, f := range b.Files {
		fs[i] = bundleFileRecord{
			BundleID: b.ID, Path: f.Path, UploadID: f.UploadID, Size: f.Size, SHA256: hex.EncodeToString(f.SHA256[:]),
			CID: f.CID, MediaType: f.MediaType, Kind: f.Kind, Gated: f.Gated,
		}
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(&r).Error; err != nil {
			return err
		}
		if len(fs) == 0 {
			return nil
		}
		return tx.CreateInBatches(&fs, fileBatch).Error
	})
	if err != nil {
		return fmt.Errorf("create bundle %s: %w", b.ID, err)
	}
	return nil
}

// Bundle implements upload.BundleStore.
func (s *Store) Bundle(ctx context.Context, id string) (upload.Bundle, error) {
	return s.oneBundle(ctx, "id = ?", id)
}

// BundleByCID implements upload.BundleStore.
func (s *Store) BundleByCID(ctx context.Context, owner, cid string) (upload.Bundle, error) {
	return s.oneBundle(ctx, "owner = ? AND cid = ?", owner, cid)
}

func (s *Store) oneBundle(ctx context.Context, where string, args ...any) (upload.Bundle, error) {
	var r bundleRecord
	err := s.db.WithContext(ctx).Where(where, args...).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return upload.Bundle{}, upload.ErrBundleNotFound
	}
	if err != nil {
		return upload.Bundle{}, fmt.Errorf("read bundle: %w", err)
	}
	bs, err := s.withFiles(ctx, []bundleRecord{r})
	if err != nil {
		return upload.Bundle{}, err
	}
	return bs[0], nil
}

// BundlesByOwner implements upload.BundleStore.
func (s *Store) BundlesByOwner(ctx context.Context, owner string, limit int) ([]upload.Bundle, error) {
	var rs []bundleRecord
	err := s.db.WithContext(ctx).Where("owner = ?", owner).Order("created_at DESC, id").Limit(limit).Find(&rs).Error
	if err != nil {
		return nil, fmt.Errorf("list bundles of %s: %w", owner, err)
	}
	return s.withFiles(ctx, rs)
}

// CountBundlesByCID implements upload.BundleStore.
func (s *Store) CountBundlesByCID(ctx context.Context, cid string) (int64, error) {
	var n int64
	if err := s.db.WithContext(ctx).Model(&bundleRecord{}).Where("cid = ?", cid).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count bundles of %s: %w", cid, err)
	}
	return n, nil
}

// withFiles loads the files of rs (one query) and maps to domain bundles.
func (s *Store) withFiles(ctx context.Context, rs []bundleRecord) ([]upload.Bundle, error) {
	out := make([]upload.Bundle, 0, len(rs))
	if len(rs) == 0 {
		return out, nil
	}
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	var fs []bundleFileRecord
	if err := s.db.WithContext(ctx).Where("bundle_id IN ?", ids).Find(&fs).Error; err != nil {
		return nil, fmt.Errorf("read bundle files: %w", err)
	}
	byBundle := map[string][]upload.BundleFile{}
	for _, f := range fs {
		bf := upload.BundleFile{
			Path: f.Path, UploadID: f.UploadID, Size: f.Size, CID: f.CID, MediaType: f.MediaType, Kind: f.Kind, Gated: f.Gated,
		}
		if err := decodeDigest(bf.SHA256[:], f.SHA256); err != nil {
			return nil, fmt.Errorf("bundle %s file %q: %w", f.BundleID, f.Path, err)
		}
		byBundle[f.BundleID] = append(byBundle[f.BundleID], bf)
	}
	for _, r := range rs {
		b := upload.Bundle{ID: r.ID, Owner: r.Owner, Name: r.Name, CID: r.CID, Size: r.Size, CreatedAt: r.CreatedAt.UTC()}
		if err := decodeDigest(b.Digest[:], r.Digest); err != nil {
			return nil, fmt.Errorf("bundle %s: %w", r.ID, err)
		}
		// Bytewise, whatever the database's collation.
		b.Files = byBundle[r.ID]
		slices.SortFunc(b.Files, func(x, y upload.BundleFile) int { return strings.Compare(x.Path, y.Path) })
		if len(b.Files) != r.FileCount {
			return nil, fmt.Errorf("bundle %s: %d file rows, want %d", r.ID, len(b.Files), r.FileCount)
		}
		out = append(out, b)
	}
	return out, nil
}

func decodeDigest(dst []byte, s string) error {
	if n, err := hex.Decode(dst, []byte(s)); err != nil || n != len(dst) {
		return fmt.Errorf("stored digest %q is not %d hex bytes", s, len(dst))
	}
	return nil
}
