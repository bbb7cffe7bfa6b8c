package seal

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func newReadSeeker(t *testing.T, c *Cipher, ct []byte) io.ReadSeeker {
	t.Helper()
	rs, err := c.NewReadSeeker(bytes.NewReader(ct))
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestReadSeeker_MatchesPlaintextAtSegmentBoundaries(t *testing.T) {
	mk, env, _ := newCipher(t, t.TempDir())
	for _, size := range boundarySizes {
		env.PlaintextSize = int64(size)
		c, err := mk.Cipher(env)
		if err != nil {
			t.Fatal(err)
		}
		pt := randomBytes(t, size)
		rs := newReadSeeker(t, c, encrypt(t, c, pt))
		if all, err := io.ReadAll(rs); err != nil || !bytes.Equal(all, pt) {
			t.Fatalf("size %d: full read: err %v, equal %v", size, err, bytes.Equal(all, pt))
		}
		offsets := []int{0, 1, firstPlain - 1, firstPlain, firstPlain + 1, firstPlain + plain - 1,
			firstPlain + plain, firstPlain + plain + 1, size / 2, size - 1, size}
		for _, off := range offsets {
			if off < 0 || off > size {
				continue
			}
			for _, n := range []int{1, 17, plain + 3} {
				if _, err := rs.Seek(int64(off), io.SeekStart); err != nil {
					t.Fatal(err)
				}
				got, err := io.ReadAll(io.LimitReader(rs, int64(n)))
				want := pt[off:min(off+n, size)]
				if err != nil || !bytes.Equal(got, want) {
					t.Fatalf("size %d offset %d len %d: err %v, got %d bytes, equal %v", size, off, n, err, len(got), bytes.Equal(got, want))
				}
			}
		}
	}
}

func TestReadSeeker_ServesHTTPRange(t *testing.T) {
	mk, env, _ := newCipher(t, t.TempDir())
	pt := randomBytes(t, 3*SegmentSize+7)
	env.PlaintextSize = int64(len(pt))
	c, err := mk.Cipher(env)
	if err != nil {
		t.Fatal(err)
	}
	rs := newReadSeeker(t, c, encrypt(t, c, pt))
	from, to := 2*SegmentSize-5, 2*SegmentSize+10
	req := httptest.NewRequest(http.MethodGet, "/w", nil)
	req.Header.Set("Range", fmt.Sprintf("bytes=%d-%d", from, to))
	rec := httptest.NewRecorder()
	http.ServeContent(rec, req, "w.bin", modTime0, rs)
	if rec.Code != http.StatusPartialContent || !bytes.Equal(rec.Body.Bytes(), pt[from:to+1]) {
		t.Fatalf("status %d, %d bytes, equal %v", rec.Code, rec.Body.Len(), bytes.Equal(rec.Body.Bytes(), pt[from:to+1]))
	}
}

func TestReadSeeker_TamperingFailsAuthentication(t *testing.T) {
	mk, env, _ := newCipher(t, t.TempDir())
	pt := randomBytes(t, 3*SegmentSize+7)
	env.PlaintextSize = int64(len(pt))
	c, err := mk.Cipher(env)
	if err != nil {
		t.Fatal(err)
	}
	ct := encrypt(t, c, pt)

	t.Run("flipped byte in the read segment", func(t *testing.T) {
		bad := bytes.Clone(ct)
		bad[2*SegmentSize+100] ^= 1
		rs := newReadSeeker(t, c, bad)
		if _, err := rs.Seek(int64(2*SegmentSize), io.SeekStart); err != nil {
			t.Fatal(err)
		}
		if _, err := io.ReadAll(rs); !errors.Is(err, ErrAuthentication) {
			t.Fatalf("err = %v, want ErrAuthentication", err)
		}
	})
	t.Run("truncated or extended", func(t *testing.T) {
		for _, bad := range [][]byte{ct[:len(ct)-1], append(bytes.Clone(ct), 0)} {
			if _, err := c.NewReadSeeker(bytes.NewReader(bad)); !errors.Is(err, ErrAuthentication) {
				t.Fatalf("err = %v, want ErrAuthentication", err)
			}
		}
	})
	t.Run("truncated at a segment and envelope size forged to match", func(t *testing.T) {
		forged := env
		forged.PlaintextSize = firstPlain + 2*plain // what three full segments would hold
		fc, err := mk.Cipher(forged)
		if err != nil {
			t.Fatal(err)
		}
		rs := newReadSeeker(t, fc, ct[:3*SegmentSize])
		if _, err := io.ReadAll(rs); !errors.Is(err, ErrAuthentication) {
			t.Fatalf("err = %v, want ErrAuthentication (the last segment lacks Tink's last flag)", err)
		}
	})
	t.Run("header", func(t *testing.T) {
		bad := bytes.Clone(ct)
		bad[3] ^= 1 // inside Tink's salt: another stream key
		rs := newReadSeeker(t, c, bad)
		if _, err := io.ReadAll(rs); !errors.Is(err, ErrAuthentication) {
			t.Fatalf("err = %v, want ErrAuthentication", err)
		}
	})
}

var modTime0 time.Time
