package store_test

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"testing"
	"time"

	"modelmarket/internal/apperr"
	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

const catalogueSize = 1200

// oracle answers a text-free query over the seed in Go: the rows and order
// SearchTokens must return over all pages.
func oracle(seed []seedToken, q listing.Query) []uint64 {
	q = q.Normalize()
	var rows []seedToken
	for _, s := range seed {
		switch {
		case q.Kind != "" && s.Kind != string(q.Kind),
			q.Format != "" && s.Format != q.Format,
			q.LicenseAvailable && s.OffersOpen == 0,
			q.Creator != "" && s.Creator != q.Creator,
			(q.ListedOnly || q.PriceBound()) && !s.Listed,
			q.MinPrice != nil && s.Price.Cmp(q.MinPrice) < 0,
			q.MaxPrice != nil && s.Price.Cmp(q.MaxPrice) > 0:
			continue
		}
		rows = append(rows, s)
	}
	listedFirst := func(a, b seedToken) (bool, bool) {
		if a.Listed != b.Listed {
			return a.Listed, true
		}
		return false, false
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		switch q.Sort {
		case listing.SortPriceAsc, listing.SortPriceDesc:
			if less, ok := listedFirst(a, b); ok {
				return less
			}
			if a.Listed {
				if c := a.Price.Cmp(b.Price); c != 0 {
					return (c < 0) == (q.Sort == listing.SortPriceAsc)
				}
			}
			if q.Sort == listing.SortPriceAsc {
				return a.ID < b.ID
			}
			return a.ID > b.ID
		case listing.SortMostLicensed:
			if a.LicensesSold != b.LicensesSold {
				return a.LicensesSold > b.LicensesSold
			}
			return a.ID > b.ID
		default:
			if a.MintedBlock != b.MintedBlock {
				return a.MintedBlock > b.MintedBlock
			}
			return a.ID > b.ID
		}
	})
	ids := make([]uint64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	return ids
}

// allPages walks every page of q and fails on a page that breaks the Page
// contract (size, HasNext, Total stable).
func allPages(t *testing.T, s *store.Store, q listing.Query) []uint64 {
	t.Helper()
	var ids []uint64
	total := -1
	for page := 1; ; page++ {
		q.Page = page
		p, err := s.SearchTokens(context.Background(), q)
		if err != nil {
			t.Fatalf("page %d of %+v: %v", page, q, err)
		}
		if total >= 0 && p.Total != total {
			t.Fatalf("page %d: total %d, page 1 said %d", page, p.Total, total)
		}
		total = p.Total
		if len(p.Tokens) > q.Normalize().PerPage {
			t.Fatalf("page %d has %d tokens, per page %d", page, len(p.Tokens), q.Normalize().PerPage)
		}
		for _, tok := range p.Tokens {
			ids = append(ids, tok.ID)
		}
		if want := len(ids) < total; p.HasNext != want {
			t.Fatalf("page %d: HasNext %v with %d of %d seen", page, p.HasNext, len(ids), total)
		}
		if !p.HasNext {
			break
		}
	}
	if len(ids) != total {
		t.Fatalf("walked %d tokens, total says %d", len(ids), total)
	}
	return ids
}

func TestSearchTokens_FiltersSortsAndPagesOverACatalogue(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		s := storetest.Open(t, target)
		seed := catalogue(catalogueSize)
		start := time.Now()
		insertTokens(t, rawDB(t, target), seed)
		t.Logf("seeded %d tokens in %v", len(seed), time.Since(start))

		queries := map[string]listing.Query{
			"everything newest":       {PerPage: 100},
			"art":                     {Kind: listing.Art, PerPage: 100},
			"model gguf":              {Kind: listing.Model, Format: "gguf", PerPage: 100},
			"license available":       {LicenseAvailable: true, PerPage: 100},
			"creator":                 {Creator: addr(3), PerPage: 100},
			"listed only":             {ListedOnly: true, PerPage: 100},
			"price range":             {MinPrice: eth(100), MaxPrice: eth(200), PerPage: 100},
			"min price only":          {MinPrice: eth(350), PerPage: 100},
			"price asc":               {Sort: listing.SortPriceAsc, PerPage: 100},
			"price desc":              {Sort: listing.SortPriceDesc, PerPage: 100},
			"most licensed":           {Sort: listing.SortMostLicensed, PerPage: 100},
			"odd page size, newest":   {PerPage: 37},
			"odd page size, price":    {Sort: listing.SortPriceAsc, PerPage: 41},
			"filters together":        {Kind: listing.Model, LicenseAvailable: true, MaxPrice: eth(300), Sort: listing.SortPriceDesc, PerPage: 7},
			"relevance without words": {Sort: listing.SortRelevance, PerPage: 100},
			"no match":                {Creator: addr(99), PerPage: 100},
		}
		for name, q := range queries {
			t.Run(name, func(t *testing.T) {
				want := oracle(seed, q)
				got := allPages(t, s, q)
				if !slices.Equal(got, want) {
					n := min(len(got), len(want), 10)
					t.Fatalf("got %d tokens, want %d; first %v, want %v", len(got), len(want), got[:n], want[:n])
				}
				seen := map[uint64]bool{}
				for _, id := range got {
					if seen[id] {
						t.Fatalf("token %d on two pages", id)
					}
					seen[id] = true
				}
			})
		}
		if n := len(oracle(seed, queries["price range"])); n == 0 || n == catalogueSize {
			t.Fatalf("the price range filter selects %d tokens: the seed does not test it", n)
		}

		t.Run("past the last page", func(t *testing.T) {
			p, err := s.SearchTokens(context.Background(), listing.Query{Page: 500, PerPage: 100})
			if err != nil || len(p.Tokens) != 0 || p.HasNext || p.Total != catalogueSize {
				t.Fatalf("page 500: %d tokens, next %v, total %d, err %v", len(p.Tokens), p.HasNext, p.Total, err)
			}
		})
		t.Run("rows map to tokens", func(t *testing.T) {
			p, err := s.SearchTokens(context.Background(), listing.Query{Creator: addr(2), Kind: listing.Art, ListedOnly: true, PerPage: 1})
			if err != nil || len(p.Tokens) != 1 {
				t.Fatalf("%+v, %v", p, err)
			}
			got := p.Tokens[0]
			want := seed[got.ID-1]
			if got.Title != want.Title || got.Kind != listing.Art || got.Image != want.Image || got.Listing == nil ||
				got.Listing.Price.Cmp(want.Price) != 0 || got.Listing.Seller != want.Owner || !slices.Equal(got.Tags, want.Tags) ||
				got.Creator != addr(2) || got.MintedAt.IsZero() || got.LicensesSold != want.LicensesSold {
				t.Fatalf("token %d = %+v, seeded %+v", got.ID, got, want)
			}
		})
	})
}

func TestSearchTokens_TextRelevanceAndSync(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		raw := rawDB(t, target)
		seed := catalogue(catalogueSize)
		insertTokens(t, raw, seed)
		search := func(t *testing.T, q listing.Query) []uint64 {
			t.Helper()
			p, err := s.SearchTokens(ctx, q)
			if err != nil {
				t.Fatalf("search %q: %v", q.Text, err)
			}
			var ids []uint64
			for _, tok := range p.Tokens {
				ids = append(ids, tok.ID)
			}
			if p.Total != len(ids) && !p.HasNext {
				t.Fatalf("search %q: total %d for %d tokens on the only page", q.Text, p.Total, len(ids))
			}
			return ids
		}

		t.Run("title beats description", func(t *testing.T) {
			for _, text := range []string{"zephyrine", "Zephyrine", "zephyr", "ZEPHYRINE!"} {
				if got := search(t, listing.Query{Text: text}); !slices.Equal(got, []uint64{1, 2}) {
					t.Errorf("%q: got %v, want [1 2] (title match first)", text, got)
				}
			}
		})
		t.Run("every word must match, stems match", func(t *testing.T) {
			q := listing.Query{Text: "silent lanterns", PerPage: 100}
			got := allPages(t, s, q)
			want := 0
			for _, tok := range seed {
				if containsWord(tok, "silent") && containsWord(tok, "lantern") {
					want++
				}
			}
			if len(got) == 0 || len(got) != want {
				t.Fatalf("silent lanterns: %d results, want %d", len(got), want)
			}
		})
		t.Run("text with filters and another order", func(t *testing.T) {
			got := search(t, listing.Query{Text: "harbor", Kind: listing.Art, ListedOnly: true, Sort: listing.SortPriceAsc, PerPage: 100})
			if len(got) == 0 {
				t.Fatal("no listed art about harbors")
			}
			var prev *big.Int
			for _, id := range got {
				tok := seed[id-1]
				if tok.Kind != "art" || !tok.Listed || !containsWord(tok, "harbor") {
					t.Fatalf("token %d does not match: %+v", id, tok)
				}
				if prev != nil && tok.Price.Cmp(prev) < 0 {
					t.Fatalf("token %d at %v after %v: not cheapest first", id, tok.Price, prev)
				}
				prev = tok.Price
			}
		})
		t.Run("tags, format and license are searched", func(t *testing.T) {
			for _, text := range []string{"tag7", "gguf", "openrail"} {
				if got := search(t, listing.Query{Text: text}); len(got) == 0 {
					t.Errorf("%q finds nothing", text)
				}
			}
		})
		t.Run("index follows updates and deletes", func(t *testing.T) {
			if err := raw.Exec(`UPDATE tokens SET title = 'Quixotic nebula' WHERE token_id = 1`).Error; err != nil {
				t.Fatal(err)
			}
			if got := search(t, listing.Query{Text: "quixotic"}); !slices.Equal(got, []uint64{1}) {
				t.Fatalf("after retitling: quixotic finds %v", got)
			}
			if got := search(t, listing.Query{Text: "zephyrine"}); !slices.Equal(got, []uint64{2}) {
				t.Fatalf("after retitling: zephyrine finds %v, want only the description match", got)
			}
			if err := raw.Exec(`UPDATE tokens SET listed = TRUE, price = '5', price_key = ? WHERE token_id = 2`, priceKey(big.NewInt(5))).Error; err != nil {
				t.Fatal(err)
			}
			if err := raw.Exec(`DELETE FROM tokens WHERE token_id = 2`).Error; err != nil {
				t.Fatal(err)
			}
			if got := search(t, listing.Query{Text: "zephyrine"}); len(got) != 0 {
				t.Fatalf("after delete: zephyrine finds %v", got)
			}
			insertTokens(t, raw, []seedToken{{ID: 5000, Creator: addr(1), Kind: "model", Title: "Zephyrine returns", MintedBlock: 9000, Price: big.NewInt(0)}})
			if got := search(t, listing.Query{Text: "zephyrine"}); !slices.Equal(got, []uint64{5000}) {
				t.Fatalf("after insert: zephyrine finds %v", got)
			}
		})
	})
}

func containsWord(tok seedToken, w string) bool {
	text := tok.Title + " " + tok.Description + " " + fmt.Sprint(tok.Tags)
	return slices.ContainsFunc(listing.SearchTerms(text), func(t string) bool { return t == w || t == w+"s" })
}

func TestSearchTokens_HostileTextIsHarmless(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		raw := rawDB(t, target)
		insertTokens(t, raw, catalogue(200))
		hostile := []string{
			`'; DROP TABLE tokens;--`,
			`" OR 1=1 --`,
			`zephyrine"`,
			`"unbalanced`,
			`NEAR(zephyrine dreams)`,
			`zephyrine NEAR/2 dreams`,
			`*`, `^`, `""`, `''`, `"" ""`,
			`title:zephyrine`,
			`zephyrine AND NOT OR`,
			`(zephyrine`,
			`zephyrine & | ! <-> :*`,
			`\`, `%`, `_`, `-zephyrine`, `+`,
			"zephyrine\x00dreams",
			`{title description}: x`,
			`$$ ; SELECT pg_sleep(10) ; $$`,
		}
		for _, text := range hostile {
			q, err := listing.ParseQuery(map[string][]string{"q": {text}})
			if err != nil {
				if apperr.KindOf(err) != apperr.Invalid {
					t.Errorf("ParseQuery(%q): %v, want Invalid or nothing", text, err)
				}
				continue
			}
			p, err := s.SearchTokens(ctx, q)
			if err != nil {
				t.Errorf("SearchTokens(%q): %v", text, err)
				continue
			}
			if len(listing.SearchTerms(text)) == 0 && p.Total != 0 {
				t.Errorf("%q has no words but found %d tokens", text, p.Total)
			}
		}
		var n int64
		if err := raw.Raw(`SELECT COUNT(*) FROM tokens`).Scan(&n).Error; err != nil || n != 200 {
			t.Fatalf("tokens table after hostile searches: %d rows, %v", n, err)
		}
		if target.Backend == store.SQLite {
			if err := raw.Exec(`INSERT INTO tokens_fts (tokens_fts, rank) VALUES ('integrity-check', 1)`).Error; err != nil {
				t.Fatalf("FTS index out of step with tokens: %v", err)
			}
		}
		p, err := s.SearchTokens(ctx, listing.Query{Text: "zephyrine"})
		if err != nil || p.Total != 2 {
			t.Fatalf("search after hostile input: %d, %v", p.Total, err)
		}
		if _, err := s.SearchTokens(ctx, listing.Query{Text: "a b c d e f g h i j k l m n"}); apperr.KindOf(err) != apperr.Invalid {
			t.Fatalf("too many words: %v, want Invalid", err)
		}
		if _, err := s.SearchTokens(ctx, listing.Query{Page: listing.MaxPage + 1}); apperr.KindOf(err) != apperr.Invalid {
			t.Fatalf("page beyond the limit: %v, want Invalid", err)
		}
	})
}
