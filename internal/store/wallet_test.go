package store_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/wallet"
)

func TestWalletStore_NonceIsUsedOnceEvenConcurrently(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		now := time.Now()
		if err := s.CreateNonce(ctx, "nonce0001", now.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		var wins atomic.Int32
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				ok, err := s.ConsumeNonce(ctx, "nonce0001", now)
				if err != nil {
					t.Error(err)
				}
				if ok {
					wins.Add(1)
				}
			})
		}
		wg.Wait()
		if wins.Load() != 1 {
			t.Fatalf("%d concurrent consumers won, want 1", wins.Load())
		}
		// An expired nonce is refused (and a sweep removes it).
		if err := s.CreateNonce(ctx, "nonce0002", now.Add(-time.Second)); err != nil {
			t.Fatal(err)
		}
		if ok, err := s.ConsumeNonce(ctx, "nonce0002", now); ok || err != nil {
			t.Fatalf("expired nonce: %v %v", ok, err)
		}
	})
}

func TestWalletStore_SessionRoundTrip(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		now := time.Now().UTC().Truncate(time.Microsecond)
		want := wallet.Session{IDHash: "ab12", Address: common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), ChainID: 1337,
			CSRFToken: "tok", CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(time.Hour)}
		if err := s.CreateSession(ctx, want); err != nil {
			t.Fatal(err)
		}
		got, err := s.Session(ctx, "ab12")
		if err != nil {
			t.Fatal(err)
		}
		if got.Address != want.Address || got.ChainID != 1337 || got.CSRFToken != "tok" || !got.ExpiresAt.Equal(want.ExpiresAt) || !got.CreatedAt.Equal(now) {
			t.Fatalf("got %+v, want %+v", got, want)
		}
		later := now.Add(5 * time.Minute)
		if err := s.TouchSession(ctx, "ab12", later); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Session(ctx, "ab12"); !got.LastSeenAt.Equal(later) {
			t.Fatalf("LastSeenAt = %v, want %v", got.LastSeenAt, later)
		}
		if err := s.DeleteExpired(ctx, now.Add(2*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Session(ctx, "ab12"); !errors.Is(err, wallet.ErrNotFound) {
			t.Fatalf("after DeleteExpired: %v", err)
		}
		if err := s.DeleteSession(ctx, "missing"); err != nil {
			t.Fatalf("deleting a missing session: %v", err)
		}
	})
}
