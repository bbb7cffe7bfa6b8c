package indexer

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"runtime/pprof"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/indexer"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// fetchAndDecode reads the logs the indexer reads, in 2,000-block windows,
// and decodes them: the work of a backfill without the database.
func fetchAndDecode(b *testing.B, env *contractstest.Env, dec *indexer.Decoder, head uint64) ([]types.Log, int) {
	ctx := context.Background()
	var all []types.Log
	events := 0
	for from := env.Addr.DeployBlock; from <= head; from += 2000 {
		logs, err := env.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
			ToBlock: new(big.Int).SetUint64(min(from+1999, head)), Addresses: dec.Addresses(), Topics: [][]common.Hash{dec.Topics()}})
		if err != nil {
			b.Fatal(err)
		}
		evs, err := dec.Decode(logs)
		if err != nil {
			b.Fatal(err)
		}
		events += len(evs)
		all = append(all, logs...)
	}
	return all, events
}

func BenchmarkBackfill(b *testing.B) {
	n := 100_000
	if v := os.Getenv("MARKET_BENCH_EVENTS"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	env, err := contractstest.NewEnv(5, contracts.DeployParams{FeeBps: 250, MaxFeeBps: 1000})
	if err != nil {
		b.Fatal(err)
	}
	defer env.Close()
	start := time.Now()
	generate(b, env, env.Accounts[1:], n)
	head, _ := env.Client.BlockNumber(context.Background())
	b.Logf("generated on the simulated chain in %s (%d blocks)", time.Since(start).Round(time.Millisecond), head)

	dec, err := indexer.NewDecoder(env.Addr)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ctx := context.Background()
		// Fetch + decode: the same logs the indexer reads, decoded, no database.
		t0 := time.Now()
		logs, events := fetchAndDecode(b, env, dec, head)
		fetchRate := float64(events) / time.Since(t0).Seconds()
		if events < n {
			b.Fatalf("generated %d events, want %d", events, n)
		}
		// Decode only: the logs already in memory.
		t0 = time.Now()
		if _, err := dec.Decode(logs); err != nil {
			b.Fatal(err)
		}
		decodeRate := float64(events) / time.Since(t0).Seconds()
		fmt.Printf("\nindexer backfill, %d events in %d blocks\n", events, head-env.Addr.DeployBlock)
		fmt.Printf("  %-26s %10.0f events/s\n", "decode only (in memory)", decodeRate)
		fmt.Printf("  %-26s %10.0f events/s\n", "getLogs + decode", fetchRate)

		targets := []struct {
			name   string
			target func() store.Target
		}{{"SQLite", func() store.Target { return storetest.SQLiteTarget(b) }}}
		if os.Getenv(storetest.EnvPostgres) != "" {
			targets = append(targets, struct {
				name   string
				target func() store.Target
			}{"PostgreSQL", func() store.Target { return storetest.PostgresTarget(b) }})
		}
		for _, tg := range targets {
			s := storetest.Open(b, tg.target())
			ix, err := indexer.New(env.Client, s, indexer.Config{Contracts: env.Addr, StartBlock: env.Addr.DeployBlock})
			if err != nil {
				b.Fatal(err)
			}
			stop := profile(b, tg.name)
			t0 := time.Now()
			if _, err := ix.Sync(ctx); err != nil {
				b.Fatal(err)
			}
			took := time.Since(t0)
			stop()
			stored, tokens, err := s.IndexCounts(ctx)
			if err != nil {
				b.Fatal(err)
			}
			if int(stored) != events {
				b.Fatalf("%s stored %d events, want %d", tg.name, stored, events)
			}
			rate := float64(stored) / took.Seconds()
			goal := "meets"
			if rate < 10_000 || rate < fetchRate/2 {
				goal = "MISSES"
			}
			fmt.Printf("  %-26s %10.0f events/s  %5.1f %% of getLogs + decode, %5.1f %% of decode only  (%s, %d tokens; goal >= 50 %% and >= 10,000/s: %s)\n",
				"backfill into "+tg.name, rate, 100*rate/fetchRate, 100*rate/decodeRate, took.Round(time.Millisecond), tokens, goal)
			b.ReportMetric(rate, tg.name+"-events/s")
		}
		b.ReportMetric(fetchRate, "fetch+decode-events/s")
		b.ReportMetric(decodeRate, "decode-events/s")
	}
}

// profile writes a CPU profile of one backfill to
// $MARKET_BENCH_CPUPROFILE.<backend> when that variable is set.
func profile(b *testing.B, name string) (stop func()) {
	path := os.Getenv("MARKET_BENCH_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path + "." + name)
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
