package store_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// syntheticEvents makes n events shaped like bench/indexer's chain: 80 %
// mints (Transfer + Minted), 10 % listings, 10 % price changes, perBlock
// events per block.
func syntheticEvents(n, perBlock int) []listing.ChainEvent {
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	owner := "0x" + fmt.Sprintf("%040x", 0xabc)
	var out []listing.ChainEvent
	block, logIndex, tx := uint64(10), uint(0), 0
	add := func(kind string, id uint64, account, counterparty, amount, data string) {
		if logIndex == uint(perBlock) {
			block++
			logIndex = 0
		}
		tx++
		out = append(out, listing.ChainEvent{TxHash: fmt.Sprintf("0x%064x", tx), LogIndex: logIndex, Block: block,
			BlockHash: fmt.Sprintf("0x%064x", block), BlockTime: base.Add(time.Duration(block) * time.Second),
			Contract: "0x" + fmt.Sprintf("%040x", 1), Kind: kind, TokenID: id, HasToken: true, Account: account,
			Counterparty: counterparty, Amount: amount, Data: data})
		logIndex++
	}
	mints := n * 2 / 5
	lists := mints / 4
	for i := range mints {
		id := uint64(i + 1)
		add(string(listing.Transferred), id, "0x0000000000000000000000000000000000000000", owner, "", "")
		add(string(listing.Minted), id, owner, owner, "", fmt.Sprintf(`{"cid":"bafkreitoken%08d","digest":"0x%064x","royaltyReceiver":"%s","royaltyBps":250}`, id, id, owner))
	}
	for i := range lists {
		add(string(listing.Listed), uint64(i+1), owner, "", strconv.Itoa(1e15+i), "")
	}
	for i := range n - 2*mints - lists {
		add(string(listing.PriceChanged), uint64(i%lists+1), owner, "", strconv.Itoa(2e15+i), `{"oldPrice":"1"}`)
	}
	return out
}

// BenchmarkApplyIndexBatch measures the store side of a backfill alone:
// MARKET_BENCH_EVENTS synthetic events (default 50,000) applied in batches
// of about MARKET_BENCH_BATCH events (default 5,000), whole blocks each.
func BenchmarkApplyIndexBatch(b *testing.B) {
	n, size := 50_000, 5_000
	if v, err := strconv.Atoi(os.Getenv("MARKET_BENCH_EVENTS")); err == nil {
		n = v
	}
	if v, err := strconv.Atoi(os.Getenv("MARKET_BENCH_BATCH")); err == nil {
		size = v
	}
	events := syntheticEvents(n, 500)
	for _, backend := range []string{"sqlite", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				var target store.Target
				if backend == "sqlite" {
					target = storetest.SQLiteTarget(b)
				} else {
					target = storetest.PostgresTarget(b)
				}
				s := storetest.Open(b, target)
				b.StartTimer()
				t0 := time.Now()
				for start := 0; start < len(events); {
					end := min(start+size, len(events))
					for end < len(events) && events[end].Block == events[end-1].Block {
						end++
					}
					last := events[end-1]
					c := listing.IndexCursor{ChainID: 1, Contracts: "a", Block: listing.BlockRef{Number: last.Block, Hash: last.BlockHash}}
					if err := s.ApplyIndexBatch(context.Background(), listing.IndexBatch{Events: events[start:end],
						Blocks: []listing.BlockRef{c.Block}, Cursor: c}); err != nil {
						b.Fatal(err)
					}
					start = end
				}
				b.ReportMetric(float64(len(events))/time.Since(t0).Seconds(), "events/s")
			}
		})
	}
}
