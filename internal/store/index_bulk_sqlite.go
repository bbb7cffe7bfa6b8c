package store

import (
	"fmt"
	"strconv"
	"strings"
)

// SQLite's driver parses every statement again and finds each bound
// parameter by a linear search of the arguments, so most of a bulk insert's
// time went to the driver, per value. The SQLite path therefore binds only
// text: integers, booleans and NULL go into the statement as literals
// (strconv output, nothing a value can inject), and a column whose value is
// the column's default is left out of the row (see tokenDefaults). Rows that
// leave out the same columns share multi-row INSERTs, in their order.

// sqliteParamsPerStatement is about how many parameters go into one
// statement: the search per parameter grows with it, the parse per
// statement is paid less often.
const sqliteParamsPerStatement = 400

// sqliteRowsPerStatement caps rows of literals only.
const sqliteRowsPerStatement = 200

// keepColumn marks a column insertSQLite never leaves out.
type keepColumn struct{}

// insertSQLite is insert for SQLite. defaults, when not nil, gives per column
// the value that the column's DEFAULT writes (keepColumn{} for none): a row
// whose value is that default leaves the column out. tail must not depend on
// which columns a row names (ON CONFLICT … excluded.c sees the default).
func (w bulkWriter) insertSQLite(table string, cols []string, tail string, values []any, defaults []any) error {
	n := len(cols)
	if n > 64 {
		return fmt.Errorf("insert into %s: %d columns do not fit a 64-bit column mask", table, n)
	}
	type group struct {
		cols []int
		rows [][]any
	}
	groups := map[uint64]*group{}
	var order []uint64
	for i := 0; i+n <= len(values); i += n {
		row := values[i : i+n]
		var mask uint64 // the columns this row names
		for c := range row {
			if defaults == nil || !sameValue(row[c], defaults[c]) {
				mask |= 1 << c
			}
		}
		g := groups[mask]
		if g == nil {
			g = &group{cols: maskColumns(mask, n)}
			groups[mask] = g
			order = append(order, mask)
		}
		g.rows = append(g.rows, row)
	}
	for _, mask := range order {
		g := groups[mask]
		names := make([]string, len(g.cols))
		for i, c := range g.cols {
			names[i] = cols[c]
		}
		head := "INSERT INTO " + table + " (" + strings.Join(names, ", ") + ") VALUES "
		var b strings.Builder
		var args []any
		rows := 0
		flush := func() error {
			if rows == 0 {
				return nil
			}
			b.WriteString(tail)
			if _, err := w.conn.ExecContext(w.ctx, b.String(), args...); err != nil {
				return fmt.Errorf("insert into %s: %w", table, err)
			}
			b.Reset()
			args, rows = args[:0], 0
			return nil
		}
		for _, row := range g.rows {
			if rows == 0 {
				b.WriteString(head)
			} else {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			for i, c := range g.cols {
				if i > 0 {
					b.WriteByte(',')
				}
				if lit, ok := sqliteLiteral(row[c]); ok {
					b.WriteString(lit)
				} else {
					b.WriteByte('?')
					args = append(args, row[c])
				}
			}
			b.WriteByte(')')
			rows++
			if len(args) >= sqliteParamsPerStatement || rows >= sqliteRowsPerStatement {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		if err := flush(); err != nil {
			return err
		}
	}
	return nil
}

// sqliteLiteral writes v as SQL when it is a number, a boolean or NULL (the
// storage classes the driver binds them as: INTEGER, INTEGER 0/1, NULL).
func sqliteLiteral(v any) (string, bool) {
	switch x := v.(type) {
	case nil:
		return "NULL", true
	case int64:
		return strconv.FormatInt(x, 10), true
	case bool:
		if x {
			return "1", true
		}
		return "0", true
	}
	return "", false
}

// tokenDefaults are the DEFAULTs of migration 7 for tokenColumnsW (keepColumn
// where there is none or the column is always named); TestTokenDefaults
// reads them back from the schema.
var tokenDefaults = func() []any {
	d := map[string]any{
		"royalty_receiver": "", "royalty_bps": int64(0), "version_count": int64(1), "transfer_count": int64(0),
		"metadata_state": "pending", "metadata_tries": int64(0), "metadata_retry_at": nil, "listed": false,
		"seller": "", "price": "", "price_key": "", "listed_at": nil, "sales_count": int64(0),
		"last_sale_price": "", "last_sale_at": nil, "licenses_sold": int64(0), "offers_open": int64(0),
	}
	out := make([]any, len(tokenColumnsW))
	for i, c := range tokenColumnsW {
		if v, ok := d[c]; ok {
			out[i] = v
		} else {
			out[i] = keepColumn{}
		}
	}
	return out
}()
