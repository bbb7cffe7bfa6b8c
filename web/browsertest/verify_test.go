package browsertest_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-cid"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/chain"
	"modelmarket/internal/upload"
	"modelmarket/web/browsertest"
)

// verifyAccount records the test's files on chain; account 0 deployed the
// contracts and sends nothing in other tests.
const verifyAccount = 0

// pattern is n bytes of (i*31+7) mod 256, the same in Go and in the page.
func pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31 + 7)
	}
	return b
}

// TestSHA256JS_KnownAnswers checks js/sha256.js against Go's crypto/sha256:
// the empty string, "abc", and 1 MiB + 1 bytes fed in uneven pieces and
// read from a Blob in several slices whose size is not a multiple of 64.
func TestSHA256JS_KnownAnswers(t *testing.T) {
	env := browsertest.Shared(t)
	p := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	p.Go("/verify")
	var got struct{ Empty, ABC, Pieces, Blob, Whole string }
	p.Eval(`(async () => {
		const m = await import('/static/js/sha256.js');
		const n = (1 << 20) + 1, b = new Uint8Array(n);
		for (let i = 0; i < n; i++) b[i] = (i * 31 + 7) & 255;
		const h = new m.SHA256();
		for (let off = 0, k = 1; off < n; off += k, k = (k * 7 + 3) % 4099 + 1) h.update(b.subarray(off, Math.min(n, off + k)));
		const slices = [];
		const blob = await m.hashBlob(new Blob([b]), { slice: 65536 * 3 + 5, onProgress: (d) => slices.push(d) });
		return { Empty: m.sha256Text(''), ABC: m.sha256Text('abc'), Pieces: h.hex(), Blob: blob + ' ' + slices.length,
			Whole: new m.SHA256().update(b).hex() };
	})()`, &got)
	// A figure: the page's hashing speed on a 64 MiB Blob (one core of this machine).
	var secs float64
	p.Eval(`(async () => {
		const m = await import('/static/js/sha256.js');
		const b = new Uint8Array(64 << 20);
		const t0 = performance.now();
		await m.hashBlob(new Blob([b]));
		return (performance.now() - t0) / 1000;
	})()`, &secs)
	t.Logf("sha256.js: 64 MiB in %.2f s = %.0f MB/s", secs, 64*1.048576/secs)
	sum := func(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }
	big := pattern(1<<20 + 1)
	for _, c := range []struct{ name, got, want string }{
		{"empty", got.Empty, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"abc", got.ABC, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"1 MiB + 1 whole", got.Whole, sum(big)},
		{"1 MiB + 1 in uneven pieces", got.Pieces, sum(big)},
		{"1 MiB + 1 from a Blob in 6 slices", got.Blob, sum(big) + " 6"},
	} {
		if c.got != c.want {
			t.Errorf("%s: sha256.js gives %s, want %s", c.name, c.got, c.want)
		}
	}
}

// recorder mints and publishes versions on the shared app's dev chain with
// the bindings, as any wallet could.
type recorder struct {
	t     *testing.T
	eth   *ethclient.Client
	addrs contracts.Addresses
	nft   *mmbind.ModelNFT
	opts  *bind.TransactOpts
}

func newRecorder(t *testing.T, env *browsertest.Env) *recorder {
	t.Helper()
	addrs, err := contracts.LoadAddresses(filepath.Join(env.App.DataDir, "contracts.json"))
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.Dial(env.App.RPC)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	accounts, err := chain.DevAccounts(chain.DevAccountCount)
	if err != nil {
		t.Fatal(err)
	}
	return &recorder{t: t, eth: eth, addrs: addrs, nft: mmbind.NewModelNFT(),
		opts: bind.NewKeyedTransactor(accounts[verifyAccount].Key, big.NewInt(chain.DevChainID))}
}

func (r *recorder) send(data []byte) *types.Receipt {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := bind.NewBoundContract(r.addrs.ModelNFT, r.nft.GetABI(), r.eth, r.eth, r.eth)
	tx, err := c.RawTransact(r.opts, data)
	if err != nil {
		r.t.Fatal(err)
	}
	rc, err := bind.WaitMined(ctx, r.eth, tx.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		r.t.Fatalf("tx %s: %v", tx.Hash(), err)
	}
	return rc
}

func (r *recorder) mint(digest [32]byte, seed string) *big.Int {
	r.t.Helper()
	rc := r.send(r.nft.PackMint(r.opts.From, metaCID(seed), digest, r.opts.From, 250))
	for _, l := range rc.Logs {
		if ev, err := r.nft.UnpackMintedEvent(l); err == nil {
			return ev.TokenId
		}
	}
	r.t.Fatal("no Minted event")
	return nil
}

func metaCID(seed string) []byte {
	s := sha256.Sum256([]byte(seed))
	return append([]byte{0x01, 0x55, 0x12, 0x20}, s[:]...)
}

// dropOn drops files or folders from disk on the element matching sel, as
// a person dragging them from the desktop.
func dropOn(p *browsertest.Page, sel string, paths ...string) {
	p.T.Helper()
	var at struct{ X, Y float64 }
	p.Eval(`(() => { const r = document.querySelector('`+sel+`').getBoundingClientRect();
		return {X: r.x + r.width / 2, Y: r.y + r.height / 2}; })()`, &at)
	data := &input.DragData{Files: paths, DragOperationsMask: 1}
	p.Run("drop on "+sel,
		input.DispatchDragEvent(input.DragEnter, at.X, at.Y, data),
		input.DispatchDragEvent(input.DragOver, at.X, at.Y, data),
		input.DispatchDragEvent(input.Drop, at.X, at.Y, data),
	)
}

// TestVerifyPage_FileFolderUnknownModified: files recorded on chain (a
// mint, its second version, and a folder) are dropped on /verify, hashed in
// the page and found with their token, version, creator and owner; another
// file is unknown; one byte changed, checked against the token, is modified.
// The page never sends file bytes: only the digest goes to the server.
func TestVerifyPage_FileFolderUnknownModified(t *testing.T) {
	env := browsertest.Shared(t)
	rec := newRecorder(t, env)
	dir := t.TempDir()
	write := func(rel string, data []byte) string {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// 9 MiB + 1: more than one 8 MiB slice of the page's reader.
	v1 := append(pattern(9<<20), 1)
	v2 := append(pattern(9<<20), 2)
	unique := []byte(t.Name() + time.Now().String()) // this run's own bytes: the shared chain may hold others'
	v1 = append(v1, unique...)
	v2 = append(v2, unique...)
	changed := bytes.Clone(v2)
	changed[4<<20] ^= 0x01
	v1Path, v2Path := write("model-v1.safetensors", v1), write("model-v2.safetensors", v2)
	changedPath := write("changed/model-v2.safetensors", changed)
	unknownPath := write("unknown.bin", append([]byte("never recorded "), unique...))
	folderFiles := map[string][]byte{"config.json": append([]byte(`{"layers":2}`), unique...), "tokenizer/vocab.json": []byte(`["ä","b"]`), "a-b.txt": []byte("x")}
	var list []upload.BundleFile
	for rel, data := range folderFiles {
		write("tiny-llm/"+rel, data)
		list = append(list, upload.BundleFile{Path: rel, SHA256: sha256.Sum256(data)})
	}

	id := rec.mint(sha256.Sum256(v1), "verify v1")
	publish := rec.send(rec.nft.PackPublishVersion(id, metaCID("verify v2"), sha256.Sum256(v2), "more data"))
	folderID := rec.mint(upload.RootDigest(list), "verify folder")
	owner := rec.opts.From.Hex()

	p := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	p.Go("/")
	p.Click(`.site-nav a[href="/verify"]`)
	p.WaitVisible("[data-verify-drop]")
	p.FullScreenshot("verify-empty")

	// Hashing shows its progress and can be stopped. The CPU is slowed 20x
	// so the bar is caught mid-way.
	bigPath := write("big.bin", pattern(48<<20))
	p.Run("slow the CPU", emulation.SetCPUThrottlingRate(20))
	dropOn(p, "[data-verify-drop]", bigPath)
	p.WaitText("[data-verify-progress-status]", "MiB of 48.0 MiB")
	p.FullScreenshot("verify-hashing")
	p.Click("[data-verify-stop]")
	p.WaitText("[data-verify-progress-status]", "Stopped.")
	p.Run("CPU back to speed", emulation.SetCPUThrottlingRate(1))
	if p.Exists("[data-verify-result] [data-verify-state]") {
		t.Error("a stopped hash asked the server anyway")
	}

	card := `[data-verify-result] [data-verify-state]`
	tok := `[data-verify-token="` + id.String() + `"]`

	// v1: found, an older version.
	dropOn(p, "[data-verify-drop]", v1Path)
	p.WaitText(card+`[data-verify-state="found"] `+tok+` [data-verify-version="1"]`, "Version 1 of 2")
	p.WaitText(tok+" [data-verify-latest]", "A newer version exists: version 2.")
	if got := p.Text(tok + " [data-verify-owner]"); !strings.Contains(owner, strings.Trim(got, "…")[:6]) {
		t.Errorf("owner shown %q, want %s", got, owner)
	}
	var attrs struct{ Owner, Creator string }
	p.Eval(`(() => ({Owner: document.querySelector('`+tok+` [data-verify-owner]').dataset.verifyOwner,
		Creator: document.querySelector('`+tok+` [data-verify-creator]').dataset.verifyCreator}))()`, &attrs)
	if attrs.Owner != owner || attrs.Creator != owner {
		t.Errorf("owner %s creator %s, want %s for both", attrs.Owner, attrs.Creator, owner)
	}
	if got := p.Text("[data-verify-value]"); got != hex.EncodeToString(sha256Of(v1)) {
		t.Errorf("page hashed v1 to %s", got)
	}
	p.FullScreenshot("verify-found-older")

	// v2: the latest, with the tx that recorded it.
	dropOn(p, "[data-verify-drop]", v2Path)
	p.WaitText(tok+` [data-verify-version="2"]`, "Version 2 of 2")
	p.WaitText(tok+" [data-verify-latest]", "This is the latest version.")
	var tx string
	p.Eval(`document.querySelector('`+tok+` [data-verify-tx]').dataset.verifyTx`, &tx)
	if !strings.EqualFold(tx, publish.TxHash.Hex()) {
		t.Errorf("tx shown %s, want %s", tx, publish.TxHash.Hex())
	}
	p.FullScreenshot("verify-found-latest")

	// A folder: the root digest computed in the page finds its token.
	dropOn(p, "[data-verify-drop]", filepath.Join(dir, "tiny-llm"))
	p.WaitText(card+`[data-verify-state="found"] [data-verify-token="`+folderID.String()+`"]`, "Version 1 of 1")
	if got, want := p.Text("[data-verify-value]"), upload.RootDigest(list); got != hex.EncodeToString(want[:]) {
		t.Errorf("folder root digest in the page %s, want %x", got, want)
	}
	p.FullScreenshot("verify-folder")

	// Unknown.
	dropOn(p, "[data-verify-drop]", unknownPath)
	p.WaitText(card+`[data-verify-state="unknown"]`, "No token records this file")
	p.FullScreenshot("verify-unknown")

	// One byte changed, checked against the token: modified.
	p.Run("type the token id", browsertest.Type("[data-verify-token]", id.String()))
	dropOn(p, "[data-verify-drop]", changedPath)
	p.WaitText(card+`[data-verify-state="modified"]`, "Modified: this file does not match token #"+id.String()+"'s recorded versions")
	p.FullScreenshot("verify-modified")

	// The address bar now holds the digest and token: reloading answers
	// the same from the server alone (the paste path, no script needed).
	var loc string
	p.Eval(`location.pathname + location.search`, &loc)
	p.Go(loc)
	p.WaitText(card+`[data-verify-state="modified"]`, "Modified")

	// Paste a metadata CID.
	p.Go("/verify?q=" + cidString(metaCID("verify v2")))
	p.WaitText(card+`[data-verify-state="found"] `+tok+` [data-verify-version="2"]`, "Version 2 of 2")
	p.Go("/verify?q=not-a-digest")
	p.WaitText(card+`[data-verify-state="invalid"]`, "is not a CID")
	noCSPViolations(t, p)

	// The same answers as JSON, for scripts.
	var api struct {
		Found, Unknown, Modified struct {
			State  string
			Tokens []struct {
				TokenID string
				Owner   string
				Latest  bool
				Records []struct{ Version uint64 }
			}
		}
		BadStatus int
	}
	p.Eval(`(async () => {
		const get = (q) => fetch('/api/verify?' + q).then((r) => r.json());
		return { Found: await get('sha256=`+hex.EncodeToString(sha256Of(v1))+`'),
			Unknown: await get('sha256=`+hex.EncodeToString(sha256Of(changed))+`'),
			Modified: await get('sha256=`+hex.EncodeToString(sha256Of(changed))+`&token=`+id.String()+`'),
			BadStatus: (await fetch('/api/verify?sha256=xyz')).status };
	})()`, &api)
	if f := api.Found; f.State != "found" || len(f.Tokens) != 1 || f.Tokens[0].TokenID != id.String() || f.Tokens[0].Owner != owner ||
		f.Tokens[0].Latest || len(f.Tokens[0].Records) != 1 || f.Tokens[0].Records[0].Version != 1 {
		t.Errorf("/api/verify v1: %+v", f)
	}
	if api.Unknown.State != "unknown" || len(api.Unknown.Tokens) != 0 || api.Modified.State != "modified" || api.BadStatus != 400 {
		t.Errorf("/api/verify: unknown %+v, modified %+v, bad input status %d", api.Unknown, api.Modified, api.BadStatus)
	}
}

func sha256Of(b []byte) []byte { s := sha256.Sum256(b); return s[:] }

func cidString(b []byte) string {
	c, err := cid.Cast(b)
	if err != nil {
		panic(err)
	}
	return c.String()
}
