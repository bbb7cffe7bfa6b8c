package store

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"modelmarket/internal/apperr"
	"modelmarket/internal/listing"
)

// SearchTokens answers browse and search: the tokens that match q's text
// and filters, in q's order, one page of them, with the total. User text is
// split into words (listing.SearchTerms) and each word is passed as a quoted
// term (SQLite FTS5) or a plain lexeme (PostgreSQL to_tsquery), always as a
// bound parameter: no input is a syntax error or reaches SQL. Text without
// any word (only punctuation) matches nothing. Errors: apperr.Invalid for a
// query ParseQuery would refuse (too many words); anything else is the
// database's, wrapped.
func (s *Store) SearchTokens(ctx context.Context, q listing.Query) (listing.Page, error) {
	q = q.Normalize()
	page := listing.Page{Page: q.Page, PerPage: q.PerPage, Tokens: []listing.Token{}}
	terms := listing.SearchTerms(q.Text)
	if len(terms) > listing.MaxTerms {
		return listing.Page{}, apperr.E(apperr.Invalid, fmt.Sprintf("The search has too many words: use at most %d.", listing.MaxTerms))
	}
	if q.Text != "" && len(terms) == 0 {
		return page, nil
	}
	if q.Page > listing.MaxPage {
		return listing.Page{}, apperr.E(apperr.Invalid, fmt.Sprintf("The page must be a number from 1 to %d.", listing.MaxPage))
	}
	b := s.searchSQL(q, terms)
	db := s.db.WithContext(ctx)

	ids, total, err := s.searchIDs(db, q, b)
	if err != nil {
		return listing.Page{}, err
	}
	page.Total = total
	if len(ids) == 0 {
		return page, nil
	}
	rows, err := s.readCards(ctx, `SELECT `+cardColumns+` FROM tokens t WHERE t.token_id IN ?`, ids)
	if err != nil {
		return listing.Page{}, fmt.Errorf("search tokens: rows: %w", err)
	}
	byID := make(map[uint64]tokenRecord, len(rows))
	for _, r := range rows {
		byID[r.TokenID] = r
	}
	for _, id := range ids {
		if r, ok := byID[id]; ok { // a row deleted between the two reads is left out
			page.Tokens = append(page.Tokens, r.token())
		}
	}
	page.HasNext = q.Offset()+len(page.Tokens) < page.Total
	return page, nil
}

// searchIDs returns the page's token ids in order and the number of matches.
// The order is decided over token ids alone, then the page's rows are read:
// sorting thousands of matches by rank is several times faster when the
// sorter carries (id, rank) rather than whole rows.
//
// PostgreSQL counts in the same pass (COUNT(*) OVER ()): the matches are
// found and ranked once instead of twice, and one round trip is saved; only
// a page past the end needs the count on its own. SQLite cannot run bm25
// beside a window function, and a plain browse there stops reading its
// index after the page, so it counts first.
func (s *Store) searchIDs(db *gorm.DB, q listing.Query, b *searchQuery) ([]uint64, int, error) {
	count := func() (int, error) {
		var n int64
		if err := db.Raw(`SELECT COUNT(*) FROM `+b.from+b.whereSQL(), b.args()...).Scan(&n).Error; err != nil {
			return 0, fmt.Errorf("search tokens: count: %w", err)
		}
		return int(n), nil
	}
	args := append(b.args(), q.PerPage, q.Offset())
	if s.backend == Postgres {
		var rows []struct {
			TokenID uint64
			Total   int64
		}
		err := db.Raw(`SELECT t.token_id, COUNT(*) OVER () AS total FROM `+b.from+b.whereSQL()+
			` ORDER BY `+b.order+` LIMIT ? OFFSET ?`, args...).Scan(&rows).Error
		if err != nil {
			return nil, 0, fmt.Errorf("search tokens: %w", err)
		}
		if len(rows) == 0 {
			total, err := count()
			return nil, total, err
		}
		ids := make([]uint64, len(rows))
		for i, r := range rows {
			ids[i] = r.TokenID
		}
		return ids, int(rows[0].Total), nil
	}
	total, err := count()
	if err != nil || q.Offset() >= total {
		return nil, total, err
	}
	var ids []uint64
	err = db.Raw(`SELECT t.token_id FROM `+b.from+b.whereSQL()+` ORDER BY `+b.order+` LIMIT ? OFFSET ?`, args...).
		Scan(&ids).Error
	if err != nil {
		return nil, 0, fmt.Errorf("search tokens: %w", err)
	}
	return ids, total, nil
}

// searchQuery is one search as SQL: the FROM clause (with its parameters,
// which come first), the conditions and the ORDER BY.
type searchQuery struct {
	from     string
	fromArgs []any
	where    []string
	whereArg []any
	order    string
}

func (b *searchQuery) cond(sql string, args ...any) {
	b.where = append(b.where, sql)
	b.whereArg = append(b.whereArg, args...)
}

func (b *searchQuery) whereSQL() string {
	if len(b.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(b.where, " AND ")
}

func (b *searchQuery) args() []any {
	return append(append([]any{}, b.fromArgs...), b.whereArg...)
}

func (s *Store) searchSQL(q listing.Query, terms []string) *searchQuery {
	b := &searchQuery{from: "tokens t"}
	rank := ""
	if len(terms) > 0 {
		if s.backend == Postgres {
			b.from = "tokens t CROSS JOIN to_tsquery('english', ?) AS tq"
			b.fromArgs = []any{pgTSQuery(terms)}
			b.cond("t.search @@ tq")
			rank = "ts_rank(t.search, tq) DESC"
		} else {
			// bm25 weights per column: title, description, tags, format, license.
			// CROSS JOIN fixes the order (SQLite never reorders it): the
			// match list drives. With a plain JOIN and a filter such as kind,
			// the planner walks the kind index and runs the MATCH once per
			// row, setting up the prefix term's iterator each time: ~50x
			// slower on 10,000 tokens (275 ms instead of 5 ms per count).
			b.from = "tokens_fts CROSS JOIN tokens t ON t.token_id = tokens_fts.rowid"
			b.cond("tokens_fts MATCH ?", ftsQuery(terms))
			rank = "bm25(tokens_fts, 10.0, 1.0, 4.0, 2.0, 2.0)"
		}
	}
	b.cond(notHidden) // tokens hidden by moderation vanish (moderation_query.go)
	// Without statistics (nothing runs ANALYZE) SQLite picks the index of
	// a filter and sorts all its matches where walking the order's index
	// and skipping the rest is far cheaper: kind=art sorted by price took
	// 4.5 ms on 10,000 tokens instead of 0.1 ms. A unary + keeps a column
	// out of the choice of index; only the filters an order's own index
	// starts with stay eligible.
	col := func(c string, servesOrder bool) string {
		if s.backend == SQLite && len(terms) == 0 && !servesOrder {
			return "+" + c
		}
		return c
	}
	if q.Kind != "" {
		b.cond(col("t.kind", q.Sort == listing.SortNewest)+" = ?", string(q.Kind))
	}
	if q.Format != "" {
		b.cond("t.format = ?", q.Format)
	}
	if q.LicenseAvailable {
		b.cond("t.offers_open > 0")
	}
	if q.Creator != "" {
		b.cond("t.creator = ?", q.Creator)
	}
	if q.ListedOnly || q.PriceBound() {
		b.cond(col("t.listed", q.Sort == listing.SortPriceAsc || q.Sort == listing.SortPriceDesc) + " = TRUE")
	}
	if q.MinPrice != nil {
		b.cond("t.price_key >= ?", priceKey(q.MinPrice.String()))
	}
	if q.MaxPrice != nil {
		b.cond("t.price_key <= ?", priceKey(q.MaxPrice.String()))
	}
	switch q.Sort {
	case listing.SortRelevance:
		b.order = rank + ", t.token_id DESC"
	case listing.SortPriceAsc:
		b.order = "t.listed DESC, t.price_key ASC, t.token_id ASC"
	case listing.SortPriceDesc:
		b.order = "t.listed DESC, t.price_key DESC, t.token_id DESC"
	case listing.SortMostLicensed:
		b.order = "t.licenses_sold DESC, t.token_id DESC"
	default:
		b.order = "t.minted_block DESC, t.token_id DESC"
	}
	return b
}

// ftsQuery writes terms as an FTS5 query: each a quoted string (terms hold
// only letters and digits, so no quote can end one early), all required,
// the last one also matching as a prefix so a half-typed word finds.
func ftsQuery(terms []string) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = `"` + t + `"`
	}
	parts[len(parts)-1] += "*"
	return strings.Join(parts, " ")
}

// pgTSQuery writes terms as a to_tsquery text: lexemes joined by &, the last
// one a prefix. Terms hold only letters and digits, so none is an operator.
func pgTSQuery(terms []string) string {
	return strings.Join(terms, " & ") + ":*"
}
