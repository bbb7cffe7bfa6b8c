package web

import (
	"context"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestNew_RejectsBadConfig(t *testing.T) {
	ok := func(context.Context) error { return nil }
	tests := []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"no logger", func(c *Config) { c.Logger = nil }, "Logger"},
		{"no status", func(c *Config) { c.Status = nil }, "Status"},
		{"bad public origin", func(c *Config) { c.PublicOrigin = "127.0.0.1:8080" }, "public origin"},
		{"gateway with a path", func(c *Config) { c.GatewayOrigin = "http://localhost:8081/ipfs" }, "gateway origin"},
		{"gateway on the app's host", func(c *Config) { c.GatewayOrigin = "http://127.0.0.1:8081" }, "cookies"},
		{"nameless check", func(c *Config) { c.Checks = []Check{{"", ok}} }, "no name"},
		{"check without func", func(c *Config) { c.Checks = []Check{{"db", nil}} }, "no func"},
		{"duplicate check", func(c *Config) { c.Checks = []Check{{"db", ok}, {"db", ok}} }, "twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(&syncBuffer{})
			tt.edit(&cfg)
			if _, err := New(cfg); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New = %v, want an error mentioning %q", err, tt.want)
			}
		})
	}
}

// The lead serves the handler with its own http.Server; prove it works over a
// real socket on a free port.
func TestServe_OverRealHTTP(t *testing.T) {
	e, _ := newTestServer(t, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: e, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })

	resp, err := http.Get("http://" + ln.Addr().String() + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("status %d, CSP %q", resp.StatusCode, resp.Header.Get("Content-Security-Policy"))
	}
}
