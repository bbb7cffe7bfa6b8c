package browsertest_test

import (
	"bytes"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"modelmarket/web/browsertest"
)

// previewAccount mints the preview test's tokens (account 0 deploys the
// contracts at the first start and otherwise only signs in elsewhere).
const previewAccount = 0

// mintThroughPages uploads path, writes card as its card, mints it with the
// default royalty and returns the token page's path.
func mintThroughPages(t *testing.T, p *browsertest.Page, path, card string, encrypt bool) string {
	t.Helper()
	p.Go("/upload")
	p.WaitVisible("[data-upload-zone]")
	if !encrypt {
		p.Click("[data-upload-encrypt]")
	}
	p.Run("choose the file", chromedp.SetUploadFiles("[data-upload-input]", []string{path}, chromedp.ByQuery))
	row := `[data-upload-item="` + filepath.Base(path) + `"][data-state="done"]`
	p.WaitVisible(row + " [data-upload-card-link]")
	p.Click(row + " [data-upload-card-link]")
	p.WaitVisible("[data-card-source]")
	p.Run("write the card", browsertest.SetValue("[data-card-source]", card))
	p.Click("[data-card-save]")
	p.WaitText("[data-card-saved]", "Draft saved.")
	p.Click("[data-card-mint]")
	p.WaitVisible(`[data-tx-button="mint"]`)
	p.Click(`[data-tx-button="mint"]`)
	p.WaitText(`[data-tx-status="mint"]`, "Minted token #")
	var href string
	p.Eval(`document.querySelector('[data-token-link]').getAttribute('href')`, &href)
	if !strings.HasPrefix(href, "/token/") {
		t.Fatalf("token link %q", href)
	}
	return href
}

// testWAV writes half a second of a 440 Hz tone (8 kHz, 8-bit mono PCM).
func testWAV(t *testing.T, dir string) string {
	t.Helper()
	const rate, n = 8000, 4000
	var b bytes.Buffer
	le := func(v any) { binary.Write(&b, binary.LittleEndian, v) }
	b.WriteString("RIFF")
	le(uint32(36 + n))
	b.WriteString("WAVEfmt ")
	le(uint32(16))
	le(uint16(1)) // PCM
	le(uint16(1)) // mono
	le(uint32(rate))
	le(uint32(rate)) // bytes per second
	le(uint16(1))    // block align
	le(uint16(8))    // bits per sample
	b.WriteString("data")
	le(uint32(n))
	for i := range n {
		b.WriteByte(byte(128 + 100*math.Sin(2*math.Pi*440*float64(i)/rate)))
	}
	p := filepath.Join(dir, "tone.wav")
	if err := os.WriteFile(p, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestTokenPage_Preview: a GLB minted as art shows the interactive 3D
// viewer on its token page (the model drawn: many pixels differ from the
// background), fetched from the gateway; unencrypted safetensors minted as
// a model show their files and the header's tensors and parameter count,
// read by the server from IPFS; a WAV minted as art gets an audio player
// that loads from the gateway (the CSP allows it).
func TestTokenPage_Preview(t *testing.T) {
	env := browsertest.Shared(t)
	dir := t.TempDir()
	glbPath := filepath.Join(dir, "sculpture.glb")
	data, _, _ := sceneGLB(t)
	if err := os.WriteFile(glbPath, data, 0o600); err != nil {
		t.Fatal(err)
	}
	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: previewAccount}})
	p.Go("/")
	p.SignIn()

	// ---- art: the 3D viewer ----
	art := mintThroughPages(t, p, glbPath, "---\ntitle: Grid Sculpture\n---\n\nA textured cube beside an orange pyramid.\n", true)
	waitIndexed(p, art, "[data-token-title]", "Grid Sculpture")
	viewer := `[data-token-animation] [data-viewer3d][data-viewer-state="ready"]`
	p.WaitVisible(viewer)
	if got := p.Text(viewer + " [data-viewer-status]"); !strings.Contains(got, "42 vertices") {
		t.Errorf("the viewer's caption says %q", got)
	}
	img := canvasPixels(t, p, viewer)
	for range 40 { // the texture decodes asynchronously
		if differing(img, nil) >= 2000 {
			break
		}
		p.Eval(`new Promise((ok) => setTimeout(ok, 100))`, nil)
		img = canvasPixels(t, p, viewer)
	}
	if n := differing(img, nil); n < 2000 {
		t.Fatalf("only %d centre pixels of the token page's canvas differ from the background: the model is not drawn", n)
	}
	var placeholderHidden bool
	p.Eval(`document.querySelector('[data-token-placeholder]')?.hidden ?? true`, &placeholderHidden)
	if !placeholderHidden {
		t.Error("the placeholder still shows beside the drawn model")
	}
	if p.Exists("[data-token-structure]") {
		t.Error("an artwork shows a model structure")
	}
	p.FullScreenshot("token-3d")
	noCSPViolations(t, p)

	// ---- model: the structure from the safetensors header ----
	model := mintThroughPages(t, p, testSafetensors(t, dir), "---\nlicense: apache-2.0\n---\n# Tiny Preview LM\n\nTwo tensors.\n", false)
	waitIndexed(p, model, "[data-token-title]", "Tiny Preview LM")
	p.WaitVisible("[data-token-structure]")
	files := p.Text("[data-structure-files]")
	if !strings.Contains(files, "tiny.safetensors") {
		t.Errorf("file list %q lacks the file", files)
	}
	tensors := p.Text(`[data-structure-weights="tiny.safetensors"] [data-structure-tensors]`)
	if !strings.Contains(tensors, "embed.weight") || !strings.Contains(tensors, "lm_head.bias") {
		t.Errorf("tensor table %q lacks the tensor names", tensors)
	}
	if got := p.Text(`[data-structure-weights="tiny.safetensors"] [data-structure-fact="Parameters"] dd`); got != "136" {
		t.Errorf("parameter count shown %q, want 136", got)
	}
	p.FullScreenshot("token-model-structure")
	noCSPViolations(t, p)

	// ---- art: an audio player ----
	audio := mintThroughPages(t, p, testWAV(t, dir), "---\ntitle: A Tone\n---\n\nHalf a second of A.\n", true)
	waitIndexed(p, audio, "[data-token-title]", "A Tone")
	p.WaitVisible(`[data-token-animation][data-animation-state="audio"] audio[data-token-player]`)
	var ready struct {
		Autoplay bool    `json:"autoplay"`
		Controls bool    `json:"controls"`
		Duration float64 `json:"duration"`
	}
	for range 50 { // metadata loads from the gateway
		p.Eval(`(() => { const a = document.querySelector('[data-token-player]');
			return {autoplay: a.autoplay, controls: a.controls, duration: a.readyState >= 1 ? a.duration : 0}; })()`, &ready)
		if ready.Duration > 0 {
			break
		}
		p.Eval(`new Promise((ok) => setTimeout(ok, 100))`, nil)
	}
	if ready.Autoplay || !ready.Controls || math.Abs(ready.Duration-0.5) > 0.01 {
		t.Errorf("audio player %+v, want controls, no autoplay and the 0.5 s duration read from the gateway", ready)
	}
	p.FullScreenshot("token-audio")
	noCSPViolations(t, p)
}
