package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"modelmarket/internal/listing"
)

// TestIndexSQL_UsesIndexes reads SQLite's plan for the indexer's own reads:
// each one searches an index (the one named, or any of chain_events' for
// the offer lookup, whichever the planner likes), never a whole table.
func TestIndexSQL_UsesIndexes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, Target{Backend: SQLite, DSN: filepath.Join(t.TempDir(), "plan.db")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cases := []struct {
		name, sql string
		args      []any
		want      string
	}{
		{"offer tokens", `SELECT offer_id, token_id FROM chain_events WHERE kind = ? AND offer_id IN (?, ?)`,
			[]any{string(listing.OfferPublished), 1, 2}, "chain_events_"},
		{"stored events", `SELECT tx_hash, log_index FROM chain_events WHERE block_number BETWEEN ? AND ?`,
			[]any{1, 2}, "chain_events_block"},
		{"token events", `SELECT * FROM chain_events WHERE token_id IN (?, ?) ORDER BY token_id, block_number, log_index`,
			[]any{1, 2}, "chain_events_token"},
		{"pending metadata", `SELECT token_id FROM tokens WHERE metadata_state = ? ORDER BY token_id LIMIT 16`,
			[]any{string(listing.MetadataPending)}, "tokens_metadata_state"},
	}
	for _, c := range cases {
		var rows []struct{ Detail string }
		if err := s.db.Raw(`EXPLAIN QUERY PLAN `+c.sql, c.args...).Scan(&rows).Error; err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var plan []string
		for _, r := range rows {
			plan = append(plan, r.Detail)
		}
		text := strings.Join(plan, " | ")
		if !strings.Contains(text, "INDEX "+c.want) || strings.Contains(text, "SCAN chain_events") || strings.Contains(text, "SCAN tokens") {
			t.Errorf("%s: plan %q does not search an index %s…", c.name, text, c.want)
		}
	}
}
