package license

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/internal/apperr"
	"modelmarket/internal/seal"
)

// maxMetadataBytes caps the metadata JSON a download reads (a folder of
// 10 000 files lists them all).
const maxMetadataBytes = 8 << 20

// manifestCacheSize is how many parsed metadata documents are kept; they are
// addressed by CID, so a kept one never goes stale.
const manifestCacheSize = 128

// Content is what downloads need of IPFS.
type Content interface {
	// Cat opens the UnixFS file cid for reading and seeking; the reader
	// lives no longer than ctx and the caller closes it. Errors:
	// apperr.NotFound when the node does not hold it, apperr.Invalid for a
	// malformed CID, else the node's.
	Cat(ctx context.Context, cid string) (io.ReadSeekCloser, error)
}

// Downloads serves a token's files to the accounts the chain allows:
// Decide, then Manifest (the version's files from its metadata JSON), then
// Open (a file's plaintext, decrypted on the fly when it is gated).
type Downloads struct {
	*Service
	content Content
	key     *seal.MasterKey

	mu       sync.Mutex
	manifest map[string]Manifest // by metadata CID
}

// NewDownloads returns Downloads reading the chain c and the content through
// content. key decrypts gated files; nil makes opening one fail with
// apperr.Unavailable.
func NewDownloads(c Chain, content Content, key *seal.MasterKey) *Downloads {
	return &Downloads{Service: NewService(c), content: content, key: key, manifest: map[string]Manifest{}}
}

// Manifest returns version number n (counting from 1; 0 means the latest)
// of token id: its on-chain digest and metadata CID, and the files its
// metadata lists. It makes no access decision. Errors: apperr.NotFound
// when the token or version does not exist or the metadata is not on this
// node, apperr.Unavailable when the chain or IPFS does not answer, a plain
// error when the metadata is not usable.
func (d *Downloads) Manifest(ctx context.Context, id, n uint64) (Manifest, error) {
	tid := new(big.Int).SetUint64(id)
	count, err := d.chain.VersionCount(ctx, tid)
	if err != nil {
		return Manifest{}, fmt.Errorf("license.Manifest %d: %w", id, err)
	}
	if n == 0 {
		n = count
	}
	if n > count {
		return Manifest{}, apperr.E(apperr.NotFound, fmt.Sprintf("Token #%d has %d versions; there is no version %d.", id, count, n))
	}
	metaCID, digest, err := d.chain.Version(ctx, tid, n-1)
	if err != nil {
		return Manifest{}, fmt.Errorf("license.Manifest %d v%d: %w", id, n, err)
	}
	v := Version{Number: n, Count: count, MetadataCID: metaCID, Digest: digest}
	d.mu.Lock()
	m, ok := d.manifest[metaCID]
	d.mu.Unlock()
	if ok && m.Version.Digest == digest {
		m.Version = v
		return m, nil
	}
	raw, err := d.read(ctx, metaCID)
	if err != nil {
		return Manifest{}, fmt.Errorf("license.Manifest %d v%d: %w", id, n, err)
	}
	if m, err = parseManifest(v, raw); err != nil {
		return Manifest{}, fmt.Errorf("license.Manifest %d v%d: %w", id, n, err)
	}
	d.mu.Lock()
	if len(d.manifest) >= manifestCacheSize {
		clear(d.manifest) // simple and bounded; a miss costs one small IPFS read
	}
	d.manifest[metaCID] = m
	d.mu.Unlock()
	return m, nil
}

func (d *Downloads) read(ctx context.Context, c string) ([]byte, error) {
	rc, err := d.content.Cat(ctx, c)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxMetadataBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read metadata %s: %w", c, err)
	}
	if len(b) > maxMetadataBytes {
		return nil, fmt.Errorf("metadata %s is over %d bytes", c, maxMetadataBytes)
	}
	return b, nil
}

// Authorize decides access for account and, when allowed, returns the
// manifest of version n (0: the latest). A refusal is not an error: the
// caller shows Access's reason. Errors are Decide's and Manifest's.
func (d *Downloads) Authorize(ctx context.Context, id, n uint64, account *common.Address) (Access, Manifest, error) {
	a, err := d.Decide(ctx, id, account)
	if err != nil || !a.Allowed() {
		return a, Manifest{}, err
	}
	m, err := d.Manifest(ctx, id, n)
	return a, m, err
}

// Open returns f's plaintext as a seekable reader for http.ServeContent,
// with the reads bounded by ctx. A gated file is decrypted segment by
// segment as it is read: a range costs one 1 MiB segment at each end. Every
// segment is authenticated, and a read from the start to the end also checks
// the whole file's sha256 against f.SHA256 before it returns the last
// bytes; either failure is an error wrapping seal.ErrAuthentication
// (the bytes are never handed out), so a response is cut short rather than
// wrong. Close the reader when done. Errors: Content's, apperr.Unavailable
// without a master key, and seal.ErrAuthentication when the ciphertext's
// size does not match its envelope.
func (d *Downloads) Open(ctx context.Context, f File) (io.ReadSeekCloser, error) {
	rc, err := d.content.Cat(ctx, f.CID)
	if err != nil {
		return nil, fmt.Errorf("license.Open %s: %w", f.Path, err)
	}
	var plain io.ReadSeeker = rc
	if f.Envelope != nil {
		if d.key == nil {
			rc.Close()
			return nil, apperr.E(apperr.Unavailable, "This server has no master key, so it cannot decrypt gated files.")
		}
		c, err := d.key.Cipher(*f.Envelope)
		if err != nil {
			rc.Close()
			return nil, fmt.Errorf("license.Open %s: %w", f.Path, err)
		}
		if plain, err = c.NewReadSeeker(&seekElider{rs: rc, pos: -1}); err != nil {
			rc.Close()
			return nil, fmt.Errorf("license.Open %s: %w", f.Path, err)
		}
	} else if size, err := rc.Seek(0, io.SeekEnd); err != nil || size != f.Size {
		rc.Close()
		if err == nil {
			err = fmt.Errorf("%w: %d bytes on IPFS, the metadata says %d", seal.ErrAuthentication, size, f.Size)
		}
		return nil, fmt.Errorf("license.Open %s: %w", f.Path, err)
	} else if _, err := rc.Seek(0, io.SeekStart); err != nil {
		rc.Close()
		return nil, fmt.Errorf("license.Open %s: %w", f.Path, err)
	}
	return &verifyingReader{src: plain, closer: rc, size: f.Size, want: f.SHA256, h: sha256.New()}, nil
}

// verifyingReader hashes what is read contiguously from offset 0 and
// refuses to return the final bytes when the whole file's hash is not the
// one recorded. A read anywhere else (a range request) turns the check off:
// such a response gets only the segment authentication.
type verifyingReader struct {
	src    io.ReadSeeker
	closer io.Closer
	size   int64
	want   string
	h      hash.Hash
	pos    int64 // where the next read starts
	hashed int64 // bytes hashed, from offset 0
	off    bool
}

func (v *verifyingReader) Read(p []byte) (int, error) {
	n, err := v.src.Read(p)
	if n > 0 && !v.off && v.want != "" {
		if v.pos != v.hashed {
			v.off = true
		} else {
			v.h.Write(p[:n])
			v.hashed += int64(n)
			if v.hashed == v.size && hex.EncodeToString(v.h.Sum(nil)) != v.want {
				v.off = true
				return 0, fmt.Errorf("%w: the file's sha256 is not the one its metadata records", seal.ErrAuthentication)
			}
		}
	}
	v.pos += int64(n)
	return n, err
}

func (v *verifyingReader) Seek(offset int64, whence int) (int64, error) {
	p, err := v.src.Seek(offset, whence)
	if err == nil {
		v.pos = p
	}
	return p, err
}

func (v *verifyingReader) Close() error { return v.closer.Close() }

// seekElider skips seeks to where the reader already is: the decrypter
// seeks before every segment, and a UnixFS reader may restart its block
// walk on a seek even when the offset does not change.
type seekElider struct {
	rs  io.ReadSeeker
	pos int64 // -1: unknown
}

func (s *seekElider) Read(p []byte) (int, error) {
	n, err := s.rs.Read(p)
	if s.pos >= 0 {
		s.pos += int64(n)
	}
	return n, err
}

func (s *seekElider) Seek(offset int64, whence int) (int64, error) {
	if whence == io.SeekStart && offset == s.pos {
		return offset, nil
	}
	p, err := s.rs.Seek(offset, whence)
	if err != nil {
		s.pos = -1
		return p, err
	}
	s.pos = p
	return p, nil
}

// IsCorrupt reports whether err says the content failed authentication
// (modified, truncated or not the recorded file).
func IsCorrupt(err error) bool { return errors.Is(err, seal.ErrAuthentication) }
