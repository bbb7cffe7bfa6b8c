package trade_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/apperr"
	"modelmarket/internal/trade"
)

var eth = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

type fixture struct {
	env     *contractstest.Env
	b       *trade.Builder
	creator contractstest.Account
	buyer   contractstest.Account
	other   contractstest.Account
	royalty contractstest.Account
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	env, err := contractstest.NewEnv(5, contracts.DefaultDeployParams())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	b, err := trade.New(env.Client, env.Addr)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{env: env, b: b, creator: env.Accounts[1], buyer: env.Accounts[2], other: env.Accounts[3], royalty: env.Accounts[4]}
}

// send sends a built Tx from a, as the person's wallet would.
func (f *fixture) send(t *testing.T, a contractstest.Account, tx trade.Tx) {
	t.Helper()
	if tx.ChainID != f.env.ChainID.Uint64() {
		t.Fatalf("tx for chain %d, chain is %s", tx.ChainID, f.env.ChainID)
	}
	value, ok := new(big.Int).SetString(tx.Value, 10)
	if !ok {
		t.Fatalf("value %q is not decimal wei", tx.Value)
	}
	if _, err := f.env.Send(a, common.HexToAddress(tx.To), hexutil.MustDecode(tx.Data), value); err != nil {
		t.Fatalf("send %s: %v", tx.Data[:10], err)
	}
}

func metadataCID(seed string) string {
	h, _ := multihash.Sum([]byte(seed), multihash.SHA2_256, -1)
	return cid.NewCidV1(cid.Raw, h).String()
}

// mint mints a token to f.creator through the builder and returns its id.
func (f *fixture) mint(t *testing.T, seed string, royaltyBps uint16) *big.Int {
	t.Helper()
	ctx := context.Background()
	tx, err := f.b.Mint(ctx, f.creator.Addr, metadataCID(seed), contractstest.Digest(seed), f.royalty.Addr, royaltyBps)
	if err != nil {
		t.Fatalf("Mint: %v", err)
	}
	value, _ := new(big.Int).SetString(tx.Value, 10)
	r, err := f.env.Send(f.creator, common.HexToAddress(tx.To), hexutil.MustDecode(tx.Data), value)
	if err != nil {
		t.Fatalf("send mint: %v", err)
	}
	for _, l := range r.Logs {
		if ev, err := f.env.NFT.UnpackMintedEvent(l); err == nil {
			return ev.TokenId
		}
	}
	t.Fatal("no Minted event")
	return nil
}

func (f *fixture) list(t *testing.T, id, price *big.Int) {
	t.Helper()
	ctx := context.Background()
	if tx, already, err := f.b.Approve(ctx, f.creator.Addr); err != nil {
		t.Fatalf("Approve: %v", err)
	} else if !already {
		f.send(t, f.creator, tx)
	}
	tx, err := f.b.List(ctx, f.creator.Addr, id, price)
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	f.send(t, f.creator, tx)
}

func wantErr(t *testing.T, err error, kind apperr.Kind, words string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want %s %q", kind, words)
	}
	if apperr.KindOf(err) != kind || !strings.Contains(apperr.Message(err), words) {
		t.Fatalf("error %s %q (%v); want %s containing %q", apperr.KindOf(err), apperr.Message(err), err, kind, words)
	}
}

func TestMint_ValidatesAndSucceeds(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	max, err := f.b.MaxRoyaltyBps(ctx)
	if err != nil || max != contracts.MaxRoyaltyBps {
		t.Fatalf("MaxRoyaltyBps = %d, %v", max, err)
	}
	digest := contractstest.Digest("a")
	for _, tc := range []struct {
		name     string
		cid      string
		digest   [32]byte
		receiver common.Address
		bps      uint16
		words    string
	}{
		{"royalty above cap", metadataCID("a"), digest, f.royalty.Addr, max + 1, "between 0 and 10%"},
		{"no receiver", metadataCID("a"), digest, common.Address{}, 500, "address to receive"},
		{"empty digest", metadataCID("a"), [32]byte{}, f.royalty.Addr, 500, "digest is missing"},
		{"not a CID", "hello", digest, f.royalty.Addr, 500, "not a valid CID"},
		{"CIDv0", "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", digest, f.royalty.Addr, 500, "CIDv1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.b.Mint(ctx, f.creator.Addr, tc.cid, tc.digest, tc.receiver, tc.bps)
			wantErr(t, err, apperr.Invalid, tc.words)
		})
	}
	id := f.mint(t, "a", 500)
	owner, err := f.env.OwnerOf(id)
	if err != nil || owner != f.creator.Addr {
		t.Fatalf("owner of #%s = %s, %v; want the creator", id, owner, err)
	}
}

func TestApproveAndList(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "b", 500)

	// Not approved yet: listing needs the approval step.
	_, err := f.b.List(ctx, f.creator.Addr, id, eth)
	wantErr(t, err, apperr.Conflict, "Approve the marketplace")
	if !errors.Is(err, trade.ErrNeedsApproval) {
		t.Fatalf("List error %v does not wrap ErrNeedsApproval", err)
	}
	// Someone else's token.
	_, err = f.b.List(ctx, f.other.Addr, id, eth)
	wantErr(t, err, apperr.Forbidden, "You do not own token #")
	// A token that does not exist.
	_, err = f.b.List(ctx, f.creator.Addr, big.NewInt(999), eth)
	wantErr(t, err, apperr.NotFound, "does not exist")
	// A price of 0.
	_, err = f.b.List(ctx, f.creator.Addr, id, big.NewInt(0))
	wantErr(t, err, apperr.Invalid, "more than 0")

	tx, already, err := f.b.Approve(ctx, f.creator.Addr)
	if err != nil || already {
		t.Fatalf("Approve = already %v, %v", already, err)
	}
	f.send(t, f.creator, tx)
	if _, already, err = f.b.Approve(ctx, f.creator.Addr); err != nil || !already {
		t.Fatalf("second Approve = already %v, %v; want already", already, err)
	}
	if ok, err := f.b.Approved(ctx, id); err != nil || !ok {
		t.Fatalf("Approved = %v, %v", ok, err)
	}
	tx, err = f.b.List(ctx, f.creator.Addr, id, eth)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	l, err := f.b.Listing(ctx, id)
	if err != nil || !l.Listed || l.Price.Cmp(eth) != 0 || l.Seller != f.creator.Addr {
		t.Fatalf("Listing = %+v, %v", l, err)
	}
}

func TestUpdatePriceAndCancel(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "c", 0)
	_, err := f.b.UpdatePrice(ctx, f.creator.Addr, id, eth)
	wantErr(t, err, apperr.NotFound, "is not listed")
	f.list(t, id, eth)

	_, err = f.b.UpdatePrice(ctx, f.other.Addr, id, eth)
	wantErr(t, err, apperr.Forbidden, "You do not own")
	two := new(big.Int).Mul(eth, big.NewInt(2))
	tx, err := f.b.UpdatePrice(ctx, f.creator.Addr, id, two)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	if l, _ := f.b.Listing(ctx, id); l.Price.Cmp(two) != 0 {
		t.Fatalf("price after update = %s", l.Price)
	}

	_, err = f.b.Cancel(ctx, f.other.Addr, id)
	wantErr(t, err, apperr.Forbidden, "You do not own")
	tx, err = f.b.Cancel(ctx, f.creator.Addr, id)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	if l, _ := f.b.Listing(ctx, id); l.Listed {
		t.Fatal("still listed after cancel")
	}
	_, err = f.b.Cancel(ctx, f.creator.Addr, id)
	wantErr(t, err, apperr.NotFound, "not for sale")
}

func TestBuy_SplitIsPaidExactly(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "d", 500)
	f.list(t, id, eth)

	_, err := f.b.Buy(ctx, f.creator.Addr, id, eth)
	wantErr(t, err, apperr.Invalid, "You are the seller")

	p, err := f.b.Buy(ctx, f.buyer.Addr, id, eth)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := contracts.Split(eth, 500, 250)
	if p.Split.Royalty.Cmp(want.Royalty) != 0 || p.Split.Fee.Cmp(want.Fee) != 0 || p.Split.Seller.Cmp(want.Seller) != 0 {
		t.Fatalf("split = %+v; want %+v", p.Split, want)
	}
	if p.RoyaltyReceiver != f.royalty.Addr || p.Seller != f.creator.Addr || p.FeeBps != 250 || p.RoyaltyBps != 500 || p.Tx.Value != eth.String() {
		t.Fatalf("purchase = %+v", p)
	}
	sellerBefore, _ := f.env.Balance(f.creator.Addr)
	royaltyBefore, _ := f.env.Balance(f.royalty.Addr)
	feesBefore, _ := f.env.Call(f.env.Addr.Marketplace, f.env.Market.PackFeesAccrued())
	f.send(t, f.buyer, p.Tx)
	if owner, _ := f.env.OwnerOf(id); owner != f.buyer.Addr {
		t.Fatalf("owner after buy = %s", owner)
	}
	sellerAfter, _ := f.env.Balance(f.creator.Addr)
	royaltyAfter, _ := f.env.Balance(f.royalty.Addr)
	feesAfter, _ := f.env.Call(f.env.Addr.Marketplace, f.env.Market.PackFeesAccrued())
	fb, _ := f.env.Market.UnpackFeesAccrued(feesBefore)
	fa, _ := f.env.Market.UnpackFeesAccrued(feesAfter)
	for _, c := range []struct {
		name          string
		before, after *big.Int
		want          *big.Int
	}{
		{"seller", sellerBefore, sellerAfter, want.Seller},
		{"royalty receiver", royaltyBefore, royaltyAfter, want.Royalty},
		{"fees accrued", fb, fa, want.Fee},
	} {
		if got := new(big.Int).Sub(c.after, c.before); got.Cmp(c.want) != 0 {
			t.Errorf("%s received %s; want %s", c.name, got, c.want)
		}
	}
}

func TestBuy_DetectsChangedPriceAndStaleListing(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "e", 500)
	f.list(t, id, eth)

	// The seller raised the price after the buyer looked.
	two := new(big.Int).Mul(eth, big.NewInt(2))
	tx, err := f.b.UpdatePrice(ctx, f.creator.Addr, id, two)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	_, err = f.b.Buy(ctx, f.buyer.Addr, id, eth)
	wantErr(t, err, apperr.Conflict, "price changed from 1 ETH to 2 ETH")

	// The seller gave the token away: the listing is stale.
	tx, err = f.b.Transfer(ctx, f.creator.Addr, f.other.Addr, id)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	_, err = f.b.Buy(ctx, f.buyer.Addr, id, two)
	wantErr(t, err, apperr.Conflict, "listing is stale — the token moved")
	_, err = f.b.Buy(ctx, f.buyer.Addr, id, eth)
	wantErr(t, err, apperr.Conflict, "listing is stale — the token moved")

	// Never listed.
	id2 := f.mint(t, "f", 0)
	_, err = f.b.Buy(ctx, f.buyer.Addr, id2, eth)
	wantErr(t, err, apperr.NotFound, "is not for sale")
}

func TestTransfer(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "g", 0)
	_, err := f.b.Transfer(ctx, f.other.Addr, f.buyer.Addr, id)
	wantErr(t, err, apperr.Forbidden, "You do not own")
	_, err = f.b.Transfer(ctx, f.creator.Addr, common.Address{}, id)
	wantErr(t, err, apperr.Invalid, "address to transfer")
	// A contract without ERC-721 support cannot receive it.
	_, err = f.b.Transfer(ctx, f.creator.Addr, f.env.Addr.Reviews, id)
	wantErr(t, err, apperr.Invalid, "cannot hold tokens")
	tx, err := f.b.Transfer(ctx, f.creator.Addr, f.other.Addr, id)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	if owner, _ := f.env.OwnerOf(id); owner != f.other.Addr {
		t.Fatalf("owner after transfer = %s", owner)
	}
}

func TestExplain_WordsAFailedTransaction(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "h", 0)
	f.list(t, id, eth)
	// A buy built before the seller moved the token, sent after: mined and reverted.
	p, err := f.b.Buy(ctx, f.buyer.Addr, id, eth)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := f.b.Transfer(ctx, f.creator.Addr, f.other.Addr, id)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	r, err := f.env.SendWithGas(f.buyer, common.HexToAddress(p.Tx.To), hexutil.MustDecode(p.Tx.Data), eth, 300_000)
	if !errors.Is(err, contractstest.ErrReverted) {
		t.Fatalf("stale buy sent: %v; want a mined revert", err)
	}
	out, err := f.b.Explain(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if out.State != trade.TxFailed || out.Reason != "StaleListing" || !strings.Contains(out.Message, "stale") || strings.Contains(out.Message, "0x") {
		t.Fatalf("Explain = %+v", out)
	}
	// A confirmed one.
	tx, err = f.b.Transfer(ctx, f.other.Addr, f.buyer.Addr, id)
	if err != nil {
		t.Fatal(err)
	}
	r, err = f.env.Send(f.other, common.HexToAddress(tx.To), hexutil.MustDecode(tx.Data), nil)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := f.b.Explain(ctx, r.TxHash); err != nil || out.State != trade.TxConfirmed || out.Block != r.BlockNumber.Uint64() {
		t.Fatalf("Explain confirmed = %+v, %v", out, err)
	}
	_, err = f.b.Explain(ctx, common.HexToHash("0x1234"))
	wantErr(t, err, apperr.NotFound, "no transaction with that hash")
}
