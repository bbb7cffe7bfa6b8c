package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"gorm.io/gorm"
)

// driverTimeLayout is how the SQLite driver writes a bound time.Time.
const driverTimeLayout = "2006-01-02 15:04:05.999999999-07:00"

func openSQLite(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), Target{Backend: SQLite, DSN: filepath.Join(t.TempDir(), "bulk.db")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestTokenDefaults checks tokenDefaults against migration 7's DEFAULTs:
// the SQLite insert leaves a column out when its value is the default, so a
// wrong entry would store another value.
func TestTokenDefaults(t *testing.T) {
	s := openSQLite(t)
	var cols []struct {
		Name      string
		DfltValue *string
		Notnull   int
	}
	if err := s.db.Raw(`SELECT name, dflt_value, "notnull" FROM pragma_table_info('tokens')`).Scan(&cols).Error; err != nil {
		t.Fatal(err)
	}
	schema := map[string]*string{}
	notNull := map[string]bool{}
	for _, c := range cols {
		schema[c.Name] = c.DfltValue
		notNull[c.Name] = c.Notnull == 1
	}
	omittable := 0
	for i, c := range tokenColumnsW {
		d := tokenDefaults[i]
		if _, keep := d.(keepColumn); keep {
			continue
		}
		omittable++
		var want string
		switch x := d.(type) {
		case nil:
			if schema[c] != nil || notNull[c] {
				t.Errorf("%s: default NULL in tokenDefaults, schema says %s (not null %v)", c, sqlText(schema[c]), notNull[c])
			}
			continue
		case string:
			want = "'" + x + "'"
		case int64:
			want = strconv.FormatInt(x, 10)
		case bool:
			want = map[bool]string{false: "FALSE", true: "TRUE"}[x]
		default:
			t.Fatalf("%s: default of type %T", c, d)
		}
		if got := schema[c]; got == nil || *got != want {
			t.Errorf("%s: tokenDefaults says %s, schema %s", c, want, sqlText(got))
		}
	}
	if omittable < 10 {
		t.Fatalf("only %d columns may be left out", omittable)
	}
}

// TestInsertSQLite_StorageClasses checks that rows written with literals and
// left-out defaults read back with the storage classes and values that
// bound parameters give: INTEGER for numbers and booleans, TEXT for text
// and times, NULL for nil.
func TestInsertSQLite_StorageClasses(t *testing.T) {
	s := openSQLite(t)
	ctx := context.Background()
	at := time.Date(2026, 3, 4, 5, 6, 7, 891_000_000, time.UTC)
	listed := at.Add(time.Hour)
	rows := []tokenRecord{
		{TokenID: 7, Creator: "0xa", Owner: "0xb", MetadataCID: "bafy\"q'uote\\", Digest: "0xd", MintedBlock: 1 << 40,
			MintedAt: at, MintTx: "0xt", MetadataState: "pending", VersionCount: 1},
		{TokenID: 8, Creator: "0xa", Owner: "0xb", MetadataCID: "c", Digest: "0xd", RoyaltyReceiver: "0xr", RoyaltyBps: 250,
			VersionCount: 3, TransferCount: 2, MintedBlock: 5, MintedAt: at, MintTx: "0xt", MetadataState: "ok",
			Listed: true, Seller: "0xb", Price: "1000", PriceKey: "k", ListedAt: &listed, SalesCount: 1,
			LastSalePrice: "9", LastSaleAt: &listed, LicensesSold: 4, OffersOpen: 1},
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return newBulkWriter(ctx, tx).upsertTokens(rows)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		want := append([]any{int64(r.TokenID)}, foldValues(&r)...)
		for i, c := range tokenColumnsW {
			var got struct {
				T string
				V string
			}
			q := fmt.Sprintf(`SELECT typeof(%s) AS t, COALESCE(CAST(%s AS TEXT), '') AS v FROM tokens WHERE token_id = ?`, c, c)
			if err := s.db.Raw(q, r.TokenID).Scan(&got).Error; err != nil {
				t.Fatal(err)
			}
			var wantT, wantV string
			switch x := want[i].(type) {
			case nil:
				wantT = "null"
			case int64:
				wantT, wantV = "integer", strconv.FormatInt(x, 10)
			case bool:
				wantT, wantV = "integer", map[bool]string{false: "0", true: "1"}[x]
			case string:
				wantT, wantV = "text", x
			case time.Time:
				wantT, wantV = "text", x.Format(driverTimeLayout)
			}
			if got.T != wantT || got.V != wantV {
				t.Errorf("token %d %s: stored %s %q, want %s %q", r.TokenID, c, got.T, got.V, wantT, wantV)
			}
		}
	}
	// The FTS insert trigger indexed the rows as written (defaults included).
	if err := s.db.Exec(`INSERT INTO tokens_fts (tokens_fts, rank) VALUES ('integrity-check', 1)`).Error; err != nil {
		t.Fatalf("FTS integrity: %v", err)
	}
	// The read side sees the same row.
	tok, err := s.Token(ctx, 8)
	if err != nil {
		t.Fatal(err)
	}
	if tok.Listing == nil || tok.Listing.Price.String() != "1000" || tok.RoyaltyBps != 250 || !tok.MintedAt.Equal(at) {
		t.Fatalf("token 8 reads back as %+v", tok)
	}
}

func sqlText(p *string) string {
	if p == nil {
		return "no default"
	}
	return *p
}
