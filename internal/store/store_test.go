package store_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

func TestParseURL(t *testing.T) {
	tests := []struct {
		raw     string
		backend store.Backend
		dsn     string
		errHas  string
	}{
		{"", store.SQLite, "data/market.db", ""},
		{"sqlite:/tmp/x.db", store.SQLite, "/tmp/x.db", ""},
		{"sqlite:///tmp/x.db", store.SQLite, "/tmp/x.db", ""},
		{"postgres://u:p@db:5432/market?sslmode=disable", store.Postgres, "postgres://u:p@db:5432/market?sslmode=disable", ""},
		{"postgresql://db/market", store.Postgres, "postgresql://db/market", ""},
		{"sqlite:", "", "", "no file path"},
		{"postgres://db", "", "", "needs a host and a database"},
		{"postgres://u:p@db:badport/x", "", "", "does not parse"},
		{"mysql://u:secret@db/x", "", "", "unsupported database URL"},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got, err := store.ParseURL(tt.raw, "data")
			if tt.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("err = %v, want one containing %q", err, tt.errHas)
				}
				if strings.Contains(err.Error(), "secret") {
					t.Fatalf("error leaks the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Backend != tt.backend || got.DSN != tt.dsn {
				t.Fatalf("got %+v, want %s %s", got, tt.backend, tt.dsn)
			}
		})
	}
}

func TestRedact(t *testing.T) {
	got := store.Redact("postgres://market:hunter2@db:5432/market")
	if strings.Contains(got, "hunter2") || !strings.Contains(got, "market:xxxxx@db") {
		t.Fatalf("Redact = %q", got)
	}
	if got := store.Redact("sqlite:data/market.db"); got != "sqlite:data/market.db" {
		t.Fatalf("Redact changed a URL without password: %q", got)
	}
}

func TestOpen_MigratesOnceAndKeepsRows(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s, err := store.Open(ctx, target, nil)
		if err != nil {
			t.Fatal(err)
		}
		v, err := s.SchemaVersion(ctx)
		if err != nil || v < 1 {
			t.Fatalf("schema version = %d, %v", v, err)
		}
		first, err := s.EnsureInstance(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(first.ID) != 32 || first.CreatedAt.IsZero() {
			t.Fatalf("instance = %+v", first)
		}
		s.Close()

		// A second open runs no migration twice and sees the same row.
		s2, err := store.Open(ctx, target, nil)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		defer s2.Close()
		again, err := s2.EnsureInstance(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if again.ID != first.ID || !again.CreatedAt.Equal(first.CreatedAt) {
			t.Fatalf("instance changed across reopen: %+v then %+v", first, again)
		}
		if v2, _ := s2.SchemaVersion(ctx); v2 != v {
			t.Fatalf("schema version %d then %d", v, v2)
		}
	})
}

func TestOpen_ConcurrentFirstStartsAgree(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		const n = 4
		ids := make([]string, n)
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := store.Open(ctx, target, nil)
				if err != nil {
					errs[i] = err
					return
				}
				defer s.Close()
				inst, err := s.EnsureInstance(ctx)
				ids[i], errs[i] = inst.ID, err
			}()
		}
		wg.Wait()
		for i := range n {
			if errs[i] != nil {
				t.Fatalf("opener %d: %v", i, errs[i])
			}
			if ids[i] != ids[0] {
				t.Fatalf("openers disagree on the instance: %v", ids)
			}
		}
	})
}

func TestOpen_UnreachablePostgresFailsClearly(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10e9)
	defer cancel()
	_, err := store.Open(ctx, store.Target{Backend: store.Postgres, DSN: "postgres://u:p@127.0.0.1:1/x?sslmode=disable&connect_timeout=2"}, nil)
	if err == nil || !strings.Contains(err.Error(), "postgres") {
		t.Fatalf("err = %v, want a postgres connection error", err)
	}
}
