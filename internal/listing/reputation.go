package listing

import (
	"context"
	"fmt"
	"time"
)

// Reviews and creator reputation. A review is the Reviews contract's
// Reviewed event: one rating (1–5) and a comment CID per (reviewer, token);
// the contract lets only accounts that bought the token or hold or held a
// license on it write one, so every rating here was paid for. A later
// review by the same account replaces the earlier one, so only each pair's
// latest event counts.
//
// The reputation score is a Bayesian average: a creator's mean rating,
// pulled towards a prior mean m with the weight of C imaginary reviews,
//
//	score = (C·m + Σ ratings) / (C + n)
//
// where n is the number of current reviews of the creator's tokens. The
// prior m is the marketplace's own mean rating, itself pulled towards the
// neutral middle of the scale (3) with the same weight, so that it is
// defined — and not extreme — while the marketplace has few reviews:
//
//	m = (C·3 + Σ all ratings) / (C + N)
//
// with N the number of current reviews on the whole marketplace. C is 5. A
// creator's own reviews of their tokens (possible after buying one back)
// count in neither. So one review moves a creator's score one sixth of the
// way from m towards its rating; many 5-star reviews bring it close to 5.

// ReputationWeight is C: how many reviews' worth of weight the prior has.
const ReputationWeight = 5

// NeutralRating is the middle of the 1–5 scale, the prior of the
// marketplace's own mean.
const NeutralRating = 3.0

// Review is one account's current review of a token.
type Review struct {
	TokenID    uint64
	Reviewer   string // lower-case 0x-hex
	Rating     int    // 1–5
	CommentCID string // "" when the review has no comment
	Edited     bool   // it replaced an earlier review by the same account
	Block      uint64
	Time       time.Time
	TxHash     string
}

// Tally is a count of ratings and their sum.
type Tally struct {
	Count int
	Sum   int
}

// Mean is Sum/Count; 0 when there are none.
func (t Tally) Mean() float64 {
	if t.Count == 0 {
		return 0
	}
	return float64(t.Sum) / float64(t.Count)
}

// TallyOf counts the ratings of reviews.
func TallyOf(reviews []Review) Tally {
	var t Tally
	for _, r := range reviews {
		t.Count++
		t.Sum += r.Rating
	}
	return t
}

// ReputationStats is what the read model counts for a creator's reputation.
type ReputationStats struct {
	Creator      string // lower-case 0x-hex
	Reviews      Tally  // current reviews of the creator's tokens, the creator's own left out
	Market       Tally  // current reviews of every token, reviews of one's own tokens left out
	Sales        int    // Marketplace sales of the creator's tokens (resales included)
	LicensesSold int    // licenses bought on the creator's tokens
}

// Reputation is a creator's score and what it is made of.
type Reputation struct {
	ReputationStats
	Prior float64 // m
	Score float64 // the Bayesian average; Prior when there are no reviews
}

// PriorMean is m: the marketplace's mean rating pulled towards
// NeutralRating with weight ReputationWeight.
func PriorMean(market Tally) float64 {
	return BayesianAverage(NeutralRating, market)
}

// BayesianAverage is (C·prior + Sum) / (C + Count) with C = ReputationWeight.
func BayesianAverage(prior float64, t Tally) float64 {
	return (ReputationWeight*prior + float64(t.Sum)) / float64(ReputationWeight+t.Count)
}

// NewReputation computes the score from the counts.
func NewReputation(st ReputationStats) Reputation {
	m := PriorMean(st.Market)
	return Reputation{ReputationStats: st, Prior: m, Score: BayesianAverage(m, st.Reviews)}
}

// TokenReviews returns a token's current reviews (one per reviewer, the
// latest), newest first.
func (s *Service) TokenReviews(ctx context.Context, id uint64) ([]Review, error) {
	return s.catalog.TokenReviews(ctx, id)
}

// Reputation returns a creator's reputation; an apperr Invalid when addr
// is not an address. An address with no tokens has a reputation of the
// prior with no reviews.
func (s *Service) Reputation(ctx context.Context, addr string) (Reputation, error) {
	a, err := ParseAddress(addr)
	if err != nil {
		return Reputation{}, err
	}
	st, err := s.catalog.ReputationStats(ctx, a)
	if err != nil {
		return Reputation{}, fmt.Errorf("reputation %s: %w", a, err)
	}
	return NewReputation(st), nil
}
