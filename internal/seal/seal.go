package seal

import (
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"

	"github.com/tink-crypto/tink-go/v2/streamingaead/subtle"
)

// ErrAuthentication is wrapped by every decryption error caused by the ciphertext itself: a modified,
// truncated or extended ciphertext, or the wrong master key or salt. Errors of the underlying reader are
// returned wrapped as they are, not as ErrAuthentication.
var ErrAuthentication = errors.New("seal: ciphertext failed authentication (modified, truncated, or wrong key)")

// Cipher encrypts and decrypts the files of one Envelope. It is safe for concurrent use.
type Cipher struct {
	env  Envelope
	tink *subtle.AESGCMHKDF
	key  []byte // per-file Tink key derivation key, kept for the random-access reader
}

// Cipher returns the Cipher for env, whose per-file key is HKDF-SHA256(master key, env salt,
// "modelmarket weights v1"). It returns an error if env does not Validate.
func (mk *MasterKey) Cipher(env Envelope) (*Cipher, error) {
	if err := env.Validate(); err != nil {
		return nil, err
	}
	salt, _ := env.salt() // checked by Validate
	key, err := hkdf.Key(sha256.New, mk.key[:], salt, keyInfo, 32)
	if err != nil {
		return nil, fmt.Errorf("seal: derive file key: %w", err)
	}
	t, err := subtle.NewAESGCMHKDF(key, "SHA256", 32, env.SegmentSize, 0)
	if err != nil {
		return nil, fmt.Errorf("seal: init streaming aead: %w", err)
	}
	return &Cipher{env: env, tink: t, key: key}, nil
}

// EncryptWriter returns a writer that encrypts what is written to it into dst. The caller must Close it
// to write the final segment; a ciphertext without its final segment fails authentication. Close does
// not close dst. Every call produces a different ciphertext (Tink picks a random header salt and nonce
// prefix), so ciphertext CIDs differ even for equal files.
func (c *Cipher) EncryptWriter(dst io.Writer) (io.WriteCloser, error) {
	w, err := c.tink.NewEncryptingWriter(dst, nil)
	if err != nil {
		return nil, fmt.Errorf("seal: start encryption: %w", err)
	}
	return w, nil
}

// Encrypt copies src, encrypted, into dst and returns the number of plaintext bytes read.
func (c *Cipher) Encrypt(dst io.Writer, src io.Reader) (int64, error) {
	w, err := c.EncryptWriter(dst)
	if err != nil {
		return 0, err
	}
	n, err := io.Copy(w, src)
	if err != nil {
		return n, fmt.Errorf("seal: encrypt: %w", err)
	}
	if err := w.Close(); err != nil {
		return n, fmt.Errorf("seal: finish encryption: %w", err)
	}
	return n, nil
}

// EncryptReader returns the ciphertext of src as a reader, for APIs that pull (an IPFS importer). A
// goroutine encrypts through an io.Pipe; an error reading src reaches the reader's Read. Close the reader
// when stopping early: the goroutine then exits at its next write (it may still be blocked in src.Read
// until that returns).
func (c *Cipher) EncryptReader(src io.Reader) io.ReadCloser {
	pr, pw := io.Pipe()
	go func() {
		_, err := c.Encrypt(pw, src)
		pw.CloseWithError(err) // nil error means io.EOF for the reader
	}()
	return pr
}

// DecryptReader returns a reader of the plaintext of ciphertext. Read returns io.EOF only after the final
// segment authenticated; any modification, truncation or extension yields an error wrapping
// ErrAuthentication, never short output. Plaintext of a segment is released only after that segment
// authenticated, but earlier segments may have been read before a later one fails, so a consumer that
// must not act on partial data should wait for io.EOF.
func (c *Cipher) DecryptReader(ciphertext io.Reader) (io.Reader, error) {
	src := &errReader{r: ciphertext}
	r, err := c.tink.NewDecryptingReader(src, nil)
	if err != nil {
		return nil, src.classify(err)
	}
	return &decryptReader{r: r, src: src}, nil
}

// errReader remembers the underlying reader's own error so it is not reported as ErrAuthentication.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF {
		e.err = err
	}
	return n, err
}

func (e *errReader) classify(err error) error {
	if e.err != nil {
		return fmt.Errorf("seal: read ciphertext: %w", e.err)
	}
	return fmt.Errorf("%w: %v", ErrAuthentication, err)
}

// decryptReader makes the first error sticky: Tink's reader can answer io.EOF after a failed last segment.
type decryptReader struct {
	r   io.Reader
	src *errReader
	err error
}

func (d *decryptReader) Read(p []byte) (int, error) {
	if d.err != nil {
		return 0, d.err
	}
	n, err := d.r.Read(p)
	if err != nil && err != io.EOF {
		d.err = d.src.classify(err)
		return n, d.err
	}
	return n, err
}
