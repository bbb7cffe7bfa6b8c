package trade

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/apperr"
)

// The review side of the Builder: Reviews.review after asking the contract
// whether the account may review (canReview: it holds or held a license on
// the token, or bought it through the Marketplace). A second review from
// the same account replaces the first; the contract allows it.

var reviews = mmbind.NewReviews()

// MinRating and MaxRating bound a review's rating (the contract's bounds).
const (
	MinRating = 1
	MaxRating = 5
)

// IneligibleReason is what a person who may not review a token is told, on
// the page and in a refused request.
const IneligibleReason = "Only accounts that bought this token or hold or held a license on it can review it."

// ReviewState is what the chain says of one account and one token's reviews.
type ReviewState struct {
	// Eligible is Reviews.canReview: the account holds or held a license on
	// the token, or bought it through the Marketplace.
	Eligible bool
	// Rating is the account's current review (0: none yet) and UpdatedAt
	// when it was written.
	Rating    uint8
	UpdatedAt time.Time
}

// ReviewState asks the Reviews contract whether account may review tokenID
// and what it rated it so far. Errors: Invalid token id; a node that does
// not answer is Unavailable.
func (b *Builder) ReviewState(ctx context.Context, tokenID *big.Int, account common.Address) (ReviewState, error) {
	if err := checkTokenID(tokenID); err != nil {
		return ReviewState{}, err
	}
	ok, err := call(ctx, b, b.addrs.Reviews, reviews.PackCanReview(tokenID, account), reviews.UnpackCanReview)
	if err != nil {
		return ReviewState{}, err
	}
	r, err := call(ctx, b, b.addrs.Reviews, reviews.PackReviewOf(tokenID, account), reviews.UnpackReviewOf)
	if err != nil {
		return ReviewState{}, err
	}
	st := ReviewState{Eligible: ok, Rating: r.Rating}
	if r.UpdatedAt != 0 {
		st.UpdatedAt = time.Unix(int64(r.UpdatedAt), 0).UTC()
	}
	return st, nil
}

// Review builds Reviews.review(tokenID, rating, commentCID) for reviewer.
// commentCID is the pinned comment text (CIDv1, sha2-256) or "" for none.
// Errors (apperr): Invalid rating (outside 1–5), token id or CID; NotFound
// token; Forbidden with IneligibleReason when the contract says reviewer
// may not review it; a revert in words.
func (b *Builder) Review(ctx context.Context, reviewer common.Address, tokenID *big.Int, rating int, commentCID string) (Tx, error) {
	if err := checkTokenID(tokenID); err != nil {
		return Tx{}, err
	}
	if rating < MinRating || rating > MaxRating {
		return Tx{}, apperr.E(apperr.Invalid, fmt.Sprintf("A rating is a whole number of stars from %d to %d.", MinRating, MaxRating))
	}
	var comment []byte
	if commentCID != "" {
		c, err := cid.Decode(commentCID)
		if err != nil || c.Version() != 1 || c.Prefix().MhType != multihash.SHA2_256 {
			return Tx{}, apperr.E(apperr.Invalid, "The comment must be pinned first: its address must be a CIDv1 with a sha2-256 hash.")
		}
		comment = c.Bytes()
	}
	if _, err := b.tokenState(ctx, tokenID); err != nil {
		return Tx{}, err // no such token: NotFound in words
	}
	st, err := b.ReviewState(ctx, tokenID, reviewer)
	if err != nil {
		return Tx{}, err
	}
	if !st.Eligible {
		return Tx{}, apperr.E(apperr.Forbidden, IneligibleReason)
	}
	tx, err := b.tx(ctx, reviewer, b.addrs.Reviews, reviews.PackReview(tokenID, uint8(rating), comment), nil)
	if name, _ := contracts.DecodeRevert(err); name == "NotEligible" {
		// The chain moved between the two reads (cannot happen today: eligibility only grows).
		return Tx{}, apperr.Wrap(apperr.Forbidden, IneligibleReason, err)
	}
	return tx, err
}
