package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/contracts"
)

func TestBuy_PaysRoyaltyFeeAndSellerExactly(t *testing.T) {
	e := newEnv(t)
	a, b, c := alice(e), bob(e), carol(e)
	// Alice (creator, 5 % royalty) mints to Bob, who lists at 1.3 ETH; Carol buys.
	id, _, err := e.Mint(a, b.Addr, "resale", a.Addr, 500)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.ApproveMarket(b); err != nil {
		t.Fatal(err)
	}
	price := eth(1.3)
	r := send(t, e, b, e.Addr.Marketplace, e.Market.PackList(id, price), nil)
	listed, err := e.Market.UnpackListedEvent(r.Logs[0])
	if err != nil || listed.Seller != b.Addr || listed.Price.Cmp(price) != 0 {
		t.Fatalf("Listed = %+v, %v", listed, err)
	}
	l := call(t, e, e.Addr.Marketplace, e.Market.PackListingOf(id), e.Market.UnpackListingOf)
	if !l.Listed || l.Seller != b.Addr || l.Price.Cmp(price) != 0 {
		t.Fatalf("listingOf = %+v", l)
	}

	aBefore, bBefore := balance(t, e, a.Addr), balance(t, e, b.Addr)
	r, err = e.Buy(c, id, price, 250)
	if err != nil {
		t.Fatal(err)
	}
	want, err := contracts.Split(price, 500, 250)
	if err != nil {
		t.Fatal(err)
	}
	wantBig(t, "royalty paid", diff(aBefore, balance(t, e, a.Addr)), want.Royalty)
	wantBig(t, "seller paid", diff(bBefore, balance(t, e, b.Addr)), want.Seller)
	fees := call(t, e, e.Addr.Marketplace, e.Market.PackFeesAccrued(), e.Market.UnpackFeesAccrued)
	wantBig(t, "fees accrued", fees, want.Fee)
	wantBig(t, "market balance", balance(t, e, e.Addr.Marketplace), want.Fee)

	sold := soldEvent(t, e, r)
	if sold.Seller != b.Addr || sold.Buyer != c.Addr || sold.RoyaltyReceiver != a.Addr ||
		sold.Price.Cmp(price) != 0 || sold.Royalty.Cmp(want.Royalty) != 0 || sold.Fee.Cmp(want.Fee) != 0 ||
		sold.SellerAmount.Cmp(want.Seller) != 0 {
		t.Fatalf("Sold = %+v, want %+v", sold, want)
	}
	if got := ownerOf(t, e, id); got != c.Addr {
		t.Fatalf("owner = %s, want Carol", got)
	}
	if !call(t, e, e.Addr.Marketplace, e.Market.PackHasBought(id, c.Addr), e.Market.UnpackHasBought) {
		t.Fatal("hasBought(Carol) = false")
	}
	if l := call(t, e, e.Addr.Marketplace, e.Market.PackListingOf(id), e.Market.UnpackListingOf); l.Listed {
		t.Fatalf("still listed after the sale: %+v", l)
	}
	// Fees go to the fee recipient (the deployer here); anyone may trigger it.
	ownerBefore := balance(t, e, e.Owner().Addr)
	send(t, e, dave(e), e.Addr.Marketplace, e.Market.PackWithdrawFees(), nil)
	wantBig(t, "fees withdrawn", diff(ownerBefore, balance(t, e, e.Owner().Addr)), want.Fee)
	_, err = e.Send(dave(e), e.Addr.Marketplace, e.Market.PackWithdrawFees(), nil)
	wantRevert(t, err, "NothingToWithdraw")
}

func TestBuy_CreatorSaleMergesRoyaltyIntoOnePayment(t *testing.T) {
	e := newEnv(t)
	a, c := alice(e), carol(e)
	id := mintAndList(t, e, a, "primary", a.Addr, 1000, oneETH)
	before := balance(t, e, a.Addr)
	r, err := e.Buy(c, id, oneETH, 250)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := contracts.Split(oneETH, 1000, 250)
	wantBig(t, "creator paid", diff(before, balance(t, e, a.Addr)), new(big.Int).Add(want.Royalty, want.Seller))
	if s := soldEvent(t, e, r); s.Royalty.Cmp(want.Royalty) != 0 {
		t.Fatalf("Sold.royalty = %s, want %s", s.Royalty, want.Royalty)
	}
}

func TestListing_UpdatePriceAndCancel(t *testing.T) {
	e := newEnv(t)
	a, b := alice(e), bob(e)
	id := mintAndList(t, e, a, "t", a.Addr, 0, oneETH)

	r := send(t, e, a, e.Addr.Marketplace, e.Market.PackUpdatePrice(id, halfETH), nil)
	ev, err := e.Market.UnpackPriceUpdatedEvent(r.Logs[0])
	if err != nil || ev.OldPrice.Cmp(oneETH) != 0 || ev.NewPrice.Cmp(halfETH) != 0 {
		t.Fatalf("PriceUpdated = %+v, %v", ev, err)
	}
	_, err = e.Send(b, e.Addr.Marketplace, e.Market.PackUpdatePrice(id, oneETH), nil)
	wantRevert(t, err, "NotTokenOwner")
	_, err = e.Send(b, e.Addr.Marketplace, e.Market.PackCancel(id), nil)
	wantRevert(t, err, "NotTokenOwner")
	_, err = e.Send(b, e.Addr.Marketplace, e.Market.PackList(id, oneETH), nil)
	wantRevert(t, err, "NotTokenOwner")

	r = send(t, e, a, e.Addr.Marketplace, e.Market.PackCancel(id), nil)
	if _, err := e.Market.UnpackCancelledEvent(r.Logs[0]); err != nil {
		t.Fatalf("Cancelled: %v", err)
	}
	_, err = e.Buy(b, id, halfETH, maxFeeAll)
	wantRevert(t, err, "NotListed")
	_, err = e.Send(a, e.Addr.Marketplace, e.Market.PackCancel(id), nil)
	wantRevert(t, err, "NotListed")
	_, err = e.Send(a, e.Addr.Marketplace, e.Market.PackUpdatePrice(id, oneETH), nil)
	wantRevert(t, err, "NotListed")
	// Listing needs the Marketplace approved.
	id2 := mint(t, e, b, "unapproved", b.Addr, 0)
	_, err = e.Send(b, e.Addr.Marketplace, e.Market.PackList(id2, oneETH), nil)
	wantRevert(t, err, "MarketNotApproved")
	// A single-token approval is enough.
	send(t, e, b, e.Addr.ModelNFT, e.NFT.PackApprove(e.Addr.Marketplace, id2), nil)
	send(t, e, b, e.Addr.Marketplace, e.Market.PackList(id2, oneETH), nil)
	if _, err := e.Buy(a, id2, oneETH, maxFeeAll); err != nil {
		t.Fatalf("buy with a token approval: %v", err)
	}
}

// Attack 1: list, transfer A→B→A, buy at the old price → reverts.
func TestBuy_StaleListingReverts(t *testing.T) {
	e := newEnv(t)
	a, b, c := alice(e), bob(e), carol(e)
	id := mintAndList(t, e, a, "t", a.Addr, 0, eth(0.01))
	transfer(t, e, a, b.Addr, id)
	transfer(t, e, b, a.Addr, id)
	// Alice owns it again and the Marketplace is still approved, but the old
	// cheap listing must not come back.
	_, err := e.Buy(c, id, eth(0.01), maxFeeAll)
	wantRevert(t, err, "StaleListing")
	_, err = e.Send(a, e.Addr.Marketplace, e.Market.PackUpdatePrice(id, oneETH), nil)
	wantRevert(t, err, "StaleListing")
	if l := call(t, e, e.Addr.Marketplace, e.Market.PackListingOf(id), e.Market.UnpackListingOf); l.Listed {
		t.Fatalf("listingOf shows a stale listing: %+v", l)
	}
	// She can list again, and cancel the dead one's slot.
	send(t, e, a, e.Addr.Marketplace, e.Market.PackList(id, oneETH), nil)
	if _, err := e.Buy(c, id, oneETH, maxFeeAll); err != nil {
		t.Fatalf("buy after relisting: %v", err)
	}
}

// After the seller revokes the approval, the listing cannot be bought.
func TestBuy_RevokedApprovalReverts(t *testing.T) {
	e := newEnv(t)
	a, c := alice(e), carol(e)
	id := mintAndList(t, e, a, "t", a.Addr, 0, oneETH)
	send(t, e, a, e.Addr.ModelNFT, e.NFT.PackSetApprovalForAll(e.Addr.Marketplace, false), nil)
	_, err := e.Buy(c, id, oneETH, maxFeeAll)
	wantRevert(t, err, "ERC721InsufficientApproval")
}

// Attack 5: the seller raises the price, or the owner raises the fee, after
// the buyer read it → buy reverts.
func TestBuy_FrontRunningReverts(t *testing.T) {
	e := newEnv(t)
	a, c := alice(e), carol(e)
	id := mintAndList(t, e, a, "t", a.Addr, 0, oneETH)

	// The buyer read price 1 ETH and fee 2.5 %.
	send(t, e, a, e.Addr.Marketplace, e.Market.PackUpdatePrice(id, eth(2)), nil)
	_, err := e.Buy(c, id, oneETH, 250)
	wantRevert(t, err, "PriceChanged")
	// Even sending the new price with the old expectation fails.
	_, err = e.Send(c, e.Addr.Marketplace, e.Market.PackBuy(id, oneETH, 250), eth(2))
	wantRevert(t, err, "PriceChanged")

	send(t, e, a, e.Addr.Marketplace, e.Market.PackUpdatePrice(id, oneETH), nil)
	send(t, e, e.Owner(), e.Addr.Marketplace, e.Market.PackSetFee(1000), nil)
	_, err = e.Buy(c, id, oneETH, 250)
	wantRevert(t, err, "FeeIncreased")
	if _, err := e.Buy(c, id, oneETH, 1000); err != nil {
		t.Fatalf("buy accepting the new fee: %v", err)
	}
}

// Attack 6: price 0 and msg.value ≠ price revert.
func TestValueChecks(t *testing.T) {
	e := newEnv(t)
	a, c := alice(e), carol(e)
	id := mint(t, e, a, "t", a.Addr, 0)
	if err := e.ApproveMarket(a); err != nil {
		t.Fatal(err)
	}
	_, err := e.Send(a, e.Addr.Marketplace, e.Market.PackList(id, big.NewInt(0)), nil)
	wantRevert(t, err, "InvalidPrice")
	tooBig := new(big.Int).Lsh(big.NewInt(1), 128)
	_, err = e.Send(a, e.Addr.Marketplace, e.Market.PackList(id, tooBig), nil)
	wantRevert(t, err, "InvalidPrice")
	send(t, e, a, e.Addr.Marketplace, e.Market.PackList(id, oneETH), nil)
	_, err = e.Send(a, e.Addr.Marketplace, e.Market.PackUpdatePrice(id, big.NewInt(0)), nil)
	wantRevert(t, err, "InvalidPrice")

	for _, sent := range []*big.Int{big.NewInt(0), halfETH, eth(1.5)} {
		_, err = e.Send(c, e.Addr.Marketplace, e.Market.PackBuy(id, oneETH, maxFeeAll), sent)
		wantRevert(t, err, "WrongPayment")
	}
	if got := ownerOf(t, e, id); got != a.Addr {
		t.Fatalf("owner = %s", got)
	}
}

// Attack 11: the fee stays under the cap; only the owner sets it; pause stops
// list and buy but never cancel or withdraw.
func TestAdmin_FeeCapAndPause(t *testing.T) {
	e := newEnv(t)
	owner, a, b := e.Owner(), alice(e), bob(e)

	_, err := e.Send(owner, e.Addr.Marketplace, e.Market.PackSetFee(1001), nil)
	wantRevert(t, err, "FeeAboveCap")
	_, err = e.Send(a, e.Addr.Marketplace, e.Market.PackSetFee(0), nil)
	wantRevert(t, err, "OwnableUnauthorizedAccount")
	r := send(t, e, owner, e.Addr.Marketplace, e.Market.PackSetFee(1000), nil)
	if ev, err := e.Market.UnpackFeeChangedEvent(r.Logs[0]); err != nil || ev.OldFeeBps != 250 || ev.NewFeeBps != 1000 {
		t.Fatalf("FeeChanged = %+v, %v", ev, err)
	}
	if cap := call(t, e, e.Addr.Marketplace, e.Market.PackMaxFeeBps(), e.Market.UnpackMaxFeeBps); cap != 1000 {
		t.Fatalf("maxFeeBps = %d", cap)
	}
	_, err = e.Send(owner, e.Addr.Marketplace, e.Market.PackSetFeeRecipient(common.Address{}), nil)
	wantRevert(t, err, "InvalidFeeRecipient")
	send(t, e, owner, e.Addr.Marketplace, e.Market.PackSetFeeRecipient(b.Addr), nil)
	if got := call(t, e, e.Addr.Marketplace, e.Market.PackFeeRecipient(), e.Market.UnpackFeeRecipient); got != b.Addr {
		t.Fatalf("feeRecipient = %s", got)
	}

	listed := mintAndList(t, e, a, "listed", a.Addr, 0, oneETH)
	unlisted := mint(t, e, a, "unlisted", a.Addr, 0)
	_, err = e.Send(a, e.Addr.Marketplace, e.Market.PackPause(), nil)
	wantRevert(t, err, "OwnableUnauthorizedAccount")
	_, err = e.Send(owner, e.Addr.Marketplace, e.Market.PackUnpause(), nil)
	wantRevert(t, err, "ExpectedPause")
	send(t, e, owner, e.Addr.Marketplace, e.Market.PackPause(), nil)
	if !call(t, e, e.Addr.Marketplace, e.Market.PackPaused(), e.Market.UnpackPaused) {
		t.Fatal("paused() = false")
	}
	_, err = e.Send(owner, e.Addr.Marketplace, e.Market.PackPause(), nil)
	wantRevert(t, err, "EnforcedPause")
	_, err = e.Send(a, e.Addr.Marketplace, e.Market.PackList(unlisted, oneETH), nil)
	wantRevert(t, err, "EnforcedPause")
	_, err = e.Send(a, e.Addr.Marketplace, e.Market.PackUpdatePrice(listed, halfETH), nil)
	wantRevert(t, err, "EnforcedPause")
	_, err = e.Buy(b, listed, oneETH, maxFeeAll)
	wantRevert(t, err, "EnforcedPause")
	// Cancel works while paused.
	send(t, e, a, e.Addr.Marketplace, e.Market.PackCancel(listed), nil)
	send(t, e, owner, e.Addr.Marketplace, e.Market.PackUnpause(), nil)
	send(t, e, a, e.Addr.Marketplace, e.Market.PackList(listed, oneETH), nil)
	if _, err := e.Buy(b, listed, oneETH, maxFeeAll); err != nil {
		t.Fatalf("buy after unpause: %v", err)
	}
	// Withdraw works while paused: shown with a credited payee in
	// TestRejectingPayee_WithdrawWhilePaused.
}
