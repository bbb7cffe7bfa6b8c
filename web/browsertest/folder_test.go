package browsertest_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"

	"modelmarket/internal/ipfs"
	"modelmarket/internal/upload"
	"modelmarket/web/browsertest"
)

// testFolder writes a small model folder under dir/name, nested, with an
// empty file and a safetensors file, and returns its path and files
// (path inside the folder → bytes).
func testFolder(t *testing.T, dir, name string) (string, map[string][]byte) {
	t.Helper()
	root := filepath.Join(dir, name)
	st, err := os.ReadFile(testSafetensors(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"config.json":                []byte(`{"architectures": ["TinyForCausalLM"], "hidden_size": 8}`),
		"model.safetensors":          st,
		"tokenizer/vocab.txt":        []byte("<s>\n</s>\nhello\nworld\n"),
		"tokenizer/special/eos.json": []byte(`{"eos_token": "</s>"}`),
		"empty.txt":                  {},
	}
	for p, data := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return root, files
}

// expectedFolder computes, independently of the app, the root CID (an
// embedded node of our own: Add each file, AddDir) and the root digest of
// files.
func expectedFolder(t *testing.T, files map[string][]byte) (rootCID, digest string) {
	t.Helper()
	ctx := context.Background()
	n, err := ipfs.Open(ctx, t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	var dfs []ipfs.DirFile
	var bfs []upload.BundleFile
	for p, data := range files {
		a, err := n.Add(ctx, strings.NewReader(string(data)))
		if err != nil {
			t.Fatal(err)
		}
		dfs = append(dfs, ipfs.DirFile{Path: p, CID: a.CID})
		bfs = append(bfs, upload.BundleFile{Path: p, SHA256: sha256.Sum256(data)})
	}
	root, err := n.AddDir(ctx, dfs)
	if err != nil {
		t.Fatal(err)
	}
	d := upload.RootDigest(bfs)
	return root.String(), hex.EncodeToString(d[:])
}

// TestUploadPage_Folder drops a real folder on the drop zone (Chromium's
// own drag and drop, so the page reads it with webkitGetAsEntry and keeps
// the nested paths), waits for every file and the folder, and checks the
// root CID and root digest against our own computation, then opens the
// folder's model card.
func TestUploadPage_Folder(t *testing.T) {
	env := browsertest.Shared(t)
	dir := t.TempDir()
	folder, files := testFolder(t, dir, "tiny-llm")
	wantCID, wantDigest := expectedFolder(t, files)

	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 6}})
	p.Go("/upload")
	p.SignIn()
	p.WaitVisible("[data-upload-folder-input]")
	// Plain files, so the root CID can be computed here (an encrypted
	// file's CID depends on its random salt).
	p.Click("[data-upload-encrypt]")

	var at struct{ X, Y float64 }
	p.Eval(`(() => { const r = document.querySelector('[data-upload-zone]').getBoundingClientRect();
		return {X: r.x + r.width / 2, Y: r.y + r.height / 2}; })()`, &at)
	data := &input.DragData{Files: []string{folder}, DragOperationsMask: 1}
	p.Run("drop the folder",
		input.DispatchDragEvent(input.DragEnter, at.X, at.Y, data),
		input.DispatchDragEvent(input.DragOver, at.X, at.Y, data),
		input.DispatchDragEvent(input.Drop, at.X, at.Y, data),
	)
	item := `[data-folder-item="tiny-llm"]`
	p.WaitVisible(item + `[data-state="done"] [data-bundle-card]`)
	p.FullScreenshot("folder-done")

	if got := p.Text(item + ` [data-bundle-cid]`); got != wantCID {
		t.Errorf("root CID shown %q, want %q", got, wantCID)
	}
	if got := p.Text(item + ` [data-bundle-digest]`); got != wantDigest {
		t.Errorf("root digest shown %q, want %q", got, wantDigest)
	}
	var shown []string
	p.Eval(`[...document.querySelectorAll('`+item+` [data-bundle-file]')].map((r) => r.dataset.bundleFile)`, &shown)
	want := make([]string, 0, len(files))
	for path := range files {
		want = append(want, path)
	}
	slices.Sort(want)
	if !slices.Equal(shown, want) {
		t.Errorf("files shown %q, want %q (nested paths kept, sorted)", shown, want)
	}
	var bar struct{ Value, Max float64 }
	p.Eval(`(() => { const b = document.querySelector('`+item+` [data-folder-progress]'); return {Value: b.value, Max: b.max}; })()`, &bar)
	if bar.Value != bar.Max {
		t.Errorf("overall bar %v of %v, want full", bar.Value, bar.Max)
	}
	// The folder is listed under "My folders" and survives a reload.
	p.Go("/upload")
	p.WaitText(`[data-bundle-list] [data-bundle-cid]`, wantCID)

	// Its model card lists every file in properties.files and the root
	// digest as sha256.
	p.Click(`[data-bundle-list] [data-bundle-card-link]`)
	p.WaitVisible("[data-card-editor]")
	var meta struct {
		Properties struct {
			SHA256       string `json:"sha256"`
			Root         string `json:"root"`
			DigestScheme string `json:"digest_scheme"`
			Files        []struct {
				Name   string `json:"name"`
				SHA256 string `json:"sha256"`
			} `json:"files"`
		} `json:"properties"`
	}
	p.Eval(`(async () => {
		const id = document.querySelector('[data-card-editor]').dataset.uploadId;
		const r = await fetch('/api/uploads/' + id + '/card/metadata', {method: 'POST', credentials: 'same-origin',
			headers: {'Content-Type': 'application/json', 'X-CSRF-Token': document.querySelector('meta[name="csrf-token"]').content},
			body: JSON.stringify({source: document.querySelector('[data-card-form] textarea').value})});
		return r.json(); })()`, &meta)
	if meta.Properties.SHA256 != wantDigest || meta.Properties.Root != "ipfs://"+wantCID || len(meta.Properties.Files) != len(files) {
		t.Errorf("card metadata properties = %+v; want sha256 %s, root ipfs://%s, %d files", meta.Properties, wantDigest, wantCID, len(files))
	}
	p.FullScreenshot("folder-card")
	noCSPViolations(t, p)
}
