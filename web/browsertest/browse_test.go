package browsertest_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"modelmarket/web/browsertest"
)

// browseCreator owns the tokens this test writes into the shared app's read
// model; its words ("quasar", …) appear in no other test's tokens, and the
// ids are far above what the dev chain mints.
const (
	browseCreator = "0x5eed00000000000000000000000000000000c0de"
	browseBuyer   = "0x5eed00000000000000000000000000000000b0b0"
)

var browseSeed = []struct {
	title, kind, format, description, price string // price in wei, "" = not listed
	offers                                  int
}{
	{"Quasar bloom", "art", "png", "A bloom of light around a quasar, in ink.", "250000000000000000", 1},
	{"Quasar-7B instruct", "model", "safetensors", "Instruction-tuned language model, 7B parameters.", "3000000000000000000", 1},
	{"Tidal glyphs", "art", "png", "Glyphs drawn by the tide.", "", 0},
	{"Lichen segmenter", "model", "onnx", "Segments lichen in field photos.", "120000000000000000", 0},
	{"Moth orchard", "art", "webp", "Night orchard full of moths.", "800000000000000000", 0},
	{"Basalt speech 1B", "model", "gguf", "Small speech model, quantized.", "", 1},
}

// seedBrowse writes the tokens and two sales straight into the shared app's
// SQLite read model, the way the indexer would.
func seedBrowse(t *testing.T, env *browsertest.Env) {
	t.Helper()
	db, err := gorm.Open(sqlite.Open("file:"+filepath.Join(env.App.DataDir, "market.db")+"?_pragma=busy_timeout(10000)"),
		&gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	}()
	at := time.Now().UTC().Add(-time.Hour)
	for i, s := range browseSeed {
		id, listed, key := 900001+i, s.price != "", ""
		if listed {
			key = strings.Repeat("0", 78-len(s.price)) + s.price
		}
		err := db.Exec(`INSERT INTO tokens (token_id, creator, owner, metadata_cid, digest, royalty_receiver, royalty_bps,
			minted_block, minted_at, mint_tx, metadata_state, kind, title, description, tags, format, license, listed, seller,
			price, price_key, offers_open) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			id, browseCreator, browseCreator, "bafymeta", "0x00", browseCreator, 500, 1+i, at.Add(time.Duration(i)*time.Minute),
			fmt.Sprintf("0x%064x", id), "ok", s.kind, s.title, s.description, "seeded", s.format, "cc-by-4.0", listed,
			map[bool]string{true: browseCreator}[listed], s.price, key, s.offers).Error
		if err != nil {
			t.Fatal(err)
		}
	}
	for i, price := range []string{"500000000000000000", "1500000000000000000"} {
		data := fmt.Sprintf(`{"royaltyReceiver":%q,"royalty":"0","fee":"0","proceeds":%q}`, browseCreator, price)
		err := db.Exec(`INSERT INTO chain_events (tx_hash, log_index, block_number, block_hash, block_time, contract, kind,
			token_id, account, counterparty, amount, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
			fmt.Sprintf("0x%064x", 0x5eed0+i), 0, 1, "0x00", at.Add(time.Duration(i)*time.Minute), "0x00", "sold",
			900003, browseCreator, browseBuyer, price, data).Error
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestBrowse_GridSearchFilterProfileHome(t *testing.T) {
	env := browsertest.Shared(t)
	seedBrowse(t, env)
	p := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	cards := func() int {
		var n int
		p.Eval(`document.querySelectorAll("[data-token-card]").length`, &n)
		return n
	}

	// The grid: the creator's six tokens, newest first, prices in ETH.
	p.Go("/browse?creator=" + browseCreator)
	p.WaitText("[data-results-summary]", "6 tokens")
	if n := cards(); n != 6 {
		t.Fatalf("grid shows %d cards, want 6", n)
	}
	if first := p.Text("[data-token-title]"); first != "Basalt speech 1B" {
		t.Errorf("first card %q, want the newest (Basalt speech 1B)", first)
	}
	if price := p.Text(`[data-token-card="900001"] [data-token-price]`); price != "0.25 ETH" {
		t.Errorf("Quasar bloom's price reads %q", price)
	}
	p.FullScreenshot("browse")

	// A search typed into the box: two quasars, the title match first.
	p.Run("search", browsertest.Type("[data-browse-q]", "quasar\n"))
	p.WaitText("[data-results-summary]", "2 results for “quasar”")
	var href string
	p.Eval(`location.search`, &href)
	if !strings.Contains(href, "q=quasar") || strings.Contains(href, "min_price=") {
		t.Errorf("search URL %q: want q=quasar and no empty fields", href)
	}
	if n := cards(); n != 2 {
		t.Fatalf("search shows %d cards, want 2", n)
	}

	// A filter applies on change: models only. The search's page is
	// parsed before its module runs: wait for the change listener.
	p.WaitVisible("[data-browse-form][data-browse-ready]")
	p.Run("choose models", chromedp.Evaluate(`(() => {
		const sel = document.querySelector("[data-filter-kind]");
		sel.value = "model";
		sel.dispatchEvent(new Event("change", {bubbles: true}));
	})()`, nil))
	p.WaitText("[data-results-summary]", "1 result for “quasar”")
	if title := p.Text("[data-token-title]"); title != "Quasar-7B instruct" {
		t.Errorf("models about quasar: %q", title)
	}
	p.WaitVisible("[data-browse-form][data-browse-ready]")
	p.Click("[data-filter-license]") // licenses available, still models about quasar
	// The change navigates: wait for the new page, or the next p.Go races it
	// (and the old page's summary would satisfy the check below).
	for deadline := time.Now().Add(browsertest.Timeout); ; time.Sleep(50 * time.Millisecond) {
		var done bool
		p.Eval(`location.search.includes('license=') && document.readyState === 'complete'`, &done)
		if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("checking “licenses available” never loaded the filtered page")
		}
	}
	p.WaitVisible(`[data-filter-license]:checked`)
	p.WaitText("[data-results-summary]", "1 result")

	// Nothing matches: the empty state says what to do.
	p.Go("/browse?q=zzzquasarnothing")
	p.WaitText("[data-empty]", "Nothing matches")
	p.FullScreenshot("browse-empty")

	// Bad input is a page in words, not a 500.
	p.Go("/browse?min_price=cheap")
	if body := p.Text("main"); !strings.Contains(body, "minimum price must be an amount of ETH") {
		t.Errorf("bad price page: %.200s", body)
	}

	// The creator's profile: counts, sales and earnings.
	p.Go("/browse?creator=" + browseCreator)
	p.Click(`[data-token-card="900001"] .grid-creator`)
	p.WaitVisible("[data-profile-stats]")
	var stats string
	p.Eval(`[...document.querySelectorAll("[data-profile-stats] div")].map(d => d.querySelector("dt").textContent + "=" + d.querySelector("dd").textContent).join(" ")`, &stats)
	if !strings.Contains(stats, "Created=6") || !strings.Contains(stats, "Listed=4") || !strings.Contains(stats, "Sold=2") {
		t.Errorf("profile stats: %q", stats)
	}
	p.WaitText("[data-profile-earnings]", "2 ETH")
	p.WaitText(`[data-section="sold"]`, "#900003")
	p.FullScreenshot("profile")

	p.Go("/profile/0x1234")
	if body := p.Text("main"); !strings.Contains(body, "not an address") {
		t.Errorf("bad profile page: %.200s", body)
	}

	// Home: newest, recently sold, top creators.
	p.Go("/")
	p.WaitVisible("[data-home-market]")
	p.WaitText("[data-home-sold]", "Tidal glyphs")
	p.WaitText("[data-home-creators]", "2 ETH")
	p.FullScreenshot("home")
	for _, line := range p.Console() {
		if strings.Contains(line, "Content Security Policy") || strings.Contains(line, "exception") {
			t.Errorf("console: %s", line)
		}
	}
}
