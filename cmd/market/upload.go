package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/ipfs"
	"modelmarket/internal/seal"
	"modelmarket/internal/store"
	"modelmarket/internal/upload"
	"modelmarket/web"
)

// Upload defaults: generous for model weights, bounded for one node's disk.
const (
	defaultMaxUploadSize = "50GiB"
	defaultUploadQuota   = "100GiB"
	defaultUploadExpiry  = 7 * 24 * time.Hour
	// uploadSweepEvery is how often stale partial uploads are looked for.
	uploadSweepEvery = time.Hour
)

// newUploads builds the upload service on the store and the IPFS node and
// starts the sweeper of stale partial uploads, which stops when the app
// closes. Partial uploads live under <data-dir>/uploads. It must run once
// the data dir is locked (ours): it creates <data-dir>/master.key (0600) at
// first start, the key gated weights are encrypted with. Losing that file
// loses every gated file; it is never printed or logged.
func newUploads(ctx context.Context, a *app, cfg config, st *store.Store, node ipfsAdder, log *slog.Logger) (*web.UploadConfig, error) {
	log = log.With("component", "upload")
	key, err := seal.LoadOrCreateMasterKey(cfg.DataDir)
	if err != nil {
		return nil, fmt.Errorf("uploads: master key: %w", err)
	}
	var dirs upload.DirBuilder // nil: folders are refused in words
	if d, ok := node.(ipfsDirAdder); ok {
		dirs = dirBuilder{d}
	}
	svc, err := upload.NewService(upload.Config{
		Store:     st,
		Importer:  nodeImporter{node},
		Inspect:   inspector,
		Quota:     cfg.UploadQuota,
		MasterKey: key,
		Bundles:   st,
		Dirs:      dirs,
		Logger:    log,
	})
	if err != nil {
		return nil, fmt.Errorf("uploads: %w", err)
	}
	dir := filepath.Join(cfg.DataDir, "uploads")
	ctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(uploadSweepEvery)
		defer t.Stop()
		for {
			if n, err := web.SweepPartialUploads(dir, cfg.UploadExpiry, time.Now()); err != nil {
				log.Warn("sweep stale uploads", "err", err)
			} else if n > 0 {
				log.Info("swept stale uploads", "count", n)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	a.onClose(func() error { stop(); <-done; return nil })
	return &web.UploadConfig{Service: svc, Dir: dir, MaxSize: cfg.MaxUploadSize}, nil
}

// ipfsAdder is what uploads need of an IPFS implementation (the embedded
// node, or Kubo when it arrives).
type ipfsAdder interface {
	Add(ctx context.Context, r io.Reader) (ipfs.Added, error)
	Unpin(ctx context.Context, c cid.Cid) error
}

// ipfsDirAdder is what folder uploads (bundles) need: both IPFS
// implementations have it.
type ipfsDirAdder interface {
	AddDir(ctx context.Context, files []ipfs.DirFile) (cid.Cid, error)
}

// nodeImporter is the upload service's Importer on an IPFS implementation.
type nodeImporter struct{ n ipfsAdder }

func (ni nodeImporter) Import(ctx context.Context, r io.Reader) (upload.Imported, error) {
	a, err := ni.n.Add(ctx, r)
	if err != nil {
		return upload.Imported{}, err
	}
	return upload.Imported{CID: a.CID.String(), SHA256: a.SHA256, Size: a.Size}, nil
}

// dirBuilder is the upload service's DirBuilder on an IPFS implementation.
type dirBuilder struct{ d ipfsDirAdder }

// BuildDir implements upload.DirBuilder.
func (db dirBuilder) BuildDir(ctx context.Context, files []upload.DirEntry) (string, error) {
	dfs := make([]ipfs.DirFile, len(files))
	for i, f := range files {
		c, err := cid.Decode(f.CID)
		if err != nil {
			return "", fmt.Errorf("build dir: file %q: CID %q: %w", f.Path, f.CID, err)
		}
		dfs[i] = ipfs.DirFile{Path: f.Path, CID: c}
	}
	root, err := db.d.AddDir(ctx, dfs)
	if err != nil {
		return "", err
	}
	return root.String(), nil
}

func (ni nodeImporter) Unpin(ctx context.Context, c string) error {
	id, err := cid.Decode(c)
	if err != nil {
		return fmt.Errorf("unpin %q: %w", c, err)
	}
	return ni.n.Unpin(ctx, id)
}

// parseSize reads a byte size: a whole number with an optional unit
// (B, KiB, MiB, GiB, TiB; KB/MB/GB/TB are read as the same powers of two).
// "0" means no limit.
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   int64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"TB", 1 << 40}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("want a size like 50GiB, 500MiB or 1048576")
	}
	return n * mult, nil
}
