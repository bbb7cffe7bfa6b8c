package trade_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/apperr"
	"modelmarket/internal/trade"
)

// publish publishes an offer on id through the builder and returns its id.
func (f *fixture) publish(t *testing.T, id, price *big.Int, days, cap uint32, commercial bool) uint64 {
	t.Helper()
	tx, err := f.b.PublishOffer(context.Background(), f.creator.Addr, id, price, days, cap, metadataCID("terms"), commercial)
	if err != nil {
		t.Fatalf("PublishOffer: %v", err)
	}
	r, err := f.env.Send(f.creator, common.HexToAddress(tx.To), hexutil.MustDecode(tx.Data), nil)
	if err != nil {
		t.Fatalf("send publish: %v", err)
	}
	for _, l := range r.Logs {
		if ev, err := f.env.Licenses.UnpackOfferPublishedEvent(l); err == nil {
			return ev.OfferId.Uint64()
		}
	}
	t.Fatal("no OfferPublished event")
	return 0
}

// buyLicense buys through the builder and returns the purchase it described.
func (f *fixture) buyLicense(t *testing.T, a contractstest.Account, offerID uint64, price *big.Int) trade.LicensePurchase {
	t.Helper()
	p, err := f.b.BuyLicense(context.Background(), a.Addr, offerID, price)
	if err != nil {
		t.Fatalf("BuyLicense: %v", err)
	}
	f.send(t, a, p.Tx)
	return p
}

func TestLicense_PublishBuyPaysSplitAndRecords(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "lic", 500)
	other := f.mint(t, "other", 0)
	price := new(big.Int).Div(eth, big.NewInt(10))
	offerID := f.publish(t, id, price, 30, 0, true)
	f.publish(t, other, price, 0, 0, false) // another token's offer must not show on id

	offers, err := f.b.TokenOffers(ctx, id)
	if err != nil || len(offers) != 1 {
		t.Fatalf("TokenOffers = %+v, %v; want one", offers, err)
	}
	o := offers[0]
	if o.ID != offerID || o.Price.Cmp(price) != 0 || o.Duration != 30*86400 || !o.Commercial || o.TermsCID != metadataCID("terms") || o.State() != "open" || o.Left() != -1 {
		t.Fatalf("offer = %+v (state %s)", o, o.State())
	}

	before, _ := f.env.Balance(f.royalty.Addr)
	p := f.buyLicense(t, f.buyer, offerID, price)
	fee, _ := f.b.LicenseFeeBps(ctx)
	want, _ := contracts.Split(price, 500, fee)
	if p.Split.Royalty.Cmp(want.Royalty) != 0 || p.Split.Seller.Cmp(want.Seller) != 0 || p.Owner != f.creator.Addr || p.RoyaltyBps != 500 {
		t.Fatalf("purchase = %+v, want split %+v", p, want)
	}
	after, _ := f.env.Balance(f.royalty.Addr)
	if got := new(big.Int).Sub(after, before); got.Cmp(want.Royalty) != 0 {
		t.Fatalf("royalty receiver got %s, want %s", got, want.Royalty)
	}

	st, err := f.b.LicenseStatus(ctx, id, f.buyer.Addr)
	if err != nil || !st.Valid || !st.Held || st.Perpetual() {
		t.Fatalf("status = %+v, %v", st, err)
	}
	now, _ := f.b.ChainTime(ctx)
	if d := time.Unix(int64(st.Expiry), 0).Sub(now); d < 30*24*time.Hour-time.Minute || d > 30*24*time.Hour {
		t.Fatalf("expiry in %s, want 30 days", d)
	}
	ls, err := f.b.LicensesOf(ctx, f.buyer.Addr)
	if err != nil || len(ls) != 1 || !ls[0].Active || ls[0].TokenID.Cmp(id) != 0 || ls[0].OfferID != offerID {
		t.Fatalf("LicensesOf = %+v, %v", ls, err)
	}
	if st, _ := f.b.LicenseStatus(ctx, id, f.other.Addr); st.Valid || st.Held {
		t.Fatalf("unlicensed account has %+v", st)
	}
}

func TestLicense_PauseResumeRetire(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "p", 0)
	price := big.NewInt(1000)
	offerID := f.publish(t, id, price, 0, 0, false)

	_, err := f.b.SetOfferPaused(ctx, f.other.Addr, offerID, true)
	wantErr(t, err, apperr.Forbidden, "You do not own token")
	_, err = f.b.SetOfferPaused(ctx, f.creator.Addr, offerID, false)
	wantErr(t, err, apperr.Conflict, "already open")

	tx, err := f.b.SetOfferPaused(ctx, f.creator.Addr, offerID, true)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	_, err = f.b.BuyLicense(ctx, f.buyer.Addr, offerID, price)
	wantErr(t, err, apperr.Conflict, "paused")

	tx, err = f.b.SetOfferPaused(ctx, f.creator.Addr, offerID, false)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	f.buyLicense(t, f.buyer, offerID, price)

	_, err = f.b.RetireOffer(ctx, f.other.Addr, offerID)
	wantErr(t, err, apperr.Forbidden, "You do not own token")
	tx, err = f.b.RetireOffer(ctx, f.creator.Addr, offerID)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	_, err = f.b.BuyLicense(ctx, f.other.Addr, offerID, price)
	wantErr(t, err, apperr.Conflict, "retired")
	_, err = f.b.RetireOffer(ctx, f.creator.Addr, offerID)
	wantErr(t, err, apperr.Conflict, "retired")
	if st, _ := f.b.LicenseStatus(ctx, id, f.buyer.Addr); !st.Valid || !st.Perpetual() {
		t.Fatalf("a license sold before retirement must stay valid and perpetual: %+v", st)
	}
}

func TestLicense_SupplyCapRefusedBeforeTheWallet(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "cap", 0)
	price := big.NewInt(1000)
	offerID := f.publish(t, id, price, 30, 1, false)
	f.buyLicense(t, f.buyer, offerID, price)

	o, err := f.b.Offer(ctx, offerID)
	if err != nil || !o.SoldOut() || o.Left() != 0 || o.State() != "sold out" || o.Open() {
		t.Fatalf("offer after one sale = %+v (%v)", o, err)
	}
	_, err = f.b.BuyLicense(ctx, f.other.Addr, offerID, price)
	wantErr(t, err, apperr.Conflict, "sold out")
	// The chain refuses it too: a direct buy reverts with SoldOut.
	_, err = f.env.BuyLicense(f.other, new(big.Int).SetUint64(offerID), price)
	if name, _ := contracts.DecodeRevert(err); name != "SoldOut" {
		t.Fatalf("direct buy past the cap: %v (revert %q)", err, name)
	}
}

func TestLicense_ExpiresAndRenews(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "exp", 0)
	price := big.NewInt(1000)
	offerID := f.publish(t, id, price, 1, 0, false)
	f.buyLicense(t, f.buyer, offerID, price)

	if err := f.env.AdjustTime(48 * time.Hour); err != nil {
		t.Fatal(err)
	}
	f.env.Sim.Commit()
	st, err := f.b.LicenseStatus(ctx, id, f.buyer.Addr)
	if err != nil || st.Valid || !st.Held {
		t.Fatalf("after expiry: %+v, %v", st, err)
	}
	ls, _ := f.b.LicensesOf(ctx, f.buyer.Addr)
	if len(ls) != 1 || ls[0].Active {
		t.Fatalf("LicensesOf after expiry = %+v", ls)
	}

	f.buyLicense(t, f.buyer, offerID, price) // renew
	if st, _ := f.b.LicenseStatus(ctx, id, f.buyer.Addr); !st.Valid {
		t.Fatalf("after renewal: %+v", st)
	}
	ls, _ = f.b.LicensesOf(ctx, f.buyer.Addr)
	if len(ls) != 2 || !ls[0].Active || ls[1].Active {
		t.Fatalf("LicensesOf after renewal (newest first) = %+v", ls)
	}
}

func TestLicense_Refusals(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "ref", 0)
	price := big.NewInt(1000)

	_, err := f.b.PublishOffer(ctx, f.other.Addr, id, price, 30, 0, metadataCID("t"), false)
	wantErr(t, err, apperr.Forbidden, "You do not own token")
	_, err = f.b.PublishOffer(ctx, f.creator.Addr, id, big.NewInt(0), 30, 0, metadataCID("t"), false)
	wantErr(t, err, apperr.Invalid, "more than 0 ETH")
	_, err = f.b.PublishOffer(ctx, f.creator.Addr, id, price, 30, 0, "not-a-cid", false)
	wantErr(t, err, apperr.Invalid, "CIDv1")
	_, err = f.b.PublishOffer(ctx, f.creator.Addr, id, price, trade.MaxOfferDays+1, 0, metadataCID("t"), false)
	wantErr(t, err, apperr.Invalid, "perpetual")
	_, err = f.b.PublishOffer(ctx, f.creator.Addr, big.NewInt(99), price, 30, 0, metadataCID("t"), false)
	wantErr(t, err, apperr.NotFound, "")

	_, err = f.b.BuyLicense(ctx, f.buyer.Addr, 42, price)
	wantErr(t, err, apperr.NotFound, "no license offer #42")
	offerID := f.publish(t, id, price, 30, 0, false)
	_, err = f.b.BuyLicense(ctx, f.buyer.Addr, offerID, big.NewInt(999))
	wantErr(t, err, apperr.Conflict, "price changed")

	// A sale of the token makes the old owner's offer stale.
	tx, err := f.b.Transfer(ctx, f.creator.Addr, f.other.Addr, id)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	_, err = f.b.BuyLicense(ctx, f.buyer.Addr, offerID, price)
	wantErr(t, err, apperr.Conflict, "stale")
	_, err = f.b.SetOfferPaused(ctx, f.creator.Addr, offerID, true)
	wantErr(t, err, apperr.Forbidden, "You do not own token")
}
