package trade

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/contracts"
	"modelmarket/internal/apperr"
)

// Approved reports whether the Marketplace may move token tokenID now (its
// owner approved it for all their tokens, or for this one).
func (b *Builder) Approved(ctx context.Context, tokenID *big.Int) (bool, error) {
	if err := checkTokenID(tokenID); err != nil {
		return false, err
	}
	st, err := b.tokenState(ctx, tokenID)
	if err != nil {
		return false, err
	}
	return st.Approved, nil
}

// Approve builds ModelNFT.setApprovalForAll(Marketplace, true) for owner:
// one approval lets the Marketplace sell any of owner's tokens, and only
// through a sale that pays the royalty (ModelNFT allows only our own
// contracts as operators). already is true, and no Tx is built, when owner
// has approved it before.
func (b *Builder) Approve(ctx context.Context, owner common.Address) (tx Tx, already bool, err error) {
	ok, err := call(ctx, b, b.addrs.ModelNFT, b.nft.PackIsApprovedForAll(owner, b.addrs.Marketplace), b.nft.UnpackIsApprovedForAll)
	if err != nil {
		return Tx{}, false, err
	}
	if ok {
		return Tx{}, true, nil
	}
	tx, err = b.tx(ctx, owner, b.addrs.ModelNFT, b.nft.PackSetApprovalForAll(b.addrs.Marketplace, true), nil)
	return tx, false, err
}

// List builds Marketplace.list(tokenID, price) for owner. Errors (apperr):
// Invalid price; NotFound token; Forbidden when owner does not own it;
// Conflict wrapping ErrNeedsApproval when the Marketplace is not approved
// (the page asks for Approve first); a revert in words (paused, …).
func (b *Builder) List(ctx context.Context, owner common.Address, tokenID, price *big.Int) (Tx, error) {
	if err := checkTokenID(tokenID); err != nil {
		return Tx{}, err
	}
	if err := checkPrice(price); err != nil {
		return Tx{}, err
	}
	st, err := b.tokenState(ctx, tokenID)
	if err != nil {
		return Tx{}, err
	}
	if st.Owner != owner {
		return Tx{}, notOwner(tokenID)
	}
	if !st.Approved {
		return Tx{}, apperr.Wrap(apperr.Conflict,
			"Approve the marketplace to sell your tokens first: your wallet asks once, then listing works.", ErrNeedsApproval)
	}
	return b.tx(ctx, owner, b.addrs.Marketplace, b.market.PackList(tokenID, price), nil)
}

// Listing is a token's live ask, as the Marketplace reports it now.
type Listing struct {
	Listed bool
	Seller common.Address
	Price  *big.Int
}

// Listing reads a token's live listing (Listed is false when there is none,
// or the token moved since it was listed).
func (b *Builder) Listing(ctx context.Context, tokenID *big.Int) (Listing, error) {
	if err := checkTokenID(tokenID); err != nil {
		return Listing{}, err
	}
	l, err := call(ctx, b, b.addrs.Marketplace, b.market.PackListingOf(tokenID), b.market.UnpackListingOf)
	if err != nil {
		return Listing{}, err
	}
	return Listing{Listed: l.Listed, Seller: l.Seller, Price: l.Price}, nil
}

// UpdatePrice builds Marketplace.updatePrice for owner's live listing.
// Errors: Invalid price; Forbidden when owner does not own the token;
// NotFound when it is not listed; a revert in words.
func (b *Builder) UpdatePrice(ctx context.Context, owner common.Address, tokenID, price *big.Int) (Tx, error) {
	if err := checkPrice(price); err != nil {
		return Tx{}, err
	}
	if err := b.ownedBy(ctx, owner, tokenID); err != nil {
		return Tx{}, err
	}
	l, err := b.Listing(ctx, tokenID)
	if err != nil {
		return Tx{}, err
	}
	if !l.Listed {
		return Tx{}, apperr.E(apperr.NotFound, fmt.Sprintf("Token #%s is not listed, so it has no price to change. List it instead.", tokenID))
	}
	return b.tx(ctx, owner, b.addrs.Marketplace, b.market.PackUpdatePrice(tokenID, price), nil)
}

// Cancel builds Marketplace.cancel for owner's listing (it works while
// sales are paused). Errors: Forbidden when owner does not own the token; a
// revert in words (NotListed: nothing to cancel).
func (b *Builder) Cancel(ctx context.Context, owner common.Address, tokenID *big.Int) (Tx, error) {
	if err := b.ownedBy(ctx, owner, tokenID); err != nil {
		return Tx{}, err
	}
	return b.tx(ctx, owner, b.addrs.Marketplace, b.market.PackCancel(tokenID), nil)
}

// Transfer builds ModelNFT.safeTransferFrom(owner, to, tokenID): a gift,
// with no payment and no royalty. A live listing dies with it. Errors:
// Invalid recipient; Forbidden when owner does not own the token; a revert
// in words (a contract recipient that cannot hold tokens).
func (b *Builder) Transfer(ctx context.Context, owner, to common.Address, tokenID *big.Int) (Tx, error) {
	if to == (common.Address{}) {
		return Tx{}, apperr.E(apperr.Invalid, "Give the address to transfer the token to.")
	}
	if to == owner {
		return Tx{}, apperr.E(apperr.Invalid, "That is your own address: the token is already yours.")
	}
	if err := b.ownedBy(ctx, owner, tokenID); err != nil {
		return Tx{}, err
	}
	return b.tx(ctx, owner, b.addrs.ModelNFT, b.nft.PackSafeTransferFrom(owner, to, tokenID), nil)
}

func (b *Builder) ownedBy(ctx context.Context, owner common.Address, tokenID *big.Int) error {
	if err := checkTokenID(tokenID); err != nil {
		return err
	}
	st, err := b.tokenState(ctx, tokenID)
	if err != nil {
		return err
	}
	if st.Owner != owner {
		return notOwner(tokenID)
	}
	return nil
}

// Purchase is a buy transaction with the exact split it pays.
type Purchase struct {
	Tx              Tx
	Seller          common.Address
	Price           *big.Int
	RoyaltyReceiver common.Address
	RoyaltyBps      uint16
	FeeBps          uint16
	Split           contracts.Shares // seller, royalty and fee; they add up to Price
}

// Buy builds Marketplace.buy(tokenID, expectedPrice, feeBps) for buyer,
// paying expectedPrice, after checking the listing now: it is live, its
// price is expectedPrice, the buyer is not the seller. The fee bound is the
// current fee, so a raise after this call makes the sale revert instead of
// costing the seller more. Errors (apperr): Conflict "listing is stale —
// the token moved" and "price changed from X to Y"; NotFound when not for
// sale; Invalid when buyer is the seller or lacks the ETH; a revert in words.
func (b *Builder) Buy(ctx context.Context, buyer common.Address, tokenID, expectedPrice *big.Int) (Purchase, error) {
	if err := checkTokenID(tokenID); err != nil {
		return Purchase{}, err
	}
	if err := checkPrice(expectedPrice); err != nil {
		return Purchase{}, err
	}
	l, err := b.Listing(ctx, tokenID)
	if err != nil {
		return Purchase{}, err
	}
	if !l.Listed {
		return Purchase{}, b.whyNotListed(ctx, buyer, tokenID, expectedPrice)
	}
	if l.Price.Cmp(expectedPrice) != 0 {
		return Purchase{}, apperr.E(apperr.Conflict, fmt.Sprintf("The price changed from %s to %s since you looked. Check it and try again.",
			contracts.FormatETH(expectedPrice), contracts.FormatETH(l.Price)))
	}
	if l.Seller == buyer {
		return Purchase{}, apperr.E(apperr.Invalid, "You are the seller of this token: you cannot buy it from yourself.")
	}
	feeBps, err := b.FeeBps(ctx)
	if err != nil {
		return Purchase{}, err
	}
	// royaltyInfo at a price of 10000 wei answers the royalty in basis points.
	ri, err := call(ctx, b, b.addrs.ModelNFT, b.nft.PackRoyaltyInfo(tokenID, big.NewInt(10_000)), b.nft.UnpackRoyaltyInfo)
	if err != nil {
		return Purchase{}, err
	}
	split, err := contracts.Split(l.Price, uint16(ri.Arg1.Uint64()), feeBps)
	if err != nil {
		return Purchase{}, fmt.Errorf("trade.Buy %s: %w", tokenID, err)
	}
	tx, err := b.tx(ctx, buyer, b.addrs.Marketplace, b.market.PackBuy(tokenID, l.Price, feeBps), l.Price)
	if err != nil {
		return Purchase{}, err
	}
	return Purchase{Tx: tx, Seller: l.Seller, Price: l.Price, RoyaltyReceiver: ri.Arg0,
		RoyaltyBps: uint16(ri.Arg1.Uint64()), FeeBps: feeBps, Split: split}, nil
}

// whyNotListed words a missing listing: the contract knows whether there
// was one that went stale (the token moved) or none at all.
func (b *Builder) whyNotListed(ctx context.Context, buyer common.Address, tokenID, price *big.Int) error {
	if _, err := b.tokenState(ctx, tokenID); err != nil {
		return err // no such token
	}
	// A buy of a stale listing reverts with StaleListing (or PriceChanged
	// first); of no listing, with NotListed.
	_, err := b.tx(ctx, buyer, b.addrs.Marketplace, b.market.PackBuy(tokenID, price, 10_000), price)
	switch name, _ := contracts.DecodeRevert(err); name {
	case "StaleListing", "PriceChanged":
		return apperr.Wrap(apperr.Conflict, "This listing is stale — the token moved since it was listed, so it is no longer for sale.", err)
	}
	return apperr.E(apperr.NotFound, fmt.Sprintf("Token #%s is not for sale.", tokenID))
}
