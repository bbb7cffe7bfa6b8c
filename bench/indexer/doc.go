// Package indexer benchmarks the chain indexer's backfill: events per second
// into SQLite and PostgreSQL next to reading and decoding the same logs
// without a database, in the same run. It prints three rates: decoding the
// logs already in memory, eth_getLogs + decoding (the reference of the
// issue's goal: a backfill at least half as fast, and at least 10,000
// events/s), and the backfill per database with both ratios.
//
//	go test ./bench/indexer -run '^$' -bench Backfill -benchtime 1x
//
// MARKET_BENCH_EVENTS sets how many events to generate (default 100,000);
// PostgreSQL is measured when MARKET_TEST_POSTGRES names a server;
// MARKET_BENCH_CPUPROFILE=path writes a CPU profile of each backfill to
// path.SQLite and path.PostgreSQL.
package indexer
