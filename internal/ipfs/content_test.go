package ipfs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/apperr"
)

// The Content suite runs on every implementation: the embedded node always,
// Kubo when MARKET_TEST_KUBO_API names a running node (scripts/kubo start
// prints it). With MARKET_TEST_REQUIRE_KUBO=1 a missing Kubo fails the suite
// instead of skipping its half.
//
// A Kubo node is shared by every test and every run, so tests on it use
// bytes no other test adds (their own seed) and assume nothing about what
// it held before.

type contentImpl struct {
	name string
	open func(t *testing.T) Content
}

var contentImpls = []contentImpl{
	{"embedded", func(t *testing.T) Content { n, _ := openNode(t); return n }},
	{"kubo", openTestKubo},
}

func openTestKubo(t *testing.T) Content {
	t.Helper()
	api := os.Getenv("MARKET_TEST_KUBO_API")
	if api == "" {
		if os.Getenv("MARKET_TEST_REQUIRE_KUBO") == "1" {
			t.Fatal("MARKET_TEST_REQUIRE_KUBO=1 but MARKET_TEST_KUBO_API is not set (run scripts/kubo start)")
		}
		t.Skip("no Kubo: set MARKET_TEST_KUBO_API=http://127.0.0.1:PORT (scripts/kubo start)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	k, err := DialKubo(ctx, api, testLogger(t))
	if err != nil {
		t.Fatalf("DialKubo: %v", err)
	}
	t.Cleanup(func() {
		if err := k.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return k
}

// eachContent runs f once per implementation, as subtests.
func eachContent(t *testing.T, f func(t *testing.T, c Content)) {
	for _, impl := range contentImpls {
		t.Run(impl.name, func(t *testing.T) { f(t, impl.open(t)) })
	}
}

func catContent(t *testing.T, s Content, c cid.Cid) []byte {
	t.Helper()
	r, err := s.Cat(context.Background(), c)
	if err != nil {
		t.Fatalf("Cat %s: %v", c, err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("read %s: %v", c, err)
	}
	return b
}

func TestContent_RoundTripIsByteIdentical(t *testing.T) {
	eachContent(t, func(t *testing.T, s Content) {
		ctx := context.Background()
		for _, tc := range []struct {
			name string
			size int
		}{
			{"empty", 0},
			{"one byte", 1},
			{"exactly 1 MiB", mib},
			{"1 MiB + 1", mib + 1},
			{"3 MiB + 12345", 3*mib + 12345},
		} {
			t.Run(tc.name, func(t *testing.T) {
				data := randomBytes(tc.size, 1000+uint64(tc.size))
				got, err := s.Add(ctx, bytes.NewReader(data))
				if err != nil {
					t.Fatalf("Add: %v", err)
				}
				if got.Size != int64(tc.size) {
					t.Errorf("Size = %d, want %d", got.Size, tc.size)
				}
				if want := sha256.Sum256(data); got.SHA256 != want {
					t.Errorf("SHA256 = %x, want %x", got.SHA256, want)
				}
				if back := catContent(t, s, got.CID); !bytes.Equal(back, data) {
					t.Fatalf("Cat returned %d bytes that differ from the %d added", len(back), len(data))
				}
				if pinned, err := s.IsPinned(ctx, got.CID); err != nil || !pinned {
					t.Errorf("IsPinned = %v, %v; want true", pinned, err)
				}
				if ok, err := s.Has(ctx, got.CID); err != nil || !ok {
					t.Errorf("Has = %v, %v; want true", ok, err)
				}
			})
		}
	})
}

// TestContent_CIDsAreKubos: both implementations give the CIDs Kubo
// recorded with the unixfs-v1-2025 profile (kuboVectors), so a file moves
// between them under the same CID.
func TestContent_CIDsAreKubos(t *testing.T) {
	eachContent(t, func(t *testing.T, s Content) {
		for _, v := range kuboVectors {
			if v.big {
				continue // TestAdd_CIDsMatchKubo covers them on the embedded node
			}
			t.Run(v.name, func(t *testing.T) {
				got, err := s.Add(context.Background(), testData(v.size))
				if err != nil {
					t.Fatalf("Add: %v", err)
				}
				if got.CID.String() != v.cid || got.Size != v.size {
					t.Errorf("Add = %s, %d bytes; Kubo v0.42.0 recorded %s, %d", got.CID, got.Size, v.cid, v.size)
				}
			})
		}
	})
}

// TestContent_KuboAndEmbeddedAgree adds the same random bytes to both and
// compares the CIDs, beyond the recorded vectors.
func TestContent_KuboAndEmbeddedAgree(t *testing.T) {
	kubo := openTestKubo(t)
	n, _ := openNode(t)
	ctx := context.Background()
	for _, size := range []int{2, mib - 1, 2*mib + 777} {
		data := randomBytes(size, 2000+uint64(size))
		a, err := n.Add(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		b, err := kubo.Add(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if a != b {
			t.Errorf("%d bytes: embedded %+v, Kubo %+v", size, a, b)
		}
	}
}

func TestContent_CatSeeks(t *testing.T) {
	eachContent(t, func(t *testing.T, s Content) {
		ctx := context.Background()
		data := randomBytes(3*mib+7, 3000)
		added, err := s.Add(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Cat(ctx, added.CID)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		buf := make([]byte, 10)
		if _, err := io.ReadFull(r, buf); err != nil || !bytes.Equal(buf, data[:10]) {
			t.Fatalf("first bytes = %x, %v", buf, err)
		}
		for _, sk := range []struct {
			off    int64
			whence int
			want   int64
		}{
			{2*mib - 3, io.SeekStart, 2*mib - 3}, // straddles the 2nd and 3rd chunk
			{-10, io.SeekEnd, int64(len(data)) - 10},
			{-mib, io.SeekCurrent, int64(len(data)) - mib}, // back, after reading 10
			{5, io.SeekStart, 5},
		} {
			pos, err := r.Seek(sk.off, sk.whence)
			if err != nil || pos != sk.want {
				t.Fatalf("Seek(%d, %d) = %d, %v; want %d", sk.off, sk.whence, pos, err, sk.want)
			}
			if _, err := io.ReadFull(r, buf); err != nil {
				t.Fatalf("read at %d: %v", pos, err)
			}
			if !bytes.Equal(buf, data[pos:pos+10]) {
				t.Errorf("bytes at %d = %x, want %x", pos, buf, data[pos:pos+10])
			}
		}
		if _, err := r.Seek(0, io.SeekEnd); err != nil {
			t.Fatal(err)
		}
		if n, err := r.Read(buf); n != 0 || !errors.Is(err, io.EOF) {
			t.Errorf("Read at the end = %d, %v; want 0, EOF", n, err)
		}
	})
}

func TestContent_UnknownCIDIsNotFound(t *testing.T) {
	eachContent(t, func(t *testing.T, s Content) {
		ctx := context.Background()
		c, _ := cid.Decode("bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm") // "a", never added
		if _, err := s.Cat(ctx, c); apperr.KindOf(err) != apperr.NotFound {
			t.Fatalf("Cat of a missing CID: err = %v (kind %v), want NotFound", err, apperr.KindOf(err))
		}
		if ok, err := s.Has(ctx, c); err != nil || ok {
			t.Errorf("Has = %v, %v; want false", ok, err)
		}
		if err := s.Pin(ctx, c); apperr.KindOf(err) != apperr.NotFound {
			t.Errorf("Pin of a missing CID: err = %v, want NotFound", err)
		}
		if ok, err := s.IsPinned(ctx, c); err != nil || ok {
			t.Errorf("IsPinned = %v, %v; want false", ok, err)
		}
		if err := s.Unpin(ctx, c); err != nil {
			t.Errorf("Unpin of a missing CID: %v", err)
		}
	})
}

func TestContent_PinsAreIdempotent(t *testing.T) {
	eachContent(t, func(t *testing.T, s Content) {
		ctx := context.Background()
		added, err := s.Add(ctx, bytes.NewReader(randomBytes(2*mib+5, 4000)))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Pin(ctx, added.CID); err != nil {
			t.Errorf("Pin of a pinned CID: %v", err)
		}
		if err := s.Unpin(ctx, added.CID); err != nil {
			t.Fatal(err)
		}
		if ok, err := s.IsPinned(ctx, added.CID); err != nil || ok {
			t.Errorf("IsPinned after Unpin = %v, %v; want false", ok, err)
		}
		if err := s.Unpin(ctx, added.CID); err != nil {
			t.Errorf("Unpin of an unpinned CID: %v", err)
		}
		if err := s.Pin(ctx, added.CID); err != nil {
			t.Errorf("Pin of a stored DAG: %v", err)
		}
		if ok, err := s.IsPinned(ctx, added.CID); err != nil || !ok {
			t.Errorf("IsPinned after Pin = %v, %v; want true", ok, err)
		}
	})
}

// recursivePins lists the recursive pins (the embedded node's or Kubo's).
func recursivePins(t *testing.T, s Content) map[string]bool {
	t.Helper()
	ctx := context.Background()
	pins := map[string]bool{}
	switch s := s.(type) {
	case *Node:
		for p := range s.pins.RecursiveKeys(ctx, false) {
			if p.Err != nil {
				t.Fatal(p.Err)
			}
			pins[p.Pin.Key.String()] = true
		}
	case *Kubo:
		var out struct {
			Keys map[string]struct{ Type string }
		}
		if err := s.call(ctx, "pin/ls", url.Values{"type": {"recursive"}}, &out); err != nil {
			t.Fatal(err)
		}
		for k := range out.Keys {
			pins[k] = true
		}
	default:
		t.Fatalf("recursivePins: unknown implementation %T", s)
	}
	return pins
}

func TestContent_FailedAddsReturnTheCauseAndPinNothing(t *testing.T) {
	eachContent(t, func(t *testing.T, s Content) {
		before := recursivePins(t, s)
		_, err := s.Add(context.Background(), &failingReader{n: mib + 5})
		if err == nil || !strings.Contains(err.Error(), "connection reset") {
			t.Errorf("Add err = %v, want the reader's error", err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		r := &cancelAfter{r: testDataFrom(5000, 32*mib), limit: 3 * mib, cancel: cancel}
		if _, err := s.Add(ctx, r); !errors.Is(err, context.Canceled) {
			t.Errorf("Add err = %v, want context.Canceled", err)
		}
		if r.read >= 32*mib {
			t.Errorf("the import read all %d bytes after cancellation", r.read)
		}
		if after := recursivePins(t, s); !maps.Equal(after, before) {
			t.Errorf("recursive pins went from %d to %d after failed imports", len(before), len(after))
		}
	})
}

func TestContent_ReadyAndStat(t *testing.T) {
	eachContent(t, func(t *testing.T, s Content) {
		ctx := context.Background()
		if err := s.Ready(ctx); err != nil {
			t.Fatalf("Ready: %v", err)
		}
		if _, err := s.Add(ctx, strings.NewReader("stat me")); err != nil {
			t.Fatal(err)
		}
		st, err := s.Stat(ctx)
		wantBlocks := st.Blocks > 0 // the embedded node counts its blocks
		if _, ok := s.(*Kubo); ok {
			wantBlocks = st.Blocks == -1 // documented: Kubo cannot count cheaply
		}
		if err != nil || st.DiskBytes == 0 || !wantBlocks {
			t.Errorf("Stat = %+v, %v", st, err)
		}
	})
}

// TestContent_GatewayServesTheFile: our gateway (sandboxed) serves what
// either implementation holds, whole, by range and as a raw block.
func TestContent_GatewayServesTheFile(t *testing.T) {
	eachContent(t, func(t *testing.T, s Content) {
		ctx := context.Background()
		data := randomBytes(2*mib+99, 6000)
		added, err := s.Add(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		html := []byte("<html><script>alert(1)</script></html>")
		page, err := s.Add(ctx, bytes.NewReader(html))
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(s.Gateway(GatewayConfig{}))
		defer srv.Close()
		f := &gatewayFixture{srv: srv}

		resp, body := f.get(t, "", "/ipfs/"+added.CID.String())
		if resp.StatusCode != http.StatusOK || !bytes.Equal(body, data) {
			t.Fatalf("GET file: %d, %d bytes (want %d identical)", resp.StatusCode, len(body), len(data))
		}
		assertSandboxed(t, resp)

		resp, body = f.get(t, added.CID.String()+".ipfs.localhost", "/")
		if resp.StatusCode != http.StatusOK || !bytes.Equal(body, data) {
			t.Errorf("GET subdomain style: %d, %d bytes (want %d identical)", resp.StatusCode, len(body), len(data))
		}
		assertSandboxed(t, resp)

		resp, body = f.get(t, "", "/ipfs/"+added.CID.String(), "Range", "bytes=1048570-1048590")
		if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(body, data[1048570:1048591]) {
			t.Errorf("range: %d, %x", resp.StatusCode, body)
		}

		resp, body = f.get(t, "", "/ipfs/"+page.CID.String())
		if resp.StatusCode != http.StatusOK || !bytes.Equal(body, html) {
			t.Errorf("GET html: %d %q", resp.StatusCode, body)
		}
		assertSandboxed(t, resp)
		if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") {
			t.Errorf("html Content-Disposition = %q, want attachment", cd)
		}

		resp, body = f.get(t, "", "/ipfs/"+page.CID.String()+"?format=raw")
		if resp.StatusCode != http.StatusOK || !bytes.Equal(body, html) { // one raw leaf: the block is the file
			t.Errorf("raw block: %d %q", resp.StatusCode, body)
		}

		resp, _ = f.get(t, "", "/ipfs/bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm")
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("unknown CID: %d, want 404", resp.StatusCode)
		}
		assertSandboxed(t, resp)
	})
}

func TestKubo_DownIsAClearError(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	api := "http://" + l.Addr().String()
	l.Close() // nothing listens there now
	ctx := context.Background()
	_, err = DialKubo(ctx, api, testLogger(t))
	if err == nil || !strings.Contains(err.Error(), "kubo "+api) || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("DialKubo of a closed port: %v; want the URL and connection refused", err)
	}
	if apperr.KindOf(err) != apperr.Unavailable {
		t.Errorf("kind = %v, want Unavailable", apperr.KindOf(err))
	}
	if _, err := DialKubo(ctx, "127.0.0.1:5001", nil); apperr.KindOf(err) != apperr.Invalid {
		t.Errorf("DialKubo without a scheme: %v, want Invalid", err)
	}

	// Something answers, but not Kubo.
	other := httptest.NewServer(http.NotFoundHandler())
	defer other.Close()
	if _, err := DialKubo(ctx, other.URL, nil); err == nil || !strings.Contains(err.Error(), other.URL) {
		t.Errorf("DialKubo of a non-Kubo server: %v", err)
	}

	// A Kubo that goes away after the dial: every call names it.
	var mu sync.Mutex
	up := true
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if !up {
			panic(http.ErrAbortHandler)
		}
		_, _ = io.WriteString(w, `{"Version":"0.42.0"}`)
	}))
	defer fake.Close()
	k, err := DialKubo(ctx, fake.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	up = false
	mu.Unlock()
	if err := k.Ready(ctx); err == nil || apperr.KindOf(err) != apperr.Unavailable || !strings.Contains(err.Error(), fake.URL) {
		t.Errorf("Ready of a gone Kubo: %v", err)
	}
	if _, err := k.Add(ctx, strings.NewReader("x")); err == nil || !strings.Contains(err.Error(), fake.URL) {
		t.Errorf("Add on a gone Kubo: %v", err)
	}
}
