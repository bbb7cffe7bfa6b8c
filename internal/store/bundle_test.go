package store_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/upload"
)

func testBundle(id, owner, cid string, n int, at time.Time) upload.Bundle {
	b := upload.Bundle{ID: id, Owner: owner, Name: "model " + id, CID: cid, CreatedAt: at}
	// Paths whose bytewise order differs from a natural-language collation
	// ("B" < "a" < "é"), so the store must not rely on the database's.
	names := []string{"a.json", "B.bin", "é/x", "a/b/c.txt"}
	for i := range n {
		f := upload.BundleFile{
			Path: fmt.Sprintf("%s-%03d", names[i%len(names)], i), UploadID: fmt.Sprintf("%s-u%d", id, i), Size: int64(i),
			SHA256: sha256.Sum256(fmt.Appendf(nil, "%s %d", id, i)), CID: fmt.Sprintf("bafk%s%d", id, i),
			MediaType: "application/octet-stream", Kind: "other", Gated: i%3 == 0,
		}
		b.Files = append(b.Files, f)
		b.Size += f.Size
	}
	b.Digest = upload.RootDigest(b.Files)
	return b
}

func TestBundleStore_RoundTripAllOrNothing(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		const alice, bob = "0x00000000000000000000000000000000000A11CE", "0x0000000000000000000000000000000000000B0B"
		t0 := time.Date(2026, 11, 25, 10, 0, 0, 123456000, time.UTC)
		// 1200 files: more than one INSERT batch.
		big := testBundle("bundle-1", alice, "bafyRoot1", 1200, t0)
		small := testBundle("bundle-2", alice, "bafyRoot2", 3, t0.Add(time.Minute))
		bobs := testBundle("bundle-3", bob, "bafyRoot1", 2, t0)
		for _, b := range []upload.Bundle{big, small, bobs} {
			if err := s.CreateBundle(ctx, b); err != nil {
				t.Fatalf("CreateBundle %s: %v", b.ID, err)
			}
		}
		got, err := s.Bundle(ctx, "bundle-1")
		if err != nil {
			t.Fatal(err)
		}
		want := big
		want.Files = append([]upload.BundleFile(nil), big.Files...)
		sortFiles(want.Files)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("read back differs:\n got %+v\nwant %+v", got.Files[:3], want.Files[:3])
		}
		if upload.RootDigest(got.Files) != big.Digest {
			t.Error("the digest of the files read back differs")
		}
		if byCID, err := s.BundleByCID(ctx, alice, "bafyRoot1"); err != nil || byCID.ID != "bundle-1" {
			t.Errorf("BundleByCID = %v, %v", byCID.ID, err)
		}
		if _, err := s.BundleByCID(ctx, alice, "bafyNone"); !errors.Is(err, upload.ErrBundleNotFound) {
			t.Errorf("BundleByCID of nothing = %v, want ErrBundleNotFound", err)
		}
		if _, err := s.Bundle(ctx, "bundle-9"); !errors.Is(err, upload.ErrBundleNotFound) {
			t.Errorf("Bundle of nothing = %v, want ErrBundleNotFound", err)
		}
		if n, err := s.CountBundlesByCID(ctx, "bafyRoot1"); err != nil || n != 2 {
			t.Errorf("CountBundlesByCID = %d, %v; want 2", n, err)
		}
		list, err := s.BundlesByOwner(ctx, alice, 10)
		if err != nil || len(list) != 2 || list[0].ID != "bundle-2" || list[1].ID != "bundle-1" || len(list[1].Files) != 1200 {
			t.Fatalf("BundlesByOwner = %d bundles, %v", len(list), err)
		}

		// The same owner and root again: refused, and nothing of it stays.
		dup := testBundle("bundle-4", alice, "bafyRoot1", 5, t0)
		if err := s.CreateBundle(ctx, dup); err == nil {
			t.Fatal("a second bundle of the same owner and root was accepted")
		}
		// A file list that breaks half-way (the same path twice) leaves no bundle row.
		broken := testBundle("bundle-5", alice, "bafyRoot5", 600, t0)
		broken.Files[599].Path = broken.Files[0].Path
		if err := s.CreateBundle(ctx, broken); err == nil {
			t.Fatal("a bundle with a path twice was accepted")
		}
		for _, id := range []string{"bundle-4", "bundle-5"} {
			if _, err := s.Bundle(ctx, id); !errors.Is(err, upload.ErrBundleNotFound) {
				t.Errorf("after a failed create, Bundle(%s) = %v; want ErrBundleNotFound", id, err)
			}
		}
	})
}

func sortFiles(fs []upload.BundleFile) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Path < fs[j-1].Path; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}
