package web

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/card"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/license"
	"modelmarket/internal/listing"
	"modelmarket/internal/seal"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/wallet"
)

// dlEnv is the real server with downloads on: contracts on the simulated
// chain (read through license.ContractReader, as cmd/market wires it), a real
// embedded IPFS node, a real master key, sign-in on SQLite, and an index
// that never caught up (it is empty: downloads must not need it).
type dlEnv struct {
	t     *testing.T
	chain *contractstest.Env
	node  *ipfs.Node
	key   *seal.MasterKey
	auth  *authEnv
	srv   *httptest.Server
	logs  *syncBuffer
}

func newDLEnv(t *testing.T) *dlEnv {
	t.Helper()
	env, err := contractstest.NewEnv(6, contracts.DeployParams{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	node := openNode(t)
	key, err := seal.LoadOrCreateMasterKey(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	reader, err := license.NewContractReader(env.Client, env.Addr)
	if err != nil {
		t.Fatal(err)
	}
	st := storetest.Open(t, storetest.SQLiteTarget(t))
	svc, err := wallet.NewService(wallet.Config{Store: st, Origin: testOrigin, ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	e, logs := newTestServer(t, func(c *Config) {
		c.PublicOrigin = testOrigin
		c.Wallet = svc
		c.RPCURL = "http://127.0.0.1:8545"
		c.Market = &MarketConfig{
			Listings:  listing.NewService(st),
			Downloads: license.NewDownloads(reader, &nodeReader{n: node}, key),
		}
	})
	srv := httptest.NewServer(e)
	t.Cleanup(srv.Close)
	return &dlEnv{t: t, chain: env, node: node, key: key, auth: &authEnv{e: e, st: st}, srv: srv, logs: logs}
}

// signIn signs acc in (SIWE over HTTP) and returns the session cookie.
func (d *dlEnv) signIn(acc contractstest.Account) *http.Cookie {
	d.t.Helper()
	d.auth.key = acc.Key
	ck, _ := d.auth.signIn(d.t)
	return ck
}

// get fetches path over real HTTP with the cookie and headers; the body
// read error (a download cut short) is returned, not fatal.
func (d *dlEnv) get(path string, ck *http.Cookie, hdr ...string) (*http.Response, []byte, error) {
	d.t.Helper()
	req, err := http.NewRequest(http.MethodGet, d.srv.URL+path, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	req.Header.Set("Accept", browserAccept)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	if ck != nil {
		req.AddCookie(ck)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		d.t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	return res, body, err
}

// gatedFile encrypts plain with the master key, adds the ciphertext (or
// what damage makes of it) to IPFS and returns its metadata file entry and
// envelope JSON.
func (d *dlEnv) gatedFile(name string, plain []byte, damage func([]byte)) (card.File, json.RawMessage) {
	d.t.Helper()
	env, err := seal.NewEnvelope()
	if err != nil {
		d.t.Fatal(err)
	}
	c, err := d.key.Cipher(env)
	if err != nil {
		d.t.Fatal(err)
	}
	var ct bytes.Buffer
	if _, err := c.Encrypt(&ct, bytes.NewReader(plain)); err != nil {
		d.t.Fatal(err)
	}
	if damage != nil {
		damage(ct.Bytes())
	}
	env.PlaintextSize, env.PlaintextSHA256 = int64(len(plain)), sha(plain)
	envJSON, _ := json.Marshal(env)
	return card.File{Name: name, URI: "ipfs://" + addBytes(d.t, d.node, ct.Bytes()), Size: int64(len(plain)), SHA256: sha(plain)}, envJSON
}

// mint pins metadata and mints it to owner with digest, as the app does.
func (d *dlEnv) mint(owner contractstest.Account, meta any, digest string) *big.Int {
	d.t.Helper()
	raw, err := json.Marshal(meta)
	if err != nil {
		d.t.Fatal(err)
	}
	mc, err := cid.Decode(addBytes(d.t, d.node, raw))
	if err != nil {
		d.t.Fatal(err)
	}
	var dg [32]byte
	b, _ := hex.DecodeString(digest)
	copy(dg[:], b)
	e := d.chain
	r, err := e.Send(owner, e.Addr.ModelNFT, e.NFT.PackMint(owner.Addr, mc.Bytes(), dg, owner.Addr, 500), nil)
	if err != nil {
		d.t.Fatal(err)
	}
	for _, l := range r.Logs {
		if ev, err := e.NFT.UnpackMintedEvent(l); err == nil {
			return ev.TokenId
		}
	}
	d.t.Fatal("no Minted event")
	return nil
}

// singleGated mints a single gated file the way the mint writes it: the
// file under properties.files, its envelope under properties.encryption.
func (d *dlEnv) singleGated(owner contractstest.Account, name string, plain []byte, damage func([]byte)) *big.Int {
	d.t.Helper()
	f, env := d.gatedFile(name, plain, damage)
	meta := map[string]any{"name": "Gated " + name, "properties": map[string]any{
		"format": "safetensors", "sha256": sha(plain), "files": []card.File{f}, "encryption": env}}
	return d.mint(owner, meta, sha(plain))
}

func seededBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := 0; i+8 <= n; i += 8 {
		v := r.Uint64()
		for j := range 8 {
			b[i+j] = byte(v >> (8 * j))
		}
	}
	return b
}

const dayS = 24 * 3600

func eth(x float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(x), big.NewFloat(1e18)).Int(nil)
	return v
}

// TestDownload_AccessIsTheChains: the owner downloads; a license bought
// directly on chain (not through our UI; the index is empty) works at once;
// a token transferred away stops working for its previous owner at once;
// no license is a 403 page that says what is needed; signed out is a 401
// page; a 30-day license is refused with a clear page after AdjustTime past
// its expiry, while a perpetual one still works.
func TestDownload_AccessIsTheChains(t *testing.T) {
	d := newDLEnv(t)
	owner, licensee, stranger, forever, heir := d.chain.Accounts[1], d.chain.Accounts[2], d.chain.Accounts[3], d.chain.Accounts[4], d.chain.Accounts[5]
	plain := seededBytes(1, 300_000)
	id := d.singleGated(owner, "tiny.safetensors", plain, nil)
	files := fmt.Sprintf("/token/%s/files", id)
	file := files + "/tiny.safetensors"

	wantFile := func(who string, ck *http.Cookie) {
		t.Helper()
		res, body, err := d.get(file, ck)
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("%s: GET %s = %d, %v: %.200s", who, file, res.StatusCode, err, body)
		}
		if sha(body) != sha(plain) {
			t.Fatalf("%s: downloaded sha256 %s, want %s", who, sha(body), sha(plain))
		}
	}
	wantDenied := func(who string, ck *http.Cookie, status int, reason string, words ...string) {
		t.Helper()
		for _, p := range []string{files, file, fmt.Sprintf("/token/%s/download", id)} {
			res, body, _ := d.get(p, ck)
			if res.StatusCode != status || !strings.Contains(string(body), `data-download-denied="`+reason+`"`) {
				t.Fatalf("%s: GET %s = %d, want %d with reason %s: %.300s", who, p, res.StatusCode, status, reason, body)
			}
			if bytes.Contains(body, plain[:64]) {
				t.Fatalf("%s: the refusal carries file bytes", who)
			}
			for _, w := range words {
				if !strings.Contains(string(body), w) {
					t.Errorf("%s: page lacks %q", who, w)
				}
			}
		}
	}

	ownerCk := d.signIn(owner)
	wantFile("owner", ownerCk)
	res, body, _ := d.get(files, ownerCk)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("files page: %d %.300s", res.StatusCode, body)
	}
	for _, w := range []string{`data-download-file="tiny.safetensors"`, sha(plain), `data-download-check="ok"`,
		"You own this token", `href="/token/` + id.String() + `/files/tiny.safetensors"`, "encrypted"} {
		if !strings.Contains(string(body), w) {
			t.Errorf("files page lacks %q", w)
		}
	}

	wantDenied("signed out", nil, http.StatusUnauthorized, "sign-in", "Sign in to download")
	strangerCk := d.signIn(stranger)
	wantDenied("stranger", strangerCk, http.StatusForbidden, "no-license", "You need a license", "license offers", "#offers")

	// Licenses bought on chain with the bindings; nothing tells the server.
	monthly, err := d.chain.PublishOffer(owner, id, eth(0.1), 30*dayS, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	perpetual, err := d.chain.PublishOffer(owner, id, eth(1), 0, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	licCk, foreverCk := d.signIn(licensee), d.signIn(forever)
	wantDenied("licensee before buying", licCk, http.StatusForbidden, "no-license")
	if _, err := d.chain.BuyLicense(licensee, monthly, eth(0.1)); err != nil {
		t.Fatal(err)
	}
	if _, err := d.chain.BuyLicense(forever, perpetual, eth(1)); err != nil {
		t.Fatal(err)
	}
	wantFile("30-day licensee right after buying", licCk)
	wantFile("perpetual licensee", foreverCk)
	if _, body, _ := d.get(files, licCk); !strings.Contains(string(body), "valid until") {
		t.Errorf("licensee's files page does not say until when: %.300s", body)
	}

	// A gift to heir: the old owner loses access in the same block.
	e := d.chain
	if _, err := e.Send(owner, e.Addr.ModelNFT, e.NFT.PackSafeTransferFrom(owner.Addr, heir.Addr, id), nil); err != nil {
		t.Fatal(err)
	}
	wantDenied("previous owner", ownerCk, http.StatusForbidden, "no-license", "its owner is "+ShortAddr(heir.Addr.Hex()))
	wantFile("new owner", d.signIn(heir))

	// Past the 30 days, by the chain's clock.
	if err := e.AdjustTime(31 * dayS * time.Second); err != nil {
		t.Fatal(err)
	}
	wantDenied("expired licensee", licCk, http.StatusForbidden, "expired", "Your license has expired", "Renew")
	wantFile("perpetual licensee after 31 days", foreverCk)

	// JSON clients get the words, not the page.
	req, _ := http.NewRequest(http.MethodGet, d.srv.URL+file, nil)
	req.Header.Set("Accept", "application/json")
	req.AddCookie(strangerCk)
	jres, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	jbody, _ := io.ReadAll(jres.Body)
	jres.Body.Close()
	if jres.StatusCode != http.StatusForbidden || !strings.Contains(string(jbody), "neither owns") {
		t.Errorf("JSON refusal = %d %s", jres.StatusCode, jbody)
	}

	// A token that does not exist is a 404, not a refusal.
	if res, _, _ := d.get("/token/999/files", ownerCk); res.StatusCode != http.StatusNotFound {
		t.Errorf("/token/999/files = %d, want 404", res.StatusCode)
	}
}

// ShortAddr is views.ShortAddress, for the test's expectations.
func ShortAddr(a string) string { return a[:6] + "…" + a[len(a)-4:] }

// TestDownload_RangeResumeOfEncryptedFile: a gated 5 MiB file (6 segments)
// downloads with the right headers; a download stopped mid-way and resumed
// with Range + If-Range gives bytes whose sha256 is the on-chain digest;
// an If-Range with another ETag gets the whole file; ranges across segment
// boundaries and a suffix range are exact.
func TestDownload_RangeResumeOfEncryptedFile(t *testing.T) {
	d := newDLEnv(t)
	owner := d.chain.Accounts[1]
	plain := seededBytes(2, 5<<20+12345)
	id := d.singleGated(owner, "big model.bin", plain, nil)
	ck := d.signIn(owner)
	file := fmt.Sprintf("/token/%s/files/big%%20model.bin", id)

	// The digest on chain is what the result must match.
	out, err := d.chain.Call(d.chain.Addr.ModelNFT, d.chain.NFT.PackVersion(id, big.NewInt(0)))
	if err != nil {
		t.Fatal(err)
	}
	v, err := d.chain.NFT.UnpackVersion(out)
	if err != nil {
		t.Fatal(err)
	}
	onChain := hex.EncodeToString(v.Digest[:])

	// First attempt: the client stops after 2.5 MiB.
	req, _ := http.NewRequest(http.MethodGet, d.srv.URL+file, nil)
	req.AddCookie(ck)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	h := res.Header
	for k, want := range map[string]string{
		"Content-Type": "application/octet-stream", "Content-Disposition": `attachment; filename="big model.bin"`,
		"Content-Security-Policy": downloadCSP, "X-Content-Type-Options": "nosniff", "Accept-Ranges": "bytes",
		"ETag": `"` + onChain + `"`, "Content-Length": fmt.Sprint(len(plain)),
	} {
		if got := h.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	part := make([]byte, 5<<19)
	if _, err := io.ReadFull(res.Body, part); err != nil {
		t.Fatal(err)
	}
	res.Body.Close()

	// Resume where it stopped, as curl -C - and browsers do.
	res2, rest, err := d.get(file, ck, "Range", fmt.Sprintf("bytes=%d-", len(part)), "If-Range", h.Get("ETag"))
	if err != nil || res2.StatusCode != http.StatusPartialContent {
		t.Fatalf("resume: %d %v", res2.StatusCode, err)
	}
	if got := sha(append(part, rest...)); got != onChain {
		t.Fatalf("resumed file sha256 %s, on chain %s", got, onChain)
	}
	// A stale validator gets the whole file again, not a splice.
	res3, whole, err := d.get(file, ck, "Range", "bytes=100-", "If-Range", `"`+strings.Repeat("0", 64)+`"`)
	if err != nil || res3.StatusCode != http.StatusOK || sha(whole) != onChain {
		t.Fatalf("If-Range mismatch: %d, %d bytes, %v", res3.StatusCode, len(whole), err)
	}
	for _, r := range []struct {
		header     string
		start, end int
	}{
		{"bytes=0-0", 0, 1},
		{fmt.Sprintf("bytes=%d-%d", seal.SegmentSize-100, 2*seal.SegmentSize+100), seal.SegmentSize - 100, 2*seal.SegmentSize + 101},
		{"bytes=-777", len(plain) - 777, len(plain)},
	} {
		res, got, err := d.get(file, ck, "Range", r.header)
		if err != nil || res.StatusCode != http.StatusPartialContent || !bytes.Equal(got, plain[r.start:r.end]) {
			t.Errorf("Range %s: %d, %d bytes (want %d), %v", r.header, res.StatusCode, len(got), r.end-r.start, err)
		}
	}
}

// TestDownload_DamagedCiphertextNeverServesWrongBytes: one flipped byte in
// the third ciphertext segment on IPFS. A whole download stops short (the
// client sees an unexpected EOF after the two good segments); a range
// inside the good segments is served; a range over the damaged one fails
// the same way. The log says why.
func TestDownload_DamagedCiphertextNeverServesWrongBytes(t *testing.T) {
	d := newDLEnv(t)
	owner := d.chain.Accounts[1]
	plain := seededBytes(3, 3<<20+500)
	flip := 2*seal.SegmentSize + 1000
	id := d.singleGated(owner, "model.bin", plain, func(ct []byte) { ct[flip] ^= 0x01 })
	ck := d.signIn(owner)
	file := fmt.Sprintf("/token/%s/files/model.bin", id)

	res, body, err := d.get(file, ck)
	if res.StatusCode != http.StatusOK || !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("whole download: status %d, read error %v (want unexpected EOF)", res.StatusCode, err)
	}
	if len(body) >= len(plain) || !bytes.Equal(body, plain[:len(body)]) {
		t.Fatalf("got %d bytes; they must be a correct prefix, shorter than %d", len(body), len(plain))
	}
	good := fmt.Sprintf("bytes=%d-%d", seal.SegmentSize, seal.SegmentSize+9999)
	if res, got, err := d.get(file, ck, "Range", good); err != nil || res.StatusCode != http.StatusPartialContent || !bytes.Equal(got, plain[seal.SegmentSize:seal.SegmentSize+10000]) {
		t.Fatalf("range in good segments: %d %v", res.StatusCode, err)
	}
	bad := fmt.Sprintf("bytes=%d-%d", 2*seal.SegmentSize, 2*seal.SegmentSize+10)
	if res, got, err := d.get(file, ck, "Range", bad); res.StatusCode != http.StatusPartialContent || err == nil || len(got) != 0 {
		t.Fatalf("range over the damage: %d, %d bytes, %v", res.StatusCode, len(got), err)
	}
	if !strings.Contains(d.logs.String(), "download cut short") || !strings.Contains(d.logs.String(), `"corrupt":true`) {
		t.Errorf("log does not say why: %s", d.logs.String())
	}
}

// TestDownload_FolderFilesAndTar: a folder token (one gated file in a
// subfolder, one plain) lists both with the root digest check; each file
// downloads by its path; /download streams a tar whose files and
// SHA256SUMS match; after publishVersion the latest version is listed and
// version 1's files stay downloadable with ?version=1; a metadata sha256
// that the plain file does not have
// cuts that download short instead of serving it as verified.
func TestDownload_FolderFilesAndTar(t *testing.T) {
	d := newDLEnv(t)
	owner := d.chain.Accounts[1]
	weights := seededBytes(4, 2<<20+7)
	config := []byte(`{"hidden_size": 64}`)
	wf, env := d.gatedFile("weights/model.safetensors", weights, nil)
	wf.Encryption = env
	cf := card.File{Name: "config.json", URI: "ipfs://" + addBytes(t, d.node, config), Size: int64(len(config)), SHA256: sha(config)}
	files := []card.File{cf, wf}
	root := sha256.New()
	for _, f := range files { // sorted by path already
		fmt.Fprintf(root, "%s  %s\n", f.SHA256, f.Name)
	}
	digest := hex.EncodeToString(root.Sum(nil))
	id := d.mint(owner, card.Metadata{Name: "Folder model", Properties: &card.Properties{
		SHA256: digest, DigestScheme: card.DigestScheme, Root: "ipfs://" + cf.URI[7:], Files: files}}, digest)
	ck := d.signIn(owner)

	res, body, _ := d.get(fmt.Sprintf("/token/%s/files", id), ck)
	if res.StatusCode != http.StatusOK || !strings.Contains(string(body), `data-download-check="ok"`) ||
		!strings.Contains(string(body), `/files/weights/model.safetensors"`) || !strings.Contains(string(body), "Version 1 of 1 (latest)") {
		t.Fatalf("folder files page: %d %.2000s", res.StatusCode, body)
	}
	for path, want := range map[string][]byte{"weights/model.safetensors": weights, "config.json": config} {
		res, got, err := d.get(fmt.Sprintf("/token/%s/files/%s", id, path), ck)
		if err != nil || res.StatusCode != http.StatusOK || !bytes.Equal(got, want) {
			t.Fatalf("%s: %d %v", path, res.StatusCode, err)
		}
	}
	if res, _, _ := d.get(fmt.Sprintf("/token/%s/files/nope.bin", id), ck); res.StatusCode != http.StatusNotFound {
		t.Errorf("missing file = %d", res.StatusCode)
	}

	res, body, err := d.get(fmt.Sprintf("/token/%s/download", id), ck)
	if err != nil || res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "application/x-tar" {
		t.Fatalf("tar: %d %v %q", res.StatusCode, err, res.Header.Get("Content-Type"))
	}
	tr := tar.NewReader(bytes.NewReader(body))
	got := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		got[h.Name] = b
	}
	wantSums := fmt.Sprintf("%s  config.json\n%s  weights/model.safetensors\n", sha(config), sha(weights))
	if !bytes.Equal(got["config.json"], config) || !bytes.Equal(got["weights/model.safetensors"], weights) || string(got[license.SumsFile]) != wantSums {
		t.Fatalf("tar holds %d entries; SHA256SUMS %q", len(got), got[license.SumsFile])
	}

	// Version 2 (published on chain): the latest by default; version 1's
	// files stay downloadable with ?version=1.
	v2 := card.Metadata{Name: "Folder model v2", Properties: &card.Properties{SHA256: cf.SHA256, Files: []card.File{cf}}}
	raw, _ := json.Marshal(v2)
	v2CID, err := cid.Decode(addBytes(t, d.node, raw))
	if err != nil {
		t.Fatal(err)
	}
	var v2Digest [32]byte
	b, _ := hex.DecodeString(cf.SHA256)
	copy(v2Digest[:], b)
	e := d.chain
	if _, err := e.Send(owner, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, v2CID.Bytes(), v2Digest, "config only"), nil); err != nil {
		t.Fatal(err)
	}
	_, body, _ = d.get(fmt.Sprintf("/token/%s/files", id), ck)
	if !strings.Contains(string(body), "Version 2 of 2 (latest)") || strings.Contains(string(body), "model.safetensors") {
		t.Errorf("latest files page: %.2000s", body)
	}
	_, body, _ = d.get(fmt.Sprintf("/token/%s/files?version=1", id), ck)
	v1Link := fmt.Sprintf("/token/%s/files/weights/model.safetensors?version=1", id)
	if !strings.Contains(string(body), "Version 1 of 2") || !strings.Contains(string(body), v1Link) {
		t.Errorf("version 1 files page: %.2000s", body)
	}
	if res, got, err := d.get(v1Link, ck); err != nil || res.StatusCode != http.StatusOK || !bytes.Equal(got, weights) {
		t.Errorf("version 1 file: %d %v", res.StatusCode, err)
	}
	if res, _, _ := d.get(fmt.Sprintf("/token/%s/files/weights/model.safetensors", id), ck); res.StatusCode != http.StatusNotFound {
		t.Errorf("a file of version 1 only, asked of the latest: %d", res.StatusCode)
	}
	if res, _, _ := d.get(fmt.Sprintf("/token/%s/files?version=3", id), ck); res.StatusCode != http.StatusNotFound {
		t.Errorf("?version=3 = %d, want 404", res.StatusCode)
	}

	// Metadata that lies about a plain file's sha256.
	lie := card.File{Name: "lie.bin", URI: cf.URI, Size: cf.Size, SHA256: sha([]byte("something else"))}
	lid := d.mint(owner, card.Metadata{Name: "Liar", Properties: &card.Properties{SHA256: lie.SHA256, Files: []card.File{lie}}}, lie.SHA256)
	res, body, err = d.get(fmt.Sprintf("/token/%s/files/lie.bin", lid), ck)
	if res.StatusCode != http.StatusOK || !errors.Is(err, io.ErrUnexpectedEOF) || len(body) == len(config) {
		t.Fatalf("lying metadata: %d, %d bytes, %v", res.StatusCode, len(body), err)
	}
}
