package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// bulkWriter writes many rows with multi-row INSERTs straight through the
// transaction's connection: no reflection per row, one statement text per
// table reused for every full chunk (PostgreSQL prepares it once per
// connection). SQLite's driver parses every statement again: its inserts
// go through insertSQLite (index_bulk_sqlite.go), which binds fewer values.
type bulkWriter struct {
	ctx  context.Context
	conn gorm.ConnPool // the *sql.Tx of a gorm transaction
	pg   bool
}

func newBulkWriter(ctx context.Context, tx *gorm.DB) bulkWriter {
	return bulkWriter{ctx: ctx, conn: tx.Statement.ConnPool, pg: tx.Dialector.Name() == "postgres"}
}

// rowsPerStatement is how many rows of cols columns go into one statement.
// The SQLite driver looks each parameter up by a linear scan of the
// arguments (time quadratic in their number) and parses each statement
// anew, which makes about 400 parameters the cheapest size there.
// PostgreSQL gets long statements: each one is a round trip, and the
// protocol allows 65,535 parameters.
func (w bulkWriter) rowsPerStatement(cols int) int {
	if w.pg {
		return max(1, 30_000/cols)
	}
	return max(1, 400/cols)
}

// insert writes rows given as one flat list of values, len(cols) per row in
// the order of cols: INSERT INTO table (cols) VALUES (…), (…) tail.
func (w bulkWriter) insert(table string, cols []string, tail string, values []any) error {
	n := len(cols)
	rows := len(values) / n
	per := w.rowsPerStatement(n)
	full := ""
	for i := 0; i < rows; i += per {
		k := min(per, rows-i)
		var q string
		if k == per {
			if full == "" {
				full = w.insertSQL(table, cols, k, tail)
			}
			q = full
		} else {
			q = w.insertSQL(table, cols, k, tail)
		}
		if _, err := w.conn.ExecContext(w.ctx, q, values[i*n:(i+k)*n]...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
	}
	return nil
}

// insertSQL writes the statement for rows rows, with ? placeholders for
// SQLite and $n for PostgreSQL.
func (w bulkWriter) insertSQL(table string, cols []string, rows int, tail string) string {
	var b strings.Builder
	b.Grow(32 + len(table) + 16*len(cols) + rows*len(cols)*6 + len(tail))
	b.WriteString("INSERT INTO ")
	b.WriteString(table)
	b.WriteString(" (")
	b.WriteString(strings.Join(cols, ", "))
	b.WriteString(") VALUES ")
	p := 0
	for r := range rows {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for c := range cols {
			if c > 0 {
				b.WriteByte(',')
			}
			p++
			if w.pg {
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(p))
			} else {
				b.WriteByte('?')
			}
		}
		b.WriteByte(')')
	}
	b.WriteString(tail)
	return b.String()
}

// eventColumnsW are the chain_events columns insertEvents writes, in order.
var eventColumnsW = []string{"tx_hash", "log_index", "block_number", "block_hash", "block_time", "contract", "kind",
	"token_id", "account", "counterparty", "amount", "data", "offer_id"}

// insertEvents writes new events (an event already stored is left as it is).
func (w bulkWriter) insertEvents(events []eventRecord) error {
	values := make([]any, 0, len(events)*len(eventColumnsW))
	for i := range events {
		e := &events[i]
		values = append(values, e.TxHash, int64(e.LogIndex), int64(e.BlockNumber), e.BlockHash, dbTime(e.BlockTime),
			e.Contract, e.Kind, optInt(e.TokenID), e.Account, e.Counterparty, e.Amount, e.Data, optInt(e.OfferID))
	}
	if !w.pg {
		return w.insertSQLite("chain_events", eventColumnsW, " ON CONFLICT DO NOTHING", values, nil)
	}
	return w.insert("chain_events", eventColumnsW, " ON CONFLICT DO NOTHING", values)
}

// tokenColumnsW are the tokens columns upsertTokens writes: the key and the
// fold's columns. The metadata content columns keep their defaults on a new
// row and their values on a known one (the metadata fetcher owns them).
var tokenColumnsW = append([]string{"token_id"}, foldColumns...)

var tokenUpsertTail = func() string {
	set := make([]string, len(foldColumns))
	for i, c := range foldColumns {
		set[i] = c + " = excluded." + c
	}
	return " ON CONFLICT (token_id) DO UPDATE SET " + strings.Join(set, ", ")
}()

// upsertTokens writes folded rows whole (their fold columns), each token
// once: new tokens, and the rows a rewind folds again.
func (w bulkWriter) upsertTokens(rows []tokenRecord) error {
	values := make([]any, 0, len(rows)*len(tokenColumnsW))
	for i := range rows {
		values = append(values, int64(rows[i].TokenID))
		values = append(values, foldValues(&rows[i])...)
	}
	if !w.pg {
		return w.insertSQLite("tokens", tokenColumnsW, tokenUpsertTail, values, tokenDefaults)
	}
	return w.insert("tokens", tokenColumnsW, tokenUpsertTail, values)
}

// foldValues are r's values of foldColumns, in that order.
func foldValues(r *tokenRecord) []any {
	return []any{r.Creator, r.Owner, r.MetadataCID, r.Digest, r.RoyaltyReceiver, int64(r.RoyaltyBps),
		int64(r.VersionCount), int64(r.TransferCount), int64(r.MintedBlock), dbTime(r.MintedAt), r.MintTx,
		r.MetadataState, int64(r.MetadataTries), optTime(r.MetadataRetryAt), r.Listed, r.Seller, r.Price, r.PriceKey,
		optTime(r.ListedAt), int64(r.SalesCount), r.LastSalePrice, optTime(r.LastSaleAt), int64(r.LicensesSold),
		int64(r.OffersOpen)}
}

// pgFoldTypes are the PostgreSQL types of foldColumns: the VALUES list of
// an UPDATE … FROM has no column to take a parameter's type from.
var pgFoldTypes = []string{"text", "text", "text", "text", "text", "integer", "integer", "integer", "bigint",
	"timestamptz", "text", "text", "integer", "timestamptz", "boolean", "text", "text", "text", "timestamptz",
	"integer", "text", "timestamptz", "integer", "integer"}

// updateTokens writes known tokens' new rows, only the columns that
// changed: a listing or a price change then touches the price indexes and
// not the ten others of tokens. Rows that changed the same columns share
// multi-row UPDATEs.
func (w bulkWriter) updateTokens(old map[uint64]*tokenRecord, rows []tokenRecord) error {
	type group struct {
		cols   []int
		values []any
	}
	groups := map[uint32]*group{}
	var order []uint32
	for i := range rows {
		r := &rows[i]
		was, now := foldValues(old[r.TokenID]), foldValues(r)
		var mask uint32
		for c := range now {
			if !sameValue(was[c], now[c]) {
				mask |= 1 << c
			}
		}
		if mask == 0 {
			continue
		}
		g := groups[mask]
		if g == nil {
			g = &group{cols: maskColumns(uint64(mask), len(now))}
			groups[mask] = g
			order = append(order, mask)
		}
		g.values = append(g.values, int64(r.TokenID))
		for _, c := range g.cols {
			g.values = append(g.values, now[c])
		}
	}
	for _, mask := range order {
		if err := w.update(groups[mask].cols, groups[mask].values); err != nil {
			return err
		}
	}
	return nil
}

// update runs WITH v (token_id, cols…) AS (VALUES …) UPDATE tokens SET … FROM v
// over values (token id, then the cols, per row).
func (w bulkWriter) update(cols []int, values []any) error {
	n := 1 + len(cols)
	rows := len(values) / n
	per := w.rowsPerStatement(n)
	for i := 0; i < rows; i += per {
		k := min(per, rows-i)
		if _, err := w.conn.ExecContext(w.ctx, w.updateSQL(cols, k), values[i*n:(i+k)*n]...); err != nil {
			return fmt.Errorf("update tokens: %w", err)
		}
	}
	return nil
}

func (w bulkWriter) updateSQL(cols []int, rows int) string {
	var b strings.Builder
	b.WriteString("WITH v (token_id")
	for _, c := range cols {
		b.WriteString(", ")
		b.WriteString(foldColumns[c])
	}
	b.WriteString(") AS (VALUES ")
	p := 0
	param := func(typ string) {
		p++
		if w.pg {
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(p))
			b.WriteString("::")
			b.WriteString(typ)
		} else {
			b.WriteByte('?')
		}
	}
	for r := range rows {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		param("bigint")
		for _, c := range cols {
			b.WriteByte(',')
			param(pgFoldTypes[c])
		}
		b.WriteByte(')')
	}
	b.WriteString(") UPDATE tokens SET ")
	for i, c := range cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(foldColumns[c] + " = v." + foldColumns[c])
	}
	b.WriteString(" FROM v WHERE tokens.token_id = v.token_id")
	return b.String()
}

// sameValue compares two fold values (times by instant: a time read back
// may carry another location).
func sameValue(a, b any) bool {
	if ta, ok := a.(time.Time); ok {
		tb, ok := b.(time.Time)
		return ok && ta.Equal(tb)
	}
	return a == b
}

// optInt and optTime give NULL for nil, as the drivers need it (a typed
// nil pointer would go through reflection).
func optInt(p *uint64) any {
	if p == nil {
		return nil
	}
	return int64(*p)
}

func optTime(t *time.Time) any {
	if t == nil {
		return nil
	}
	return dbTime(*t)
}

// maskColumns lists the column positions (below n) whose bit is set in mask.
func maskColumns(mask uint64, n int) []int {
	var cols []int
	for c := range n {
		if mask&(1<<c) != 0 {
			cols = append(cols, c)
		}
	}
	return cols
}
