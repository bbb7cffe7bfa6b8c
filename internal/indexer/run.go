package indexer

import (
	"context"
	"errors"
	"time"
)

// Run syncs, then polls for new blocks every PollInterval until ctx ends
// (then it returns nil). Errors of a sync (a node down, the database
// briefly away) are logged and retried at the next poll; only
// ErrOtherDeployment stops it.
func (ix *Indexer) Run(ctx context.Context) error {
	var lastErr string
	for {
		head, err := ix.Sync(ctx)
		switch {
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, ErrOtherDeployment):
			return err
		case err != nil:
			if err.Error() != lastErr { // one line per distinct problem, not one per poll
				ix.log.ErrorContext(ctx, "indexer sync failed; retrying", "err", err)
			}
			lastErr = err.Error()
		default:
			if lastErr != "" {
				ix.log.InfoContext(ctx, "indexer sync works again", "block", head)
			}
			lastErr = ""
		}
		t := time.NewTimer(ix.cfg.PollInterval)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}
