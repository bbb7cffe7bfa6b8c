package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"modelmarket/internal/moderation"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// TestAuditVerify_NamesTheEditedEntry runs `market audit verify` on a real
// log, then edits each stored entry in turn: the command must fail and name it.
func TestAuditVerify_NamesTheEditedEntry(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		admin := "0xad00000000000000000000000000000000000001"
		svc, err := moderation.NewService(moderation.Config{Store: st, Admins: []string{admin}})
		if err != nil {
			t.Fatal(err)
		}
		for i := range 3 {
			if _, err := svc.Act(ctx, admin, moderation.TokenTargetOf(uint64(i+1)), moderation.ActionHide, "spam"); err != nil {
				t.Fatal(err)
			}
		}
		dbFlag := target.DSN
		if target.Backend == store.SQLite {
			dbFlag = "sqlite:" + target.DSN
		}
		verify := func() (int, string, string) {
			var out, errOut bytes.Buffer
			code := run(ctx, []string{"audit", "verify", "--db", dbFlag}, func(string) string { return "" }, &out, &errOut)
			return code, out.String(), errOut.String()
		}
		if code, out, errOut := verify(); code != exitOK || !strings.Contains(out, "audit log OK: 3 entries") {
			t.Fatalf("clean log: exit %d, %q %q", code, out, errOut)
		}
		var raw *gorm.DB
		if target.Backend == store.Postgres {
			raw, err = gorm.Open(postgres.Open(target.DSN), &gorm.Config{Logger: logger.Discard})
		} else {
			raw, err = gorm.Open(sqlite.Open("file:"+target.DSN+"?_pragma=busy_timeout(10000)"), &gorm.Config{Logger: logger.Discard})
		}
		if err != nil {
			t.Fatal(err)
		}
		defer func() {
			if d, err := raw.DB(); err == nil {
				d.Close()
			}
		}()
		for seq := 1; seq <= 3; seq++ {
			if err := raw.Exec(`UPDATE audit_log SET reason = 'edited' WHERE seq = ?`, seq).Error; err != nil {
				t.Fatal(err)
			}
			code, _, errOut := verify()
			want := "audit log is BROKEN at entry " + string(rune('0'+seq))
			if code != exitFail || !strings.Contains(errOut, want) {
				t.Fatalf("entry %d edited: exit %d, stderr %q", seq, code, errOut)
			}
			if err := raw.Exec(`UPDATE audit_log SET reason = 'spam' WHERE seq = ?`, seq).Error; err != nil {
				t.Fatal(err)
			}
		}
		if code, _, errOut := verify(); code != exitOK {
			t.Fatalf("restored log: exit %d %q", code, errOut)
		}
	})
}

func TestAuditVerify_MissingDatabaseIsAConfigError(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"audit", "verify", "--data-dir", t.TempDir()}, func(string) string { return "" }, &out, &errOut)
	if code != exitConfig || !strings.Contains(errOut.String(), "no database at") {
		t.Fatalf("exit %d %q", code, errOut.String())
	}
}
