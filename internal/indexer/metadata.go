package indexer

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/card"
	"modelmarket/internal/listing"
)

// Fetcher reads content by CID; ipfs.Content satisfies it.
type Fetcher interface {
	Cat(ctx context.Context, c cid.Cid) (io.ReadSeekCloser, error)
}

// MetadataConfig bounds the metadata reader.
type MetadataConfig struct {
	Timeout  time.Duration // per fetch (default 5 s)
	MaxBytes int64         // a bigger JSON is unusable (default 1 MiB)
	Interval time.Duration // between rounds when nothing is due (default 2 s)
	Log      *slog.Logger
}

func (c *MetadataConfig) defaults() {
	if c.Timeout <= 0 {
		c.Timeout = 5 * time.Second
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = 1 << 20
	}
	if c.Interval <= 0 {
		c.Interval = 2 * time.Second
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
}

// RunMetadata reads pending token metadata until ctx ends, beside the
// indexer: content that is not there yet never holds events back; it is
// retried later with a growing delay (15 s doubling, at most 1 h).
func RunMetadata(ctx context.Context, st Store, f Fetcher, cfg MetadataConfig) {
	cfg.defaults()
	for ctx.Err() == nil {
		n, err := FetchMetadata(ctx, st, f, cfg)
		if err != nil && ctx.Err() == nil {
			cfg.Log.WarnContext(ctx, "metadata round failed", "err", err)
		}
		if n > 0 && err == nil {
			continue
		}
		select {
		case <-ctx.Done():
		case <-time.After(cfg.Interval):
		}
	}
}

// FetchMetadata makes one round: up to 16 due tokens, 4 at a time. It
// returns how many it tried.
func FetchMetadata(ctx context.Context, st Store, f Fetcher, cfg MetadataConfig) (int, error) {
	cfg.defaults()
	jobs, err := st.PendingMetadata(ctx, time.Now(), 16)
	if err != nil {
		return 0, err
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	errs := make(chan error, len(jobs))
	for _, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs <- fetchOne(ctx, st, f, cfg, j)
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		if e != nil {
			return len(jobs), e
		}
	}
	return len(jobs), nil
}

func fetchOne(ctx context.Context, st Store, f Fetcher, cfg MetadataConfig, j listing.MetadataJob) error {
	m, unusable, err := readMetadata(ctx, f, cfg, j.CID)
	if err == nil {
		return st.SetTokenMetadata(ctx, j.TokenID, j.CID, m)
	}
	if ctx.Err() != nil {
		return nil
	}
	delay := min(time.Hour, 15*time.Second<<min(j.Tries, 10))
	cfg.Log.DebugContext(ctx, "token metadata not read", "token_id", j.TokenID, "cid", j.CID, "unusable", unusable, "err", err, "retry_in", delay)
	return st.TokenMetadataFailed(ctx, j.TokenID, j.CID, unusable, time.Now().Add(delay))
}

// readMetadata fetches and parses one metadata JSON; unusable says the
// content is there but is not metadata we can read (no point retrying).
func readMetadata(ctx context.Context, f Fetcher, cfg MetadataConfig, s string) (listing.TokenMetadata, bool, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return listing.TokenMetadata{}, true, fmt.Errorf("metadata CID %q: %w", s, err)
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	r, err := f.Cat(ctx, c)
	if err != nil {
		return listing.TokenMetadata{}, false, err
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, cfg.MaxBytes+1))
	if err != nil {
		return listing.TokenMetadata{}, false, err
	}
	if int64(len(b)) > cfg.MaxBytes {
		return listing.TokenMetadata{}, true, fmt.Errorf("metadata %s is over %d bytes", s, cfg.MaxBytes)
	}
	var cm card.Metadata
	if err := json.Unmarshal(b, &cm); err != nil {
		return listing.TokenMetadata{}, true, fmt.Errorf("metadata %s: %w", s, err)
	}
	return metadataOf(cm), false, nil
}

// metadataOf keeps what browse and search need. A token is a model when its
// metadata has model properties (card.ModelMetadata), else art.
func metadataOf(cm card.Metadata) listing.TokenMetadata {
	m := listing.TokenMetadata{Kind: listing.Art, Title: cm.Name, Description: cm.Description, Image: cm.Image, AnimationURL: cm.AnimationURL}
	for _, a := range cm.Attributes {
		v, _ := a.Value.(string)
		switch strings.ToLower(a.TraitType) {
		case "tag":
			if v != "" {
				m.Tags = append(m.Tags, v)
			}
		case "license":
			m.License = v
		}
	}
	if p := cm.Properties; p != nil {
		m.Kind = listing.Model
		m.Format, m.ParameterCount, m.SHA256 = p.Format, p.ParameterCount, p.SHA256
		if p.License != "" {
			m.License = p.License
		}
		if len(p.Files) > 0 {
			m.ContentCID = strings.TrimPrefix(p.Files[0].URI, "ipfs://")
		}
	} else if cm.AnimationURL != "" {
		m.ContentCID = strings.TrimPrefix(cm.AnimationURL, "ipfs://")
	} else {
		m.ContentCID = strings.TrimPrefix(cm.Image, "ipfs://")
	}
	if strings.Contains(m.ContentCID, "://") {
		m.ContentCID = "" // not on IPFS
	}
	return m
}
