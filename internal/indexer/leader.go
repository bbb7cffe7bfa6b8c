package indexer

import (
	"context"
	"log/slog"
	"time"
)

// LeaderPoll is how often a replica without the leadership tries to take
// it, and how often the leader checks that it still has it.
var LeaderPoll = 2 * time.Second

// RunLeader runs work only while this replica holds the indexer
// leadership: it tries to take it every LeaderPoll, runs work with a
// context that ends when ctx ends or the leadership is lost, and releases
// it when work returns. It returns nil when ctx ends, or work's error.
func RunLeader(ctx context.Context, l Locker, log *slog.Logger, work func(ctx context.Context) error) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	waiting := false
	for {
		lease, ok, err := l.TryIndexerLock(ctx)
		switch {
		case ctx.Err() != nil:
			if ok {
				lease.Release()
			}
			return nil
		case err != nil:
			log.WarnContext(ctx, "indexer leadership: cannot ask", "err", err)
		case !ok:
			if !waiting {
				log.InfoContext(ctx, "another replica runs the indexer; standing by")
				waiting = true
			}
		default:
			log.InfoContext(ctx, "this replica runs the indexer")
			waiting = false
			err := lead(ctx, lease, log, work)
			lease.Release()
			if ctx.Err() != nil {
				return nil
			}
			if err != nil {
				return err
			}
		}
		t := time.NewTimer(LeaderPoll)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// lead runs work until it returns or the lease is lost.
func lead(ctx context.Context, lease Lease, log *slog.Logger, work func(ctx context.Context) error) error {
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- work(wctx) }()
	tick := time.NewTicker(LeaderPoll)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			return err
		case <-tick.C:
			if err := lease.Check(ctx); err != nil && ctx.Err() == nil {
				log.WarnContext(ctx, "indexer leadership lost; stopping the indexer", "err", err)
				cancel()
				<-done
				return nil
			}
		}
	}
}
