package seal

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

func newCipher(t testing.TB, dir string) (*MasterKey, Envelope, *Cipher) {
	t.Helper()
	mk, err := LoadOrCreateMasterKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	env, err := NewEnvelope()
	if err != nil {
		t.Fatal(err)
	}
	c, err := mk.Cipher(env)
	if err != nil {
		t.Fatal(err)
	}
	return mk, env, c
}

func randomBytes(t testing.TB, n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

func encrypt(t testing.TB, c *Cipher, pt []byte) []byte {
	t.Helper()
	var ct bytes.Buffer
	n, err := c.Encrypt(&ct, bytes.NewReader(pt))
	if err != nil || n != int64(len(pt)) {
		t.Fatalf("Encrypt = %d, %v", n, err)
	}
	return ct.Bytes()
}

// decrypt returns the plaintext or the first error; output before an error is discarded on purpose.
func decrypt(c *Cipher, ct []byte) ([]byte, error) {
	r, err := c.DecryptReader(bytes.NewReader(ct))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// boundarySizes are plaintext sizes around the first segment (which also holds the header) and later ones.
var boundarySizes = []int{
	0, 1,
	firstPlain - 1, firstPlain, firstPlain + 1,
	firstPlain + plain - 1, firstPlain + plain, firstPlain + plain + 1,
	3*SegmentSize + 7,
	SegmentSize - 1, SegmentSize, SegmentSize + 1,
}

func TestRoundTrip_SegmentBoundaries(t *testing.T) {
	_, _, c := newCipher(t, t.TempDir())
	for _, size := range boundarySizes {
		pt := randomBytes(t, size)
		ct := encrypt(t, c, pt)
		if int64(len(ct)) != CiphertextSize(int64(size)) {
			t.Errorf("size %d: ciphertext %d bytes, CiphertextSize says %d", size, len(ct), CiphertextSize(int64(size)))
		}
		got, err := decrypt(c, ct)
		if err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		if !bytes.Equal(got, pt) {
			t.Fatalf("size %d: plaintext differs after round trip", size)
		}
		// The pull API used for IPFS import must produce a ciphertext that decrypts the same.
		piped, err := io.ReadAll(c.EncryptReader(bytes.NewReader(pt)))
		if err != nil {
			t.Fatalf("size %d: EncryptReader: %v", size, err)
		}
		if got, err := decrypt(c, piped); err != nil || !bytes.Equal(got, pt) {
			t.Fatalf("size %d: EncryptReader output does not round trip: %v", size, err)
		}
	}
}

func TestDecrypt_TamperingFailsAuthentication(t *testing.T) {
	_, _, c := newCipher(t, t.TempDir())
	pt := randomBytes(t, 3*SegmentSize+7) // 4 segments
	ct := encrypt(t, c, pt)
	flip := func(i int) []byte {
		b := bytes.Clone(ct)
		b[i] ^= 0x01
		return b
	}
	cases := map[string][]byte{
		"header length byte":    flip(0),
		"header salt":           flip(5),
		"header nonce prefix":   flip(headerSize - 1),
		"first segment":         flip(headerSize + 10),
		"middle segment":        flip(2*SegmentSize + 12345),
		"tag of middle segment": flip(2*SegmentSize - 1),
		"last segment":          flip(len(ct) - 20),
		"last tag byte":         flip(len(ct) - 1),
		"truncated by one byte": ct[:len(ct)-1],
		"truncated at segment":  ct[:3*SegmentSize],
		"truncated in header":   ct[:headerSize-3],
		"header only":           ct[:headerSize],
		"empty":                 nil,
		"extended by one byte":  append(bytes.Clone(ct), 0),
		"segments swapped":      swapSegments(ct, 1, 2),
	}
	for name, bad := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := decrypt(c, bad)
			if !errors.Is(err, ErrAuthentication) {
				t.Fatalf("err = %v (%d bytes out), want ErrAuthentication", err, len(got))
			}
		})
	}
}

func swapSegments(ct []byte, i, j int) []byte {
	b := bytes.Clone(ct)
	copy(b[i*SegmentSize:(i+1)*SegmentSize], ct[j*SegmentSize:(j+1)*SegmentSize])
	copy(b[j*SegmentSize:(j+1)*SegmentSize], ct[i*SegmentSize:(i+1)*SegmentSize])
	return b
}

func TestDecrypt_WrongKeyFails(t *testing.T) {
	mk, env, c := newCipher(t, t.TempDir())
	pt := randomBytes(t, 2*SegmentSize)
	ct := encrypt(t, c, pt)

	otherEnv, err := NewEnvelope() // same master key, another file's salt
	if err != nil {
		t.Fatal(err)
	}
	wrongSalt, err := mk.Cipher(otherEnv)
	if err != nil {
		t.Fatal(err)
	}
	otherMaster, err := LoadOrCreateMasterKey(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	wrongMaster, err := otherMaster.Cipher(env)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*Cipher{"other salt": wrongSalt, "other master key": wrongMaster} {
		if _, err := decrypt(c, ct); !errors.Is(err, ErrAuthentication) {
			t.Errorf("%s: err = %v, want ErrAuthentication", name, err)
		}
	}
}

// TestDecrypt_FreshStartWithKeyFileAndEnvelopeOnly is the "DB lost" case: a new process that has only the
// data dir's master.key and the Envelope JSON from the token metadata decrypts the file.
func TestDecrypt_FreshStartWithKeyFileAndEnvelopeOnly(t *testing.T) {
	dataDir := t.TempDir()
	_, env, c := newCipher(t, dataDir)
	pt := randomBytes(t, SegmentSize+99)
	env.PlaintextSize = int64(len(pt))
	ct := encrypt(t, c, pt)
	metadata, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}

	// Move master.key to a new data dir: nothing else of the first "process" survives.
	newDir := t.TempDir()
	key, err := os.ReadFile(filepath.Join(dataDir, MasterKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(newDir, MasterKeyFile), key, 0o600); err != nil {
		t.Fatal(err)
	}
	mk, err := LoadOrCreateMasterKey(newDir)
	if err != nil {
		t.Fatal(err)
	}
	var got Envelope
	if err := json.Unmarshal(metadata, &got); err != nil {
		t.Fatal(err)
	}
	c2, err := mk.Cipher(got)
	if err != nil {
		t.Fatal(err)
	}
	out, err := decrypt(c2, ct)
	if err != nil || !bytes.Equal(out, pt) {
		t.Fatalf("fresh start decrypt: err %v, equal %v", err, bytes.Equal(out, pt))
	}
	t.Logf("envelope JSON: %s", metadata)
}

func TestDecrypt_SourceErrorIsNotAuthentication(t *testing.T) {
	_, _, c := newCipher(t, t.TempDir())
	ct := encrypt(t, c, randomBytes(t, 2*SegmentSize))
	boom := errors.New("network gone")
	r, err := c.DecryptReader(io.MultiReader(bytes.NewReader(ct[:SegmentSize+5]), errorReader{boom}))
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(r)
	if !errors.Is(err, boom) || errors.Is(err, ErrAuthentication) {
		t.Fatalf("err = %v, want the source error and not ErrAuthentication", err)
	}
}

type errorReader struct{ err error }

func (e errorReader) Read([]byte) (int, error) { return 0, e.err }

func TestEncryptReader_SourceErrorReachesReader(t *testing.T) {
	_, _, c := newCipher(t, t.TempDir())
	boom := errors.New("upload read failed")
	r := c.EncryptReader(io.MultiReader(bytes.NewReader(randomBytes(t, SegmentSize+1)), errorReader{boom}))
	defer r.Close()
	if _, err := io.ReadAll(r); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
}

func TestEnvelope_Validate(t *testing.T) {
	good, err := NewEnvelope()
	if err != nil {
		t.Fatal(err)
	}
	if err := good.Validate(); err != nil {
		t.Fatalf("fresh envelope invalid: %v", err)
	}
	for name, mutate := range map[string]func(*Envelope){
		"scheme":       func(e *Envelope) { e.Scheme = "age" },
		"version":      func(e *Envelope) { e.Version = 2 },
		"salt base64":  func(e *Envelope) { e.Salt = "!!!" },
		"salt length":  func(e *Envelope) { e.Salt = "AAAA" },
		"segment size": func(e *Envelope) { e.SegmentSize = 4 << 20 },
		"size":         func(e *Envelope) { e.PlaintextSize = -1 },
		"sha256":       func(e *Envelope) { e.PlaintextSHA256 = "abc" },
	} {
		e := good
		mutate(&e)
		if err := e.Validate(); err == nil {
			t.Errorf("%s: Validate accepted %+v", name, e)
		}
		if _, err := (&MasterKey{}).Cipher(e); err == nil {
			t.Errorf("%s: Cipher accepted an invalid envelope", name)
		}
	}
}

// infiniteReader counts its reads so a test can see the encrypting goroutine stop.
type infiniteReader struct{ reads atomic.Int64 }

func (r *infiniteReader) Read(p []byte) (int, error) { r.reads.Add(1); return len(p), nil }

func TestEncryptReader_CloseStopsGoroutine(t *testing.T) {
	_, _, c := newCipher(t, t.TempDir())
	src := &infiniteReader{}
	r := c.EncryptReader(src)
	if _, err := io.ReadFull(r, make([]byte, 3*SegmentSize)); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		before := src.reads.Load()
		time.Sleep(20 * time.Millisecond)
		if src.reads.Load() == before {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("encrypting goroutine still reading the source after Close")
		}
	}
}
