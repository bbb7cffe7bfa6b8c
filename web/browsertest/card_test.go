package browsertest_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"modelmarket/web/browsertest"
)

// TestCardEditor: a signed-in creator uploads weights, opens the model card
// editor from the upload's card, types Markdown with a table and a script,
// sees the table in the live preview and no script run, saves the draft,
// reloads and finds it again, and looks at the metadata JSON.
func TestCardEditor(t *testing.T) {
	env := browsertest.Shared(t)
	stPath := testSafetensors(t, t.TempDir())
	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 8}})
	p.Go("/upload")
	p.SignIn()
	p.WaitVisible("[data-upload-zone]")
	p.Run("choose the weights", chromedp.SetUploadFiles("[data-upload-input]", []string{stPath}, chromedp.ByQuery))
	row := `[data-upload-item="tiny.safetensors"][data-state="done"]`
	p.WaitVisible(row + " [data-upload-card-link]")
	if got := p.Text(row + " [data-upload-card-link]"); got != "Write the model card" {
		t.Fatalf("card link says %q", got)
	}
	p.Click(row + " [data-upload-card-link]")
	p.WaitVisible("[data-card-source]")
	// The template is filled from the inspection: 136 parameters, the server-rendered preview shows it.
	p.WaitText("[data-card-preview]", "136")
	p.Screenshot("card-editor-template")

	card := "---\nlicense: apache-2.0\npipeline_tag: text-generation\ntags: [tiny]\n---\n# Tiny LM\n\n" +
		"| layer | params |\n|---|---:|\n| embed | 128 |\n| head | 8 |\n\n" +
		"<script>window.pwned = 1</script>\n<img src=x onerror=\"window.pwned = 2\">\n[x](javascript:window.pwned=3)\n"
	p.Run("type the card",
		browsertest.SetValue("[data-card-source]", card[:len(card)-1]),
		browsertest.Type("[data-card-source]", "\n")) // a real keystroke fires input
	p.WaitText("[data-card-preview] table", "embed")
	var seen struct {
		Pwned   bool `json:"pwned"`
		Scripts int  `json:"scripts"`
		Handler int  `json:"handler"`
		JSLinks int  `json:"jsLinks"`
		H1      string
	}
	p.Eval(`(() => { const pv = document.querySelector('[data-card-preview]');
		return {pwned: 'pwned' in window, scripts: pv.querySelectorAll('script').length,
			handler: pv.querySelectorAll('[onerror]').length, jsLinks: pv.querySelectorAll('a[href^="javascript"]').length,
			H1: pv.querySelector('h1')?.textContent ?? ''}; })()`, &seen)
	if seen.Pwned || seen.Scripts != 0 || seen.Handler != 0 || seen.JSLinks != 0 || seen.H1 != "Tiny LM" {
		t.Fatalf("preview after typing: %+v", seen)
	}
	p.Screenshot("card-editor-preview")

	// A broken front matter is explained in words.
	p.Run("break the license", browsertest.SetValue("[data-card-source]", strings.Replace(card, "apache-2.0", "beerware", 1)+"x"),
		browsertest.Type("[data-card-source]", "\n"))
	p.WaitText("[data-card-problems]", `license: "beerware" is not a license id`)
	p.Run("fix it", browsertest.SetValue("[data-card-source]", card[:len(card)-1]),
		browsertest.Type("[data-card-source]", "\n"))
	p.WaitText("[data-card-preview] table", "embed")

	p.Click("[data-card-save]")
	p.WaitText("[data-card-saved]", "Draft saved.")
	var path string
	p.Eval(`location.pathname`, &path)
	p.Go(path)
	if p.Exists("[data-card-saved]") {
		t.Fatal("a plain reload still says the draft was just saved")
	}
	var source string
	p.Eval(`document.querySelector('[data-card-source]').value`, &source)
	if source != card {
		t.Fatalf("after reload the editor holds %q, want the saved draft %q", source, card)
	}
	p.WaitText("[data-card-preview] table", "embed")

	p.Click("[data-card-metadata]")
	js := p.WaitText("[data-card-metadata-json]", `"parameter_count": 136`)
	for _, want := range []string{`"name": "Tiny LM"`, `"trait_type": "License"`, `"uri": "ipfs://`} {
		if !strings.Contains(js, want) {
			t.Errorf("metadata JSON lacks %s:\n%s", want, js)
		}
	}
	p.FullScreenshot("card-editor-metadata")
	noCSPViolations(t, p)
	var pwned bool
	p.Eval(`'pwned' in window`, &pwned)
	if pwned {
		t.Fatal("a script from the card ran")
	}
}
