package browsertest_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"modelmarket/web/browsertest"
)

// Dev accounts 3 (admin, named by --admin) and 4 (a person who reports).
const (
	modAdminAccount = 3
	modAdminAddress = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
	modUserAccount  = 4
	modTokenID      = 910001
	modOwner        = "0x5eed0000000000000000000000000000000f00d5"
)

// seedModeration writes a token ("Orrery lantern") and a few sales over
// the last days into the app's read model, as the indexer would.
func seedModeration(t *testing.T, env *browsertest.Env) {
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
	now := time.Now().UTC()
	for i, title := range []string{"Orrery lantern", "Orrery tide chart"} {
		id := modTokenID + i
		err := db.Exec(`INSERT INTO tokens (token_id, creator, owner, metadata_cid, digest, royalty_receiver, royalty_bps,
			minted_block, minted_at, mint_tx, metadata_state, kind, title, description, tags, format, license)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			id, modOwner, modOwner, "bafymeta", "0x00", modOwner, 500, 1, now.Add(-time.Hour), fmt.Sprintf("0x%064x", id), "ok",
			"art", title, "A brass orrery, drawn in ink.", "orrery", "png", "cc-by-4.0").Error
		if err != nil {
			t.Fatal(err)
		}
	}
	for i, daysAgo := range []int{0, 1, 1, 3, 4, 4, 4, 6, 9, 12} {
		err := db.Exec(`INSERT INTO chain_events (tx_hash, log_index, block_number, block_hash, block_time, contract, kind,
			token_id, account, counterparty, amount, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
			fmt.Sprintf("0x%064x", 0xa0d0+i), 0, 1, "0x00", now.Add(-time.Duration(daysAgo)*24*time.Hour), "0x00", "sold",
			modTokenID+1, modOwner, "0x5eed00000000000000000000000000000000b0b0", "1000000000000000000", "{}").Error
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestModeration_ReportHideAuditRestore: a person reports a token; an admin
// signs in, hides it with a reason; it vanishes from search and browse; the
// audit log shows the action; restore brings it back.
func TestModeration_ReportHideAuditRestore(t *testing.T) {
	env := browsertest.Start(t, "--admin", modAdminAddress)
	seedModeration(t, env)
	cards := func(p *browsertest.Page) string {
		var ids string
		p.Eval(`[...document.querySelectorAll("[data-token-card]")].map(e => e.dataset.tokenCard).join(",")`, &ids)
		return ids
	}

	// A person reports the token from its page.
	user := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: modUserAccount}})
	user.Go(fmt.Sprintf("/token/%d", modTokenID))
	user.SignIn()
	user.Click("[data-report-link]")
	user.WaitVisible("[data-report-form]")
	user.Click(`[data-reason="copyright"]`)
	user.Run("note", browsertest.Type("[data-report-note]", "This is my engraving from 2019, copied without permission."))
	user.FullScreenshot("report-form")
	user.Click("[data-report-submit]")
	user.WaitText("[data-report-done]", "your report is in the queue")

	// The admin is sent to sign in, then on to the queue.
	admin := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: modAdminAccount}})
	admin.Go("/admin/queue")
	admin.WaitVisible("[data-signin-page]")
	admin.SignIn()
	admin.WaitVisible("[data-queue]")
	admin.WaitText(fmt.Sprintf(`[data-queue-item="token:%d"] [data-open-count]`, modTokenID), "1")
	if text := admin.Text("[data-queue]"); !strings.Contains(text, "Orrery lantern") || !strings.Contains(text, "Copyright or other infringement × 1") {
		t.Fatalf("queue shows %q", text)
	}
	admin.FullScreenshot("admin-queue")

	// Hide with a reason.
	admin.Click("[data-case-link]")
	admin.WaitText("[data-case-title]", "Orrery lantern")
	admin.Click(`[data-act="hide"]`) // no reason yet: the browser asks for one, nothing is sent
	if admin.Exists("[data-case-done]") {
		t.Fatal("hid without a reason")
	}
	admin.Run("reason", browsertest.Type("[data-act-reason]", "Copy of an engraving by the reporter (2019 original shown to us)."))
	admin.Click(`[data-act="hide"]`)
	admin.WaitText("[data-case-done]", "Hid token")
	admin.WaitText("[data-case-state]", "Hidden by moderation")
	admin.FullScreenshot("admin-case-hidden")

	// It vanished from search and browse (the other orrery stays).
	user.Go("/browse?q=orrery")
	user.WaitText("[data-results-summary]", "1 result")
	if ids := cards(user); ids != fmt.Sprint(modTokenID+1) {
		t.Fatalf("search after hide shows %q", ids)
	}
	user.Go("/browse?creator=" + modOwner)
	user.WaitText("[data-results-summary]", "1 token")
	// Its page says why, and offers no trade.
	user.Go(fmt.Sprintf("/token/%d", modTokenID))
	user.WaitText("[data-hidden-reason]", "Copy of an engraving by the reporter")
	if user.Exists("[data-token-market]") {
		t.Fatal("hidden token page offers trading")
	}
	user.FullScreenshot("token-hidden")

	// The public audit log shows it.
	anon := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	anon.Go("/audit")
	anon.WaitText("[data-audit-action]", "Hid token")
	if text := anon.Text("[data-audit-entry]"); !strings.Contains(text, "Copy of an engraving") || !strings.Contains(text, fmt.Sprintf("Token #%d", modTokenID)) {
		t.Fatalf("audit entry reads %q", text)
	}
	anon.FullScreenshot("audit-log")

	// Restore brings it back.
	admin.Go(fmt.Sprintf("/admin/case?target=token:%d", modTokenID))
	admin.Run("reason", browsertest.Type("[data-act-reason]", "Reporter withdrew the claim."))
	admin.Click(`[data-act="restore"]`)
	admin.WaitText("[data-case-done]", "Restored token")
	user.Go("/browse?q=orrery")
	user.WaitText("[data-results-summary]", "2 results")
	anon.Go("/audit")
	anon.WaitText("[data-audit-action]", "Restored token")

	// The dashboard: counts and the chart of sales per day.
	admin.Go("/admin")
	admin.WaitText("[data-admin-stats]", "Actions this week")
	admin.WaitText("[data-chart-total]", "10 sales in 14 days")
	var bars int
	admin.Eval(`document.querySelectorAll('[data-chart] rect[data-series="sales"]').length`, &bars)
	if bars != 14 {
		t.Fatalf("chart has %d sales bars, want 14", bars)
	}
	admin.FullScreenshot("admin-dashboard")
	for _, p := range []*browsertest.Page{user, admin, anon} {
		for _, line := range p.Console() {
			if strings.Contains(line, "Content Security Policy") || strings.Contains(line, "Content-Security-Policy") {
				t.Errorf("CSP violation: %s", line)
			}
		}
	}
}
