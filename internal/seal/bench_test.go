package seal

import (
	"bytes"
	"crypto/sha256"
	"io"
	mrand "math/rand/v2"
	"testing"
)

const benchSize = 256 << 20

// repeatReader yields size bytes by repeating a 1 MiB random block, so the source costs next to nothing.
type repeatReader struct {
	block []byte
	left  int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.left {
		p = p[:r.left]
	}
	n := 0
	for n < len(p) {
		n += copy(p[n:], r.block)
	}
	r.left -= int64(n)
	return n, nil
}

// BenchmarkEncrypt prints MB/s for 256 MiB: plain copy and plain sha256 as baselines, then encryption
// (writer API), encryption through the pipe reader used for IPFS import, and decryption.
func BenchmarkEncrypt(b *testing.B) {
	mk, env, _ := newCipher(b, b.TempDir())
	env.PlaintextSize = benchSize
	c, err := mk.Cipher(env)
	if err != nil {
		b.Fatal(err)
	}
	block := randomBytes(b, 1<<20)
	src := func() io.Reader { return &repeatReader{block: block, left: benchSize} }

	var ciphertext []byte
	{
		w := &sliceWriter{}
		if _, err := c.Encrypt(w, src()); err != nil {
			b.Fatal(err)
		}
		ciphertext = w.b
	}

	run := func(name string, fn func() error) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(benchSize)
			for b.Loop() {
				if err := fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	run("copy", func() error { _, err := io.Copy(io.Discard, src()); return err })
	run("sha256", func() error { _, err := io.Copy(sha256.New(), src()); return err })
	run("encrypt", func() error { _, err := c.Encrypt(io.Discard, src()); return err })
	run("encrypt_pipe", func() error {
		r := c.EncryptReader(src())
		defer r.Close()
		_, err := io.Copy(io.Discard, r)
		return err
	})
	run("decrypt", func() error {
		r, err := c.DecryptReader(&sliceReader{b: ciphertext})
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, r)
		return err
	})
	run("decrypt_seekable", func() error {
		rs, err := c.NewReadSeeker(bytes.NewReader(ciphertext))
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, struct{ io.Reader }{rs})
		return err
	})
	// A range request of 64 KiB at a random offset: one segment fetched and authenticated.
	b.Run("range_64KiB", func(b *testing.B) {
		buf := make([]byte, 64<<10)
		for b.Loop() {
			rs, err := c.NewReadSeeker(bytes.NewReader(ciphertext))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := rs.Seek(mrand.Int64N(benchSize-int64(len(buf))), io.SeekStart); err != nil {
				b.Fatal(err)
			}
			if _, err := io.ReadFull(rs, buf); err != nil {
				b.Fatal(err)
			}
		}
	})
}

type sliceWriter struct{ b []byte }

func (w *sliceWriter) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }

// sliceReader hides bytes.Reader's WriteTo so decryption is measured through plain Reads.
type sliceReader struct{ b []byte }

func (r *sliceReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}
