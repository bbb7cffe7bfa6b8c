package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"modelmarket/contracts"
	"modelmarket/internal/chain"
	"modelmarket/internal/indexer"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/store"
)

func newIndexer(client *chain.Client, st *store.Store, addrs contracts.Addresses, confs uint64, log *slog.Logger, progress func(indexer.Progress)) (*indexer.Indexer, error) {
	return indexer.New(client, st, indexer.Config{
		Contracts:     addrs,
		StartBlock:    addrs.DeployBlock,
		Confirmations: confs,
		Log:           log,
		Progress:      progress,
	})
}

// startIndexer runs the indexer and the metadata reader in the background
// while this replica holds the indexer leadership (always, on SQLite). The
// returned stop cancels them and waits at most budget.
func startIndexer(ctx context.Context, client *chain.Client, st *store.Store, content ipfs.Content, addrs contracts.Addresses, confs uint64, log *slog.Logger) (stop func(budget time.Duration), err error) {
	log = log.With("component", "indexer")
	ix, err := newIndexer(client, st, addrs, confs, log, nil)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		err := indexer.RunLeader(ctx, st, log, func(ctx context.Context) error {
			var mwg sync.WaitGroup
			mwg.Add(1)
			go func() {
				defer mwg.Done()
				indexer.RunMetadata(ctx, st, content, indexer.MetadataConfig{Log: log})
			}()
			defer mwg.Wait()
			return ix.Run(ctx)
		})
		if err != nil {
			log.Error("indexer stopped", "err", err)
		}
	}()
	return func(budget time.Duration) {
		cancel()
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(budget):
			log.Warn("indexer did not stop in time")
		}
	}, nil
}

// reindexCmd is `market reindex`: drop the read model (events, tokens,
// block hashes, cursor; nothing else) and rebuild it from the chain. It
// takes the serve flags; the app must not be running on the same data dir,
// and on PostgreSQL no replica may hold the indexer.
func reindexCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	confs := cfg.Confirmations
	log := newLogger(cfg, stderr)
	a := &app{log: log}
	defer a.close()

	var client *chain.Client
	var addrs contracts.Addresses
	if len(cfg.RPC) > 0 {
		dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
		client, err = chain.Dial(dialCtx, cfg.RPC, log.With("component", "chain"))
		cancel()
		if err != nil {
			return configErrorf("--rpc: %v", err)
		}
		a.onClose(func() error { client.Close(); return nil })
		if addrs, err = loadRemoteContracts(ctx, client.Eth(), cfg.Contracts); err != nil {
			return err
		}
	} else {
		if _, err := os.Stat(filepath.Join(cfg.DataDir, "chain")); err != nil {
			return configErrorf("--data-dir %s: no dev chain there (start `market serve` once first)", cfg.DataDir)
		}
		lock, err := lockDataDir(cfg.DataDir)
		if err != nil {
			return err
		}
		a.onClose(func() error { lock.release(); return nil })
		dev, err := chain.StartDev(ctx, chain.DevConfig{Dir: filepath.Join(cfg.DataDir, "chain"), Logger: log.With("component", "devchain")})
		if err != nil {
			return fmt.Errorf("dev chain: %w", err)
		}
		a.onClose(dev.Close)
		client = dev.Client()
		a.onClose(func() error { client.Close(); return nil })
		if addrs, err = contracts.LoadAddresses(cfg.Contracts); err != nil {
			return configErrorf("--contracts %s: %v", cfg.Contracts, err)
		}
	}

	st, err := store.Open(ctx, cfg.db, log)
	if err != nil {
		return fmt.Errorf("database: %w", err)
	}
	a.onClose(st.Close)
	lease, ok, err := st.TryIndexerLock(ctx)
	if err != nil {
		return fmt.Errorf("database: %w", err)
	}
	if !ok {
		return errors.New("another replica runs the indexer on this database: stop it, then run reindex")
	}
	defer lease.Release()

	start := time.Now()
	last := time.Time{}
	events := 0
	ix, err := newIndexer(client, st, addrs, confs, log.With("component", "indexer"), func(p indexer.Progress) {
		events += p.Events
		if time.Since(last) >= time.Second || p.Block == p.Head {
			last = time.Now()
			fmt.Fprintf(stdout, "block %d of %d, %d events\n", p.Block, p.Head, events)
		}
	})
	if err != nil {
		return err
	}
	if err := st.ResetIndex(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "read model dropped; indexing chain %d from block %d\n", addrs.ChainID, addrs.DeployBlock)
	head, err := ix.Sync(ctx)
	if err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	nEvents, nTokens, err := st.IndexCounts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "reindexed to block %d: %d events, %d tokens in %s (metadata is read again by `market serve`)\n",
		head, nEvents, nTokens, time.Since(start).Round(time.Millisecond))
	return nil
}
