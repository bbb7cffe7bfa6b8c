package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

const (
	creatorA = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"
	creatorB = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"
)

// marketToken is a tokens row as the browse tests need it.
type marketToken struct {
	id                      uint64
	creator, kind, title    string
	description, format     string
	image                   string
	priceWei                string // "" when not listed
	offersOpen, licenseSold int
}

// seedMarket writes tokens straight into the read model (the indexer has
// its own tests) through a second connection to the SQLite file.
func seedMarket(t *testing.T, target store.Target, tokens []marketToken) {
	t.Helper()
	db, err := gorm.Open(sqlite.Open("file:"+target.DSN+"?_pragma=busy_timeout(10000)"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	}()
	base := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, tok := range tokens {
		listed, key := tok.priceWei != "", ""
		if listed {
			key = strings.Repeat("0", 78-len(tok.priceWei)) + tok.priceWei
		}
		err := db.Exec(`INSERT INTO tokens (token_id, creator, owner, metadata_cid, digest, royalty_receiver, minted_block,
			minted_at, mint_tx, metadata_state, kind, title, description, format, image, listed, seller, price, price_key,
			offers_open, licenses_sold) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			tok.id, tok.creator, tok.creator, "bafymeta", "0x00", tok.creator, tok.id, base.Add(time.Duration(tok.id)*time.Minute),
			fmt.Sprintf("0xmint%d", tok.id), "ok", tok.kind, tok.title, tok.description, tok.format, tok.image,
			listed, map[bool]string{true: tok.creator}[listed], tok.priceWei, key, tok.offersOpen, tok.licenseSold).Error
		if err != nil {
			t.Fatal(err)
		}
	}
}

var browseCatalogue = []marketToken{
	{id: 1, creator: creatorA, kind: "art", title: "Aurora over fjords", description: "Northern lights, painted.", format: "png",
		image: "ipfs://bafyaurora", priceWei: "250000000000000000", offersOpen: 1},
	{id: 2, creator: creatorA, kind: "model", title: "Tiny llama", description: "A small language model.", format: "gguf",
		priceWei: "1000000000000000000", licenseSold: 3},
	{id: 3, creator: creatorB, kind: "model", title: "Diffusion base", description: "Image model, fp16 weights.", format: "safetensors"},
}

func newMarketServer(t *testing.T) (*echo.Echo, store.Target) {
	t.Helper()
	target := storetest.SQLiteTarget(t)
	st := storetest.Open(t, target)
	e, _ := newTestServer(t, func(c *Config) { c.Market = &MarketConfig{Listings: listing.NewService(st)} })
	return e, target
}

func TestBrowse_PagesAndBadInput(t *testing.T) {
	e, target := newMarketServer(t)
	get := func(path, accept string) (int, string, string) {
		req := newRequest(http.MethodGet, path)
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		rec := serve(e, req)
		return rec.Code, rec.Header().Get("Content-Type"), rec.Body.String()
	}

	// An empty marketplace says so in words.
	code, _, body := get("/browse", browserAccept)
	if code != http.StatusOK || !strings.Contains(body, "No tokens yet") {
		t.Fatalf("empty browse: %d %.300s", code, body)
	}
	code, _, body = get("/", browserAccept)
	if code != http.StatusOK || !strings.Contains(body, "Nothing has been minted yet") || !strings.Contains(body, `href="/browse"`) {
		t.Fatalf("empty home: %d", code)
	}

	seedMarket(t, target, browseCatalogue)
	cases := []struct {
		name, path string
		status     int
		want       []string
		not        []string
	}{
		{"all, newest first", "/browse", 200, []string{"3 tokens", "Diffusion base", "Tiny llama", "Aurora over fjords", "0.25 ETH", "Licenses available",
			`src="http://localhost:8081/ipfs/bafyaurora"`, `href="/token/1"`, `href="/profile/0x70997970C51812dc3A010C7d01b50e0d17dc79C8"`}, nil},
		{"search", "/browse?q=aurora", 200, []string{"1 result for “aurora”", "Aurora over fjords"}, []string{"Tiny llama"}},
		{"search a description", "/browse?q=language", 200, []string{"Tiny llama"}, []string{"Aurora over fjords"}},
		{"kind", "/browse?kind=model", 200, []string{"2 tokens", "Tiny llama", "Diffusion base"}, []string{"Aurora over fjords"}},
		{"format", "/browse?format=GGUF", 200, []string{"Tiny llama"}, []string{"Diffusion base"}},
		{"license", "/browse?license=1", 200, []string{"1 token", "Aurora"}, []string{"Tiny llama"}},
		{"price range", "/browse?min_price=0.5&max_price=2", 200, []string{"Tiny llama", `value="0.5"`}, []string{"Aurora", "Diffusion"}},
		{"bad creator", "/browse?creator=0x123", 400, []string{"creator must be an address"}, nil},
		{"creator ok", "/browse?creator=" + creatorB, 200, []string{"Diffusion base"}, []string{"Tiny llama"}},
		{"sort by price", "/browse?sort=price_desc", 200, []string{"Tiny llama"}, nil},
		{"nothing matches", "/browse?q=zebra", 200, []string{"Nothing matches", "clear all filters"}, nil},
		{"injection", "/browse?q=" + url.QueryEscape(`'; DROP TABLE tokens;--`), 200, []string{"Nothing matches"}, nil},
		{"fts syntax", "/browse?q=" + url.QueryEscape(`^"aurora" * (`), 200, []string{"Aurora over fjords"}, nil},
		{"bad price", "/browse?min_price=cheap", 400, []string{"minimum price must be an amount of ETH"}, nil},
		{"min above max", "/browse?min_price=2&max_price=1", 400, []string{"minimum price is above the maximum"}, nil},
		{"bad sort", "/browse?sort=random", 400, []string{"Unknown sort order"}, nil},
		{"bad kind", "/browse?kind=music", 400, []string{"Kind must be art or model"}, nil},
		{"bad page", "/browse?page=0", 400, []string{"page must be a number"}, nil},
		{"huge page", "/browse?page=99999999999999999999", 400, []string{"page must be a number"}, nil},
		{"long text", "/browse?q=" + strings.Repeat("a", 201), 400, []string{"too long"}, nil},
		{"bad profile", "/profile/0x1234", 400, []string{"not an address"}, nil},
		{"bad profile text", "/profile/" + url.PathEscape("<script>"), 400, []string{"not an address"}, []string{"<script>"}},
		{"unknown profile", "/profile/0x000000000000000000000000000000000000dEaD", 200, []string{"Nothing here yet", "0x000000000000000000000000000000000000dEaD"}, nil},
		{"creator profile", "/profile/" + creatorA, 200, []string{"Aurora over fjords", "Tiny llama", "Total earned", "For sale"}, []string{"Nothing here yet", "Diffusion base"}},
		{"home sections", "/", 200, []string{"Newest", "Diffusion base", "Recently sold", "No sales yet", "Top creators"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, ct, body := get(c.path, browserAccept)
			if code != c.status || !strings.HasPrefix(ct, "text/html") {
				t.Fatalf("%s: %d %s, want %d HTML; %.400s", c.path, code, ct, c.status, body)
			}
			for _, w := range c.want {
				if !strings.Contains(body, w) {
					t.Errorf("%s: page lacks %q", c.path, w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(body, w) {
					t.Errorf("%s: page has %q", c.path, w)
				}
			}
		})
	}

	t.Run("json", func(t *testing.T) {
		code, ct, body := get("/api/tokens?kind=model&sort=price_desc", "")
		if code != 200 || !strings.HasPrefix(ct, "application/json") ||
			!strings.Contains(body, `"total":2`) || !strings.Contains(body, `"price_wei":"1000000000000000000"`) {
			t.Fatalf("/api/tokens: %d %s %s", code, ct, body)
		}
		if strings.Index(body, "Tiny llama") > strings.Index(body, "Diffusion base") {
			t.Errorf("price_desc put the unlisted token first: %s", body)
		}
		code, ct, body = get("/browse?q=llama", "application/json")
		if code != 200 || !strings.HasPrefix(ct, "application/json") || !strings.Contains(body, `"total":1`) {
			t.Fatalf("/browse as JSON: %d %s %s", code, ct, body)
		}
		code, _, body = get("/api/tokens?max_price=-1", "")
		if code != 400 || !strings.Contains(body, `"code":"invalid"`) {
			t.Fatalf("/api/tokens bad price: %d %s", code, body)
		}
		code, _, body = get("/api/profile/"+creatorA, "")
		if code != 200 || !strings.Contains(body, `"created_count":2`) || !strings.Contains(body, `"earnings_wei":"0"`) {
			t.Fatalf("/api/profile: %d %s", code, body)
		}
		code, _, body = get("/api/profile/nope", "")
		if code != 400 || !strings.Contains(body, `"code":"invalid"`) {
			t.Fatalf("/api/profile bad: %d %s", code, body)
		}
	})
}

func TestBrowse_OffWithoutMarket(t *testing.T) {
	e, _ := newTestServer(t, nil)
	if rec := do(e, http.MethodGet, "/browse", browserAccept); rec.Code != http.StatusNotFound {
		t.Fatalf("/browse without a marketplace: %d", rec.Code)
	}
	rec := do(e, http.MethodGet, "/", browserAccept)
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "data-home-market") {
		t.Fatalf("home without a marketplace: %d, market section shown", rec.Code)
	}
}
