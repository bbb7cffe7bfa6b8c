package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"modelmarket/internal/card"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

func TestCardDrafts_UpsertAndOwnerScoped(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		const alice, bob = "0x00000000000000000000000000000000000A11CE", "0x0000000000000000000000000000000000000B0B"
		if _, err := s.Draft(ctx, "u1", alice); !errors.Is(err, card.ErrNoDraft) {
			t.Fatalf("empty store: %v", err)
		}
		t0 := time.Date(2026, 11, 25, 10, 0, 0, 123456000, time.UTC)
		if err := s.SaveDraft(ctx, card.Draft{UploadID: "u1", Owner: alice, Source: "v1", UpdatedAt: t0}); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveDraft(ctx, card.Draft{UploadID: "u1", Owner: alice, Source: "---\nlicense: mit\n---\n# v2 ü", UpdatedAt: t0.Add(time.Minute)}); err != nil {
			t.Fatal(err)
		}
		d, err := s.Draft(ctx, "u1", alice)
		if err != nil || d.Source != "---\nlicense: mit\n---\n# v2 ü" || !d.UpdatedAt.Equal(t0.Add(time.Minute)) {
			t.Fatalf("draft = %+v, %v", d, err)
		}
		if _, err := s.Draft(ctx, "u1", bob); !errors.Is(err, card.ErrNoDraft) {
			t.Fatalf("another owner read the draft: %v", err)
		}
	})
}
