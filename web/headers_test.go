package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"modelmarket/web/static"
)

func TestSecurityHeaders_OnEveryResponse(t *testing.T) {
	e, _ := newTestServer(t, nil)
	e.GET("/panic", func(c echo.Context) error { panic("boom") })
	tests := []struct {
		name, path string
		status     int
	}{
		{"home", "/", 200},
		{"not found", "/nope", 404},
		{"panic", "/panic", 500},
		{"static", static.URL("css/site.css"), 200},
		{"static missing", "/static/css/missing.css", 404},
		{"healthz", "/healthz", 200},
		{"api", "/api/status", 200},
	}
	want := map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "strict-origin-when-cross-origin",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(e, http.MethodGet, tt.path, browserAccept)
			wantStatus(t, rec, tt.status)
			h := rec.Header()
			for k, v := range want {
				if got := h.Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			csp := h.Get("Content-Security-Policy")
			for _, d := range []string{"default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"} {
				if !strings.Contains(csp, d) {
					t.Errorf("CSP %q lacks %q", csp, d)
				}
			}
			if pp := h.Get("Permissions-Policy"); !strings.Contains(pp, "camera=()") || !strings.Contains(pp, "geolocation=()") {
				t.Errorf("Permissions-Policy = %q", pp)
			}
			if h.Get("X-Request-Id") == "" {
				t.Error("no X-Request-Id")
			}
		})
	}
}

// directives splits a CSP into directive name → sources.
func directives(csp string) map[string][]string {
	out := map[string][]string{}
	for _, d := range strings.Split(csp, ";") {
		f := strings.Fields(d)
		if len(f) > 0 {
			out[f[0]] = f[1:]
		}
	}
	return out
}

func TestCSP_NoInlineScriptAndGatewayNeverRuns(t *testing.T) {
	e, _ := newTestServer(t, nil)
	d := directives(do(e, http.MethodGet, "/", browserAccept).Header().Get("Content-Security-Policy"))
	for _, name := range []string{"script-src", "default-src"} {
		src, ok := d[name]
		if !ok {
			t.Fatalf("CSP has no %s", name)
		}
		for _, s := range src {
			if s == "'unsafe-inline'" || s == "'unsafe-eval'" || s == "*" || strings.HasPrefix(s, "http") || s == "data:" {
				t.Errorf("%s allows %s", name, s)
			}
		}
	}
	img := strings.Join(d["img-src"], " ")
	if !strings.Contains(img, "http://localhost:8081") || !strings.Contains(img, "http://*.localhost:8081") {
		t.Errorf("img-src = %q, want the gateway, path and subdomain style", img)
	}
	if c := strings.Join(d["connect-src"], " "); !strings.Contains(c, "http://localhost:8081") || strings.Contains(c, "data:") {
		t.Errorf("connect-src = %q, want the app and the gateway (the 3D viewer fetches models), no data:", c)
	}
	for _, name := range []string{"script-src", "style-src", "frame-src", "object-src"} {
		if strings.Contains(strings.Join(d[name], " "), "8081") {
			t.Errorf("%s names the gateway: user content may be fetched or shown as an image, never run", name)
		}
	}
}

func TestRequestLog_OneLinePerRequest(t *testing.T) {
	e, logs := newTestServer(t, nil)
	rec := do(e, http.MethodGet, "/nope?token=secret", browserAccept)
	var found bool
	for _, r := range logs.records(t) {
		if r["msg"] != "http request" {
			continue
		}
		found = true
		if r["method"] != "GET" || r["path"] != "/nope" || r["status"] != float64(404) ||
			r["request_id"] != rec.Header().Get("X-Request-Id") || r["duration"] == nil {
			t.Errorf("request record = %v", r)
		}
	}
	if !found {
		t.Fatal("no request log line")
	}
	if strings.Contains(logs.String(), "secret") {
		t.Error("the query string reached the log")
	}
}

func TestRequestID_KeepsValidIncomingReplacesJunk(t *testing.T) {
	e, _ := newTestServer(t, nil)
	for _, tt := range []struct{ in, want string }{
		{"proxy-id-123", "proxy-id-123"},
		{"<script>alert(1)</script>", ""},
	} {
		req := newRequest(http.MethodGet, "/healthz")
		req.Header.Set("X-Request-Id", tt.in)
		rec := serve(e, req)
		got := rec.Header().Get("X-Request-Id")
		if tt.want != "" && got != tt.want {
			t.Errorf("id for %q = %q, want it kept", tt.in, got)
		}
		if tt.want == "" && (got == tt.in || !validRequestID(got)) {
			t.Errorf("id for %q = %q, want a fresh one", tt.in, got)
		}
	}
}
