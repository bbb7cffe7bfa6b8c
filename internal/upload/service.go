package upload

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"

	"modelmarket/internal/apperr"
	"modelmarket/internal/seal"
)

// Config is what NewService needs.
type Config struct {
	Store    Store
	Importer Importer
	// Inspect may be nil: uploads are then recorded with kind "other".
	Inspect Inspector
	// Quota is the most bytes of finished uploads one owner may hold; 0 = no limit.
	Quota int64
	// MasterKey encrypts gated uploads; nil refuses them (apperr.Unavailable).
	MasterKey *seal.MasterKey
	// Bundles and Dirs make folders of uploads (bundle_service.go); either
	// nil refuses them (apperr.Unavailable).
	Bundles BundleStore
	Dirs    DirBuilder
	Logger  *slog.Logger
	Now     func() time.Time // nil = time.Now
}

// Service finishes uploads and answers questions about them. It is safe for
// concurrent use.
type Service struct {
	store   Store
	imp     Importer
	inspect Inspector
	quota   int64
	key     *seal.MasterKey
	bundles BundleStore
	dirs    DirBuilder
	log     *slog.Logger
	now     func() time.Time

	mu       sync.Mutex
	inFlight map[string]*idLock // one finisher per upload id at a time
}

// NewService checks cfg. It returns an error when Store, Importer or Logger is missing.
func NewService(cfg Config) (*Service, error) {
	if cfg.Store == nil || cfg.Importer == nil || cfg.Logger == nil {
		return nil, errors.New("upload.NewService: Store, Importer and Logger are required")
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	return &Service{store: cfg.Store, imp: cfg.Importer, inspect: cfg.Inspect, quota: cfg.Quota,
		key: cfg.MasterKey, bundles: cfg.Bundles, dirs: cfg.Dirs, log: cfg.Logger, now: now,
		inFlight: map[string]*idLock{}}, nil
}

// Quota is the per-owner limit in bytes (0 = none).
func (s *Service) Quota() int64 { return s.quota }

// CheckQuota refuses (apperr.Forbidden) a new upload of size
// bytes that would take owner over the quota. Bytes of unfinished uploads do
// not count: the quota is checked again when an upload finishes.
func (s *Service) CheckQuota(ctx context.Context, owner string, size int64) error {
	if s.quota <= 0 {
		return nil
	}
	used, err := s.store.UsedBytes(ctx, owner)
	if err != nil {
		return fmt.Errorf("upload quota of %s: %w", owner, err)
	}
	if used+size > s.quota {
		return apperr.E(apperr.Forbidden, fmt.Sprintf("This file would take you over your upload quota (%s used of %s).", FormatBytes(used), FormatBytes(s.quota)))
	}
	return nil
}

// Used is the total size of owner's finished uploads.
func (s *Service) Used(ctx context.Context, owner string) (int64, error) {
	n, err := s.store.UsedBytes(ctx, owner)
	if err != nil {
		return 0, fmt.Errorf("upload bytes of %s: %w", owner, err)
	}
	return n, nil
}

// Finished describes a file whose last byte has arrived.
type Finished struct {
	ID        string
	Owner     string
	Name      string
	MediaType string
	Size      int64
	File      File // positioned anywhere; Finish seeks to 0
	// Gated encrypts the file before import (see Upload).
	Gated bool
}

// Finish imports f into IPFS (one streaming pass), inspects it and records
// the row. It is idempotent on f.ID: a second call returns the row the first
// wrote without reading the file. On any error nothing stays behind: no row,
// and no pin (the import is unpinned when the row cannot be written); the
// caller keeps the file so the finish can be retried.
//
// Errors: apperr.Forbidden when the quota would be exceeded; otherwise
// wrapped import and store errors. A failed inspection is not an error: the
// row is kept with what the inspection did say (kind "other" at least). The
// media type recorded is the sniffed one when the inspection gives one: the
// client's claim is only a fallback. A gated file is read once through
// sha256 and the seal cipher into the importer (see importGated); the
// inspection still reads the plaintext file. Gated without a master key is
// apperr.Unavailable.
func (s *Service) Finish(ctx context.Context, f Finished) (Upload, error) {
	lock := s.lockID(f.ID)
	defer s.unlockID(f.ID, lock)

	if u, err := s.store.Upload(ctx, f.ID); err == nil {
		return u, nil
	} else if !errors.Is(err, ErrNotFound) {
		return Upload{}, fmt.Errorf("upload.Finish %s: %w", f.ID, err)
	}
	if err := s.CheckQuota(ctx, f.Owner, f.Size); err != nil {
		return Upload{}, err
	}
	if _, err := f.File.Seek(0, 0); err != nil {
		return Upload{}, fmt.Errorf("upload.Finish %s: rewind: %w", f.ID, err)
	}
	start := s.now()
	u := Upload{
		ID: f.ID, Owner: f.Owner, Name: cleanName(f.Name), MediaType: f.MediaType, Kind: "other",
	}
	if f.Gated {
		if err := s.importGated(ctx, f, &u); err != nil {
			return Upload{}, err
		}
	} else {
		imp, err := s.imp.Import(ctx, f.File)
		if err != nil {
			return Upload{}, fmt.Errorf("upload.Finish %s: import: %w", f.ID, err)
		}
		if imp.Size != f.Size {
			s.unpin(ctx, imp.CID)
			return Upload{}, fmt.Errorf("upload.Finish %s: imported %d bytes, expected %d", f.ID, imp.Size, f.Size)
		}
		u.Size, u.SHA256, u.CID = imp.Size, imp.SHA256, imp.CID
	}
	u.CreatedAt = s.now().UTC()
	if s.inspect != nil {
		rep, err := s.inspect(f.File, f.Size, u.Name)
		if err != nil {
			s.log.WarnContext(ctx, "inspect upload", "upload_id", f.ID, "err", err)
		}
		if rep.Kind != "" {
			u.Kind = rep.Kind
		}
		if rep.MediaType != "" {
			u.MediaType = rep.MediaType
		}
		u.Report = rep.JSON
	}
	if err := s.store.CreateUpload(ctx, u); err != nil {
		s.unpin(ctx, u.CID)
		return Upload{}, fmt.Errorf("upload.Finish %s: record: %w", f.ID, err)
	}
	s.log.InfoContext(ctx, "upload finished", "upload_id", f.ID, "owner", f.Owner, "cid", u.CID,
		"size", u.Size, "kind", u.Kind, "gated", u.Gated, "took", s.now().Sub(start).Round(time.Millisecond))
	return u, nil
}

// importGated reads f once: the plaintext goes through sha256 and the seal
// cipher (a fresh Envelope, so a fresh per-file key) into the importer, whose
// CID is the ciphertext's. It fills u's sizes, digests, CID and Envelope; on
// error nothing stays pinned.
func (s *Service) importGated(ctx context.Context, f Finished, u *Upload) error {
	if s.key == nil {
		return apperr.E(apperr.Unavailable, "This server cannot encrypt uploads (no master key).")
	}
	env, err := seal.NewEnvelope()
	if err != nil {
		return fmt.Errorf("upload.Finish %s: %w", f.ID, err)
	}
	c, err := s.key.Cipher(env)
	if err != nil {
		return fmt.Errorf("upload.Finish %s: %w", f.ID, err)
	}
	h := sha256.New()
	plain := &countingReader{r: io.TeeReader(f.File, h)}
	ct := c.EncryptReader(plain)
	imp, err := s.imp.Import(ctx, ct)
	ct.Close()
	if err != nil {
		return fmt.Errorf("upload.Finish %s: import ciphertext: %w", f.ID, err)
	}
	// The importer saw EOF, so the encrypting goroutine has returned: plain
	// and h are final.
	if plain.n != f.Size || imp.Size != seal.CiphertextSize(f.Size) {
		s.unpin(ctx, imp.CID)
		return fmt.Errorf("upload.Finish %s: encrypted %d bytes into %d, expected %d into %d", f.ID, plain.n, imp.Size, f.Size, seal.CiphertextSize(f.Size))
	}
	h.Sum(u.SHA256[:0])
	env.PlaintextSize, env.PlaintextSHA256 = f.Size, u.SHA256Hex()
	envJSON, err := json.Marshal(env)
	if err != nil {
		s.unpin(ctx, imp.CID)
		return fmt.Errorf("upload.Finish %s: envelope: %w", f.ID, err)
	}
	u.Size, u.CID, u.Gated, u.CiphertextSize, u.Envelope = f.Size, imp.CID, true, imp.Size, envJSON
	return nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// unpin drops the pin of an import that has no row, unless another row
// holds the same content (the same bytes uploaded twice share one pin).
func (s *Service) unpin(ctx context.Context, cid string) {
	// The request may be gone; the cleanup must still run.
	ctx = context.WithoutCancel(ctx)
	if n, err := s.store.CountByCID(ctx, cid); err != nil || n > 0 {
		if err != nil {
			s.log.WarnContext(ctx, "unpin failed import: count rows", "cid", cid, "err", err)
		}
		return
	}
	if err := s.imp.Unpin(ctx, cid); err != nil {
		s.log.WarnContext(ctx, "unpin failed import", "cid", cid, "err", err)
	}
}

// Upload returns one row; apperr.NotFound when it does not exist or belongs
// to someone else (no probing of other people's ids).
func (s *Service) Upload(ctx context.Context, owner, id string) (Upload, error) {
	u, err := s.store.Upload(ctx, id)
	if errors.Is(err, ErrNotFound) || (err == nil && !strings.EqualFold(u.Owner, owner)) {
		return Upload{}, apperr.E(apperr.NotFound, "There is no such upload.")
	}
	if err != nil {
		return Upload{}, fmt.Errorf("upload %s: %w", id, err)
	}
	return u, nil
}

// List returns owner's most recent uploads, newest first.
func (s *Service) List(ctx context.Context, owner string, limit int) ([]Upload, error) {
	us, err := s.store.UploadsByOwner(ctx, owner, limit)
	if err != nil {
		return nil, fmt.Errorf("uploads of %s: %w", owner, err)
	}
	return us, nil
}

func (s *Service) lockID(id string) *idLock {
	s.mu.Lock()
	l, ok := s.inFlight[id]
	if !ok {
		l = &idLock{}
		s.inFlight[id] = l
	}
	l.refs++
	s.mu.Unlock()
	l.Lock()
	return l
}

func (s *Service) unlockID(id string, l *idLock) {
	l.Unlock()
	s.mu.Lock()
	if l.refs--; l.refs == 0 {
		delete(s.inFlight, id)
	}
	s.mu.Unlock()
}

// idLock serializes the finishers of one upload id; refs counts holders and
// waiters so the map entry goes when the last leaves.
type idLock struct {
	sync.Mutex
	refs int
}

// cleanName keeps the last path element and at most 255 bytes: a name is
// shown, never used as a path.
func cleanName(n string) string {
	if i := strings.LastIndexAny(n, `/\`); i >= 0 {
		n = n[i+1:]
	}
	n = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, n)
	if len(n) > 255 {
		n = strings.ToValidUTF8(n[:255], "")
	}
	return n
}

// FormatBytes prints a size the way people read it (1.5 GiB).
func FormatBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
