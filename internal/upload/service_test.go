package upload_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/apperr"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/upload"
)

// nodeImporter is the service's Importer on a real embedded node.
type nodeImporter struct{ n *ipfs.Node }

func (ni nodeImporter) Import(ctx context.Context, r io.Reader) (upload.Imported, error) {
	a, err := ni.n.Add(ctx, r)
	return upload.Imported{CID: a.CID.String(), SHA256: a.SHA256, Size: a.Size}, err
}

func (ni nodeImporter) Unpin(ctx context.Context, c string) error {
	return ni.n.Unpin(ctx, cid.MustParse(c))
}

// failingRows is the real store whose row inserts fail while fail is set:
// the database going away between the import and the insert.
type failingRows struct {
	*store.Store
	fail bool
}

func (f *failingRows) CreateUpload(ctx context.Context, u upload.Upload) error {
	if f.fail {
		return errors.New("database went away")
	}
	return f.Store.CreateUpload(ctx, u)
}

// unreadable is a File that fails every read: a finish that reads it fails.
type unreadable struct{}

func (unreadable) Read([]byte) (int, error)          { return 0, errors.New("read") }
func (unreadable) ReadAt([]byte, int64) (int, error) { return 0, errors.New("read") }
func (unreadable) Seek(int64, int) (int64, error)    { return 0, nil }

func TestFinish_RowFailureUnpinsOnlyUnsharedContentAndIsIdempotent(t *testing.T) {
	ctx := context.Background()
	rows := &failingRows{Store: storetest.Open(t, storetest.SQLiteTarget(t))}
	node, err := ipfs.Open(ctx, filepath.Join(t.TempDir(), "ipfs"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	svc, err := upload.NewService(upload.Config{Store: rows, Importer: nodeImporter{node}, Quota: 1 << 20, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	const alice, bob = "0x00000000000000000000000000000000000A11CE", "0x0000000000000000000000000000000000000B0B"
	shared, lone := bytes.Repeat([]byte("shared "), 40000), bytes.Repeat([]byte("lone "), 30000)
	pinned := func(data []byte) bool {
		a, err := ipfs.Open(ctx, filepath.Join(t.TempDir(), "ref"), nil)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := a.Add(ctx, bytes.NewReader(data))
		a.Close()
		if err != nil {
			t.Fatal(err)
		}
		ok, err := node.IsPinned(ctx, ref.CID)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}

	first, err := svc.Finish(ctx, upload.Finished{ID: "a", Owner: alice, Name: "dir/x.bin", Size: int64(len(shared)), File: bytes.NewReader(shared)})
	if err != nil {
		t.Fatal(err)
	}
	if first.SHA256 != sha256.Sum256(shared) || first.Name != "x.bin" || first.Kind != "other" {
		t.Fatalf("row %+v", first)
	}
	// Finishing again answers the row without reading the file.
	again, err := svc.Finish(ctx, upload.Finished{ID: "a", Owner: alice, Size: int64(len(shared)), File: unreadable{}})
	if err != nil || again.CID != first.CID {
		t.Fatalf("second finish: %+v, %v", again, err)
	}

	rows.fail = true
	if _, err := svc.Finish(ctx, upload.Finished{ID: "b", Owner: bob, Size: int64(len(shared)), File: bytes.NewReader(shared)}); err == nil {
		t.Fatal("finish with a failing insert succeeded")
	}
	if !pinned(shared) {
		t.Fatal("a failed row unpinned content another row still holds")
	}
	if _, err := svc.Finish(ctx, upload.Finished{ID: "c", Owner: bob, Size: int64(len(lone)), File: bytes.NewReader(lone)}); err == nil {
		t.Fatal("finish with a failing insert succeeded")
	}
	if pinned(lone) {
		t.Fatal("a failed row left its import pinned")
	}
	rows.fail = false
	if n, _ := rows.UploadCount(ctx); n != 1 {
		t.Fatalf("%d rows, want 1", n)
	}

	// The quota is checked again at the finish.
	big := bytes.Repeat([]byte{7}, 1<<20-len(shared)+1)
	_, err = svc.Finish(ctx, upload.Finished{ID: "d", Owner: alice, Size: int64(len(big)), File: bytes.NewReader(big)})
	if apperr.KindOf(err) != apperr.Forbidden {
		t.Fatalf("finish over quota: %v, want Forbidden", err)
	}
}
