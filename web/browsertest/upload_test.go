package browsertest_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"modelmarket/web/browsertest"
)

// testPNG writes a noisy 800×600 PNG (about 1.9 MB, so the transfer reports
// progress more than once).
func testPNG(t *testing.T, dir string) string {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 800, 600))
	rng := rand.New(rand.NewPCG(1, 2))
	for y := range 600 {
		for x := range 800 {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), uint8(rng.IntN(256)), 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "sunset.png")
	if err := os.WriteFile(p, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// testSafetensors writes a small safetensors file: two tensors, 136 parameters.
func testSafetensors(t *testing.T, dir string) string {
	t.Helper()
	header, _ := json.Marshal(map[string]any{
		"__metadata__": map[string]string{"format": "pt"},
		"embed.weight": map[string]any{"dtype": "F32", "shape": []int{16, 8}, "data_offsets": []int{0, 512}},
		"lm_head.bias": map[string]any{"dtype": "F16", "shape": []int{8}, "data_offsets": []int{512, 528}},
	})
	for len(header)%8 != 0 {
		header = append(header, ' ')
	}
	var buf bytes.Buffer
	binary.Write(&buf, binary.LittleEndian, uint64(len(header)))
	buf.Write(header)
	buf.Write(make([]byte, 528))
	p := filepath.Join(dir, "tiny.safetensors")
	if err := os.WriteFile(p, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUploadPage(t *testing.T) {
	env := browsertest.Shared(t)

	t.Run("signed out, the page says to connect a wallet", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{})
		p.Go("/upload")
		p.WaitText("[data-upload-signed-out]", "Connect your wallet to upload")
		if p.Exists("[data-upload-zone]") {
			t.Fatal("signed out, the page shows the drop zone")
		}
		p.FullScreenshot("upload-signed-out")
		noCSPViolations(t, p)
	})

	t.Run("a creator uploads an image and safetensors weights", func(t *testing.T) {
		dir := t.TempDir()
		pngPath, stPath := testPNG(t, dir), testSafetensors(t, dir)
		p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 5}})
		p.Go("/upload")
		p.SignIn()
		p.WaitVisible("[data-upload-zone]")
		p.FullScreenshot("upload-empty")

		p.Run("choose files", chromedp.SetUploadFiles("[data-upload-input]", []string{pngPath, stPath}, chromedp.ByQuery))
		img := `[data-upload-item="sunset.png"]`
		st := `[data-upload-item="tiny.safetensors"]`
		p.WaitVisible(img + `[data-state="done"] [data-upload-card]`)
		p.WaitVisible(st + `[data-state="done"] [data-upload-card]`)
		p.FullScreenshot("upload-done")

		var progress struct {
			Events int     `json:"events"`
			Value  float64 `json:"value"`
			Max    float64 `json:"max"`
		}
		p.Eval(`(() => { const r = document.querySelector('`+img+`'); const b = r.querySelector('progress');
			return {events: Number(r.dataset.progressEvents), value: b.value, max: b.max}; })()`, &progress)
		if progress.Events < 2 || progress.Value != progress.Max {
			t.Fatalf("progress bar: %+v, want it to have moved at least twice and be full", progress)
		}
		if got := p.Text(img + ` [data-fact="Dimensions"] dd`); got != "800 × 600 px" {
			t.Fatalf("image dimensions shown %q, want 800 × 600 px", got)
		}
		var thumb struct {
			Src   string `json:"src"`
			Width int    `json:"width"`
		}
		p.Eval(`new Promise((ok) => { const i = document.querySelector('`+img+` [data-upload-thumb]');
			const done = () => ok({src: i.src, width: i.naturalWidth});
			i.complete ? done() : (i.onload = done, i.onerror = done); })`, &thumb)
		if !strings.HasPrefix(thumb.Src, env.App.Gateway+"/ipfs/") || thumb.Width != 800 {
			t.Fatalf("thumbnail %+v, want it loaded from the gateway %s", thumb, env.App.Gateway)
		}
		if cid := p.Text(st + " [data-upload-cid]"); !strings.HasPrefix(cid, "bafk") && !strings.HasPrefix(cid, "bafy") {
			t.Fatalf("safetensors CID %q", cid)
		}
		if sha := p.Text(st + " [data-upload-sha256]"); len(sha) != 64 {
			t.Fatalf("safetensors sha256 %q", sha)
		}
		// The "Encrypt model weights" box is ticked by default: the weights go
		// into IPFS encrypted, the image does not.
		if !p.Exists(st+" [data-upload-encrypted]") || p.Exists(img+" [data-upload-encrypted]") {
			t.Fatal("want the safetensors card marked encrypted and the image card not")
		}
		tensors := p.Text(st + " [data-upload-tensors]")
		if !strings.Contains(tensors, "embed.weight") || !strings.Contains(tensors, "lm_head.bias") {
			t.Fatalf("tensor table %q lacks the tensor names", tensors)
		}
		if got := p.Text(st + ` [data-fact="Parameters"] dd`); got != "136" {
			t.Fatalf("parameter count shown %q, want 136", got)
		}
		if got := p.Text(st + " [data-upload-kind]"); got != "safetensors weights" {
			t.Fatalf("kind shown %q, want safetensors weights", got)
		}

		// After a reload, both are in "My uploads".
		p.Go("/upload")
		list := p.Text("[data-upload-list]")
		if !strings.Contains(list, "sunset.png") || !strings.Contains(list, "tiny.safetensors") {
			t.Fatalf("My uploads after reload: %q", list)
		}
		p.FullScreenshot("upload-list")
		noCSPViolations(t, p)
	})
}

// TestUploadPage_ResumesAfterReload starts an upload, loses the page
// half-way (the first half is sent, then the tab is gone), and drops the same
// file again on a fresh page load: the page finds the upload through the
// fingerprint it left in localStorage, asks the server for the offset and
// sends only the rest.
func TestUploadPage_ResumesAfterReload(t *testing.T) {
	env := browsertest.Shared(t)
	dir := t.TempDir()
	const size = 3<<20 + 123
	data := make([]byte, size)
	for i := range data {
		data[i] = byte(i % 251) // the page below builds the same bytes
	}
	path := filepath.Join(dir, "shard-00001.bin")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	mtime := time.UnixMilli(1_760_000_000_000)
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}

	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 6}})
	p.Go("/upload")
	p.SignIn()
	p.WaitVisible("[data-upload-zone]")
	// The earlier visit: create the upload, send the first half, remember it
	// the way upload.js does, and go away.
	var id string
	p.Eval(`(async () => {
		const csrf = document.querySelector('meta[name="csrf-token"]').content;
		const owner = document.querySelector('[data-wallet]').dataset.address;
		const size = `+strconv.Itoa(size)+`, half = Math.floor(size / 2);
		const bytes = new Uint8Array(half);
		for (let i = 0; i < half; i++) bytes[i] = i % 251;
		const created = await fetch('/uploads/tus/', { method: 'POST', headers: {
			'Tus-Resumable': '1.0.0', 'Upload-Length': String(size), 'X-CSRF-Token': csrf,
			'Upload-Metadata': 'filename ' + btoa('shard-00001.bin') } });
		const url = new URL(created.headers.get('Location'), location.href).pathname;
		const patched = await fetch(url, { method: 'PATCH', body: bytes, headers: {
			'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'X-CSRF-Token': csrf,
			'Content-Type': 'application/offset+octet-stream' } });
		if (patched.status !== 204) throw new Error('first half: ' + patched.status);
		localStorage.setItem('modelmarket.tus.' + [owner, 'shard-00001.bin', size, `+strconv.FormatInt(mtime.UnixMilli(), 10)+`].join('/'), url);
		return url.split('/').pop();
	})()`, &id)

	p.Go("/upload")
	p.Run("choose the same file", chromedp.SetUploadFiles("[data-upload-input]", []string{path}, chromedp.ByQuery))
	row := `[data-upload-item="shard-00001.bin"]`
	p.WaitVisible(row + `[data-state="done"] [data-upload-card]`)
	var resumedFrom string
	p.Eval(`document.querySelector('`+row+`').dataset.resumedFrom ?? ''`, &resumedFrom)
	if resumedFrom != strconv.Itoa(size/2) {
		t.Fatalf("the page resumed from %q, want %d", resumedFrom, size/2)
	}
	var card string
	p.Eval(`document.querySelector('`+row+` [data-upload-card]').dataset.uploadCard`, &card)
	if card != id {
		t.Fatalf("finished upload %q, want the resumed %q", card, id)
	}
	sum := sha256.Sum256(data)
	if got := p.Text(row + " [data-upload-sha256]"); got != hex.EncodeToString(sum[:]) {
		t.Fatalf("sha256 after the resume %s, want %x", got, sum)
	}
	var left int
	p.Eval(`Object.keys(localStorage).filter(k => k.startsWith('modelmarket.tus.')).length`, &left)
	if left != 0 {
		t.Fatalf("%d fingerprints left in localStorage after the finish", left)
	}
	p.FullScreenshot("upload-resumed")
	noCSPViolations(t, p)
}
