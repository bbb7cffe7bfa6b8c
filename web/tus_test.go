package web

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"modelmarket/internal/ipfs"
	"modelmarket/internal/seal"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/upload"
	"modelmarket/internal/wallet"
)

// swappableImporter is the upload service's Importer on a real IPFS node
// that a test can close and replace (to make an import fail, then succeed).
type swappableImporter struct {
	mu sync.Mutex
	n  *ipfs.Node
}

func (s *swappableImporter) node() *ipfs.Node { s.mu.Lock(); defer s.mu.Unlock(); return s.n }

func (s *swappableImporter) set(n *ipfs.Node) { s.mu.Lock(); s.n = n; s.mu.Unlock() }

func (s *swappableImporter) Import(ctx context.Context, r io.Reader) (upload.Imported, error) {
	a, err := s.node().Add(ctx, r)
	if err != nil {
		return upload.Imported{}, err
	}
	return upload.Imported{CID: a.CID.String(), SHA256: a.SHA256, Size: a.Size}, nil
}

func (s *swappableImporter) Unpin(ctx context.Context, c string) error {
	id, err := cid.Decode(c)
	if err != nil {
		return err
	}
	return s.node().Unpin(ctx, id)
}

// uploadEnv is the real server (sign-in, uploads, SQL store, IPFS node)
// behind a real HTTP listener.
type uploadEnv struct {
	srv      *httptest.Server
	st       *store.Store
	imp      *swappableImporter
	ipfsDir  string
	dir      string // partial uploads
	client   *http.Client
	cookie   *http.Cookie
	csrf     string
	key      *ecdsa.PrivateKey
	walletSv *wallet.Service
	cfg      UploadConfig
	seal     *seal.MasterKey // encrypts gated uploads
}

func newUploadEnv(t testing.TB, target store.Target, maxSize, quota int64) *uploadEnv {
	t.Helper()
	ctx := context.Background()
	env := &uploadEnv{st: storetest.Open(t, target), ipfsDir: filepath.Join(t.TempDir(), "ipfs"), dir: filepath.Join(t.TempDir(), "uploads")}
	node, err := ipfs.Open(ctx, env.ipfsDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	env.imp = &swappableImporter{n: node}
	t.Cleanup(func() { env.imp.node().Close() })
	if env.walletSv, err = wallet.NewService(wallet.Config{Store: env.st, Origin: testOrigin, ChainID: 1337}); err != nil {
		t.Fatal(err)
	}
	if env.seal, err = seal.LoadOrCreateMasterKey(t.TempDir()); err != nil {
		t.Fatal(err)
	}
	svc, err := upload.NewService(upload.Config{Store: env.st, Importer: env.imp, Quota: quota, MasterKey: env.seal, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	env.cfg = UploadConfig{Service: svc, Dir: env.dir, MaxSize: maxSize}
	env.startServer(t)
	env.key, _ = crypto.GenerateKey()
	env.cookie, env.csrf = env.signIn(t, env.key)
	return env
}

// startServer builds the web server and listens; a second call after
// srv.Close is a restart on the same partial-uploads dir and database.
func (env *uploadEnv) startServer(t testing.TB) {
	t.Helper()
	e, _ := newTestServer(t, func(c *Config) {
		c.PublicOrigin = testOrigin
		c.Wallet = env.walletSv
		c.Uploads = &env.cfg
	})
	env.srv = httptest.NewServer(e)
	t.Cleanup(env.srv.Close)
	env.client = env.srv.Client()
}

func (env *uploadEnv) signIn(t testing.TB, key *ecdsa.PrivateKey) (*http.Cookie, string) {
	t.Helper()
	post := func(path, body string) *http.Response {
		req, _ := http.NewRequest(http.MethodPost, env.srv.URL+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", testOrigin)
		res, err := env.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode != http.StatusOK {
			b, _ := io.ReadAll(res.Body)
			t.Fatalf("%s: %d %s", path, res.StatusCode, b)
		}
		return res
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var nonce nonceResponse
	res := post("/api/auth/nonce", `{"address":"`+addr.Hex()+`"}`)
	json.NewDecoder(res.Body).Decode(&nonce)
	res.Body.Close()
	sig, _ := wallet.SignPersonal([]byte(nonce.Message), key)
	body, _ := json.Marshal(verifyRequest{Message: nonce.Message, Signature: hexutil.Encode(sig)})
	res = post("/api/auth/verify", string(body))
	defer res.Body.Close()
	var me meResponse
	json.NewDecoder(res.Body).Decode(&me)
	return res.Cookies()[0], me.CSRFToken
}

// tus sends one tus request; auth=false sends neither cookie nor token.
func (env *uploadEnv) tus(t testing.TB, method, path string, headers map[string]string, body []byte, cookie *http.Cookie, csrf string) *http.Response {
	t.Helper()
	if !strings.HasPrefix(path, "http") {
		path = env.srv.URL + path
	}
	req, _ := http.NewRequest(method, path, bytes.NewReader(body))
	req.Header.Set("Tus-Resumable", "1.0.0")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	if cookie != nil {
		req.AddCookie(cookie)
	}
	if csrf != "" {
		req.Header.Set("X-CSRF-Token", csrf)
	}
	res, err := env.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	res.Body.Close()
	return res
}

func (env *uploadEnv) create(t testing.TB, size int64, name string) string {
	t.Helper()
	res := env.tus(t, http.MethodPost, "/uploads/tus/", map[string]string{
		"Upload-Length":   strconv.FormatInt(size, 10),
		"Upload-Metadata": "filename " + base64.StdEncoding.EncodeToString([]byte(name)),
	}, nil, env.cookie, env.csrf)
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("create: status %d, want 201", res.StatusCode)
	}
	u, err := url.Parse(res.Header.Get("Location"))
	if err != nil || !strings.HasPrefix(u.Path, "/uploads/tus/") {
		t.Fatalf("create: Location %q", res.Header.Get("Location"))
	}
	return u.Path
}

func (env *uploadEnv) offset(t *testing.T, path string) int64 {
	t.Helper()
	res := env.tus(t, http.MethodHead, path, nil, nil, env.cookie, "")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("HEAD %s: status %d", path, res.StatusCode)
	}
	n, _ := strconv.ParseInt(res.Header.Get("Upload-Offset"), 10, 64)
	return n
}

func (env *uploadEnv) patch(t *testing.T, path string, offset int64, part []byte) *http.Response {
	t.Helper()
	return env.tus(t, http.MethodPatch, path, map[string]string{
		"Upload-Offset": strconv.FormatInt(offset, 10), "Content-Type": "application/offset+octet-stream",
	}, part, env.cookie, env.csrf)
}

// patchAndHangUp writes a PATCH announcing the whole rest of the file, sends
// only part of it, and closes the connection: a client gone mid-transfer.
func (env *uploadEnv) patchAndHangUp(t *testing.T, path string, offset int64, total, sent []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", env.srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(conn)
	fmt.Fprintf(w, "PATCH %s HTTP/1.1\r\nHost: %s\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: %d\r\n", path, env.srv.Listener.Addr(), offset)
	fmt.Fprintf(w, "Content-Type: application/offset+octet-stream\r\nContent-Length: %d\r\nX-CSRF-Token: %s\r\nCookie: %s=%s\r\n\r\n",
		len(total), env.csrf, env.cookie.Name, env.cookie.Value)
	w.Write(sent)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // let the server read what was sent
	conn.Close()
}

func randomBytes(t testing.TB, n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// oneShot imports data into a fresh node: the reference CID and digest.
func oneShot(t *testing.T, data []byte) ipfs.Added {
	t.Helper()
	n, err := ipfs.Open(context.Background(), filepath.Join(t.TempDir(), "ref"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	a, err := n.Add(context.Background(), bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func (env *uploadEnv) partials(t *testing.T) []string {
	t.Helper()
	ents, err := os.ReadDir(env.dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func (env *uploadEnv) rows(t *testing.T) int64 {
	t.Helper()
	n, err := env.st.UploadCount(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestTus_ResumesAfterHangUpAndRestartWithOneShotCID(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		env := newUploadEnv(t, target, 0, 0)
		data := randomBytes(t, 3<<20+17) // three chunks and a bit: a multi-block DAG
		path := env.create(t, int64(len(data)), "weights.bin")
		if got := env.offset(t, path); got != 0 {
			t.Fatalf("new upload's offset = %d, want 0", got)
		}

		half := len(data) / 2
		env.patchAndHangUp(t, path, 0, data, data[:half])
		var stored int64
		for deadline := time.Now().Add(5 * time.Second); ; {
			if stored = env.offset(t, path); stored == int64(half) || time.Now().After(deadline) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if stored <= 0 || stored > int64(half) {
			t.Fatalf("after the hang-up HEAD says offset %d, want (0, %d]", stored, half)
		}
		if n := env.rows(t); n != 0 {
			t.Fatalf("%d rows before the last byte", n)
		}

		// The server restarts: the partial and its offset survive.
		env.srv.Close()
		env.startServer(t)
		if got := env.offset(t, path); got != stored {
			t.Fatalf("after a restart HEAD says offset %d, want %d", got, stored)
		}

		res := env.patch(t, path, stored, data[stored:])
		if res.StatusCode != http.StatusNoContent {
			t.Fatalf("final PATCH: status %d, want 204", res.StatusCode)
		}
		id := path[strings.LastIndex(path, "/")+1:]
		u, err := env.st.Upload(context.Background(), id)
		if err != nil {
			t.Fatalf("no row after the last byte: %v", err)
		}
		want := oneShot(t, data)
		if u.CID != want.CID.String() || u.SHA256 != want.SHA256 || u.SHA256 != sha256.Sum256(data) || u.Size != int64(len(data)) {
			t.Fatalf("row %s %x %d; one-shot %s %x %d", u.CID, u.SHA256, u.Size, want.CID, want.SHA256, want.Size)
		}
		if u.Name != "weights.bin" || u.Owner != crypto.PubkeyToAddress(env.key.PublicKey).Hex() {
			t.Fatalf("row name %q owner %s", u.Name, u.Owner)
		}
		if pinned, err := env.imp.node().IsPinned(context.Background(), want.CID); err != nil || !pinned {
			t.Fatalf("imported CID pinned = %v (%v), want true", pinned, err)
		}
		if p := env.partials(t); len(p) != 0 {
			t.Fatalf("partial files left after the import: %v", p)
		}
		// The finish endpoint answers the same row (the page calls it).
		req, _ := http.NewRequest(http.MethodPost, env.srv.URL+"/api/uploads/"+id+"/finish", strings.NewReader("{}"))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", testOrigin)
		req.Header.Set("X-CSRF-Token", env.csrf)
		req.AddCookie(env.cookie)
		fres, err := env.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var got uploadJSON
		json.NewDecoder(fres.Body).Decode(&got)
		fres.Body.Close()
		if fres.StatusCode != http.StatusOK || got.CID != u.CID || got.SHA256 != u.SHA256Hex() {
			t.Fatalf("finish: %d %+v", fres.StatusCode, got)
		}
	})
}

func TestTus_RefusesWithoutSessionTokenOrOwnership(t *testing.T) {
	env := newUploadEnv(t, storetest.SQLiteTarget(t), 0, 0)
	create := map[string]string{"Upload-Length": "10"}
	// No session at all.
	if res := env.tus(t, http.MethodPost, "/uploads/tus/", create, nil, nil, ""); res.StatusCode != http.StatusForbidden {
		t.Fatalf("POST without a session: %d, want 403", res.StatusCode)
	}
	// A session but no CSRF token.
	if res := env.tus(t, http.MethodPost, "/uploads/tus/", create, nil, env.cookie, ""); res.StatusCode != http.StatusForbidden {
		t.Fatalf("POST without the CSRF token: %d, want 403", res.StatusCode)
	}
	// A session and a token from another site.
	req, _ := http.NewRequest(http.MethodPost, env.srv.URL+"/uploads/tus/", nil)
	req.Header.Set("Tus-Resumable", "1.0.0")
	req.Header.Set("Upload-Length", "10")
	req.Header.Set("Origin", "http://evil.example")
	req.Header.Set("X-CSRF-Token", env.csrf)
	req.AddCookie(env.cookie)
	if res, err := env.client.Do(req); err != nil || res.StatusCode != http.StatusForbidden {
		t.Fatalf("POST from another origin: %v %v, want 403", res.StatusCode, err)
	}
	if p := env.partials(t); len(p) != 0 {
		t.Fatalf("refused requests created %v", p)
	}

	path := env.create(t, 10, "mine.txt")
	if res := env.tus(t, http.MethodHead, path, nil, nil, nil, ""); res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("HEAD without a session: %d, want 401", res.StatusCode)
	}
	if res := env.tus(t, http.MethodPatch, path, map[string]string{"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
		[]byte("0123456789"), env.cookie, ""); res.StatusCode != http.StatusForbidden {
		t.Fatalf("PATCH without the CSRF token: %d, want 403", res.StatusCode)
	}
	// Someone else, signed in, cannot read or write this upload.
	otherKey, _ := crypto.GenerateKey()
	otherCookie, otherCSRF := env.signIn(t, otherKey)
	if res := env.tus(t, http.MethodHead, path, nil, nil, otherCookie, ""); res.StatusCode != http.StatusNotFound {
		t.Fatalf("HEAD by another account: %d, want 404", res.StatusCode)
	}
	if res := env.tus(t, http.MethodPatch, path, map[string]string{"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
		[]byte("0123456789"), otherCookie, otherCSRF); res.StatusCode != http.StatusNotFound {
		t.Fatalf("PATCH by another account: %d, want 404", res.StatusCode)
	}
	if res := env.tus(t, http.MethodHead, "/uploads/tus/..%2f..%2fetc", nil, nil, env.cookie, ""); res.StatusCode != http.StatusNotFound {
		t.Fatalf("HEAD of a malformed id: %d, want 404", res.StatusCode)
	}
	// A GET is never CSRF-checked: it must not become a PATCH or DELETE.
	for _, m := range []string{http.MethodPatch, http.MethodDelete} {
		res := env.tus(t, http.MethodGet, path, map[string]string{"X-HTTP-Method-Override": m, "Upload-Offset": "0",
			"Content-Type": "application/offset+octet-stream"}, []byte("0123456789"), env.cookie, "")
		if res.StatusCode != http.StatusBadRequest {
			t.Fatalf("GET overridden to %s: %d, want 400", m, res.StatusCode)
		}
	}
	if got := env.offset(t, path); got != 0 {
		t.Fatalf("refused PATCHes moved the offset to %d", got)
	}
	if n := env.rows(t); n != 0 {
		t.Fatalf("%d rows, want 0", n)
	}
	// Only the owner may cancel (DELETE) an upload; that removes the partial.
	if res := env.tus(t, http.MethodDelete, path, nil, nil, otherCookie, otherCSRF); res.StatusCode != http.StatusNotFound {
		t.Fatalf("DELETE by another account: %d, want 404", res.StatusCode)
	}
	if res := env.tus(t, http.MethodDelete, path, nil, nil, env.cookie, ""); res.StatusCode != http.StatusForbidden {
		t.Fatalf("DELETE without the CSRF token: %d, want 403", res.StatusCode)
	}
	if res := env.tus(t, http.MethodDelete, path, nil, nil, env.cookie, env.csrf); res.StatusCode != http.StatusNoContent {
		t.Fatalf("DELETE by the owner: %d, want 204", res.StatusCode)
	}
	if p := env.partials(t); len(p) != 0 {
		t.Fatalf("a cancelled upload left %v", p)
	}
}

func TestTus_EmptyFileFinishesAtCreation(t *testing.T) {
	env := newUploadEnv(t, storetest.SQLiteTarget(t), 0, 0)
	path := env.create(t, 0, "empty.txt")
	id := path[strings.LastIndex(path, "/")+1:]
	u, err := env.st.Upload(context.Background(), id)
	if err != nil {
		t.Fatalf("no row for an empty upload: %v", err)
	}
	if want := oneShot(t, nil); u.CID != want.CID.String() || u.SHA256 != sha256.Sum256(nil) || u.Size != 0 {
		t.Fatalf("empty upload row %+v, want CID %s", u, want.CID)
	}
}

func TestTus_MaxSizeAndQuotaRefused(t *testing.T) {
	env := newUploadEnv(t, storetest.SQLiteTarget(t), 1<<20, 1<<20+100)
	big := map[string]string{"Upload-Length": strconv.Itoa(1<<20 + 1)}
	if res := env.tus(t, http.MethodPost, "/uploads/tus/", big, nil, env.cookie, env.csrf); res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("POST over --max-upload-size: %d, want 413", res.StatusCode)
	}
	// Fill most of the quota, then ask for more than is left.
	data := randomBytes(t, 1<<20)
	path := env.create(t, int64(len(data)), "a.bin")
	if res := env.patch(t, path, 0, data); res.StatusCode != http.StatusNoContent {
		t.Fatalf("PATCH: %d", res.StatusCode)
	}
	over := map[string]string{"Upload-Length": "101"}
	if res := env.tus(t, http.MethodPost, "/uploads/tus/", over, nil, env.cookie, env.csrf); res.StatusCode != http.StatusForbidden {
		t.Fatalf("POST over the quota: %d, want 403", res.StatusCode)
	}
	if p := env.partials(t); len(p) != 0 {
		t.Fatalf("refused uploads left %v", p)
	}
	env.create(t, 100, "fits.bin") // exactly what is left is fine
}

func TestTus_FailedImportLeavesNoRowNoPinAndKeepsThePartial(t *testing.T) {
	env := newUploadEnv(t, storetest.SQLiteTarget(t), 0, 0)
	ctx := context.Background()
	data := randomBytes(t, 2<<20+5)
	want := oneShot(t, data)
	path := env.create(t, int64(len(data)), "model.safetensors")
	if res := env.patch(t, path, 0, data[:1<<20]); res.StatusCode != http.StatusNoContent {
		t.Fatalf("first PATCH: %d", res.StatusCode)
	}
	// IPFS goes away before the last byte lands.
	env.imp.node().Close()
	res := env.patch(t, path, 1<<20, data[1<<20:])
	if res.StatusCode != http.StatusInternalServerError {
		t.Fatalf("final PATCH with IPFS down: %d, want 500", res.StatusCode)
	}
	if n := env.rows(t); n != 0 {
		t.Fatalf("%d rows after a failed import", n)
	}
	if got := env.offset(t, path); got != int64(len(data)) {
		t.Fatalf("the partial's offset is %d, want it kept whole (%d)", got, len(data))
	}
	node, err := ipfs.Open(ctx, env.ipfsDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	env.imp.set(node)
	if pinned, err := node.IsPinned(ctx, want.CID); err != nil || pinned {
		t.Fatalf("the failed import left a pin: %v (%v)", pinned, err)
	}

	// IPFS is back: the page's retry finishes the same upload.
	id := path[strings.LastIndex(path, "/")+1:]
	req, _ := http.NewRequest(http.MethodPost, env.srv.URL+"/api/uploads/"+id+"/finish", strings.NewReader("{}"))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", testOrigin)
	req.Header.Set("X-CSRF-Token", env.csrf)
	req.AddCookie(env.cookie)
	fres, err := env.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	fres.Body.Close()
	if fres.StatusCode != http.StatusOK {
		t.Fatalf("retried finish: %d", fres.StatusCode)
	}
	u, err := env.st.Upload(ctx, id)
	if err != nil || u.CID != want.CID.String() || u.SHA256 != want.SHA256 {
		t.Fatalf("row after the retry: %+v (%v), want %s", u, err, want.CID)
	}
	if pinned, _ := node.IsPinned(ctx, want.CID); !pinned {
		t.Fatal("the retried import is not pinned")
	}
	if p := env.partials(t); len(p) != 0 {
		t.Fatalf("partial files left after the retry: %v", p)
	}
}

func TestSweepPartialUploads_DeletesOnlyStaleOnes(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	for name, age := range map[string]time.Duration{"old": 8 * 24 * time.Hour, "fresh": time.Minute} {
		for _, f := range []string{name, name + ".info"} {
			p := filepath.Join(dir, f)
			os.WriteFile(p, []byte("x"), 0o600)
			os.Chtimes(p, now.Add(-age), now.Add(-age))
		}
	}
	n, err := SweepPartialUploads(dir, 7*24*time.Hour, now)
	if err != nil || n != 1 {
		t.Fatalf("swept %d (%v), want 1", n, err)
	}
	for f, want := range map[string]bool{"old": false, "old.info": false, "fresh": true, "fresh.info": true} {
		if _, err := os.Stat(filepath.Join(dir, f)); (err == nil) != want {
			t.Errorf("%s exists = %v, want %v", f, err == nil, want)
		}
	}
}

// BenchmarkTusUpload measures a whole upload over HTTP on loopback: create,
// 64 MiB PATCHes (as the page sends them) streamed from a generator, import
// into IPFS on disk, row. It reports the process's peak RSS, which must not
// grow with the size. Size in MiB from MARKET_BENCH_UPLOAD_MIB (default 256).
// Run: go test ./web -run '^$' -bench TusUpload -benchtime 1x
func BenchmarkTusUpload(b *testing.B) {
	size := int64(256 << 20)
	if v, err := strconv.Atoi(os.Getenv("MARKET_BENCH_UPLOAD_MIB")); err == nil && v > 0 {
		size = int64(v) << 20
	}
	env := newUploadEnv(b, storetest.SQLiteTarget(b), 0, 0)
	b.SetBytes(size)
	b.ResetTimer()
	for i := range b.N {
		path := env.create(b, size, "bench.bin")
		gen := &pattern{seed: byte(i)}
		for off := int64(0); off < size; off += 64 << 20 {
			n := min(64<<20, size-off)
			req, _ := http.NewRequest(http.MethodPatch, env.srv.URL+path, io.LimitReader(gen, n))
			req.ContentLength = n
			req.Header.Set("Tus-Resumable", "1.0.0")
			req.Header.Set("Upload-Offset", strconv.FormatInt(off, 10))
			req.Header.Set("Content-Type", "application/offset+octet-stream")
			req.Header.Set("X-CSRF-Token", env.csrf)
			req.AddCookie(env.cookie)
			res, err := env.client.Do(req)
			if err != nil || res.StatusCode != http.StatusNoContent {
				b.Fatalf("PATCH at %d: %v %v", off, res.StatusCode, err)
			}
			res.Body.Close()
		}
	}
	b.StopTimer()
	if st, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(st), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				b.Logf("size %d MiB, peak RSS %s", size>>20, strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:")))
			}
		}
	}
}

// pattern is an endless, cheap, incompressible-enough byte stream.
type pattern struct {
	seed byte
	x    uint64
}

func (p *pattern) Read(b []byte) (int, error) {
	n := len(b) &^ 7
	if n == 0 {
		n = len(b)
		for i := range b {
			b[i] = p.seed
		}
		return n, nil
	}
	for i := 0; i < n; i += 8 {
		p.x = p.x*6364136223846793005 + 1442695040888963407 + uint64(p.seed)
		binary.LittleEndian.PutUint64(b[i:], p.x)
	}
	return n, nil
}
