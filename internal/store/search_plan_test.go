package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"modelmarket/internal/listing"
)

// TestSearchSQL_UsesIndexes reads SQLite's plan for the main browse and
// search queries: the orders a page asks for come from an index (no sort of
// the whole table) and text goes through the FTS index.
func TestSearchSQL_UsesIndexes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, Target{Backend: SQLite, DSN: filepath.Join(t.TempDir(), "plan.db")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cases := []struct {
		q        listing.Query
		want     string // a line the plan must have
		noSortBy bool   // the ORDER BY must come from an index
	}{
		{listing.Query{}, "tokens_minted", true},
		{listing.Query{Sort: listing.SortPriceAsc}, "tokens_price_asc", true},
		{listing.Query{Sort: listing.SortPriceDesc}, "tokens_price_desc", true},
		{listing.Query{Sort: listing.SortMostLicensed}, "tokens_licenses", true},
		{listing.Query{Kind: listing.Art}, "tokens_kind_minted", true},
		{listing.Query{Kind: listing.Art, Sort: listing.SortPriceAsc}, "tokens_price_asc", true},
		{listing.Query{Kind: listing.Model, Sort: listing.SortPriceDesc, ListedOnly: true}, "tokens_price_desc", true},
		{listing.Query{Kind: listing.Model, Sort: listing.SortMostLicensed}, "tokens_licenses", true},
		{listing.Query{ListedOnly: true}, "tokens_minted", true},
		{listing.Query{ListedOnly: true, Kind: listing.Art}, "tokens_kind_minted", true},
		{listing.Query{ListedOnly: true, Sort: listing.SortMostLicensed}, "tokens_licenses", true},
		{listing.Query{Kind: listing.Model, Format: "gguf", Sort: listing.SortPriceAsc}, "tokens_price_asc", true},
		{listing.Query{Creator: "0x0000000000000000000000000000000000000001"}, "tokens_creator", false},
		{listing.Query{Text: "lantern"}, "VIRTUAL TABLE INDEX", false},
		{listing.Query{Text: "lantern", Sort: listing.SortNewest}, "VIRTUAL TABLE INDEX", false},
	}
	for _, c := range cases {
		q := c.q.Normalize()
		b := s.searchSQL(q, listing.SearchTerms(q.Text))
		sql := `EXPLAIN QUERY PLAN SELECT ` + cardColumns + ` FROM ` + b.from + b.whereSQL() + ` ORDER BY ` + b.order + ` LIMIT 24`
		var rows []struct{ Detail string }
		if err := s.db.Raw(sql, b.args()...).Scan(&rows).Error; err != nil {
			t.Fatalf("%+v: %v", c.q, err)
		}
		var plan []string
		for _, r := range rows {
			plan = append(plan, r.Detail)
		}
		text := strings.Join(plan, " | ")
		t.Logf("%+v: %s", c.q, text)
		if !strings.Contains(text, c.want) {
			t.Errorf("%+v: plan %q does not use %s", c.q, text, c.want)
		}
		if c.noSortBy && strings.Contains(text, "TEMP B-TREE") {
			t.Errorf("%+v: plan %q sorts instead of reading an index in order", c.q, text)
		}
	}
}
