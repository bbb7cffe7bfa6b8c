package indexer_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/indexer"
	"modelmarket/internal/store"
)

// The SQL store is the indexer's database and its leader election.
var (
	_ indexer.Store  = (*store.Store)(nil)
	_ indexer.Locker = (*store.Store)(nil)
)

var eth = big.NewInt(1_000_000_000_000_000_000)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), eth) }

func newEnv(t *testing.T) *contractstest.Env {
	t.Helper()
	env, err := contractstest.NewEnv(4, contracts.DeployParams{FeeBps: 250, LicenseFeeBps: 250, MaxFeeBps: 1000})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	return env
}

func newIndexer(t *testing.T, env *contractstest.Env, ch indexer.Chain, st indexer.Store, cfg indexer.Config) *indexer.Indexer {
	t.Helper()
	cfg.Contracts = env.Addr
	cfg.StartBlock = env.Addr.DeployBlock
	ix, err := indexer.New(ch, st, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func sync(t *testing.T, ix *indexer.Indexer) uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	h, err := ix.Sync(ctx)
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	return h
}

func must[T any](t *testing.T) func(v T, err error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func send(t *testing.T, env *contractstest.Env, from contractstest.Account, to common.Address, data []byte, value *big.Int) {
	t.Helper()
	if _, err := env.Send(from, to, data, value); err != nil {
		t.Fatal(err)
	}
}

// chainEvents counts our contracts' indexed logs on the chain itself.
func chainEvents(t *testing.T, env *contractstest.Env) int {
	t.Helper()
	dec, err := indexer.NewDecoder(env.Addr)
	if err != nil {
		t.Fatal(err)
	}
	logs, err := env.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(env.Addr.DeployBlock), Addresses: dec.Addresses(), Topics: [][]common.Hash{dec.Topics()}})
	if err != nil {
		t.Fatal(err)
	}
	return len(logs)
}

// dump is a deterministic text of the read model.
func dump(t *testing.T, s *store.Store) string {
	t.Helper()
	d, err := s.IndexDump(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return d
}
