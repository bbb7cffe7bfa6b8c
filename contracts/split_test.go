package contracts_test

import (
	"math/big"
	"testing"

	"modelmarket/contracts"
)

func TestSplit(t *testing.T) {
	for _, c := range []struct {
		price                int64
		royaltyBps, feeBps   uint16
		royalty, fee, seller int64
	}{
		{10_000, 500, 250, 500, 250, 9_250},
		{1, 1000, 1000, 0, 0, 1},     // rounding favours the seller
		{9_999, 1, 1, 0, 0, 9_999},   // each share rounds down on its own
		{19_999, 1, 1, 1, 1, 19_997}, //
		{100, 0, 0, 0, 0, 100},       //
		{100, 10_000, 0, 100, 0, 0},  // everything to royalty is arithmetic, not a policy
		{0, 500, 250, 0, 0, 0},       //
		{123_457, 333, 777, 4_111, 9_592, 109_754},
	} {
		s, err := contracts.Split(big.NewInt(c.price), c.royaltyBps, c.feeBps)
		if err != nil {
			t.Fatalf("Split(%d): %v", c.price, err)
		}
		if s.Royalty.Int64() != c.royalty || s.Fee.Int64() != c.fee || s.Seller.Int64() != c.seller {
			t.Errorf("Split(%d, %d, %d) = %s/%s/%s, want %d/%d/%d", c.price, c.royaltyBps, c.feeBps,
				s.Royalty, s.Fee, s.Seller, c.royalty, c.fee, c.seller)
		}
	}
	for _, bad := range []struct {
		price *big.Int
		r, f  uint16
	}{
		{nil, 0, 0}, {big.NewInt(-1), 0, 0}, {big.NewInt(1), 9_000, 1_001}, {big.NewInt(1), 10_001, 0},
	} {
		if _, err := contracts.Split(bad.price, bad.r, bad.f); err == nil {
			t.Errorf("Split(%v, %d, %d) succeeded", bad.price, bad.r, bad.f)
		}
	}
}
