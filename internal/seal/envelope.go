package seal

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

// Scheme names the format in Envelope.Scheme: Tink streaming AEAD AES256-GCM-HKDF (HKDF-SHA256, 32-byte
// keys, 16-byte tags, 40-byte header), keyed by HKDF-SHA256(master key, Envelope salt, "modelmarket weights v1").
const Scheme = "tink-streaming-aes256-gcm-hkdf"

// Version is the Envelope.Version this package writes and reads.
const Version = 1

// SegmentSize is the ciphertext segment size. 1 MiB matches the 1 MiB UnixFS chunks of the
// unixfs-v1-2025 profile: Tink puts the header inside the first segment, so ciphertext segment i is
// exactly IPFS leaf i, and a range request decrypts at most one extra MiB at each end. The overhead is
// 16 bytes per MiB (0.0015 %) plus a 40-byte header.
const SegmentSize = 1 << 20

// SaltSize is the length of the per-file salt.
const SaltSize = 32

// headerSize is Tink's header: 1 length byte, a 32-byte salt and a 7-byte nonce prefix.
const headerSize = 1 + 32 + 7

// tagSize is the AES-GCM tag appended to every segment.
const tagSize = 16

// keyInfo is the HKDF info string binding derived keys to this use; changing it needs a new Version.
const keyInfo = "modelmarket weights v1"

// Envelope is what the token metadata keeps about an encrypted file; with the master key it is all that is
// needed to decrypt (no database row). Field names are part of the on-chain/IPFS metadata format: do not
// rename them.
type Envelope struct {
	Scheme      string `json:"scheme"`
	Version     int    `json:"version"`
	Salt        string `json:"salt"`         // standard base64 of SaltSize random bytes
	SegmentSize int    `json:"segment_size"` // ciphertext segment size in bytes
	// PlaintextSize is the size of the decrypted file; it sizes range responses without decrypting.
	PlaintextSize int64 `json:"plaintext_size"`
	// PlaintextSHA256 is the hex sha256 of the decrypted file, when the caller recorded it here.
	PlaintextSHA256 string `json:"plaintext_sha256,omitempty"`
}

// NewSalt returns SaltSize random bytes.
func NewSalt() ([]byte, error) {
	salt := make([]byte, SaltSize)
	if _, err := rand.Read(salt); err != nil {
		return nil, fmt.Errorf("seal: generate salt: %w", err)
	}
	return salt, nil
}

// NewEnvelope returns an Envelope for a new file with a fresh random salt. The caller sets PlaintextSize
// (and optionally PlaintextSHA256) once the file has been encrypted.
func NewEnvelope() (Envelope, error) {
	salt, err := NewSalt()
	if err != nil {
		return Envelope{}, err
	}
	return Envelope{
		Scheme:      Scheme,
		Version:     Version,
		Salt:        base64.StdEncoding.EncodeToString(salt),
		SegmentSize: SegmentSize,
	}, nil
}

// Validate reports whether this package can decrypt files described by e. It returns an error naming the
// first bad field: unknown scheme or version, a salt that is not base64 of SaltSize bytes, a segment size
// other than SegmentSize, a negative size, or a sha256 that is not 64 hex digits.
func (e Envelope) Validate() error {
	if e.Scheme != Scheme {
		return fmt.Errorf("seal: unknown envelope scheme %q", e.Scheme)
	}
	if e.Version != Version {
		return fmt.Errorf("seal: unsupported envelope version %d", e.Version)
	}
	if _, err := e.salt(); err != nil {
		return err
	}
	if e.SegmentSize != SegmentSize {
		return fmt.Errorf("seal: unsupported segment size %d", e.SegmentSize)
	}
	if e.PlaintextSize < 0 {
		return fmt.Errorf("seal: negative plaintext size %d", e.PlaintextSize)
	}
	if e.PlaintextSHA256 != "" {
		if b, err := hex.DecodeString(e.PlaintextSHA256); err != nil || len(b) != 32 {
			return fmt.Errorf("seal: plaintext_sha256 is not 64 hex digits")
		}
	}
	return nil
}

func (e Envelope) salt() ([]byte, error) {
	salt, err := base64.StdEncoding.DecodeString(e.Salt)
	if err != nil {
		return nil, fmt.Errorf("seal: envelope salt is not base64: %w", err)
	}
	if len(salt) != SaltSize {
		return nil, fmt.Errorf("seal: envelope salt has %d bytes, want %d", len(salt), SaltSize)
	}
	return salt, nil
}

// CiphertextSize returns the exact ciphertext size for a plaintext of n bytes (n >= 0).
func CiphertextSize(n int64) int64 {
	return headerSize + n + tagSize*segmentCount(n)
}

// firstPlain and plain are the plaintext bytes in the first and in every later segment.
const (
	firstPlain = SegmentSize - headerSize - tagSize
	plain      = SegmentSize - tagSize
)

// segmentCount mirrors Tink's writer: a segment is written only when more data follows, so a plaintext that
// fills its last segment exactly has no empty trailing segment, and an empty plaintext has one empty segment.
func segmentCount(n int64) int64 {
	if n <= firstPlain {
		return 1
	}
	return 1 + (n-firstPlain+plain-1)/plain
}
