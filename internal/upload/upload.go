// Package upload is the bookkeeping of finished uploads: a file whose last
// byte has arrived is imported into IPFS in one streaming pass, inspected,
// and recorded for its owner. The resumable transfer itself (tus) is the web
// edge's business; this package sees only a finished file on disk.
package upload

import (
	"context"
	"encoding/hex"
	"errors"
	"io"
	"time"
)

// Upload is one finished, imported and pinned file.
//
// A gated upload (model weights only license holders may download) is
// encrypted with internal/seal before it reaches IPFS: Size and SHA256
// describe the plaintext the creator uploaded, CID and CiphertextSize the
// ciphertext that IPFS holds. Envelope is the seal.Envelope JSON (scheme,
// per-file salt, plaintext size and sha256); it goes into the token metadata
// at mint, so the server's master.key plus that JSON decrypt the file
// without this row: losing the database loses no model.
type Upload struct {
	ID        string // the tus upload id it arrived under; unique
	Owner     string // checksummed 0x address of the uploader
	Name      string // the file name the client gave ("" when none)
	MediaType string // the client's media type, or the sniffed one
	Size      int64  // plaintext bytes
	SHA256    [32]byte
	CID       string // UnixFS root, CIDv1 base32 (of the ciphertext when Gated)
	Kind      string // the inspect report's kind ("image", "safetensors", …) or "other"
	Report    []byte // the inspect report as JSON; nil when none
	CreatedAt time.Time

	Gated          bool   // encrypted before import; the gateway serves only ciphertext
	CiphertextSize int64  // bytes under CID when Gated; 0 otherwise
	Envelope       []byte // seal.Envelope JSON when Gated; nil otherwise
}

// SHA256Hex is the digest in lower-case hex.
func (u Upload) SHA256Hex() string { return hex.EncodeToString(u.SHA256[:]) }

// ErrNotFound is returned by Store.Upload when no row has that id.
var ErrNotFound = errors.New("upload not found")

// File is a finished upload's bytes: read once for the import, at random for
// the inspection.
type File interface {
	io.Reader
	io.ReaderAt
	io.Seeker
}

// Store keeps the rows. Implemented by internal/store.
type Store interface {
	// CreateUpload inserts u; an existing ID is an error.
	CreateUpload(ctx context.Context, u Upload) error
	// Upload returns the row with that id, or ErrNotFound.
	Upload(ctx context.Context, id string) (Upload, error)
	// UploadsByOwner lists an owner's uploads, newest first, at most limit.
	UploadsByOwner(ctx context.Context, owner string, limit int) ([]Upload, error)
	// UsedBytes is the sum of the sizes of an owner's uploads.
	UsedBytes(ctx context.Context, owner string) (int64, error)
	// CountByCID is how many rows name that CID (any owner).
	CountByCID(ctx context.Context, cid string) (int64, error)
}

// Imported is what the content store reports for an imported file.
type Imported struct {
	CID    string
	SHA256 [32]byte
	Size   int64
}

// Importer puts bytes into IPFS. Implemented over internal/ipfs by cmd/market.
type Importer interface {
	// Import reads r once and pins the result. A failed import pins nothing.
	Import(ctx context.Context, r io.Reader) (Imported, error)
	// Unpin removes the pin of an import whose row could not be written.
	Unpin(ctx context.Context, cid string) error
}

// Report is an inspection's outcome: the kind, the media type sniffed from
// the content ("" when unknown) and the JSON the page shows.
type Report struct {
	Kind      string
	MediaType string
	JSON      []byte
}

// Inspector describes a file from its bytes (format headers, image size).
// It must not read more of r than it needs: files may be many GB. With an
// error it may still return a Report (a malformed header still has a kind
// and a media type); Finish keeps whatever non-empty fields it gets.
type Inspector func(r io.ReaderAt, size int64, name string) (Report, error)
