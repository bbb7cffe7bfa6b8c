package web

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"modelmarket/web/static"
)

func TestStatic_FingerprintedURLIsImmutable(t *testing.T) {
	e, _ := newTestServer(t, nil)
	u := static.URL("css/site.css")
	if !regexp.MustCompile(`^/static/css/site\.[0-9a-f]{12}\.css$`).MatchString(u) {
		t.Fatalf("URL = %q, want a content hash in the name", u)
	}
	stale := regexp.MustCompile(`\.[0-9a-f]{12}\.`).ReplaceAllString(u, ".000000000000.")
	tests := []struct {
		name, path string
		status     int
		cache      string
	}{
		{"current hash", u, 200, cacheImmutable},
		{"old hash", stale, 200, cacheShort},
		{"no hash", "/static/css/site.css", 200, cacheShort},
		{"unknown file", "/static/css/nope.css", 404, ""},
		{"unknown file with hash", "/static/css/nope.0123456789ab.css", 404, ""},
		{"outside the tree", "/static/../server.go", 404, ""},
		{"a directory", "/static/css", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(e, http.MethodGet, tt.path, "")
			wantStatus(t, rec, tt.status)
			if tt.status != 200 {
				if strings.Contains(rec.Header().Get("Cache-Control"), "max-age") {
					t.Errorf("a 404 is cacheable: %q", rec.Header().Get("Cache-Control"))
				}
				return
			}
			if got := rec.Header().Get("Cache-Control"); got != tt.cache {
				t.Errorf("Cache-Control = %q, want %q", got, tt.cache)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "text/css; charset=utf-8" {
				t.Errorf("Content-Type = %q", ct)
			}
			if !strings.Contains(rec.Body.String(), "prefers-color-scheme") {
				t.Error("body is not the stylesheet")
			}
		})
	}
}

func TestStatic_ConditionalAndHead(t *testing.T) {
	e, _ := newTestServer(t, nil)
	u := static.URL("js/status.js")
	rec := do(e, http.MethodGet, u, "")
	wantStatus(t, rec, 200)
	etag := rec.Header().Get("ETag")
	if etag == "" || rec.Header().Get("Content-Type") != "text/javascript; charset=utf-8" {
		t.Fatalf("ETag %q, Content-Type %q", etag, rec.Header().Get("Content-Type"))
	}
	req := newRequest(http.MethodGet, u)
	req.Header.Set("If-None-Match", etag)
	wantStatus(t, serve(e, req), http.StatusNotModified)

	head := do(e, http.MethodHead, u, "")
	wantStatus(t, head, 200)
	if head.Body.Len() != 0 || head.Header().Get("Cache-Control") != cacheImmutable {
		t.Errorf("HEAD: %d body bytes, Cache-Control %q", head.Body.Len(), head.Header().Get("Cache-Control"))
	}
}

// Every asset a page references must be a current fingerprinted URL that
// serves: a typo in a template fails here, not in a browser.
func TestPages_ReferenceOnlyCurrentFingerprintedAssets(t *testing.T) {
	e, _ := newTestServer(t, func(c *Config) {
		c.Dev = &DevNetwork{RPCURL: "http://127.0.0.1:8545", ChainID: 1337, Accounts: testAccounts}
	})
	ref := regexp.MustCompile(`(?:src|href)="(/static/[^"]+)"`)
	for _, page := range []string{"/", "/nope"} {
		html := do(e, http.MethodGet, page, browserAccept).Body.String()
		refs := ref.FindAllStringSubmatch(html, -1)
		if len(refs) < 4 {
			t.Fatalf("%s references %d assets, want the CSS, the logo, status.js and devnet.js", page, len(refs))
		}
		for _, m := range refs {
			rec := do(e, http.MethodGet, m[1], "")
			if rec.Code != 200 || rec.Header().Get("Cache-Control") != cacheImmutable {
				t.Errorf("%s references %s: status %d, Cache-Control %q", page, m[1], rec.Code, rec.Header().Get("Cache-Control"))
			}
		}
	}
}
