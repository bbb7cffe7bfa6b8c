package upload

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"modelmarket/internal/apperr"
)

// BundleRequest asks for a folder of the owner's finished uploads to be made
// into a bundle.
type BundleRequest struct {
	Owner string
	Name  string // the folder's name; "" becomes "folder"
	Files []BundleInput
}

// BundleInput places one finished upload at a path of the folder.
type BundleInput struct {
	Path     string
	UploadID string
}

// bundleIDPrefix keeps bundle ids apart from tus upload ids (plain hex), so
// both can name a card draft.
const bundleIDPrefix = "bundle-"

// IsBundleID reports whether id has the form of a bundle id.
func IsBundleID(id string) bool { return strings.HasPrefix(id, bundleIDPrefix) }

// CreateBundle makes req's files into one UnixFS directory (built from the
// files' CIDs, their bytes are not read again), pins its root and records
// the bundle with its file list and root digest (RootDigest). The files'
// own uploads and pins stay as they are.
//
// The same folder again (same owner, same paths, same contents: the same
// root CID) returns the bundle recorded the first time, so a retry after a
// lost answer is harmless. On any error nothing stays behind: no row, and
// the root is unpinned unless another bundle holds it.
//
// Errors: apperr.Invalid for a bad path set (ValidateBundlePaths) or a file
// that is not one of the owner's finished uploads; apperr.Unavailable when
// the service has no BundleStore or DirBuilder; else wrapped IPFS and store
// errors.
func (s *Service) CreateBundle(ctx context.Context, req BundleRequest) (Bundle, error) {
	if s.bundles == nil || s.dirs == nil {
		return Bundle{}, apperr.E(apperr.Unavailable, "This server cannot make folders of uploads.")
	}
	paths := make([]string, len(req.Files))
	for i, f := range req.Files {
		paths[i] = f.Path
	}
	if err := ValidateBundlePaths(paths); err != nil {
		return Bundle{}, err
	}
	name := cleanName(strings.TrimSpace(req.Name))
	if name == "" {
		name = "folder"
	}
	// One bundle at a time per owner: a double submit finds the first row.
	lockKey := "bundle\x00" + strings.ToLower(req.Owner)
	lock := s.lockID(lockKey)
	defer s.unlockID(lockKey, lock)

	b := Bundle{Owner: req.Owner, Name: name, Files: make([]BundleFile, 0, len(req.Files))}
	for _, in := range req.Files {
		u, err := s.store.Upload(ctx, in.UploadID)
		if errors.Is(err, ErrNotFound) || (err == nil && !strings.EqualFold(u.Owner, req.Owner)) {
			return Bundle{}, apperr.E(apperr.Invalid, fmt.Sprintf("The file %q is not one of your finished uploads.", in.Path))
		}
		if err != nil {
			return Bundle{}, fmt.Errorf("upload.CreateBundle: upload %s: %w", in.UploadID, err)
		}
		b.Files = append(b.Files, BundleFile{
			Path: in.Path, UploadID: u.ID, Size: u.Size, SHA256: u.SHA256, CID: u.CID,
			MediaType: u.MediaType, Kind: u.Kind, Gated: u.Gated,
		})
		b.Size += u.Size
	}
	slices.SortFunc(b.Files, func(x, y BundleFile) int { return strings.Compare(x.Path, y.Path) })
	b.Digest = RootDigest(b.Files)

	entries := make([]DirEntry, len(b.Files))
	for i, f := range b.Files {
		entries[i] = DirEntry{Path: f.Path, CID: f.CID}
	}
	start := s.now()
	root, err := s.dirs.BuildDir(ctx, entries)
	if err != nil {
		return Bundle{}, fmt.Errorf("upload.CreateBundle: build directory: %w", err)
	}
	if old, err := s.bundles.BundleByCID(ctx, req.Owner, root); err == nil {
		return old, nil
	} else if !errors.Is(err, ErrBundleNotFound) {
		s.unpinBundle(ctx, root)
		return Bundle{}, fmt.Errorf("upload.CreateBundle: %w", err)
	}
	b.ID, err = newBundleID()
	if err != nil {
		s.unpinBundle(ctx, root)
		return Bundle{}, fmt.Errorf("upload.CreateBundle: %w", err)
	}
	b.CID, b.CreatedAt = root, s.now().UTC()
	if err := s.bundles.CreateBundle(ctx, b); err != nil {
		s.unpinBundle(ctx, root)
		return Bundle{}, fmt.Errorf("upload.CreateBundle: record: %w", err)
	}
	s.log.InfoContext(ctx, "bundle created", "bundle_id", b.ID, "owner", b.Owner, "cid", b.CID,
		"files", len(b.Files), "size", b.Size, "digest", b.DigestHex(), "took", s.now().Sub(start).Round(time.Millisecond))
	return b, nil
}

// unpinBundle drops the pin of a directory that has no row, unless another
// bundle holds the same root.
func (s *Service) unpinBundle(ctx context.Context, root string) {
	ctx = context.WithoutCancel(ctx) // the request may be gone; the cleanup must still run
	if n, err := s.bundles.CountBundlesByCID(ctx, root); err != nil || n > 0 {
		if err != nil {
			s.log.WarnContext(ctx, "unpin failed bundle: count rows", "cid", root, "err", err)
		}
		return
	}
	if err := s.imp.Unpin(ctx, root); err != nil {
		s.log.WarnContext(ctx, "unpin failed bundle", "cid", root, "err", err)
	}
}

// Bundle returns one of owner's bundles; apperr.NotFound when it does not
// exist or belongs to someone else.
func (s *Service) Bundle(ctx context.Context, owner, id string) (Bundle, error) {
	if s.bundles == nil {
		return Bundle{}, apperr.E(apperr.NotFound, "There is no such folder.")
	}
	b, err := s.bundles.Bundle(ctx, id)
	if errors.Is(err, ErrBundleNotFound) || (err == nil && !strings.EqualFold(b.Owner, owner)) {
		return Bundle{}, apperr.E(apperr.NotFound, "There is no such folder.")
	}
	if err != nil {
		return Bundle{}, fmt.Errorf("bundle %s: %w", id, err)
	}
	return b, nil
}

// Bundles returns owner's most recent bundles, newest first; none when the
// service keeps no bundles.
func (s *Service) Bundles(ctx context.Context, owner string, limit int) ([]Bundle, error) {
	if s.bundles == nil {
		return nil, nil
	}
	bs, err := s.bundles.BundlesByOwner(ctx, owner, limit)
	if err != nil {
		return nil, fmt.Errorf("bundles of %s: %w", owner, err)
	}
	return bs, nil
}

// BundlesEnabled reports whether CreateBundle can work here.
func (s *Service) BundlesEnabled() bool { return s.bundles != nil && s.dirs != nil }

func newBundleID() (string, error) {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("bundle id: %w", err)
	}
	return bundleIDPrefix + hex.EncodeToString(b[:]), nil
}
