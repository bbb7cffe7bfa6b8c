package store_test

import (
	"context"
	"testing"

	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// BenchmarkSearchTokens times the main browse and search queries over a
// catalogue of 10,000 tokens on each backend (go test -run '^$' -bench
// SearchTokens ./internal/store).
func BenchmarkSearchTokens(b *testing.B) {
	for _, backend := range []store.Backend{store.SQLite, store.Postgres} {
		b.Run(string(backend), func(b *testing.B) {
			target := storetest.SQLiteTarget(b)
			if backend == store.Postgres {
				target = storetest.PostgresTarget(b)
			}
			s := storetest.Open(b, target)
			raw := rawDB(b, target)
			insertTokens(b, raw, catalogue(10_000))
			raw.Exec("ANALYZE")
			queries := map[string]listing.Query{
				"browse newest":     {},
				"browse price page": {Sort: listing.SortPriceAsc, Page: 20},
				"filters":           {Kind: listing.Model, LicenseAvailable: true, MaxPrice: eth(200)},
				"search common":     {Text: "lantern"},
				"search rare":       {Text: "zephyrine"},
				"search two words":  {Text: "silent harbor", Kind: listing.Art},
			}
			for name, q := range queries {
				b.Run(name, func(b *testing.B) {
					for b.Loop() {
						if _, err := s.SearchTokens(context.Background(), q); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}
