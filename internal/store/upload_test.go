package store_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"testing"
	"time"

	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/upload"
)

func TestUploadStore_RoundTripListAndSums(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		const alice, bob = "0x00000000000000000000000000000000000A11CE", "0x0000000000000000000000000000000000000B0B"
		t0 := time.Date(2026, 11, 25, 10, 0, 0, 123456000, time.UTC)
		a1 := upload.Upload{ID: "a1", Owner: alice, Name: "cat.png", MediaType: "image/png", Size: 100,
			SHA256: sha256.Sum256([]byte("a1")), CID: "bafyA", Kind: "image", Report: []byte(`{"kind":"image"}`), CreatedAt: t0}
		a2 := upload.Upload{ID: "a2", Owner: alice, Name: "w.bin", MediaType: "application/octet-stream", Size: 50,
			SHA256: sha256.Sum256([]byte("a2")), CID: "bafyB", Kind: "other", CreatedAt: t0.Add(time.Minute)}
		b1 := upload.Upload{ID: "b1", Owner: bob, Size: 7, SHA256: sha256.Sum256([]byte("b1")), CID: "bafyA", Kind: "other", CreatedAt: t0}
		for _, u := range []upload.Upload{a1, a2, b1} {
			if err := s.CreateUpload(ctx, u); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.CreateUpload(ctx, a1); err == nil {
			t.Fatal("a second row with the same id was accepted")
		}
		got, err := s.Upload(ctx, "a1")
		if err != nil {
			t.Fatal(err)
		}
		if got.SHA256 != a1.SHA256 || got.CID != a1.CID || !bytes.Equal(got.Report, a1.Report) || !got.CreatedAt.Equal(t0) || got.Name != a1.Name {
			t.Fatalf("read back %+v, wrote %+v", got, a1)
		}
		if _, err := s.Upload(ctx, "nope"); !errors.Is(err, upload.ErrNotFound) {
			t.Fatalf("missing row: err = %v, want upload.ErrNotFound", err)
		}
		list, err := s.UploadsByOwner(ctx, alice, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 || list[0].ID != "a2" || list[1].ID != "a1" || list[0].Report != nil {
			t.Fatalf("alice's list = %+v, want a2 then a1", list)
		}
		if used, _ := s.UsedBytes(ctx, alice); used != 150 {
			t.Fatalf("alice used %d bytes, want 150", used)
		}
		if used, _ := s.UsedBytes(ctx, "0xnobody"); used != 0 {
			t.Fatalf("nobody used %d bytes, want 0", used)
		}
		if n, _ := s.CountByCID(ctx, "bafyA"); n != 2 {
			t.Fatalf("rows of bafyA = %d, want 2", n)
		}
	})
}
