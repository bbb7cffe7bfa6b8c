package store_test

import (
	"context"
	"fmt"
	"testing"

	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// review makes a Reviewed event the way the indexer records it.
func review(block uint64, logIndex int, tokenID uint64, reviewer string, rating int, comment string, updated bool) seedEvent {
	return seedEvent{
		TxHash: fmt.Sprintf("0xreview%d_%d", block, logIndex), LogIndex: logIndex, Block: block, Kind: string(listing.Reviewed),
		TokenID: tokenID, Account: reviewer,
		Data: fmt.Sprintf(`{"rating":%d,"commentCid":%q,"updated":%v}`, rating, comment, updated),
	}
}

// TestReputation_LatestReviewsSalesLicenses: only each (token, reviewer)
// pair's latest review counts (an update in the same block too), the
// creator's own review of their token counts nowhere, the prior is the
// marketplace's, and sales and licenses are those of the creator's tokens.
func TestReputation_LatestReviewsSalesLicenses(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		raw := rawDB(t, target)
		alice, bob, carol, dave := addr(1), addr(2), addr(3), addr(4)
		insertTokens(t, raw, []seedToken{
			{ID: 1, Creator: alice, Owner: bob, Kind: "model", Title: "one", MintedBlock: 1, RoyaltyTo: alice},
			{ID: 2, Creator: alice, Owner: alice, Kind: "model", Title: "two", MintedBlock: 2, RoyaltyTo: alice},
			{ID: 3, Creator: dave, Owner: dave, Kind: "art", Title: "three", MintedBlock: 3, RoyaltyTo: dave},
		})
		insertEvents(t, raw, []seedEvent{
			sale(10, 1, alice, bob, alice, eth(1000), eth(50), eth(25)),
			sale(11, 1, bob, carol, alice, eth(1000), eth(50), eth(25)), // a resale counts for the creator too
			sale(12, 3, dave, bob, dave, eth(100), eth(0), eth(2)),
			{TxHash: "0xlic", Block: 13, Kind: string(listing.LicenseBought), TokenID: 2, Account: dave, Counterparty: alice, Amount: eth(10)},
			review(20, 0, 1, bob, 2, "bafkreicomment", false),
			review(21, 0, 1, carol, 4, "", false),
			review(22, 0, 1, bob, 5, "bafkreichanged", true), // bob changes his mind: 5 replaces 2
			review(23, 0, 2, dave, 3, "", false),
			review(23, 1, 2, dave, 4, "", true),   // replaced again in the same block: 4
			review(24, 0, 2, alice, 5, "", false), // alice reviews her own token: counted nowhere
			review(25, 0, 3, bob, 1, "", false),   // dave's token
		})

		got, err := s.TokenReviews(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].Reviewer != bob || got[0].Rating != 5 || got[0].CommentCID != "bafkreichanged" || !got[0].Edited ||
			got[0].Block != 22 || got[0].TxHash != "0xreview22_0" || got[1].Reviewer != carol || got[1].Rating != 4 {
			t.Fatalf("token 1 reviews = %+v; want bob's 5 (edited) then carol's 4", got)
		}
		if got, err := s.TokenReviews(ctx, 2); err != nil || len(got) != 2 || got[1].Rating != 4 || got[0].Reviewer != alice {
			t.Fatalf("token 2 reviews = %+v, %v; want alice's then dave's latest (4)", got, err)
		}
		if got, err := s.TokenReviews(ctx, 99); err != nil || got == nil || len(got) != 0 {
			t.Fatalf("reviews of an unknown token = %#v, %v; want an empty slice", got, err)
		}

		st, err := s.ReputationStats(ctx, alice)
		if err != nil {
			t.Fatal(err)
		}
		// alice's tokens: bob 5 + carol 4 + dave 4 = 13 over 3 (her own 5 left out).
		// The marketplace: those three plus bob's 1 on dave's token = 14 over 4.
		want := listing.ReputationStats{Creator: alice, Reviews: listing.Tally{Count: 3, Sum: 13}, Market: listing.Tally{Count: 4, Sum: 14},
			Sales: 2, LicensesSold: 1}
		if st != want {
			t.Fatalf("alice's stats = %+v, want %+v", st, want)
		}
		st, err = s.ReputationStats(ctx, dave)
		if err != nil {
			t.Fatal(err)
		}
		if want := (listing.ReputationStats{Creator: dave, Reviews: listing.Tally{Count: 1, Sum: 1}, Market: listing.Tally{Count: 4, Sum: 14}, Sales: 1}); st != want {
			t.Fatalf("dave's stats = %+v, want %+v", st, want)
		}
		// Through the service: the score is the documented formula over these counts.
		r, err := listing.NewService(s).Reputation(ctx, alice)
		if err != nil {
			t.Fatal(err)
		}
		m := (5*3.0 + 14) / 9
		if r.Prior != m || r.Score != (5*m+13)/8 {
			t.Fatalf("alice's reputation = %+v; want prior %v, score %v", r, m, (5*m+13)/8)
		}
		if st, err := s.ReputationStats(ctx, carol); err != nil || st.Reviews.Count != 0 || st.Sales != 0 || st.Market.Count != 4 {
			t.Fatalf("carol (created nothing) = %+v, %v", st, err)
		}
	})
}
