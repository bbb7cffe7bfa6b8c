package web

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestHealthz(t *testing.T) {
	e, _ := newTestServer(t, nil)
	rec := do(e, http.MethodGet, "/healthz", "")
	wantStatus(t, rec, 200)
	if body := decodeJSON[map[string]string](t, rec); body["status"] != "ok" {
		t.Errorf("body = %v", body)
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control = %q, want no-store", cc)
	}
}

func TestReadyz(t *testing.T) {
	ok := func(context.Context) error { return nil }
	down := func(context.Context) error { return errors.New("blockstore: read data/ipfs: permission denied") }

	t.Run("all pass", func(t *testing.T) {
		e, _ := newTestServer(t, func(c *Config) {
			c.Checks = []Check{{"chain", ok}, {"ipfs", ok}, {"db", ok}}
		})
		rec := do(e, http.MethodGet, "/readyz", "")
		wantStatus(t, rec, 200)
		body := decodeJSON[readyBody](t, rec)
		if body.Status != "ready" || len(body.Checks) != 3 || body.Checks["db"] != "ok" || len(body.Failed) != 0 {
			t.Errorf("body = %+v", body)
		}
	})
	t.Run("one fails", func(t *testing.T) {
		e, _ := newTestServer(t, func(c *Config) {
			c.Checks = []Check{{"chain", ok}, {"ipfs", down}, {"db", ok}}
		})
		rec := do(e, http.MethodGet, "/readyz", "")
		wantStatus(t, rec, http.StatusServiceUnavailable)
		body := decodeJSON[readyBody](t, rec)
		if body.Status != "not_ready" || len(body.Failed) != 1 || body.Failed[0] != "ipfs" {
			t.Errorf("body = %+v, want ipfs named as failed", body)
		}
		if !strings.Contains(body.Checks["ipfs"], "permission denied") || body.Checks["chain"] != "ok" {
			t.Errorf("checks = %v, want ipfs's error and chain ok", body.Checks)
		}
	})
}

func TestRunChecks_HungCheckTimesOut(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	checks := []Check{
		{"honest", func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }},
		{"deaf", func(context.Context) error { <-release; return nil }}, // ignores ctx
		{"fast", func(context.Context) error { return nil }},
	}
	start := time.Now()
	got := runChecks(context.Background(), checks, 50*time.Millisecond)
	if took := time.Since(start); took > time.Second {
		t.Fatalf("runChecks took %s with a 50ms timeout", took)
	}
	if got[0] == nil || got[1] == nil || got[2] != nil {
		t.Errorf("results = %v, want honest and deaf failed, fast ok", got)
	}
}

type apiStatusJSON struct {
	Chain struct {
		ID, Height uint64
		OK         bool
	}
	IPFS struct {
		Blocks int64
		OK     bool
	}
	DB struct {
		Backend string
		OK      bool
	}
	Strip []stripItemBody
}

func TestAPIStatus(t *testing.T) {
	e, _ := newTestServer(t, func(c *Config) {
		c.Status = func(context.Context) Status {
			return Status{ChainID: 1337, ChainHeight: 42, IPFSBlocks: 7, IPFSErr: "open /srv/secret/path: EIO", DBBackend: "postgres"}
		}
	})
	rec := do(e, http.MethodGet, "/api/status", "")
	wantStatus(t, rec, 200)
	body := decodeJSON[apiStatusJSON](t, rec)
	if body.Chain.ID != 1337 || body.Chain.Height != 42 || !body.Chain.OK || body.IPFS.OK || body.DB.Backend != "postgres" || !body.DB.OK {
		t.Errorf("body = %+v", body)
	}
	if len(body.Strip) != 3 || body.Strip[1].Key != "ipfs" || body.Strip[1].State != "error" || body.Strip[2].Value != "PostgreSQL" {
		t.Errorf("strip = %+v", body.Strip)
	}
	if strings.Contains(rec.Body.String(), "secret") {
		t.Error("/api/status is public and must not carry error causes")
	}
}
