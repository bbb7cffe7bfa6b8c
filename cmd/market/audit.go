package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"modelmarket/internal/listing"
	"modelmarket/internal/moderation"
	"modelmarket/internal/store"
	"modelmarket/web"
)

// newModeration builds the moderation service: admins from --admin, the
// queue's token previews from the read model.
func newModeration(cfg config, st *store.Store, market *web.MarketConfig, log *slog.Logger) (*moderation.Service, error) {
	mc := moderation.Config{Store: st, Admins: cfg.Admins, Logger: log.With("component", "moderation")}
	if market != nil && market.Listings != nil {
		mc.Preview = func(ctx context.Context, id uint64) (moderation.TokenPreview, bool) {
			t, err := market.Listings.Token(ctx, id)
			if err != nil {
				return moderation.TokenPreview{}, false
			}
			kind := "Model"
			if t.Kind == listing.Art {
				kind = "Artwork"
			}
			return moderation.TokenPreview{Title: t.Title, Image: t.Image, Owner: t.Owner, Kind: kind}, true
		}
	}
	svc, err := moderation.NewService(mc)
	if err != nil {
		return nil, configErrorf("--admin: %v", err)
	}
	return svc, nil
}

// auditCmd is `market audit verify [--db URL] [--data-dir DIR]`: it reads
// the moderation audit log in order and recomputes every entry's hash and
// link (internal/moderation Canonical). It exits 0 when the chain holds,
// 1 naming the first bad entry when it does not, 2 for bad flags.
func auditCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "verify" {
		return configErrorf("usage: market audit verify [--db URL] [--data-dir DIR]")
	}
	env := envOr(getenv)
	fs := flag.NewFlagSet("market audit verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", env("MARKET_DB", ""), "database: sqlite:PATH or postgres://… (env MARKET_DB; default SQLite at <data-dir>/market.db)")
	dataDir := fs.String("data-dir", env("MARKET_DATA_DIR", "data"), "the app's data dir (env MARKET_DATA_DIR)")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelpShown
		}
		return configError{err}
	}
	if fs.NArg() > 0 {
		return configErrorf("unexpected argument %q", fs.Arg(0))
	}
	target, err := store.ParseURL(*db, *dataDir)
	if err != nil {
		return configErrorf("--db: %v", err)
	}
	if target.Backend == store.SQLite {
		// Opening a missing file would create an empty, valid log.
		if _, err := os.Stat(target.DSN); err != nil {
			return configErrorf("no database at %s (use --db or --data-dir)", target.DSN)
		}
	}
	openCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	st, err := store.Open(openCtx, target, nil)
	if err != nil {
		return configErrorf("--db: %v", err)
	}
	defer st.Close()
	n, head, err := moderation.Verify(ctx, st)
	var ce *moderation.ChainError
	if errors.As(err, &ce) {
		return fmt.Errorf("audit log is BROKEN at entry %d (%d entries before it verify): %s", ce.Seq, n, ce.Reason)
	}
	if err != nil {
		return err
	}
	if head == nil {
		fmt.Fprintln(stdout, "audit log OK: no entries yet")
		return nil
	}
	fmt.Fprintf(stdout, "audit log OK: %d entries, last #%d at %s, sha256 %s\n", n, head.Seq, head.At.Format(moderation.TimeLayout), head.Hash)
	return nil
}
