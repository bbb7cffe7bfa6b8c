package listing_test

import (
	"math"
	"testing"

	"modelmarket/internal/listing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestReputation_WorkedExample is the example of the "How reputation
// works" page, number for number.
func TestReputation_WorkedExample(t *testing.T) {
	// The marketplace: 40 reviews summing 160 (mean 4.0) → m = (5·3 + 160) / 45.
	market := listing.Tally{Count: 40, Sum: 160}
	m := listing.PriorMean(market)
	if !near(m, 175.0/45) {
		t.Fatalf("m = %v, want 175/45 ≈ 3.889", m)
	}
	// A creator with three reviews: 5, 5, 4.
	r := listing.NewReputation(listing.ReputationStats{Reviews: listing.Tally{Count: 3, Sum: 14}, Market: market})
	want := (5*m + 14) / 8
	if !near(r.Score, want) || !near(r.Prior, m) {
		t.Fatalf("score %v prior %v; want %v, %v", r.Score, r.Prior, want, m)
	}
	round := func(v float64) float64 { return math.Round(v*100) / 100 }
	if got := round(r.Score); got != 4.18 {
		t.Fatalf("score rounds to %v; the page says 4.18", got)
	}
	// The page's "how it moves" lines.
	for _, tc := range []struct {
		reviews listing.Tally
		want    float64
	}{
		{listing.Tally{}, 3.89},
		{listing.Tally{Count: 1, Sum: 5}, 4.07},
		{listing.Tally{Count: 20, Sum: 100}, 4.78},
		{listing.Tally{Count: 1, Sum: 1}, 3.41},
	} {
		if got := round(listing.NewReputation(listing.ReputationStats{Reviews: tc.reviews, Market: market}).Score); got != tc.want {
			t.Errorf("%+v: score %v, the page says %v", tc.reviews, got, tc.want)
		}
	}
}

// TestReputation_MovesAsDocumented: no reviews anywhere gives 3; one
// review moves the score one sixth of the way towards it; more 5-star
// reviews raise it monotonically towards 5 without reaching it; a 1-star
// review lowers it; the raw mean is never passed by the score.
func TestReputation_MovesAsDocumented(t *testing.T) {
	if m := listing.PriorMean(listing.Tally{}); m != listing.NeutralRating {
		t.Fatalf("prior with no reviews = %v, want %v", m, listing.NeutralRating)
	}
	market := listing.Tally{Count: 20, Sum: 70} // mean 3.5
	m := listing.PriorMean(market)
	none := listing.NewReputation(listing.ReputationStats{Market: market})
	if none.Score != m {
		t.Fatalf("no reviews: score %v, want the prior %v", none.Score, m)
	}

	one := listing.NewReputation(listing.ReputationStats{Reviews: listing.Tally{Count: 1, Sum: 5}, Market: market})
	if !near(one.Score-m, (5-m)/6) {
		t.Fatalf("one 5-star review moved the score from %v to %v, want one sixth of the way to 5", m, one.Score)
	}
	if one.Score-m > 0.5 {
		t.Fatalf("a single review moved the score by %v: it should barely move", one.Score-m)
	}

	prev := m
	for n := 1; n <= 200; n++ {
		r := listing.NewReputation(listing.ReputationStats{Reviews: listing.Tally{Count: n, Sum: 5 * n}, Market: market})
		if r.Score <= prev || r.Score >= 5 {
			t.Fatalf("%d five-star reviews: score %v after %v; want rising, below 5", n, r.Score, prev)
		}
		prev = r.Score
	}
	if prev < 4.9 {
		t.Fatalf("200 five-star reviews give %v; want close to 5", prev)
	}
	// 20 five-star reviews: (5·m + 100) / 25.
	twenty := listing.NewReputation(listing.ReputationStats{Reviews: listing.Tally{Count: 20, Sum: 100}, Market: market})
	if !near(twenty.Score, (5*m+100)/25) || twenty.Score < 4.6 {
		t.Fatalf("20 five-star reviews: %v", twenty.Score)
	}

	low := listing.NewReputation(listing.ReputationStats{Reviews: listing.Tally{Count: 1, Sum: 1}, Market: market})
	if low.Score >= m || low.Score <= 1 {
		t.Fatalf("one 1-star review: %v; want a little below the prior %v", low.Score, m)
	}
	mixed := listing.Tally{Count: 4, Sum: 18} // mean 4.5
	r := listing.NewReputation(listing.ReputationStats{Reviews: mixed, Market: market})
	if r.Score >= mixed.Mean() || r.Score <= m {
		t.Fatalf("mean 4.5 over 4 reviews: score %v; want between the prior %v and 4.5", r.Score, m)
	}
}

func TestTallyOf(t *testing.T) {
	tl := listing.TallyOf([]listing.Review{{Rating: 5}, {Rating: 4}, {Rating: 1}})
	if tl.Count != 3 || tl.Sum != 10 || !near(tl.Mean(), 10.0/3) {
		t.Fatalf("tally %+v mean %v", tl, tl.Mean())
	}
	if (listing.Tally{}).Mean() != 0 {
		t.Fatal("mean of nothing is not 0")
	}
}
