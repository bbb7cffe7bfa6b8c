package seal

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"testing"
)

// fuzzPlaintext is the only plaintext ever encrypted under the fuzz master key (all zeros), in every fuzz
// worker process; any other successful decryption would be a forgery.
var fuzzPlaintext = []byte("hello weights")

// FuzzDecrypt feeds arbitrary ciphertexts and envelopes: decryption must fail with an error, never panic
// or return plaintext that was not produced by the key.
func FuzzDecrypt(f *testing.F) {
	mk := &MasterKey{}
	env, err := NewEnvelope()
	if err != nil {
		f.Fatal(err)
	}
	c, err := mk.Cipher(env)
	if err != nil {
		f.Fatal(err)
	}
	var ct bytes.Buffer
	if _, err := c.Encrypt(&ct, bytes.NewReader(fuzzPlaintext)); err != nil {
		f.Fatal(err)
	}
	envJSON, _ := json.Marshal(env)
	f.Add(ct.Bytes(), envJSON, int64(0))
	f.Add(ct.Bytes()[:headerSize], envJSON, int64(5))
	f.Add([]byte{headerSize}, []byte(`{"scheme":"x"}`), int64(-1))
	f.Fuzz(func(t *testing.T, ct, envJSON []byte, size int64) {
		var e Envelope
		if json.Unmarshal(envJSON, &e) != nil {
			return
		}
		e.PlaintextSize = size
		c, err := mk.Cipher(e)
		if err != nil {
			return
		}
		if r, err := c.DecryptReader(bytes.NewReader(ct)); err == nil {
			if pt, err := io.ReadAll(r); err == nil && !bytes.Equal(pt, fuzzPlaintext) {
				t.Fatalf("forged ciphertext of %d bytes decrypted", len(ct))
			}
		}
		if rs, err := c.NewReadSeeker(bytes.NewReader(ct)); err == nil {
			pt, err := io.ReadAll(rs)
			if err != nil && !errors.Is(err, ErrAuthentication) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			if err == nil && !bytes.Equal(pt, fuzzPlaintext) {
				t.Fatalf("forged ciphertext of %d bytes decrypted by the seekable reader", len(ct))
			}
		}
	})
}
