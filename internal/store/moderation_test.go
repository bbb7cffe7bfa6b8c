package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/internal/apperr"
	"modelmarket/internal/listing"
	"modelmarket/internal/moderation"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/wallet"
)

const (
	modAdmin    = "0xad00000000000000000000000000000000000001"
	modReporter = "0x5e00000000000000000000000000000000000002"
)

func newModeration(t *testing.T, st *store.Store, now func() time.Time) *moderation.Service {
	t.Helper()
	svc, err := moderation.NewService(moderation.Config{Store: st, Admins: []string{modAdmin}, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return svc
}

func TestModeration_ReportFloodControl(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		now := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
		svc := newModeration(t, st, func() time.Time { return now })

		tok := moderation.TokenTargetOf(7)
		if _, err := svc.Report(ctx, modReporter, tok, moderation.ReasonCopyright, "my drawing"); err != nil {
			t.Fatal(err)
		}
		_, err := svc.Report(ctx, modReporter, tok, moderation.ReasonOther, "again")
		if apperr.KindOf(err) != apperr.Conflict || !strings.Contains(apperr.Message(err), "already reported") {
			t.Fatalf("second open report on one target: %v", err)
		}
		// Another reporter may report the same token.
		if _, err := svc.Report(ctx, addr(1), tok, moderation.ReasonMalware, ""); err != nil {
			t.Fatal(err)
		}
		// Nine more targets fill the hour's ten; the eleventh is refused in words.
		for i := 1; i <= 9; i++ {
			if _, err := svc.Report(ctx, modReporter, moderation.TokenTargetOf(uint64(100+i)), moderation.ReasonOther, ""); err != nil {
				t.Fatalf("report %d: %v", i, err)
			}
		}
		_, err = svc.Report(ctx, modReporter, moderation.TokenTargetOf(200), moderation.ReasonOther, "")
		if apperr.KindOf(err) != apperr.Forbidden || !strings.Contains(apperr.Message(err), "10 reports in the last hour") {
			t.Fatalf("eleventh report in an hour: %v", err)
		}
		// An hour later, and after a dismissal closed the open one, the
		// reporter may report token 7 again.
		if _, err := svc.Act(ctx, modAdmin, tok, moderation.ActionDismiss, "not infringing"); err != nil {
			t.Fatal(err)
		}
		now = now.Add(61 * time.Minute)
		if _, err := svc.Report(ctx, modReporter, tok, moderation.ReasonCopyright, "still mine"); err != nil {
			t.Fatalf("report after dismissal: %v", err)
		}
		reports, err := st.Reports(ctx, tok, 10)
		if err != nil {
			t.Fatal(err)
		}
		var statuses []string
		for _, r := range reports {
			statuses = append(statuses, string(r.Status))
		}
		if got := strings.Join(statuses, ","); got != "open,dismissed,dismissed" {
			t.Fatalf("statuses newest first = %s", got)
		}
		q, err := svc.Queue(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(q) != 10 || q[0].Open != 1 {
			t.Fatalf("queue: %d targets, first %+v", len(q), q[0])
		}
	})
}

func TestModeration_HiddenTokensVanishFromBrowseSearchHomeProfiles(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		db := rawDB(t, target)
		insertTokens(t, db, catalogue(30))
		insertEvents(t, db, []seedEvent{{TxHash: "0xs1", Block: 40, Kind: "sold", TokenID: 1, Account: addr(1), Counterparty: addr(2), Amount: eth(5)}})
		svc := newModeration(t, st, nil)
		creator := addr(1) // token 1's creator and royalty receiver

		visible := func() (search, browse int, newest, sold, created bool) {
			t.Helper()
			p, err := st.SearchTokens(ctx, listing.Query{Text: "zephyrine", Sort: listing.SortRelevance})
			if err != nil {
				t.Fatal(err)
			}
			for _, tok := range p.Tokens {
				if tok.ID == 1 {
					search++
				}
			}
			all, err := st.SearchTokens(ctx, listing.Query{PerPage: 50})
			if err != nil {
				t.Fatal(err)
			}
			browse = all.Total
			nt, err := st.NewestTokens(ctx, 50)
			if err != nil {
				t.Fatal(err)
			}
			for _, tok := range nt {
				newest = newest || tok.ID == 1
			}
			rs, err := st.RecentlySold(ctx, 10)
			if err != nil {
				t.Fatal(err)
			}
			sold = len(rs) == 1
			prof, err := st.Profile(ctx, creator)
			if err != nil {
				t.Fatal(err)
			}
			for _, tok := range prof.Created {
				created = created || tok.ID == 1
			}
			return
		}
		if s, b, n, sold, c := visible(); s != 1 || b != 30 || !n || !sold || !c {
			t.Fatalf("before hide: search %d, browse %d, newest %v, sold %v, profile %v", s, b, n, sold, c)
		}
		if _, err := svc.Report(ctx, modReporter, moderation.TokenTargetOf(1), moderation.ReasonCopyright, "copied"); err != nil {
			t.Fatal(err)
		}
		e, err := svc.Act(ctx, modAdmin, moderation.TokenTargetOf(1), moderation.ActionHide, "Copies a living artist's work.")
		if err != nil {
			t.Fatal(err)
		}
		if e.Seq != 1 || e.PrevHash != moderation.GenesisHash {
			t.Fatalf("first entry %+v", e)
		}
		if s, b, n, sold, c := visible(); s != 0 || b != 29 || n || sold || c {
			t.Fatalf("after hide: search %d, browse %d, newest %v, sold %v, profile %v", s, b, n, sold, c)
		}
		if err := svc.CheckTradable(ctx, 1); apperr.KindOf(err) != apperr.Forbidden || !strings.Contains(apperr.Message(err), "Copies a living artist's work.") {
			t.Fatalf("trade on hidden token: %v", err)
		}
		if _, err := svc.Act(ctx, modAdmin, moderation.TokenTargetOf(1), moderation.ActionHide, "again"); apperr.KindOf(err) != apperr.Conflict {
			t.Fatalf("hide twice: %v", err)
		}
		c, err := svc.Case(ctx, moderation.TokenTargetOf(1))
		if err != nil {
			t.Fatal(err)
		}
		if c.Hidden == nil || len(c.Reports) != 1 || c.Reports[0].Status != moderation.ReportActioned || c.Reports[0].AuditSeq != 1 || len(c.Entries) != 1 {
			t.Fatalf("case after hide: %+v", c)
		}
		if _, err := svc.Act(ctx, modAdmin, moderation.TokenTargetOf(1), moderation.ActionRestore, "Licensed after all."); err != nil {
			t.Fatal(err)
		}
		if s, b, n, sold, c := visible(); s != 1 || b != 30 || !n || !sold || !c {
			t.Fatalf("after restore: search %d, browse %d, newest %v, sold %v, profile %v", s, b, n, sold, c)
		}
		if err := svc.CheckTradable(ctx, 1); err != nil {
			t.Fatalf("restored token: %v", err)
		}
	})
}

func TestModeration_BanEndsSessionsAndRefuses(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		svc := newModeration(t, st, nil)
		bad := "0xBad0000000000000000000000000000000000BAD" // sessions keep the EIP-55 form
		now := time.Now().UTC()
		for _, id := range []string{"s1", "s2"} {
			if err := st.CreateSession(ctx, wallet.Session{IDHash: id, Address: common.HexToAddress(bad), ChainID: 1337, CSRFToken: "x",
				CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(time.Hour)}); err != nil {
				t.Fatal(err)
			}
		}
		acct, _ := moderation.AccountTargetOf(bad)
		if _, err := svc.Act(ctx, modAdmin, acct, moderation.ActionBan, "Sells stolen weights."); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Session(ctx, "s1"); !errors.Is(err, wallet.ErrNotFound) {
			t.Fatalf("session after ban: %v", err)
		}
		err := svc.CheckBanned(ctx, bad)
		if apperr.KindOf(err) != apperr.Forbidden || apperr.Message(err) != "This address is banned from this marketplace: Sells stolen weights." {
			t.Fatalf("banned: %v", err)
		}
		if _, err := svc.Report(ctx, bad, moderation.TokenTargetOf(3), moderation.ReasonOther, ""); apperr.KindOf(err) != apperr.Forbidden {
			t.Fatalf("banned reporter: %v", err)
		}
		// An admin cannot be banned; a configured admin cannot be revoked.
		adminTarget, _ := moderation.AccountTargetOf(modAdmin)
		if _, err := svc.Act(ctx, modAdmin, adminTarget, moderation.ActionBan, "oops"); apperr.KindOf(err) != apperr.Forbidden {
			t.Fatalf("ban an admin: %v", err)
		}
		if _, err := svc.Act(ctx, modAdmin, adminTarget, moderation.ActionRevoke, "oops"); apperr.KindOf(err) != apperr.Forbidden {
			t.Fatalf("revoke a configured admin: %v", err)
		}
		// A non-admin cannot act; a granted admin can, until revoked.
		other, _ := moderation.AccountTargetOf(addr(5))
		if _, err := svc.Act(ctx, addr(5), acct, moderation.ActionUnban, "let me"); apperr.KindOf(err) != apperr.Forbidden {
			t.Fatalf("non-admin acts: %v", err)
		}
		if _, err := svc.Act(ctx, modAdmin, other, moderation.ActionGrant, "New moderator."); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Act(ctx, addr(5), acct, moderation.ActionUnban, "Appeal accepted."); err != nil {
			t.Fatalf("granted admin acts: %v", err)
		}
		if err := svc.CheckBanned(ctx, bad); err != nil {
			t.Fatalf("after unban: %v", err)
		}
		if _, err := svc.Act(ctx, modAdmin, other, moderation.ActionRevoke, "Stepped down."); err != nil {
			t.Fatal(err)
		}
		if ok, err := svc.IsAdmin(ctx, addr(5)); ok || err != nil {
			t.Fatalf("revoked admin: %v %v", ok, err)
		}
		if _, err := svc.Act(ctx, modAdmin, acct, moderation.ActionHide, "tokens only"); apperr.KindOf(err) != apperr.Invalid {
			t.Fatalf("hide an account: %v", err)
		}
		if _, err := svc.Act(ctx, modAdmin, acct, moderation.ActionBan, " "); apperr.KindOf(err) != apperr.Invalid {
			t.Fatalf("ban without a reason: %v", err)
		}
	})
}

func TestAudit_EditedEntryIsNamed(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		svc := newModeration(t, st, nil)
		for i := 1; i <= 4; i++ {
			if _, err := svc.Act(ctx, modAdmin, moderation.TokenTargetOf(uint64(i)), moderation.ActionHide, fmt.Sprintf("reason %d — “quoted”\nline two", i)); err != nil {
				t.Fatal(err)
			}
		}
		n, head, err := moderation.Verify(ctx, st)
		if err != nil || n != 4 || head.Seq != 4 {
			t.Fatalf("verify: %d %v %v", n, head, err)
		}
		db := rawDB(t, target)
		edits := []struct {
			name, sql string
			args      []any
		}{
			{"reason", `UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 2`, nil},
			{"admin", `UPDATE audit_log SET admin = '0x0000000000000000000000000000000000000000' WHERE seq = 2`, nil},
			{"target", `UPDATE audit_log SET target = 'token:99' WHERE seq = 2`, nil},
			{"action", `UPDATE audit_log SET action = 'restore' WHERE seq = 2`, nil},
			{"time", `UPDATE audit_log SET at = ? WHERE seq = 2`, []any{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}},
			{"deleted", `DELETE FROM audit_log WHERE seq = 2`, nil},
		}
		for _, ed := range edits {
			t.Run(ed.name, func(t *testing.T) {
				var saved []map[string]any
				if err := db.Raw(`SELECT * FROM audit_log WHERE seq = 2`).Scan(&saved).Error; err != nil || len(saved) != 1 {
					t.Fatalf("read entry 2: %v", err)
				}
				if err := db.Exec(ed.sql, ed.args...).Error; err != nil {
					t.Fatal(err)
				}
				_, _, err := moderation.Verify(ctx, st)
				var ce *moderation.ChainError
				if !errors.As(err, &ce) || ce.Seq < 2 || ce.Seq > 3 {
					t.Fatalf("verify after editing %s: %v", ed.name, err)
				}
				if ed.name != "deleted" && ce.Seq != 2 {
					t.Fatalf("verify named entry %d, want 2: %v", ce.Seq, err)
				}
				// Put the row back exactly as it was.
				if err := db.Exec(`DELETE FROM audit_log WHERE seq = 2`).Error; err != nil {
					t.Fatal(err)
				}
				if err := db.Table("audit_log").Create(saved[0]).Error; err != nil {
					t.Fatal(err)
				}
				if _, _, err := moderation.Verify(ctx, st); err != nil {
					t.Fatalf("restored row does not verify: %v", err)
				}
			})
		}
	})
}

func TestAudit_ConcurrentActionsDoNotForkTheChain(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		// Two stores on one database: two replicas, two admins at once.
		a, b := storetest.Open(t, target), storetest.Open(t, target)
		svcs := []*moderation.Service{newModeration(t, a, nil), newModeration(t, b, nil)}
		const n = 24
		var wg sync.WaitGroup
		errs := make(chan error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := svcs[i%2].Act(ctx, modAdmin, moderation.TokenTargetOf(uint64(i+1)), moderation.ActionHide, "spam wave")
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		count, head, err := moderation.Verify(ctx, a)
		if err != nil || count != n || head.Seq != n {
			t.Fatalf("verify after %d concurrent actions: %d entries, %v", n, count, err)
		}
	})
}

func TestModeration_ReindexLeavesModerationIntact(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		insertTokens(t, rawDB(t, target), catalogue(5))
		svc := newModeration(t, st, nil)
		if _, err := svc.Report(ctx, modReporter, moderation.TokenTargetOf(2), moderation.ReasonMalware, "pickle"); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Act(ctx, modAdmin, moderation.TokenTargetOf(3), moderation.ActionHide, "scam"); err != nil {
			t.Fatal(err)
		}
		bad, _ := moderation.AccountTargetOf(addr(9))
		if _, err := svc.Act(ctx, modAdmin, bad, moderation.ActionBan, "spam"); err != nil {
			t.Fatal(err)
		}
		if err := st.ResetIndex(ctx); err != nil {
			t.Fatal(err)
		}
		if _, nTokens, err := st.IndexCounts(ctx); err != nil || nTokens != 0 {
			t.Fatalf("read model after reset: %d tokens, %v", nTokens, err)
		}
		if h, _ := svc.HiddenToken(ctx, 3); h == nil || h.Reason != "scam" {
			t.Fatalf("hidden token after reindex: %+v", h)
		}
		if err := svc.CheckBanned(ctx, addr(9)); apperr.KindOf(err) != apperr.Forbidden {
			t.Fatalf("ban after reindex: %v", err)
		}
		if q, err := svc.Queue(ctx); err != nil || len(q) != 1 || q[0].Target != moderation.TokenTargetOf(2) {
			t.Fatalf("queue after reindex: %+v %v", q, err)
		}
		if n, _, err := moderation.Verify(ctx, st); err != nil || n != 2 {
			t.Fatalf("audit after reindex: %d %v", n, err)
		}
		// The token comes back with the next index run, still hidden.
		insertTokens(t, rawDB(t, target), catalogue(5))
		p, err := st.SearchTokens(ctx, listing.Query{PerPage: 50})
		if err != nil || p.Total != 4 {
			t.Fatalf("browse after re-index: %d, %v", p.Total, err)
		}
	})
}

func TestModeration_DashboardStats(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		// insertEvents puts block b at 2026-01-01 + b seconds.
		day := 24 * 60 * 60
		insertEvents(t, rawDB(t, target), []seedEvent{
			{TxHash: "0x1", Block: 10, Kind: "sold", TokenID: 1, Amount: eth(1)},
			{TxHash: "0x2", Block: uint64(day + 10), Kind: "sold", TokenID: 1, Amount: eth(1)},
			{TxHash: "0x3", Block: uint64(day + 20), Kind: "sold", TokenID: 2, Amount: eth(1)},
			{TxHash: "0x4", Block: uint64(day + 30), Kind: "listed", TokenID: 2, Amount: eth(1)},
		})
		now := time.Date(2026, 1, 2, 18, 0, 0, 0, time.UTC)
		svc := newModeration(t, st, func() time.Time { return now })
		if _, err := svc.Report(ctx, modReporter, moderation.TokenTargetOf(1), moderation.ReasonOther, ""); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Act(ctx, modAdmin, moderation.TokenTargetOf(5), moderation.ActionHide, "spam"); err != nil {
			t.Fatal(err)
		}
		s, err := svc.Stats(ctx, 3)
		if err != nil {
			t.Fatal(err)
		}
		if s.OpenReports != 1 || s.OpenTargets != 1 || s.ActionsThisWeek != 1 || s.Hidden != 1 || len(s.Days) != 3 {
			t.Fatalf("stats %+v", s)
		}
		got := fmt.Sprint(s.Days[0].Sales, s.Days[1].Sales, s.Days[2].Sales)
		if got != "0 1 2" || !s.Days[2].Day.Equal(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)) {
			t.Fatalf("sales per day %s, last day %s", got, s.Days[2].Day)
		}
	})
}
