package trade_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"modelmarket/contracts"
	"modelmarket/internal/apperr"
	"modelmarket/internal/trade"
)

// TestReview_EligibleBuyerRatesIneligibleRefused: before buying, the buyer
// is refused in words (and the contract itself reverts NotEligible when
// sent the call anyway); after buying, the review is built, lands and can
// be replaced; ratings outside 1–5 and bad comment CIDs never reach the
// chain.
func TestReview_EligibleBuyerRatesIneligibleRefused(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "reviewed", 500)
	f.list(t, id, eth)
	comment := metadataCID("a fine model")

	// Not bought yet: the builder refuses in words, the contract reverts.
	_, err := f.b.Review(ctx, f.buyer.Addr, id, 5, comment)
	wantErr(t, err, apperr.Forbidden, "Only accounts that bought this token")
	_, err = f.env.Send(f.buyer, f.env.Addr.Reviews, f.env.Reviews.PackReview(id, 5, nil), nil)
	if name, _ := contracts.DecodeRevert(err); name != "NotEligible" {
		t.Fatalf("direct review by a stranger: %v; want the NotEligible revert", err)
	}
	// The creator (who never bought it) is not eligible either.
	if st, err := f.b.ReviewState(ctx, id, f.creator.Addr); err != nil || st.Eligible {
		t.Fatalf("creator ReviewState = %+v, %v; want not eligible", st, err)
	}

	p, err := f.b.Buy(ctx, f.buyer.Addr, id, eth)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.buyer, p.Tx)
	st, err := f.b.ReviewState(ctx, id, f.buyer.Addr)
	if err != nil || !st.Eligible || st.Rating != 0 {
		t.Fatalf("buyer ReviewState = %+v, %v; want eligible, no review yet", st, err)
	}

	for _, tc := range []struct {
		name    string
		id      *big.Int
		rating  int
		comment string
		kind    apperr.Kind
		words   string
	}{
		{"rating 0", id, 0, comment, apperr.Invalid, "from 1 to 5"},
		{"rating 6", id, 6, comment, apperr.Invalid, "from 1 to 5"},
		{"rating -1", id, -1, "", apperr.Invalid, "from 1 to 5"},
		{"not a CID", id, 4, "hello", apperr.Invalid, "pinned first"},
		{"CIDv0", id, 4, "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", apperr.Invalid, "CIDv1"},
		{"no such token", big.NewInt(999), 4, "", apperr.NotFound, "does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.b.Review(ctx, f.buyer.Addr, tc.id, tc.rating, tc.comment)
			wantErr(t, err, tc.kind, tc.words)
		})
	}

	tx, err := f.b.Review(ctx, f.buyer.Addr, id, 5, comment)
	if err != nil {
		t.Fatalf("Review by the buyer: %v", err)
	}
	if common.HexToAddress(tx.To) != f.env.Addr.Reviews || tx.Value != "0" {
		t.Fatalf("review tx = %+v; want a call of Reviews with no value", tx)
	}
	r, err := f.env.Send(f.buyer, f.env.Addr.Reviews, hexutil.MustDecode(tx.Data), nil)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := f.env.Reviews.UnpackReviewedEvent(r.Logs[0])
	if err != nil || ev.Rating != 5 || ev.Reviewer != f.buyer.Addr || ev.Updated {
		t.Fatalf("Reviewed = %+v, %v", ev, err)
	}
	if st, err := f.b.ReviewState(ctx, id, f.buyer.Addr); err != nil || st.Rating != 5 || st.UpdatedAt.IsZero() {
		t.Fatalf("after the review ReviewState = %+v, %v", st, err)
	}

	// Updating is allowed (the contract replaces the review); no comment is fine.
	tx, err = f.b.Review(ctx, f.buyer.Addr, id, trade.MinRating, "")
	if err != nil {
		t.Fatalf("second review: %v", err)
	}
	f.send(t, f.buyer, tx)
	if st, err := f.b.ReviewState(ctx, id, f.buyer.Addr); err != nil || st.Rating != 1 {
		t.Fatalf("after the update ReviewState = %+v, %v; want rating 1", st, err)
	}
}
