package store_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// sale makes a Sold event the way the indexer records it: seller in
// account, buyer in counterparty, price in amount, the split as data.
func sale(block uint64, tokenID uint64, seller, buyer, royaltyTo string, price, royalty, fee *big.Int) seedEvent {
	sellerAmount := new(big.Int).Sub(new(big.Int).Sub(price, royalty), fee)
	return seedEvent{
		TxHash: fmt.Sprintf("0xsale%d", block), Block: block, Kind: string(listing.Sold), TokenID: tokenID,
		Account: seller, Counterparty: buyer, Amount: price,
		Data: fmt.Sprintf(`{"royaltyReceiver":%q,"royalty":"%s","fee":"%s","proceeds":"%s"}`, royaltyTo, royalty, fee, sellerAmount),
	}
}

func TestProfile_CountsListsAndEarnings(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		raw := rawDB(t, target)
		alice, bob, carol, royal := addr(1), addr(2), addr(3), addr(4)
		insertTokens(t, raw, []seedToken{
			// alice created 1-3; 1 sold to bob, who listed it; 2 she still owns and lists; 3 she gave to carol.
			{ID: 1, Creator: alice, Owner: bob, Kind: "art", Title: "one", MintedBlock: 1, Listed: true, Price: eth(2000), RoyaltyTo: alice},
			{ID: 2, Creator: alice, Owner: alice, Kind: "model", Title: "two", MintedBlock: 2, Listed: true, Price: eth(500), RoyaltyTo: royal},
			{ID: 3, Creator: alice, Owner: carol, Kind: "model", Title: "three", MintedBlock: 3, Price: eth(0), RoyaltyTo: alice},
			// bob created 4 and sold it to alice.
			{ID: 4, Creator: bob, Owner: alice, Kind: "art", Title: "four", MintedBlock: 4, Price: eth(0), RoyaltyTo: bob},
		})
		insertEvents(t, raw, []seedEvent{
			sale(10, 1, alice, bob, alice, eth(1000), eth(50), eth(25)),  // first sale: alice is seller and receiver
			sale(11, 4, bob, alice, bob, eth(300), eth(15), eth(7)),      // alice buys from bob
			sale(12, 3, alice, carol, alice, eth(100), eth(5), eth(2)),   // sold 3 to carol
			sale(13, 1, bob, carol, alice, eth(2000), eth(100), eth(50)), // resale of 1: royalty to alice
			sale(14, 2, alice, bob, royal, eth(500), eth(25), eth(12)),   // 2 pays another receiver
			sale(15, 2, bob, alice, royal, eth(600), eth(30), eth(15)),   // and back to alice
			{TxHash: "0xlist", Block: 16, Kind: string(listing.Listed), TokenID: 2, Account: alice, Amount: eth(500)},
			// carol licenses token 2 from alice (owner): 40 to alice, 3 royalty to royal.
			{TxHash: "0xlic", Block: 17, Kind: string(listing.LicenseBought), TokenID: 2, Account: carol, Counterparty: alice, Amount: eth(45),
				Data: fmt.Sprintf(`{"royaltyReceiver":%q,"royalty":"%s","fee":"%s","proceeds":"%s"}`, royal, eth(3), eth(2), eth(40))},
			// carol licenses token 3 from carol (owner): royalty 7 to alice.
			{TxHash: "0xlic2", Block: 18, Kind: string(listing.LicenseBought), TokenID: 3, Account: bob, Counterparty: carol, Amount: eth(70),
				Data: fmt.Sprintf(`{"royaltyReceiver":%q,"royalty":"%s","fee":"%s","proceeds":"%s"}`, alice, eth(7), eth(3), eth(60))},
		})

		p, err := s.Profile(ctx, "0x"+alice[2:])
		if err != nil {
			t.Fatal(err)
		}
		ids := func(ts []listing.Token) []uint64 {
			var out []uint64
			for _, t := range ts {
				out = append(out, t.ID)
			}
			return out
		}
		if p.CreatedCount != 3 || fmt.Sprint(ids(p.Created)) != "[3 2 1]" {
			t.Errorf("created %d %v, want 3 [3 2 1]", p.CreatedCount, ids(p.Created))
		}
		if p.OwnedCount != 2 || fmt.Sprint(ids(p.Owned)) != "[4 2]" {
			t.Errorf("owned %d %v, want 2 [4 2]", p.OwnedCount, ids(p.Owned))
		}
		if p.ListedCount != 1 || fmt.Sprint(ids(p.Listed)) != "[2]" {
			t.Errorf("listed %d %v, want 1 [2]", p.ListedCount, ids(p.Listed))
		}
		if p.SoldCount != 3 || len(p.Sold) != 3 || p.Sold[0].TokenID != 2 || p.Sold[0].To != bob || p.Sold[0].Amount.Cmp(eth(500)) != 0 {
			t.Errorf("sold %d %+v, want 3 sales, newest token 2 to bob for 0.5 ETH", p.SoldCount, p.Sold)
		}
		if p.Bought != 2 {
			t.Errorf("bought %d, want 2", p.Bought)
		}
		// Seller shares: 1000-50-25 + 100-5-2 + 500-25-12 = 925 + 93 + 463 = 1481 milli-ETH.
		// License of token 2 as its owner: 40. Royalties as receiver of tokens 1 and 3: 50 + 5 + 100 + 7 = 162.
		if p.SalesEarnings.Cmp(eth(1481)) != 0 || p.LicenseEarnings.Cmp(eth(40)) != 0 || p.RoyaltyEarnings.Cmp(eth(162)) != 0 ||
			p.Earnings.Cmp(eth(1683)) != 0 || p.LicensesSold != 1 {
			t.Errorf("earnings: sales %v, licenses %v (%d), royalties %v, total %v; want 1.481, 0.04 (1), 0.162, 1.683 ETH",
				p.SalesEarnings, p.LicenseEarnings, p.LicensesSold, p.RoyaltyEarnings, p.Earnings)
		}
		if p.Empty() {
			t.Error("alice's profile says empty")
		}

		none, err := s.Profile(ctx, addr(77))
		if err != nil || !none.Empty() || none.Created == nil && none.CreatedCount != 0 {
			t.Fatalf("unknown address: %+v, %v", none, err)
		}

		newest, err := s.NewestTokens(ctx, 2)
		if err != nil || fmt.Sprint(ids(newest)) != "[4 3]" {
			t.Fatalf("newest: %v, %v", ids(newest), err)
		}
		recent, err := s.RecentlySold(ctx, 3)
		if err != nil || len(recent) != 3 {
			t.Fatalf("recently sold: %+v, %v", recent, err)
		}
		if recent[0].Token.ID != 2 || recent[0].Sale.Amount.Cmp(eth(600)) != 0 || recent[0].Sale.From != bob ||
			recent[1].Token.ID != 2 || recent[2].Token.ID != 1 || recent[2].Token.Title != "one" {
			t.Fatalf("recently sold: %+v", recent)
		}
		top, err := s.TopCreators(ctx, 5)
		if err != nil {
			t.Fatal(err)
		}
		// alice's tokens sold for 1000+100+2000+500+600 = 4200 in 5 sales; bob's for 300 in 1.
		if len(top) != 2 || top[0].Address != alice || top[0].Sales != 5 || top[0].Volume.Cmp(eth(4200)) != 0 || top[0].Tokens != 3 ||
			top[1].Address != bob || top[1].Volume.Cmp(eth(300)) != 0 || top[1].Tokens != 1 {
			t.Fatalf("top creators: %+v", top)
		}
		if one, err := s.TopCreators(ctx, 1); err != nil || len(one) != 1 || one[0].Address != alice {
			t.Fatalf("top 1: %+v, %v", one, err)
		}
	})
}

func TestTopCreators_ExactVolumesBeyondFloat(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		raw := rawDB(t, target)
		insertTokens(t, raw, []seedToken{{ID: 1, Creator: addr(1), Kind: "art", MintedBlock: 1, Price: eth(0)}})
		// 10^24 + 1 wei twice: a float sum loses the ones.
		big1 := new(big.Int).Add(new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil), big.NewInt(1))
		insertEvents(t, raw, []seedEvent{
			sale(1, 1, addr(1), addr(2), addr(1), big1, big.NewInt(0), big.NewInt(0)),
			sale(2, 1, addr(2), addr(3), addr(1), big1, big.NewInt(0), big.NewInt(0)),
		})
		top, err := s.TopCreators(ctx, 3)
		want := new(big.Int).Mul(big1, big.NewInt(2))
		if err != nil || len(top) != 1 || top[0].Volume.Cmp(want) != 0 {
			t.Fatalf("top: %+v, %v; want volume %v", top, err, want)
		}
	})
}
