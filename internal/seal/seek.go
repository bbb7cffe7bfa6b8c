package seal

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	tinksubtle "github.com/tink-crypto/tink-go/v2/subtle"
)

// Tink's streaming readers only decrypt from the start. Its segmented format does allow random access, so
// for HTTP range requests this file reads the same format one segment at a time: Tink's own HKDF for the
// stream key, AES-GCM per segment with the nonce nonce_prefix || big-endian segment index || last flag.
// The tests check it against Tink's encrypting writer at every segment boundary.

// NewReadSeeker returns a random-access plaintext reader over ciphertext (for example boxo's UnixFS
// DagReader), suitable for http.ServeContent. A read at offset X fetches and authenticates only the 1 MiB
// ciphertext segment holding X, so a range request costs at most one extra segment at each end, whatever
// the file size.
//
// The ciphertext must be exactly CiphertextSize(env.PlaintextSize) bytes and its last segment carries
// Tink's last-segment flag, so truncation or extension is detected: at construction by the size check,
// or, if the envelope's size was altered too, when the final segment is read. Errors caused by the
// ciphertext wrap ErrAuthentication; errors of ciphertext's own Read/Seek are wrapped as they are.
func (c *Cipher) NewReadSeeker(ciphertext io.ReadSeeker) (io.ReadSeeker, error) {
	size, err := ciphertext.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, fmt.Errorf("seal: seek ciphertext: %w", err)
	}
	if want := CiphertextSize(c.env.PlaintextSize); size != want {
		return nil, fmt.Errorf("%w: ciphertext has %d bytes, envelope implies %d", ErrAuthentication, size, want)
	}
	var header [headerSize]byte
	if _, err := ciphertext.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("seal: seek ciphertext: %w", err)
	}
	if _, err := io.ReadFull(ciphertext, header[:]); err != nil {
		return nil, fmt.Errorf("seal: read ciphertext header: %w", err)
	}
	if header[0] != headerSize {
		return nil, fmt.Errorf("%w: bad header length %d", ErrAuthentication, header[0])
	}
	// Same derivation as Tink's AESGCMHKDF.deriveKey with empty associated data.
	key, err := tinksubtle.ComputeHKDF("SHA256", c.key, header[1:33], nil, 32)
	if err != nil {
		return nil, fmt.Errorf("seal: derive stream key: %w", err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("seal: init aes: %w", err)
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("seal: init gcm: %w", err)
	}
	rs := &readSeeker{
		src:       ciphertext,
		gcm:       gcm,
		size:      c.env.PlaintextSize,
		segments:  segmentCount(c.env.PlaintextSize),
		ctSize:    size,
		loadedSeg: -1,
		ct:        make([]byte, SegmentSize),
	}
	copy(rs.noncePrefix[:], header[33:])
	return rs, nil
}

type readSeeker struct {
	src         io.ReadSeeker
	gcm         cipher.AEAD
	noncePrefix [7]byte
	size        int64 // plaintext size
	segments    int64
	ctSize      int64
	pos         int64

	loadedSeg int64 // index of the segment in pt, or -1
	pt        []byte
	ct        []byte
	err       error // sticky authentication error
}

// Seek sets the plaintext offset; it does no I/O.
func (r *readSeeker) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		offset += r.pos
	case io.SeekEnd:
		offset += r.size
	default:
		return 0, errors.New("seal: invalid whence")
	}
	if offset < 0 {
		return 0, errors.New("seal: negative position")
	}
	r.pos = offset
	return offset, nil
}

func (r *readSeeker) Read(p []byte) (int, error) {
	if r.err != nil {
		return 0, r.err
	}
	if r.pos >= r.size {
		// An empty file still has one authenticated segment: check it so a forged empty file fails.
		if r.size == 0 && r.loadedSeg != 0 {
			if err := r.load(0); err != nil {
				return 0, err
			}
		}
		return 0, io.EOF
	}
	seg, start := segmentOf(r.pos)
	if seg != r.loadedSeg {
		if err := r.load(seg); err != nil {
			return 0, err
		}
	}
	n := copy(p, r.pt[r.pos-start:])
	r.pos += int64(n)
	return n, nil
}

// segmentOf returns the index of the segment holding plaintext offset pos and that segment's first offset.
func segmentOf(pos int64) (seg, start int64) {
	if pos < firstPlain {
		return 0, 0
	}
	seg = 1 + (pos-firstPlain)/plain
	return seg, firstPlain + (seg-1)*plain
}

func (r *readSeeker) load(seg int64) error {
	ctStart := seg * SegmentSize
	if seg == 0 {
		ctStart = headerSize
	}
	ctEnd := min((seg+1)*SegmentSize, r.ctSize)
	ct := r.ct[:ctEnd-ctStart]
	if _, err := r.src.Seek(ctStart, io.SeekStart); err != nil {
		return fmt.Errorf("seal: seek ciphertext: %w", err)
	}
	if _, err := io.ReadFull(r.src, ct); err != nil {
		return fmt.Errorf("seal: read ciphertext segment %d: %w", seg, err)
	}
	var nonce [12]byte
	copy(nonce[:], r.noncePrefix[:])
	binary.BigEndian.PutUint32(nonce[7:], uint32(seg))
	if seg == r.segments-1 {
		nonce[11] = 1
	}
	pt, err := r.gcm.Open(r.pt[:0], nonce[:], ct, nil)
	if err != nil {
		r.loadedSeg = -1
		r.err = fmt.Errorf("%w: segment %d: %v", ErrAuthentication, seg, err)
		return r.err
	}
	r.pt, r.loadedSeg = pt, seg
	return nil
}
