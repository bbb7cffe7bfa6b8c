package trade

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/apperr"
)

// The license side of the Builder: LicenseManager offers (publish, pause,
// retire) and licenses (buy, read). Every builder checks the offer as the
// chain has it now, so a sold-out, paused, retired or stale offer is refused
// in words before a wallet is asked.

var lm = mmbind.NewLicenseManager()

// Perpetual is the expiry LicenseManager records for a perpetual license.
const Perpetual = math.MaxUint64

// MaxOfferDays is the longest license duration an offer can have: the
// contract keeps durations as uint32 seconds.
const MaxOfferDays = math.MaxUint32 / 86400

// Offer is a license offer as LicenseManager reports it now.
type Offer struct {
	ID         uint64
	TokenID    *big.Int
	Price      *big.Int // wei
	Duration   uint32   // seconds; 0 = perpetual
	Cap        uint32   // 0 = unlimited
	Sold       uint32
	Commercial bool
	Paused     bool
	Retired    bool
	// Live is false when the token moved since the offer was published: the
	// new owner did not choose these terms, so it no longer sells.
	Live     bool
	TermsCID string // CIDv1 string form
}

// SoldOut reports whether a capped offer has sold its whole supply.
func (o Offer) SoldOut() bool { return o.Cap != 0 && o.Sold >= o.Cap }

// Open reports whether the offer sells now (not retired, paused, stale or sold out).
func (o Offer) Open() bool { return !o.Retired && !o.Paused && o.Live && !o.SoldOut() }

// Left is how many licenses the offer can still sell; -1 for unlimited.
func (o Offer) Left() int64 {
	if o.Cap == 0 {
		return -1
	}
	return max(int64(o.Cap)-int64(o.Sold), 0)
}

// State words the offer's state for people: "open", "sold out", "paused",
// "retired" or "stale" (the token changed hands).
func (o Offer) State() string {
	switch {
	case o.Retired:
		return "retired"
	case !o.Live:
		return "stale"
	case o.SoldOut():
		return "sold out"
	case o.Paused:
		return "paused"
	}
	return "open"
}

// Offer reads one offer. Errors: NotFound for an id never published; a
// node that does not answer is Unavailable.
func (b *Builder) Offer(ctx context.Context, offerID uint64) (Offer, error) {
	if offerID == 0 {
		return Offer{}, apperr.E(apperr.NotFound, "Offer ids start at 1.")
	}
	id := new(big.Int).SetUint64(offerID)
	info, err := call(ctx, b, b.addrs.LicenseManager, lm.PackOffer(id), lm.UnpackOffer)
	if name, _ := contracts.DecodeRevert(err); name == "OfferNotFound" {
		return Offer{}, apperr.Wrap(apperr.NotFound, fmt.Sprintf("There is no license offer #%d.", offerID), err)
	}
	if err != nil {
		return Offer{}, err
	}
	return Offer{ID: offerID, TokenID: info.TokenId, Price: info.Price, Duration: info.Duration, Cap: info.Cap, Sold: info.Sold,
		Commercial: info.Commercial, Paused: info.Paused, Retired: info.Retired, Live: info.Live, TermsCID: cidString(info.TermsCID)}, nil
}

// TokenOffers returns every offer ever published on tokenID, oldest first,
// each read from the chain now (so pause, retirement and supply are exact).
// The offer ids come from the OfferPublished logs (tokenId is an indexed
// topic) when the node answers eth_getLogs; otherwise every offer is read.
func (b *Builder) TokenOffers(ctx context.Context, tokenID *big.Int) ([]Offer, error) {
	if err := checkTokenID(tokenID); err != nil {
		return nil, err
	}
	ids, err := b.offerIDs(ctx, tokenID)
	if err != nil {
		return nil, err
	}
	out := make([]Offer, 0, len(ids))
	for _, id := range ids {
		o, err := b.Offer(ctx, id)
		if err != nil {
			return nil, err
		}
		if o.TokenID.Cmp(tokenID) == 0 {
			out = append(out, o)
		}
	}
	return out, nil
}

// offerIDs finds the ids of tokenID's offers.
func (b *Builder) offerIDs(ctx context.Context, tokenID *big.Int) ([]uint64, error) {
	if lf, ok := b.b.(ethereum.LogFilterer); ok {
		topic := common.BigToHash(tokenID)
		logs, err := lf.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(b.addrs.DeployBlock),
			Addresses: []common.Address{b.addrs.LicenseManager},
			Topics:    [][]common.Hash{{offerPublishedTopic}, nil, {topic}},
		})
		if err == nil {
			ids := make([]uint64, 0, len(logs))
			for _, l := range logs {
				if len(l.Topics) > 1 && !l.Removed {
					ids = append(ids, new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64())
				}
			}
			return ids, nil
		}
		// A node refusing the range: read every offer instead.
	}
	n, err := call(ctx, b, b.addrs.LicenseManager, lm.PackOfferCount(), lm.UnpackOfferCount)
	if err != nil {
		return nil, err
	}
	ids := make([]uint64, 0, n.Uint64())
	for i := uint64(1); i <= n.Uint64(); i++ {
		ids = append(ids, i)
	}
	return ids, nil
}

// PublishOffer builds LicenseManager.publishOffer for owner: price in wei,
// durationDays 0 for perpetual, cap 0 for unlimited, termsCID the pinned
// terms text (CIDv1, sha2-256). Errors (apperr): Invalid price, duration or
// CID; NotFound token; Forbidden when owner does not own it; a revert in
// words (offers paused by the platform).
func (b *Builder) PublishOffer(ctx context.Context, owner common.Address, tokenID, price *big.Int, durationDays, cap uint32, termsCID string, commercial bool) (Tx, error) {
	if err := checkPrice(price); err != nil {
		return Tx{}, err
	}
	if durationDays > MaxOfferDays {
		return Tx{}, apperr.E(apperr.Invalid, fmt.Sprintf("A license lasts at most %d days; leave the duration empty for a perpetual one.", MaxOfferDays))
	}
	c, err := cid.Decode(termsCID)
	if err != nil || c.Version() != 1 || c.Prefix().MhType != multihash.SHA2_256 {
		return Tx{}, apperr.E(apperr.Invalid, "The terms must be pinned first: their address must be a CIDv1 with a sha2-256 hash.")
	}
	if err := b.ownedBy(ctx, owner, tokenID); err != nil {
		return Tx{}, err
	}
	data := lm.PackPublishOffer(tokenID, price, durationDays*86400, cap, c.Bytes(), commercial)
	return b.tx(ctx, owner, b.addrs.LicenseManager, data, nil)
}

// SetOfferPaused builds LicenseManager.setOfferPaused for the token's
// owner. Errors: NotFound offer; Forbidden when owner does not own the
// token; Conflict when the offer is retired or already in that state.
func (b *Builder) SetOfferPaused(ctx context.Context, owner common.Address, offerID uint64, paused bool) (Tx, error) {
	o, err := b.ownedOffer(ctx, owner, offerID)
	if err != nil {
		return Tx{}, err
	}
	if o.Paused == paused {
		word := "open"
		if paused {
			word = "paused"
		}
		return Tx{}, apperr.E(apperr.Conflict, fmt.Sprintf("Offer #%d is already %s.", offerID, word))
	}
	return b.tx(ctx, owner, b.addrs.LicenseManager, lm.PackSetOfferPaused(new(big.Int).SetUint64(offerID), paused), nil)
}

// RetireOffer builds LicenseManager.retireOffer: the offer ends for good;
// licenses it sold stay valid. Errors as SetOfferPaused.
func (b *Builder) RetireOffer(ctx context.Context, owner common.Address, offerID uint64) (Tx, error) {
	if _, err := b.ownedOffer(ctx, owner, offerID); err != nil {
		return Tx{}, err
	}
	return b.tx(ctx, owner, b.addrs.LicenseManager, lm.PackRetireOffer(new(big.Int).SetUint64(offerID)), nil)
}

func (b *Builder) ownedOffer(ctx context.Context, owner common.Address, offerID uint64) (Offer, error) {
	o, err := b.Offer(ctx, offerID)
	if err != nil {
		return Offer{}, err
	}
	if err := b.ownedBy(ctx, owner, o.TokenID); err != nil {
		return Offer{}, err
	}
	if o.Retired {
		return Offer{}, apperr.E(apperr.Conflict, fmt.Sprintf("Offer #%d is retired: it cannot change any more.", offerID))
	}
	return o, nil
}

// LicensePurchase is a buyLicense transaction with the exact split it pays.
type LicensePurchase struct {
	Tx              Tx
	Offer           Offer
	Owner           common.Address // the token's owner, paid the rest
	RoyaltyReceiver common.Address
	RoyaltyBps      uint16
	FeeBps          uint16
	Split           contracts.Shares // Seller is the owner's share
}

// BuyLicense builds LicenseManager.buyLicense(offerID, expectedPrice) for
// buyer, after checking the offer now: it exists, is open, has supply left
// and still costs expectedPrice. Buying again while a license is valid is
// allowed: the longest expiry counts (a renewal). Errors (apperr): NotFound
// offer; Conflict "sold out", "paused", "retired", "stale" and "price
// changed"; Invalid when buyer lacks the ETH; a revert in words.
func (b *Builder) BuyLicense(ctx context.Context, buyer common.Address, offerID uint64, expectedPrice *big.Int) (LicensePurchase, error) {
	if err := checkPrice(expectedPrice); err != nil {
		return LicensePurchase{}, err
	}
	o, err := b.Offer(ctx, offerID)
	if err != nil {
		return LicensePurchase{}, err
	}
	if err := offerRefusal(o); err != nil {
		return LicensePurchase{}, err
	}
	if o.Price.Cmp(expectedPrice) != 0 {
		return LicensePurchase{}, apperr.E(apperr.Conflict, fmt.Sprintf("The price changed from %s to %s since you looked. Check it and try again.",
			contracts.FormatETH(expectedPrice), contracts.FormatETH(o.Price)))
	}
	st, err := b.tokenState(ctx, o.TokenID)
	if err != nil {
		return LicensePurchase{}, err
	}
	feeBps, err := b.LicenseFeeBps(ctx)
	if err != nil {
		return LicensePurchase{}, err
	}
	ri, err := call(ctx, b, b.addrs.ModelNFT, b.nft.PackRoyaltyInfo(o.TokenID, big.NewInt(10_000)), b.nft.UnpackRoyaltyInfo)
	if err != nil {
		return LicensePurchase{}, err
	}
	royaltyBps := uint16(ri.Arg1.Uint64())
	split, err := contracts.Split(o.Price, royaltyBps, feeBps)
	if err != nil {
		return LicensePurchase{}, fmt.Errorf("trade.BuyLicense %d: %w", offerID, err)
	}
	tx, err := b.tx(ctx, buyer, b.addrs.LicenseManager, lm.PackBuyLicense(new(big.Int).SetUint64(offerID), o.Price), o.Price)
	if err != nil {
		return LicensePurchase{}, err
	}
	return LicensePurchase{Tx: tx, Offer: o, Owner: st.Owner, RoyaltyReceiver: ri.Arg0, RoyaltyBps: royaltyBps, FeeBps: feeBps, Split: split}, nil
}

// offerRefusal says why an offer does not sell now, or nil.
func offerRefusal(o Offer) error {
	switch {
	case o.Retired:
		return apperr.E(apperr.Conflict, fmt.Sprintf("License offer #%d is retired: its owner ended it.", o.ID))
	case !o.Live:
		return apperr.E(apperr.Conflict, fmt.Sprintf("License offer #%d is stale: token #%s changed hands since it was published.", o.ID, o.TokenID))
	case o.SoldOut():
		return apperr.E(apperr.Conflict, fmt.Sprintf("License offer #%d is sold out: all %d licenses are taken.", o.ID, o.Cap))
	case o.Paused:
		return apperr.E(apperr.Conflict, fmt.Sprintf("License offer #%d is paused by the token's owner; try again later.", o.ID))
	}
	return nil
}

// LicenseFeeBps reads LicenseManager's current platform fee in basis points.
func (b *Builder) LicenseFeeBps(ctx context.Context) (uint16, error) {
	return call(ctx, b, b.addrs.LicenseManager, lm.PackFeeBps(), lm.UnpackFeeBps)
}

// cidString prints a binary CID from the chain; "" when it does not parse.
func cidString(raw []byte) string {
	c, err := cid.Cast(raw)
	if err != nil {
		return ""
	}
	return c.String()
}

// offerPublishedTopic is the OfferPublished event's id (topic 0).
var offerPublishedTopic = crypto.Keccak256Hash([]byte("OfferPublished(uint256,uint256,address,uint256,uint32,uint32,bool,bytes)"))
