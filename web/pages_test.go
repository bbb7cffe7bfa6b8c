package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
)

func TestHome_ShowsStatusStrip(t *testing.T) {
	e, _ := newTestServer(t, nil)
	rec := do(e, http.MethodGet, "/", browserAccept)
	wantStatus(t, rec, 200)
	html := rec.Body.String()
	for _, want := range []string{
		"id 1337 · block 12,873", "48,213 blocks", "SQLite",
		`data-status-key="chain" data-state="ok"`, `data-status-key="ipfs" data-state="ok"`, `data-status-key="db" data-state="ok"`,
		"version v9.9.9-test", "For creators", "For buyers", "How it works",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("home lacks %q", want)
		}
	}
}

func TestHome_StripShowsErrorsInWordsWithoutCauses(t *testing.T) {
	e, _ := newTestServer(t, func(c *Config) {
		c.Status = func(context.Context) Status {
			return Status{ChainID: 1337, ChainErr: "dial http://rpc.example/key-abc123: refused", IPFSBlocks: 3, DBBackend: "sqlite", DBErr: "database is locked"}
		}
	})
	html := do(e, http.MethodGet, "/", browserAccept).Body.String()
	for _, want := range []string{
		`data-status-key="chain" data-state="error"`, "id 1337 · not answering",
		`data-status-key="ipfs" data-state="ok"`, "3 blocks",
		`data-status-key="db" data-state="error"`, "SQLite · not answering",
		`<span class="status-state">error</span>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("home lacks %q", want)
		}
	}
	for _, leak := range []string{"key-abc123", "database is locked"} {
		if strings.Contains(html, leak) {
			t.Errorf("home leaks %q", leak)
		}
	}
}

func TestHome_DevCardOnlyWithDevNetwork(t *testing.T) {
	t.Run("without", func(t *testing.T) {
		e, _ := newTestServer(t, nil)
		html := do(e, http.MethodGet, "/", browserAccept).Body.String()
		for _, absent := range []string{"Connect MetaMask to the dev chain", "data-add-network", "devnet", `href="#dev"`} {
			if strings.Contains(html, absent) {
				t.Errorf("home without a dev chain shows %q", absent)
			}
		}
	})
	t.Run("with", func(t *testing.T) {
		e, _ := newTestServer(t, func(c *Config) {
			c.Dev = &DevNetwork{RPCURL: "http://127.0.0.1:8545", ChainID: 1337, Accounts: testAccounts}
		})
		html := do(e, http.MethodGet, "/", browserAccept).Body.String()
		for _, want := range append([]string{
			"Connect MetaMask to the dev chain", "modelmarket dev", "http://127.0.0.1:8545",
			"<code>1337</code>", "<code>ETH</code>", `data-chain-id="0x539"`,
			"private keys are printed in the terminal", `href="#dev"`,
		}, testAccounts...) {
			if !strings.Contains(html, want) {
				t.Errorf("dev card lacks %q", want)
			}
		}
	})
}

func TestPages_NoInlineScript(t *testing.T) {
	e, _ := newTestServer(t, func(c *Config) {
		c.Dev = &DevNetwork{RPCURL: "http://127.0.0.1:8545", ChainID: 1337, Accounts: testAccounts}
	})
	for _, p := range []string{"/", "/nope"} {
		html := do(e, http.MethodGet, p, browserAccept).Body.String()
		if n, m := strings.Count(html, "<script"), strings.Count(html, `<script type="module" src="/static/`); n != m {
			t.Errorf("%s has %d script tags, %d of them external modules", p, n, m)
		}
		if strings.Contains(html, " onclick=") || strings.Contains(html, "javascript:") {
			t.Errorf("%s has an inline handler", p)
		}
	}
}

// Every local link on the pages leads somewhere that answers 200.
func TestPages_NoDeadLinks(t *testing.T) {
	e, _ := newTestServer(t, func(c *Config) {
		c.Dev = &DevNetwork{RPCURL: "http://127.0.0.1:8545", ChainID: 1337, Accounts: testAccounts}
	})
	home := do(e, http.MethodGet, "/", browserAccept).Body.String()
	for _, page := range []string{"/", "/nope"} {
		html := do(e, http.MethodGet, page, browserAccept).Body.String()
		for _, href := range hrefs(html) {
			path, frag, _ := strings.Cut(href, "#")
			if path != "" {
				if rec := do(e, http.MethodGet, path, browserAccept); rec.Code != 200 {
					t.Errorf("%s links to %s, which answers %d", page, href, rec.Code)
				}
			}
			if frag != "" && !strings.Contains(home, `id="`+frag+`"`) {
				t.Errorf("%s links to #%s, which the home page lacks", page, frag)
			}
		}
	}
}

func hrefs(html string) []string {
	var out []string
	for _, part := range strings.Split(html, `href="`)[1:] {
		href, _, _ := strings.Cut(part, `"`)
		if strings.HasPrefix(href, "/") && !strings.HasPrefix(href, "/static/") || strings.HasPrefix(href, "#") {
			out = append(out, href)
		}
	}
	return out
}
