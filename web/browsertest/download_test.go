package browsertest_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"modelmarket/web/browsertest"
)

// Accounts of the download test: the owner mints, the stranger holds nothing.
const (
	downloadOwnerAccount    = 5
	downloadStrangerAccount = 6
)

// TestDownload_OwnerGetsGatedFileStrangerGetsWhy: a safetensors file
// uploaded encrypted and minted through the pages is listed on its files
// page with its sha256 beside the on-chain digest; the browser downloads
// it (decrypted by the real binary with its master key) and its sha256 is
// the chain's. Another signed-in account gets the page saying it needs a
// license; a signed-out browser the page saying to sign in.
func TestDownload_OwnerGetsGatedFileStrangerGetsWhy(t *testing.T) {
	env := browsertest.Shared(t)
	dir := t.TempDir()
	path := testSafetensors(t, dir)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	want := hex.EncodeToString(sum[:])

	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: downloadOwnerAccount}})
	p.Go("/")
	p.SignIn()
	token := mintThroughPages(t, p, path, "---\nlicense: apache-2.0\n---\n# Gated Download LM\n\nEncrypted weights.\n", true)

	p.Go(token + "/files")
	p.WaitVisible("[data-download-files]")
	if got := p.Text("[data-download-chain-digest]"); got != want {
		t.Fatalf("on-chain digest shown %q, want the file's sha256 %s", got, want)
	}
	if got := p.Text(`[data-download-check]`); !strings.Contains(got, "match the chain") {
		t.Errorf("digest check says %q", got)
	}
	if !strings.Contains(p.Text("[data-download-files]"), "encrypted") {
		t.Error("the gated file is not marked encrypted")
	}
	var got string
	p.Eval(`fetch(document.querySelector('[data-download-link]').href)
		.then((r) => { if (!r.ok) throw new Error('status ' + r.status); return r.arrayBuffer(); })
		.then((b) => crypto.subtle.digest('SHA-256', b))
		.then((d) => Array.from(new Uint8Array(d), (x) => x.toString(16).padStart(2, '0')).join(''))`, &got)
	if got != want {
		t.Fatalf("downloaded sha256 %s, want %s", got, want)
	}
	p.FullScreenshot("download-files")
	noCSPViolations(t, p)

	s := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: downloadStrangerAccount}})
	s.Go("/")
	s.SignIn()
	s.Go(token + "/files")
	s.WaitVisible(`[data-download-denied="no-license"]`)
	if !s.Exists("[data-download-offers]") {
		t.Error("the refusal has no link to the offers")
	}
	s.FullScreenshot("download-denied-no-license")

	anon := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	anon.Go(token + "/files")
	anon.WaitVisible(`[data-download-denied="sign-in"]`)
	anon.FullScreenshot("download-denied-sign-in")
}
