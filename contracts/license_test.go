package contracts_test

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
)

const day = 24 * 3600

func hasValid(t testing.TB, e *contractstest.Env, id *big.Int, who contractstest.Account) bool {
	t.Helper()
	return call(t, e, e.Addr.LicenseManager, e.Licenses.PackHasValidLicense(id, who.Addr), e.Licenses.UnpackHasValidLicense)
}

func publish(t testing.TB, e *contractstest.Env, owner contractstest.Account, id, price *big.Int, duration, cap uint32) *big.Int {
	t.Helper()
	o, err := e.PublishOffer(owner, id, price, duration, cap, true)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestLicense_PaysOwnerRoyaltyAndFeeAndRecords(t *testing.T) {
	e := newEnv(t)
	a, b, c := alice(e), bob(e), carol(e)
	// Alice (creator, 10 % royalty) mints to Bob, who offers 30-day licenses.
	id, _, err := e.Mint(a, b.Addr, "model", a.Addr, 1000)
	if err != nil {
		t.Fatal(err)
	}
	price := eth(0.2)
	offer := publish(t, e, b, id, price, 30*day, 0)
	info := call(t, e, e.Addr.LicenseManager, e.Licenses.PackOffer(offer), e.Licenses.UnpackOffer)
	if info.TokenId.Cmp(id) != 0 || info.Price.Cmp(price) != 0 || info.Duration != 30*day || !info.Commercial ||
		!info.Live || info.Paused || info.Retired || !bytes.Equal(info.TermsCID, contractstest.CID("terms "+id.String())) {
		t.Fatalf("offer = %+v", info)
	}
	if n := call(t, e, e.Addr.LicenseManager, e.Licenses.PackOfferCount(), e.Licenses.UnpackOfferCount); n.Int64() != 1 {
		t.Fatalf("offerCount = %s", n)
	}
	if hasValid(t, e, id, c) {
		t.Fatal("Carol has a license before buying one")
	}

	aBefore, bBefore := balance(t, e, a.Addr), balance(t, e, b.Addr)
	r, err := e.BuyLicense(c, offer, price)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := contracts.Split(price, 1000, 250)
	wantBig(t, "royalty to Alice", diff(aBefore, balance(t, e, a.Addr)), want.Royalty)
	wantBig(t, "owner Bob paid", diff(bBefore, balance(t, e, b.Addr)), want.Seller)
	wantBig(t, "fees accrued", call(t, e, e.Addr.LicenseManager, e.Licenses.PackFeesAccrued(), e.Licenses.UnpackFeesAccrued), want.Fee)
	ev, err := e.Licenses.UnpackLicensePurchasedEvent(r.Logs[len(r.Logs)-1])
	if err != nil {
		t.Fatal(err)
	}
	if ev.Licensee != c.Addr || ev.Owner != b.Addr || ev.RoyaltyReceiver != a.Addr || ev.Royalty.Cmp(want.Royalty) != 0 ||
		ev.Fee.Cmp(want.Fee) != 0 || ev.OwnerAmount.Cmp(want.Seller) != 0 || ev.Price.Cmp(price) != 0 {
		t.Fatalf("LicensePurchased = %+v", ev)
	}
	if !hasValid(t, e, id, c) {
		t.Fatal("no valid license after buying")
	}
	ls := call(t, e, e.Addr.LicenseManager, e.Licenses.PackLicensesOf(c.Addr), e.Licenses.UnpackLicensesOf)
	if len(ls) != 1 || ls[0].OfferId.Cmp(offer) != 0 || ls[0].TokenId.Cmp(id) != 0 || !ls[0].Commercial ||
		ls[0].ExpiresAt != ev.ExpiresAt || ls[0].ExpiresAt-ls[0].PurchasedAt != 30*day {
		t.Fatalf("licensesOf = %+v", ls)
	}
	exp := call(t, e, e.Addr.LicenseManager, e.Licenses.PackLicenseExpiry(id, c.Addr), e.Licenses.UnpackLicenseExpiry)
	if exp != ev.ExpiresAt {
		t.Fatalf("licenseExpiry = %d, want %d", exp, ev.ExpiresAt)
	}
	sold := call(t, e, e.Addr.LicenseManager, e.Licenses.PackOffer(offer), e.Licenses.UnpackOffer).Sold
	if sold != 1 {
		t.Fatalf("sold = %d", sold)
	}
	// Fees reach the recipient.
	before := balance(t, e, e.Owner().Addr)
	send(t, e, dave(e), e.Addr.LicenseManager, e.Licenses.PackWithdrawFees(), nil)
	wantBig(t, "license fees withdrawn", diff(before, balance(t, e, e.Owner().Addr)), want.Fee)
}

// Attack 8: valid before expiry, invalid after; perpetual stays valid.
func TestLicense_ExpiresButPerpetualStays(t *testing.T) {
	e := newEnv(t)
	a, c, d := alice(e), carol(e), dave(e)
	id := mint(t, e, a, "model", a.Addr, 0)
	monthly := publish(t, e, a, id, eth(0.1), 30*day, 0)
	forever := publish(t, e, a, id, eth(1), 0, 0)
	if _, err := e.BuyLicense(c, monthly, eth(0.1)); err != nil {
		t.Fatal(err)
	}
	r, err := e.BuyLicense(d, forever, oneETH)
	if err != nil {
		t.Fatal(err)
	}
	ev, _ := e.Licenses.UnpackLicensePurchasedEvent(r.Logs[len(r.Logs)-1])
	if ev.ExpiresAt != ^uint64(0) {
		t.Fatalf("perpetual expiresAt = %d", ev.ExpiresAt)
	}

	if err := e.AdjustTime(29 * day * time.Second); err != nil {
		t.Fatal(err)
	}
	if !hasValid(t, e, id, c) || !hasValid(t, e, id, d) {
		t.Fatal("licenses invalid before expiry")
	}
	if err := e.AdjustTime(2 * day * time.Second); err != nil {
		t.Fatal(err)
	}
	if hasValid(t, e, id, c) {
		t.Fatal("30-day license still valid after 31 days")
	}
	if !hasValid(t, e, id, d) {
		t.Fatal("perpetual license expired")
	}
	if !call(t, e, e.Addr.LicenseManager, e.Licenses.PackHasHeldLicense(id, c.Addr), e.Licenses.UnpackHasHeldLicense) {
		t.Fatal("hasHeldLicense false for an expired license")
	}
	// Renewing: a new 30-day license makes it valid again.
	if _, err := e.BuyLicense(c, monthly, eth(0.1)); err != nil {
		t.Fatal(err)
	}
	if !hasValid(t, e, id, c) {
		t.Fatal("renewed license invalid")
	}
	if n := len(call(t, e, e.Addr.LicenseManager, e.Licenses.PackLicensesOf(c.Addr), e.Licenses.UnpackLicensesOf)); n != 2 {
		t.Fatalf("licensesOf has %d, want 2", n)
	}
}

// Attack 8: a license survives the token's sale; the old owner's offers die with it.
func TestLicense_SurvivesTokenSaleAndOffersGoStale(t *testing.T) {
	e := newEnv(t)
	a, b, c := alice(e), bob(e), carol(e)
	id := mintAndList(t, e, a, "model", a.Addr, 500, oneETH)
	offer := publish(t, e, a, id, eth(0.1), 0, 0)
	if _, err := e.BuyLicense(c, offer, eth(0.1)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Buy(b, id, oneETH, maxFeeAll); err != nil {
		t.Fatal(err)
	}
	if !hasValid(t, e, id, c) {
		t.Fatal("license lost when the token was sold")
	}
	_, err := e.BuyLicense(dave(e), offer, eth(0.1))
	wantRevert(t, err, "OfferStale")
	if info := call(t, e, e.Addr.LicenseManager, e.Licenses.PackOffer(offer), e.Licenses.UnpackOffer); info.Live {
		t.Fatal("offer still live after the token moved")
	}
	// The old owner can no longer manage it; the new owner publishes her own.
	_, err = e.Send(a, e.Addr.LicenseManager, e.Licenses.PackRetireOffer(offer), nil)
	wantRevert(t, err, "NotTokenOwner")
	o2 := publish(t, e, b, id, eth(0.3), 0, 0)
	if _, err := e.BuyLicense(dave(e), o2, eth(0.3)); err != nil {
		t.Fatal(err)
	}
}

// Attack 8: a retired offer sells nothing; a paused one resumes.
func TestLicense_OfferLifecycle(t *testing.T) {
	e := newEnv(t)
	a, b, c := alice(e), bob(e), carol(e)
	id := mint(t, e, a, "model", a.Addr, 0)
	offer := publish(t, e, a, id, eth(0.1), 0, 0)

	_, err := e.Send(b, e.Addr.LicenseManager, e.Licenses.PackSetOfferPaused(offer, true), nil)
	wantRevert(t, err, "NotTokenOwner")
	r := send(t, e, a, e.Addr.LicenseManager, e.Licenses.PackSetOfferPaused(offer, true), nil)
	if ev, err := e.Licenses.UnpackOfferPauseChangedEvent(r.Logs[0]); err != nil || !ev.Paused {
		t.Fatalf("OfferPauseChanged = %+v, %v", ev, err)
	}
	_, err = e.BuyLicense(c, offer, eth(0.1))
	wantRevert(t, err, "OfferPaused")
	send(t, e, a, e.Addr.LicenseManager, e.Licenses.PackSetOfferPaused(offer, false), nil)
	if _, err := e.BuyLicense(c, offer, eth(0.1)); err != nil {
		t.Fatalf("buy after resume: %v", err)
	}

	r = send(t, e, a, e.Addr.LicenseManager, e.Licenses.PackRetireOffer(offer), nil)
	if _, err := e.Licenses.UnpackOfferClosedEvent(r.Logs[0]); err != nil {
		t.Fatalf("OfferClosed: %v", err)
	}
	_, err = e.BuyLicense(b, offer, eth(0.1))
	wantRevert(t, err, "OfferRetired")
	_, err = e.Send(a, e.Addr.LicenseManager, e.Licenses.PackSetOfferPaused(offer, false), nil)
	wantRevert(t, err, "OfferRetired")
	_, err = e.Send(a, e.Addr.LicenseManager, e.Licenses.PackRetireOffer(offer), nil)
	wantRevert(t, err, "OfferRetired")
	// Licenses sold before retirement stay valid.
	if !hasValid(t, e, id, c) {
		t.Fatal("license lost when its offer was retired")
	}

	_, err = e.BuyLicense(b, big.NewInt(99), eth(0.1))
	wantRevert(t, err, "OfferNotFound")
	_, err = e.Call(e.Addr.LicenseManager, e.Licenses.PackOffer(big.NewInt(99)))
	wantRevert(t, err, "OfferNotFound")
	_, err = e.Send(a, e.Addr.LicenseManager, e.Licenses.PackRetireOffer(big.NewInt(99)), nil)
	wantRevert(t, err, "OfferNotFound")
}

func TestLicense_Refusals(t *testing.T) {
	e := newEnv(t)
	a, b, c := alice(e), bob(e), carol(e)
	id := mint(t, e, a, "model", a.Addr, 0)
	_, err := e.Send(a, e.Addr.LicenseManager, e.Licenses.PackPublishOffer(id, big.NewInt(0), 0, 0, contractstest.CID("t"), false), nil)
	wantRevert(t, err, "InvalidPrice")
	_, err = e.Send(b, e.Addr.LicenseManager, e.Licenses.PackPublishOffer(id, oneETH, 0, 0, contractstest.CID("t"), false), nil)
	wantRevert(t, err, "NotTokenOwner")
	_, err = e.Send(a, e.Addr.LicenseManager, e.Licenses.PackPublishOffer(id, oneETH, 0, 0, []byte("not a cid"), false), nil)
	wantRevert(t, err, "InvalidCID")
	_, err = e.Send(a, e.Addr.LicenseManager, e.Licenses.PackPublishOffer(big.NewInt(99), oneETH, 0, 0, contractstest.CID("t"), false), nil)
	wantRevert(t, err, "ERC721NonexistentToken")

	offer := publish(t, e, a, id, oneETH, 0, 0)
	_, err = e.BuyLicense(c, offer, halfETH) // the buyer saw another price
	wantRevert(t, err, "PriceChanged")
	_, err = e.Send(c, e.Addr.LicenseManager, e.Licenses.PackBuyLicense(offer, oneETH), halfETH)
	wantRevert(t, err, "WrongPayment")

	// Pause stops offers and sales; withdrawing fees still works.
	if _, err := e.BuyLicense(c, offer, oneETH); err != nil {
		t.Fatal(err)
	}
	owner := e.Owner()
	_, err = e.Send(owner, e.Addr.LicenseManager, e.Licenses.PackSetFee(1001), nil)
	wantRevert(t, err, "FeeAboveCap")
	send(t, e, owner, e.Addr.LicenseManager, e.Licenses.PackPause(), nil)
	_, err = e.BuyLicense(b, offer, oneETH)
	wantRevert(t, err, "EnforcedPause")
	_, err = e.Send(a, e.Addr.LicenseManager, e.Licenses.PackPublishOffer(id, oneETH, 0, 0, contractstest.CID("t"), false), nil)
	wantRevert(t, err, "EnforcedPause")
	send(t, e, dave(e), e.Addr.LicenseManager, e.Licenses.PackWithdrawFees(), nil)
}

// Attack 8: the supply cap holds under random sequences of buys, pauses and
// price mistakes: sold never exceeds the cap, and a buy succeeds exactly when
// the offer is open and not sold out.
func TestLicense_SupplyCapHoldsUnderRandomBuys(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		t.Run("seed "+big.NewInt(int64(seed)).String(), func(t *testing.T) {
			licenseSequence(t, rand.New(rand.NewPCG(seed, seed*7919)), 40)
		})
	}
}

// licenseSequence runs n random steps against offers with small caps and
// checks the cap after each; used by the test above and FuzzLicenseSupply.
func licenseSequence(t *testing.T, r *rand.Rand, n int) {
	e := newEnv(t)
	a := alice(e)
	id := mint(t, e, a, "model", a.Addr, 300)
	caps := []uint32{1, 3, 0}
	offers := make([]*big.Int, len(caps))
	sold := make([]uint32, len(caps))
	paused := make([]bool, len(caps))
	price := eth(0.01)
	for i, c := range caps {
		offers[i] = publish(t, e, a, id, price, uint32(r.IntN(2))*day, c)
	}
	for step := 0; step < n; step++ {
		i := r.IntN(len(offers))
		switch r.IntN(5) {
		case 0:
			paused[i] = !paused[i]
			send(t, e, a, e.Addr.LicenseManager, e.Licenses.PackSetOfferPaused(offers[i], paused[i]), nil)
		default:
			buyer := e.Accounts[2+r.IntN(len(e.Accounts)-2)]
			_, err := e.BuyLicense(buyer, offers[i], price)
			switch {
			case paused[i]:
				wantRevert(t, err, "OfferPaused")
			case caps[i] != 0 && sold[i] >= caps[i]:
				wantRevert(t, err, "SoldOut")
			case err != nil:
				t.Fatalf("step %d: buy offer %d: %v", step, i, err)
			default:
				sold[i]++
			}
		}
		info := call(t, e, e.Addr.LicenseManager, e.Licenses.PackOffer(offers[i]), e.Licenses.UnpackOffer)
		if info.Sold != sold[i] || (caps[i] != 0 && info.Sold > caps[i]) {
			t.Fatalf("step %d: offer %d sold %d (model %d), cap %d", step, i, info.Sold, sold[i], caps[i])
		}
	}
}

// A token owner whose address refuses ETH is credited by the LicenseManager
// too, and withdraws later; the LicenseManager's admin functions work.
func TestLicense_RejectingOwnerIsCreditedAndAdmin(t *testing.T) {
	e := newEnv(t)
	a, c, owner := alice(e), carol(e), e.Owner()
	payee := deployRejecting(t, e, modeRevert)
	id := giveToken(t, e, payee, "model", a.Addr, 500)
	r := send(t, e, dave(e), payee, rejecting.PackExec(e.Addr.LicenseManager,
		e.Licenses.PackPublishOffer(id, oneETH, 0, 0, contractstest.CID("terms"), false)), nil)
	ev, err := e.Licenses.UnpackOfferPublishedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.BuyLicense(c, ev.OfferId, oneETH); err != nil {
		t.Fatal(err)
	}
	want, _ := contracts.Split(oneETH, 500, 250)
	got := call(t, e, e.Addr.LicenseManager, e.Licenses.PackCredits(payee), e.Licenses.UnpackCredits)
	wantBig(t, "owner's credit", got, want.Seller)
	fees := call(t, e, e.Addr.LicenseManager, e.Licenses.PackFeesAccrued(), e.Licenses.UnpackFeesAccrued)
	wantBig(t, "LicenseManager balance", balance(t, e, e.Addr.LicenseManager), new(big.Int).Add(got, fees))

	b := bob(e)
	before := balance(t, e, b.Addr)
	send(t, e, dave(e), payee, rejecting.PackExec(e.Addr.LicenseManager, e.Licenses.PackWithdrawTo(b.Addr)), nil)
	wantBig(t, "withdrawn to Bob", diff(before, balance(t, e, b.Addr)), want.Seller)
	_, err = e.Send(dave(e), payee, rejecting.PackExec(e.Addr.LicenseManager, e.Licenses.PackWithdraw()), nil)
	wantRevert(t, err, "NothingToWithdraw")

	// Admin: fee, fee recipient, pause and unpause.
	send(t, e, owner, e.Addr.LicenseManager, e.Licenses.PackSetFee(500), nil)
	if f := call(t, e, e.Addr.LicenseManager, e.Licenses.PackFeeBps(), e.Licenses.UnpackFeeBps); f != 500 {
		t.Fatalf("feeBps = %d", f)
	}
	send(t, e, owner, e.Addr.LicenseManager, e.Licenses.PackSetFeeRecipient(b.Addr), nil)
	send(t, e, owner, e.Addr.LicenseManager, e.Licenses.PackPause(), nil)
	if !call(t, e, e.Addr.LicenseManager, e.Licenses.PackPaused(), e.Licenses.UnpackPaused) {
		t.Fatal("not paused")
	}
	send(t, e, owner, e.Addr.LicenseManager, e.Licenses.PackUnpause(), nil)
	before = balance(t, e, b.Addr)
	if _, err := e.BuyLicense(dave(e), ev.OfferId, oneETH); err != nil {
		t.Fatal(err)
	}
	send(t, e, c, e.Addr.LicenseManager, e.Licenses.PackWithdrawFees(), nil)
	wantBig(t, "fees to the new recipient", diff(before, balance(t, e, b.Addr)), new(big.Int).Add(fees, eth(0.05)))
}
