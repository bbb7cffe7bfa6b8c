package browsertest_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/contracts"
	"modelmarket/internal/verify"
	"modelmarket/web/browsertest"
)

// Accounts of the version test: the owner mints and publishes; the other
// only looks (and is refused).
const (
	versionOwnerAccount = 8
	versionOtherAccount = 2
)

// writeSafetensors writes a small safetensors file with one F32 tensor of
// rows×8 (so rows*8 parameters) and returns its path and sha256.
func writeSafetensors(t *testing.T, dir, name string, rows int) (string, [32]byte) {
	t.Helper()
	n := rows * 8 * 4
	header, _ := json.Marshal(map[string]any{
		"__metadata__": map[string]string{"format": "pt"},
		"w.weight":     map[string]any{"dtype": "F32", "shape": []int{rows, 8}, "data_offsets": []int{0, n}},
	})
	for len(header)%8 != 0 {
		header = append(header, ' ')
	}
	var buf bytes.Buffer
	binary.Write(&buf, binary.LittleEndian, uint64(len(header)))
	buf.Write(header)
	data := make([]byte, n)
	for i := range data {
		data[i] = byte(i * rows)
	}
	buf.Write(data)
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p, sha256.Sum256(buf.Bytes())
}

// uploadWithCard uploads one file (unencrypted) on /upload and saves its card.
func uploadWithCard(t *testing.T, p *browsertest.Page, path, card string) {
	t.Helper()
	p.Go("/upload")
	p.WaitVisible("[data-upload-zone]")
	p.Click("[data-upload-encrypt]")
	p.Run("choose the file", chromedp.SetUploadFiles("[data-upload-input]", []string{path}, chromedp.ByQuery))
	row := `[data-upload-item="` + filepath.Base(path) + `"][data-state="done"]`
	p.WaitVisible(row + " [data-upload-card-link]")
	p.Click(row + " [data-upload-card-link]")
	p.WaitVisible("[data-card-source]")
	p.Run("write the card", browsertest.SetValue("[data-card-source]", card))
	p.Click("[data-card-save]")
	p.WaitText("[data-card-saved]", "Draft saved.")
}

// TestVersions_PublishInBrowserHistoryVerifyNonOwner: the owner of a minted
// token publishes version 2 from another upload on the publish page (card
// diff, note, wallet step); the token page's history shows both versions
// with their digests and the parameter change; version 1's file still
// verifies on chain (verify.Service.Lookup) and its files page shows its
// digest; another account sees no publish button and is refused by the
// page and the API in words.
func TestVersions_PublishInBrowserHistoryVerifyNonOwner(t *testing.T) {
	env := browsertest.Shared(t)
	dir := t.TempDir()
	v1Path, v1Sum := writeSafetensors(t, dir, "vlm-v1.safetensors", 16)
	v2Path, v2Sum := writeSafetensors(t, dir, "vlm-v2.safetensors", 24)

	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: versionOwnerAccount}})
	p.Go("/")
	p.SignIn()
	token := mintThroughPages(t, p, v1Path, "---\nlicense: apache-2.0\n---\n# Versioned LM\n\nFirst release.\nTrained for one epoch.\n", false)
	waitIndexed(p, token, "[data-token-title]", "Versioned LM") // the metadata is read, so the publish page can compare

	uploadWithCard(t, p, v2Path, "---\nlicense: apache-2.0\n---\n# Versioned LM\n\nFirst release.\nTrained for three epochs.\nNow with a bigger head.\n")

	p.Go(token)
	p.WaitVisible("[data-publish-version]")
	p.Click("[data-publish-version]")
	p.WaitVisible("[data-publish-upload]")
	var uploadID string
	p.Eval(`[...document.querySelectorAll('[data-publish-upload] option')].find((o) => o.textContent.startsWith('vlm-v2.safetensors'))?.value ?? ''`, &uploadID)
	if uploadID == "" {
		t.Fatal("the publish page does not offer the new upload")
	}
	// Choosing submits the form (js/version.js): the page comes back with the changes.
	p.Run("choose the upload", browsertest.SetValue("[data-publish-upload]", uploadID))
	p.WaitVisible("[data-card-diff]")
	if got := p.Text(`[data-publish-sha256]`); got != hex.EncodeToString(v2Sum[:]) {
		t.Errorf("publish page shows sha256 %q, want the new file's", got)
	}
	if got := p.Text(`[data-diff="del"]`); !strings.Contains(got, "Trained for one epoch.") {
		t.Errorf("diff's removed line = %q", got)
	}
	var added string
	p.Eval(`[...document.querySelectorAll('[data-diff="add"]')].map((e) => e.textContent).join('\n')`, &added)
	if !strings.Contains(added, "Trained for three epochs.") || !strings.Contains(added, "Now with a bigger head.") {
		t.Errorf("diff's added lines = %q", added)
	}
	if got := p.Text("[data-publish-params]"); !strings.Contains(got, "128 → 192") || !strings.Contains(got, "+64") {
		t.Errorf("parameter change on the publish page = %q", got)
	}
	p.Run("write the note", browsertest.SetValue("[data-version-note-input]", "Three epochs, bigger head."))
	p.FullScreenshot("publish-page")
	p.Click(`[data-tx-button="version"]`)
	p.WaitText(`[data-tx-status="version"]`, "Version 2 published, confirmed in block")
	p.WaitVisible("[data-publish-done]")
	p.FullScreenshot("publish-confirmed")
	noCSPViolations(t, p)

	waitIndexed(p, token, "[data-version-history]", "Version 2")
	if got := p.Text(`[data-version="2"] [data-version-note]`); got != "Three epochs, bigger head." {
		t.Errorf("version 2 note = %q", got)
	}
	for n, sum := range map[string][32]byte{"1": v1Sum, "2": v2Sum} {
		if got := p.Text(`[data-version="` + n + `"] [data-version-digest]`); got != "0x"+hex.EncodeToString(sum[:]) {
			t.Errorf("version %s digest shown %q, want the file's sha256", n, got)
		}
		var href string
		p.Eval(`document.querySelector('[data-version="`+n+`"] [data-version-files]').getAttribute('href')`, &href)
		if href != token+"/files?version="+n {
			t.Errorf("version %s files link %q", n, href)
		}
	}
	if got := p.Text(`[data-version="2"] [data-version-params]`); !strings.Contains(got, "+64") {
		t.Errorf("version 2 parameter change = %q", got)
	}
	if !p.Exists(`[data-version="2"][data-latest]`) || p.Exists(`[data-version="1"][data-latest]`) {
		t.Error("the latest mark is not on version 2 alone")
	}
	p.FullScreenshot("version-history")

	// Version 1's file still verifies on chain, as version 1 of this token (not the latest).
	addrs, err := contracts.LoadAddresses(filepath.Join(env.App.DataDir, "contracts.json"))
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.Dial(env.App.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	vs, err := verify.New(eth, addrs)
	if err != nil {
		t.Fatal(err)
	}
	tokenID, _ := new(big.Int).SetString(strings.TrimPrefix(token, "/token/"), 10)
	for _, tc := range []struct {
		sum     [32]byte
		version uint64
		latest  bool
	}{{v1Sum, 1, false}, {v2Sum, 2, true}} {
		res, err := vs.Lookup(context.Background(), tc.sum)
		if err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, m := range res.Matches {
			if m.Token.ID.Cmp(tokenID) == 0 && m.Token.Versions == 2 && len(m.Records) == 1 && m.Records[0].Version == tc.version && m.Latest() == tc.latest {
				found = true
			}
		}
		if !found {
			t.Errorf("verify lookup of version %d's sha256: %+v; want token %s version %d (latest %v)", tc.version, res.Matches, tokenID, tc.version, tc.latest)
		}
	}
	// The owner downloads version 1 with its own on-chain digest.
	p.Go(token + "/files?version=1")
	p.WaitVisible("[data-download-files]")
	if got := p.Text("[data-download-chain-digest]"); got != hex.EncodeToString(v1Sum[:]) {
		t.Errorf("version 1 files page shows on-chain digest %q, want %x", got, v1Sum)
	}

	// Another account: no publish button; the page and the API refuse in words.
	o := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: versionOtherAccount}})
	o.Go("/")
	o.SignIn()
	o.Go(token)
	o.WaitVisible("[data-version-history]")
	if o.Exists("[data-publish-version]") {
		t.Error("a non-owner sees the publish button")
	}
	var answer struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	}
	o.Eval(`fetch('/api/tx/version', {method: 'POST', credentials: 'same-origin',
		headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': document.querySelector('meta[name="csrf-token"]').content},
		body: JSON.stringify({token_id: '`+tokenID.String()+`', upload_id: '`+uploadID+`', note: 'mine now'})})
		.then(async (r) => ({status: r.status, message: (await r.json()).error?.message ?? ''}))`, &answer)
	if answer.Status != 403 || !strings.Contains(answer.Message, "Only the owner of token #"+tokenID.String()) {
		t.Errorf("non-owner POST /api/tx/version = %d %q; want 403 in words", answer.Status, answer.Message)
	}
	o.Go(token + "/publish")
	o.WaitText("body", "Only the owner of token #"+tokenID.String())
	o.FullScreenshot("publish-refused")
}
