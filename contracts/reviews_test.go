package contracts_test

import (
	"math/big"
	"testing"

	"modelmarket/contracts/contractstest"
)

// Attack 9: only buyers and licensees review; ratings 1..5; one per pair.
func TestReviews_EligibilityBoundsAndOnePerPair(t *testing.T) {
	e := newEnv(t)
	a, b, c, d := alice(e), bob(e), carol(e), dave(e)
	id := mintAndList(t, e, a, "model", a.Addr, 0, oneETH)
	comment := []byte(nil)

	// The creator, a stranger and a gift recipient are refused.
	for _, who := range []int{1, 3} {
		_, err := e.Send(e.Accounts[who], e.Addr.Reviews, e.Reviews.PackReview(id, 5, comment), nil)
		wantRevert(t, err, "NotEligible")
	}
	if call(t, e, e.Addr.Reviews, e.Reviews.PackCanReview(id, c.Addr), e.Reviews.UnpackCanReview) {
		t.Fatal("canReview(stranger) = true")
	}

	// A buyer may review, and still may after reselling.
	if _, err := e.Buy(b, id, oneETH, maxFeeAll); err != nil {
		t.Fatal(err)
	}
	transfer(t, e, b, d.Addr, id) // a gift: Dave holds it but did not buy it
	_, err := e.Send(d, e.Addr.Reviews, e.Reviews.PackReview(id, 5, comment), nil)
	wantRevert(t, err, "NotEligible")
	r := send(t, e, b, e.Addr.Reviews, e.Reviews.PackReview(id, 4, []byte{}), nil)
	ev, err := e.Reviews.UnpackReviewedEvent(r.Logs[0])
	if err != nil || ev.Rating != 4 || ev.Updated || ev.Reviewer != b.Addr {
		t.Fatalf("Reviewed = %+v, %v", ev, err)
	}

	// A licensee may review, even after the license expired (hasHeldLicense).
	offer := publish(t, e, d, id, eth(0.1), 1, 0)
	if _, err := e.BuyLicense(c, offer, eth(0.1)); err != nil {
		t.Fatal(err)
	}
	send(t, e, c, e.Addr.Reviews, e.Reviews.PackReview(id, 2, nil), nil)

	// Rating bounds.
	for _, rating := range []uint8{0, 6, 255} {
		_, err := e.Send(b, e.Addr.Reviews, e.Reviews.PackReview(id, rating, nil), nil)
		wantRevert(t, err, "InvalidRating")
	}
	// A bad comment CID and a missing token.
	_, err = e.Send(b, e.Addr.Reviews, e.Reviews.PackReview(id, 3, []byte("hello")), nil)
	wantRevert(t, err, "InvalidCID")
	_, err = e.Send(b, e.Addr.Reviews, e.Reviews.PackReview(big.NewInt(77), 3, nil), nil)
	wantRevert(t, err, "ERC721NonexistentToken")

	// One per (reviewer, token): a second review replaces the first.
	r = send(t, e, b, e.Addr.Reviews, e.Reviews.PackReview(id, 1, contractstest.CID("changed my mind")), nil)
	ev, err = e.Reviews.UnpackReviewedEvent(r.Logs[0])
	if err != nil || ev.Rating != 1 || !ev.Updated {
		t.Fatalf("Reviewed (update) = %+v, %v", ev, err)
	}
	got := call(t, e, e.Addr.Reviews, e.Reviews.PackReviewOf(id, b.Addr), e.Reviews.UnpackReviewOf)
	if got.Rating != 1 || got.UpdatedAt == 0 {
		t.Fatalf("reviewOf = %+v", got)
	}
	if none := call(t, e, e.Addr.Reviews, e.Reviews.PackReviewOf(id, d.Addr), e.Reviews.UnpackReviewOf); none.Rating != 0 {
		t.Fatalf("reviewOf(Dave) = %+v", none)
	}
	// The Reviews contract knows the other three.
	if got := call(t, e, e.Addr.Reviews, e.Reviews.PackNft(), e.Reviews.UnpackNft); got != e.Addr.ModelNFT {
		t.Fatalf("nft = %s", got)
	}
	if got := call(t, e, e.Addr.Reviews, e.Reviews.PackMarket(), e.Reviews.UnpackMarket); got != e.Addr.Marketplace {
		t.Fatalf("market = %s", got)
	}
	if got := call(t, e, e.Addr.Reviews, e.Reviews.PackLicenses(), e.Reviews.UnpackLicenses); got != e.Addr.LicenseManager {
		t.Fatalf("licenses = %s", got)
	}
}
