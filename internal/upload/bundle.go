package upload

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"modelmarket/internal/apperr"
)

// A Bundle is a folder of finished uploads made into one UnixFS directory:
// what gets minted for a model that is several files (shards, config,
// tokenizer). Its files keep their own uploads; the bundle adds the
// directory's root CID, the per-file list and the root digest.
type Bundle struct {
	ID        string // "bundle-" + 24 hex digits; shares the card-draft id space with uploads
	Owner     string // checksummed 0x address
	Name      string // the folder's name as the person gave it
	CID       string // the UnixFS directory's root, CIDv1 base32, pinned recursively
	Size      int64  // the sum of the files' (plaintext) sizes
	Digest    [32]byte
	Files     []BundleFile // sorted by Path, bytewise
	CreatedAt time.Time
}

// BundleFile is one file of a bundle, copied from its upload so that the
// list stands on its own.
type BundleFile struct {
	Path      string // inside the folder, slash-separated ("tokenizer/vocab.json")
	UploadID  string
	Size      int64 // plaintext bytes
	SHA256    [32]byte
	CID       string // the file's UnixFS root (the ciphertext's when Gated)
	MediaType string
	Kind      string
	Gated     bool
}

// DigestHex is the root digest in lower-case hex.
func (b Bundle) DigestHex() string { return hex.EncodeToString(b.Digest[:]) }

// SHA256Hex is the file's digest in lower-case hex.
func (f BundleFile) SHA256Hex() string { return hex.EncodeToString(f.SHA256[:]) }

// ErrBundleNotFound is returned by BundleStore lookups that find no row.
var ErrBundleNotFound = errors.New("bundle not found")

// BundleStore keeps bundle rows. Implemented by internal/store.
type BundleStore interface {
	// CreateBundle inserts b and its files in one transaction: all or
	// nothing. Another bundle of the same owner with the same CID is an
	// error (look it up with BundleByCID first).
	CreateBundle(ctx context.Context, b Bundle) error
	// Bundle returns the bundle with that id and its files, or ErrBundleNotFound.
	Bundle(ctx context.Context, id string) (Bundle, error)
	// BundleByCID returns owner's bundle with that root CID, or ErrBundleNotFound.
	BundleByCID(ctx context.Context, owner, cid string) (Bundle, error)
	// BundlesByOwner lists owner's bundles with their files, newest first, at most limit.
	BundlesByOwner(ctx context.Context, owner string, limit int) ([]Bundle, error)
	// CountBundlesByCID is how many bundles (any owner) have that root CID.
	CountBundlesByCID(ctx context.Context, cid string) (int64, error)
}

// DirEntry names an imported file's CID at a path of a directory.
type DirEntry struct {
	Path string
	CID  string
}

// DirBuilder makes UnixFS directories of content already in IPFS.
// Implemented over internal/ipfs by cmd/market.
type DirBuilder interface {
	// BuildDir links the files under their paths (nested directories made
	// as needed) without reading their bytes, pins the root recursively
	// and returns its CID. A failed build pins nothing.
	BuildDir(ctx context.Context, files []DirEntry) (string, error)
}

// Limits of a bundle: enough for a sharded model with its tokenizer, small
// enough that one request and one row set stay cheap.
const (
	MaxBundleFiles   = 10000
	MaxBundlePathLen = 1024 // bytes, whole path
	maxSegmentLen    = 255  // bytes, one name (most file systems' limit)
)

// RootDigest is the bundle's root digest: the sha256 of the lines
//
//	<sha256 of the file, 64 lower-case hex digits><two spaces><path>\n
//
// one per file, sorted by path bytewise, paths relative to the folder with
// "/" between names and no leading "./". This is exactly what
// `sha256sum` prints for the sorted file list, so anyone can recompute it
// from a copy of the folder (README, "Folders"):
//
//	find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum
//
// Paths are validated (ValidateBundlePaths) so that sha256sum never escapes
// them. A gated file contributes its plaintext sha256.
func RootDigest(files []BundleFile) [32]byte {
	return sha256.Sum256([]byte(DigestList(files)))
}

// DigestList is the text RootDigest hashes.
func DigestList(files []BundleFile) string {
	sorted := slices.Clone(files)
	slices.SortFunc(sorted, func(a, b BundleFile) int { return strings.Compare(a.Path, b.Path) })
	var sb strings.Builder
	for _, f := range sorted {
		sb.WriteString(f.SHA256Hex())
		sb.WriteString("  ")
		sb.WriteString(f.Path)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// ValidateBundlePath checks one path of a bundle: relative, "/" between
// names, no empty, "." or ".." name, no backslash or control character,
// valid UTF-8, at most MaxBundlePathLen bytes and 255 per name. The error
// (apperr.Invalid) names the path and says what is wrong.
func ValidateBundlePath(p string) error {
	bad := func(why string) error {
		return apperr.E(apperr.Invalid, fmt.Sprintf("The path %q %s.", p, why))
	}
	switch {
	case p == "":
		return apperr.E(apperr.Invalid, "A file of the folder has an empty path.")
	case !utf8.ValidString(p):
		return bad("is not valid UTF-8")
	case len(p) > MaxBundlePathLen:
		return bad(fmt.Sprintf("is longer than %d bytes", MaxBundlePathLen))
	case strings.HasPrefix(p, "/"):
		return bad("is absolute; paths must be relative to the folder")
	case strings.ContainsRune(p, '\\'):
		return bad("contains a backslash; use / between folder names")
	case strings.IndexFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7f }) >= 0:
		return bad("contains a control character")
	}
	for _, seg := range strings.Split(p, "/") {
		switch {
		case seg == "":
			return bad("has an empty folder name (// or a trailing /)")
		case seg == "." || seg == "..":
			return bad("contains . or ..")
		case len(seg) > maxSegmentLen:
			return bad(fmt.Sprintf("has a name longer than %d bytes", maxSegmentLen))
		}
	}
	return nil
}

// ValidateBundlePaths checks every path (ValidateBundlePath), the count
// (1 to MaxBundleFiles), and the set: no path twice, no path that is both a
// file and a folder ("a" and "a/b").
func ValidateBundlePaths(paths []string) error {
	if len(paths) == 0 {
		return apperr.E(apperr.Invalid, "A folder needs at least one file.")
	}
	if len(paths) > MaxBundleFiles {
		return apperr.E(apperr.Invalid, fmt.Sprintf("A folder can hold at most %d files; this one has %d.", MaxBundleFiles, len(paths)))
	}
	files := make(map[string]bool, len(paths))
	for _, p := range paths {
		if err := ValidateBundlePath(p); err != nil {
			return err
		}
		if files[p] {
			return apperr.E(apperr.Invalid, fmt.Sprintf("The path %q is in the folder twice.", p))
		}
		files[p] = true
	}
	for _, p := range paths {
		for i := strings.IndexByte(p, '/'); i >= 0; i = next(p, i) {
			if files[p[:i]] {
				return apperr.E(apperr.Invalid, fmt.Sprintf("%q is a file, so %q cannot be inside it.", p[:i], p))
			}
		}
	}
	return nil
}

// next is the index of the next "/" in p after i, or -1.
func next(p string, i int) int {
	j := strings.IndexByte(p[i+1:], '/')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}
