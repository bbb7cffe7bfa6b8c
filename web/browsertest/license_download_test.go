package browsertest_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/rpc"

	"modelmarket/web/browsertest"
)

// Accounts of the license download test (on its own app and chain): the
// owner mints and publishes, buyer A takes the 30-day license, buyer B the
// perpetual one.
const (
	licDownOwnerAccount = 3
	licDownBuyerA       = 1
	licDownBuyerB       = 2
)

// TestLicenseDownload_ExpiresByChainClockPerpetualStays: the owner mints an
// encrypted safetensors file through the pages and publishes a 30-day
// (cap 1) and a perpetual offer; buyer A buys the 30-day license in the
// page (the offer then shows sold out) and downloads the file, whose sha256 is the chain's digest. The dev chain's
// clock then jumps 31 days (devtime_increaseTime): buyer A's files page is
// "Your license has expired" and the file URL refuses; buyer B's perpetual
// license still downloads the same bytes. Its own app and chain: the jump
// would skew other tests' wall-clock expectations on the shared one.
func TestLicenseDownload_ExpiresByChainClockPerpetualStays(t *testing.T) {
	began := time.Now()
	env := browsertest.Start(t)
	t.Logf("private app and browser started in %s", time.Since(began).Round(time.Millisecond))
	path := testSafetensors(t, t.TempDir())
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	want := hex.EncodeToString(sum[:])

	// ---- the owner mints the file and publishes two offers ----
	op := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: licDownOwnerAccount}})
	op.Go("/")
	op.SignIn()
	token := mintThroughPages(t, op, path, "---\nlicense: apache-2.0\n---\n# Licensed Download LM\n\nWeights for license holders.\n", true)
	waitIndexed(op, token, "[data-license-offers]", "Licenses")
	publishOffer(t, op, "30", "1", 1)
	publishOffer(t, op, "", "", 2)
	offers := map[string]string{} // duration words → offer id
	var rows [][]string
	op.Eval(`Array.from(document.querySelectorAll('[data-offer]'), (o) => [o.querySelector('.offer-facts dd').textContent.trim(), o.dataset.offer])`, &rows)
	for _, r := range rows {
		offers[r[0]] = r[1]
	}
	monthly, perpetual := offers["30 days"], offers["Perpetual"]
	if monthly == "" || perpetual == "" {
		t.Fatalf("published offers %v, want a 30-day and a perpetual one", rows)
	}

	// ---- buyer A: the 30-day license, then the file ----
	a := buyLicense(t, env, licDownBuyerA, token, monthly)
	a.Go(token) // the 30-day offer had a cap of 1
	a.WaitText(`[data-offer="`+monthly+`"] [data-offer-supply]`, "Sold out (1 of 1)")
	a.Go(token + "/files")
	a.WaitVisible("[data-download-files]")
	if got := a.Text("[data-download-chain-digest]"); got != want {
		t.Fatalf("on-chain digest shown %q, want the file's sha256 %s", got, want)
	}
	if got := downloadSHA256(a); got != want {
		t.Fatalf("buyer A downloaded sha256 %q, want %s", got, want)
	}
	var fileURL string
	a.Eval(`document.querySelector('[data-download-link]').href`, &fileURL)

	// ---- buyer B: the perpetual license ----
	b := buyLicense(t, env, licDownBuyerB, token, perpetual)

	// ---- 31 days later, by the chain's clock ----
	rc, err := rpc.Dial(env.App.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var now uint64
	if err := rc.CallContext(ctx, &now, "devtime_increaseTime", uint64(31*24*60*60)); err != nil {
		t.Fatalf("devtime_increaseTime: %v", err)
	}
	if jumped := time.Unix(int64(now), 0); jumped.Before(time.Now().Add(30 * 24 * time.Hour)) {
		t.Fatalf("chain time after the jump %s, want 31 days ahead", jumped)
	}

	a.Go(token + "/files")
	a.WaitVisible(`[data-download-denied="expired"]`)
	a.WaitText("h1", "Your license has expired")
	if msg := a.Text(".lead"); !strings.Contains(msg, "by the chain's clock") {
		t.Errorf("expired page says %q", msg)
	}
	if !a.Exists("[data-download-offers]") {
		t.Error("the expired page has no link to the offers to renew")
	}
	var status int
	a.Eval(`fetch('`+fileURL+`').then((r) => r.status)`, &status)
	if status != 403 {
		t.Errorf("the file URL after expiry answered %d, want 403", status)
	}
	a.FullScreenshot("license-download-expired")
	noCSPViolations(t, a)

	b.Go(token + "/files")
	b.WaitVisible("[data-download-files]")
	if got := downloadSHA256(b); got != want {
		t.Fatalf("perpetual licensee downloaded sha256 %q after the jump, want %s", got, want)
	}
	b.FullScreenshot("license-download-perpetual")
	t.Logf("test took %s", time.Since(began).Round(time.Millisecond))
}

// publishOffer fills and submits the owner's offer form (days empty is
// perpetual, cap empty unlimited) and waits for the reloaded page to list
// n offers.
func publishOffer(t *testing.T, op *browsertest.Page, days, supplyCap string, n int) {
	t.Helper()
	op.WaitVisible(`[data-license-offers][data-license-ready]`)
	// Evaluate, not SetValue: chromedp cannot set an empty value (perpetual).
	// The terms stay the form's default template.
	op.Run("fill the offer", chromedp.Evaluate(`(() => {
		document.querySelector('[data-offer-price]').value = '0.01';
		document.querySelector('[data-offer-days]').value = '`+days+`';
		document.querySelector('[data-offer-cap]').value = '`+supplyCap+`';
	})()`, nil))
	op.Click(`[data-offer-form] button[type="submit"]`)
	op.WaitText(`[data-tx-status="publish"]`, "confirmed in block")
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		var count int
		op.Eval(`document.querySelectorAll('[data-offer][data-offer-state="open"]').length`, &count)
		if count == n && op.Exists(`[data-license-offers][data-license-ready]`) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after publishing, the page lists %d open offers, want %d", count, n)
		}
	}
}

// buyLicense signs account in on a fresh page and buys offer id on token's page.
func buyLicense(t *testing.T, env *browsertest.Env, account int, token, id string) *browsertest.Page {
	t.Helper()
	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: account}})
	p.Go("/")
	p.SignIn()
	p.Go(token)
	p.WaitVisible(`[data-license-offers][data-license-ready]`)
	p.Click(`[data-offer-buy="` + id + `"]`)
	p.WaitVisible(`[data-offer-confirm="` + id + `"]`)
	p.Click(`[data-offer-pay="` + id + `"]`)
	p.WaitText(`[data-offer="`+id+`"] [data-tx-status][data-state="confirmed"]`, "License purchase confirmed in block")
	return p
}

// downloadSHA256 fetches the files page's download link in the browser and
// returns the body's sha256 in hex.
func downloadSHA256(p *browsertest.Page) string {
	var got string
	p.Eval(`fetch(document.querySelector('[data-download-link]').href)
		.then((r) => { if (!r.ok) throw new Error('status ' + r.status); return r.arrayBuffer(); })
		.then((b) => crypto.subtle.digest('SHA-256', b))
		.then((d) => Array.from(new Uint8Array(d), (x) => x.toString(16).padStart(2, '0')).join(''))`, &got)
	return got
}
