package store_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"modelmarket/internal/store"
)

// seedToken is one row of tokens as a test writes it, straight into the
// table (the indexer is another test's business).
type seedToken struct {
	ID           uint64
	Creator      string
	Owner        string
	Kind         string
	Title        string
	Description  string
	Tags         []string
	Format       string
	License      string
	Image        string
	MintedBlock  uint64
	Listed       bool
	Price        *big.Int // wei, when listed
	LicensesSold int
	OffersOpen   int
	RoyaltyTo    string
}

// seedEvent is one chain_events row.
type seedEvent struct {
	TxHash       string
	LogIndex     int
	Block        uint64
	Kind         string
	TokenID      uint64
	Account      string
	Counterparty string
	Amount       *big.Int
	Data         string
}

// rawDB opens a second connection to the store's database, so tests can
// write rows the way the indexer will, without an API for it.
func rawDB(t testing.TB, target store.Target) *gorm.DB {
	t.Helper()
	var d gorm.Dialector
	if target.Backend == store.Postgres {
		d = postgres.Open(target.DSN)
	} else {
		d = sqlite.Open("file:" + target.DSN + "?_pragma=busy_timeout(10000)")
	}
	db, err := gorm.Open(d, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatalf("open raw %s: %v", target.Backend, err)
	}
	t.Cleanup(func() {
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	})
	return db
}

func priceKey(wei *big.Int) string {
	s := wei.String()
	return strings.Repeat("0", 78-len(s)) + s
}

// insertTokens writes the rows in one transaction, 200 per statement.
func insertTokens(t testing.TB, db *gorm.DB, tokens []seedToken) {
	t.Helper()
	const cols = `token_id, creator, owner, metadata_cid, digest, royalty_receiver, royalty_bps, minted_block, minted_at,
		mint_tx, metadata_state, kind, title, description, tags, format, license, image, listed, seller, price, price_key,
		listed_at, licenses_sold, offers_open`
	const n = 25
	placeholders := "(" + strings.TrimSuffix(strings.Repeat("?,", n), ",") + ")"
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	err := db.Transaction(func(tx *gorm.DB) error {
		for start := 0; start < len(tokens); start += 200 {
			batch := tokens[start:min(start+200, len(tokens))]
			var args []any
			var rows []string
			for _, tok := range batch {
				tags := strings.Join(tok.Tags, " ") // the indexer's form: lower-case words
				seller, price, key := "", "", ""
				var listedAt any
				if tok.Listed {
					seller, price, key, listedAt = tok.Owner, tok.Price.String(), priceKey(tok.Price), base
				}
				owner := tok.Owner
				if owner == "" {
					owner = tok.Creator
				}
				args = append(args, tok.ID, tok.Creator, owner, fmt.Sprintf("bafymeta%d", tok.ID), "0x00", tok.RoyaltyTo, 500,
					tok.MintedBlock, base.Add(time.Duration(tok.MintedBlock)*time.Second), fmt.Sprintf("0xmint%d", tok.ID), "ok",
					tok.Kind, tok.Title, tok.Description, tags, tok.Format, tok.License, tok.Image,
					tok.Listed, seller, price, key, listedAt, tok.LicensesSold, tok.OffersOpen)
				rows = append(rows, placeholders)
			}
			if err := tx.Exec(`INSERT INTO tokens (`+cols+`) VALUES `+strings.Join(rows, ","), args...).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("insert %d tokens: %v", len(tokens), err)
	}
}

func insertEvents(t testing.TB, db *gorm.DB, events []seedEvent) {
	t.Helper()
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	err := db.Transaction(func(tx *gorm.DB) error {
		for _, e := range events {
			amount := ""
			if e.Amount != nil {
				amount = e.Amount.String()
			}
			data := e.Data
			if data == "" {
				data = "{}"
			}
			err := tx.Exec(`INSERT INTO chain_events (tx_hash, log_index, block_number, block_hash, block_time, contract, kind,
				token_id, account, counterparty, amount, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
				e.TxHash, e.LogIndex, e.Block, fmt.Sprintf("0xblock%d", e.Block), base.Add(time.Duration(e.Block)*time.Second),
				"0xmarket", e.Kind, e.TokenID, e.Account, e.Counterparty, amount, data).Error
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("insert %d events: %v", len(events), err)
	}
}

func addr(i int) string { return fmt.Sprintf("0x%040x", 0xc0ffee00+i) }

func eth(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }

var (
	seedAdjectives = []string{"silent", "crimson", "hollow", "bright", "gentle", "frozen", "golden", "restless", "quiet", "distant", "velvet", "iron"}
	seedNouns      = []string{"lantern", "harbor", "orchard", "meadow", "engine", "river", "falcon", "garden", "signal", "canyon", "beacon", "forest"}
	seedFormats    = []string{"safetensors", "gguf", "onnx", "pickle"}
	seedLicenses   = []string{"apache-2.0", "mit", "cc-by-4.0", "openrail"}
)

// catalogue makes n tokens whose fields cycle through small sets, so each
// filter and order has many matches and many ties (the tie-breakers matter
// for pages). Tokens 1 and 2 carry the word "zephyrine": 1 in its title, 2
// in its description only.
func catalogue(n int) []seedToken {
	out := make([]seedToken, 0, n)
	for i := 1; i <= n; i++ {
		tok := seedToken{
			ID:           uint64(i),
			Creator:      addr(i % 10),
			Owner:        addr(i % 7),
			Title:        fmt.Sprintf("%s %s %d", seedAdjectives[i%len(seedAdjectives)], seedNouns[(i/3)%len(seedNouns)], i),
			Description:  fmt.Sprintf("A %s study of a %s.", seedAdjectives[(i/5)%len(seedAdjectives)], seedNouns[(i/7)%len(seedNouns)]),
			Tags:         []string{seedNouns[i%len(seedNouns)], "tag" + fmt.Sprint(i%13)},
			License:      seedLicenses[i%len(seedLicenses)],
			MintedBlock:  uint64(i/2 + 1), // two tokens per block: ties on the mint order
			Listed:       i%2 == 0,
			Price:        eth(int64(10 * (i%37 + 1))), // 0.01 … 0.37 ETH, many equal prices
			LicensesSold: i % 17,
			RoyaltyTo:    addr(i % 10),
		}
		if i%11 == 0 {
			tok.OffersOpen = 1
		}
		if i%3 == 0 {
			tok.Kind, tok.Format, tok.Image = "art", "png", fmt.Sprintf("ipfs://bafyimage%d", i)
		} else {
			tok.Kind, tok.Format = "model", seedFormats[i%len(seedFormats)]
		}
		out = append(out, tok)
	}
	out[0].Title = "Zephyrine dreams"
	out[1].Description = "Trained on zephyrine weather charts."
	return out
}
