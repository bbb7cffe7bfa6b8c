package indexer

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/listing"
)

// Decoder turns our contracts' logs into Events with the abigen bindings.
// It is safe for concurrent use.
type Decoder struct {
	addrs    contracts.Addresses
	nft      *mmbind.ModelNFT
	market   *mmbind.Marketplace
	licenses *mmbind.LicenseManager
	reviews  *mmbind.Reviews
	topics   []common.Hash // topic 0 of every event we index
}

// NewDecoder returns a decoder for one deployment of the four contracts.
func NewDecoder(addrs contracts.Addresses) (*Decoder, error) {
	d := &Decoder{addrs: addrs, nft: mmbind.NewModelNFT(), market: mmbind.NewMarketplace(),
		licenses: mmbind.NewLicenseManager(), reviews: mmbind.NewReviews()}
	// The order of topics is the order the decode switches index them by.
	for _, c := range []struct {
		meta   *bind.MetaData
		events []string
	}{
		{&mmbind.ModelNFTMetaData, []string{"Transfer", "Minted", "VersionPublished"}},
		{&mmbind.MarketplaceMetaData, []string{"Listed", "PriceUpdated", "Cancelled", "Sold"}},
		{&mmbind.LicenseManagerMetaData, []string{"OfferPublished", "OfferPauseChanged", "OfferClosed", "LicensePurchased"}},
		{&mmbind.ReviewsMetaData, []string{"Reviewed"}},
	} {
		parsed, err := c.meta.ParseABI()
		if err != nil {
			return nil, fmt.Errorf("indexer: contract ABI: %w", err)
		}
		for _, name := range c.events {
			ev, ok := parsed.Events[name]
			if !ok {
				return nil, fmt.Errorf("indexer: ABI has no event %s", name)
			}
			d.topics = append(d.topics, ev.ID)
		}
	}
	return d, nil
}

// Addresses returns the contracts whose logs the decoder reads, in the order
// ModelNFT, Marketplace, LicenseManager, Reviews.
func (d *Decoder) Addresses() []common.Address {
	return []common.Address{d.addrs.ModelNFT, d.addrs.Marketplace, d.addrs.LicenseManager, d.addrs.Reviews}
}

// Topics returns topic 0 of every indexed event (for the log filter).
func (d *Decoder) Topics() []common.Hash { return append([]common.Hash(nil), d.topics...) }

// Decode turns logs (of one or more blocks, in chain order) into events.
// Logs of other contracts or other events are skipped; a log of ours that
// does not decode is an error (the ABI and the chain disagree). A Minted
// event gets its recipient from the Transfer of the same mint.
func (d *Decoder) Decode(logs []types.Log) ([]listing.ChainEvent, error) {
	out := make([]listing.ChainEvent, 0, len(logs))
	type mint struct {
		tx    string
		token uint64
	}
	mintTo := map[mint]string{} // recipient of the Transfer of each mint
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		e, ok, err := d.decode(l)
		if err != nil {
			return nil, fmt.Errorf("decode log %d of tx %s: %w", l.Index, l.TxHash.Hex(), err)
		}
		if !ok {
			continue
		}
		if e.Kind == string(listing.Transferred) && e.Account == zeroAddr {
			mintTo[mint{e.TxHash, e.TokenID}] = e.Counterparty
		}
		out = append(out, e)
	}
	for i := range out {
		if out[i].Kind == string(listing.Minted) {
			out[i].Counterparty = mintTo[mint{out[i].TxHash, out[i].TokenID}]
		}
	}
	return out, nil
}

const zeroAddr = "0x0000000000000000000000000000000000000000"

// addr is the lower-case hex form (Hex would checksum, then be lowered).
func addr(a common.Address) string { return hexutil.Encode(a[:]) }

func data(d EventData) string {
	b, _ := json.Marshal(d) // plain strings and numbers: cannot fail
	return string(b)
}

// cidString renders a binary CID; bytes that are not a CID stay visible as hex.
func cidString(b []byte) string {
	c, err := cid.Cast(b)
	if err != nil {
		return hexutil.Encode(b)
	}
	return c.String()
}

func (d *Decoder) decode(l *types.Log) (Event, bool, error) {
	if len(l.Topics) == 0 {
		return listing.ChainEvent{}, false, nil
	}
	// Hash.Hex is lower-case already.
	e := listing.ChainEvent{
		TxHash: l.TxHash.Hex(), LogIndex: l.Index, Block: l.BlockNumber, BlockHash: l.BlockHash.Hex(),
		BlockTime: time.Unix(int64(l.BlockTimestamp), 0).UTC(), Contract: addr(l.Address), HasToken: true,
	}
	topic := l.Topics[0]
	var err error
	switch l.Address {
	case d.addrs.ModelNFT:
		err = d.decodeNFT(l, topic, &e)
	case d.addrs.Marketplace:
		err = d.decodeMarket(l, topic, &e)
	case d.addrs.LicenseManager:
		err = d.decodeLicense(l, topic, &e)
	case d.addrs.Reviews:
		if topic == d.topics[11] {
			var v *mmbind.ReviewsReviewed
			if v, err = d.reviews.UnpackReviewedEvent(l); err == nil {
				e.Kind, e.TokenID, e.Account = string(listing.Reviewed), v.TokenId.Uint64(), addr(v.Reviewer)
				e.Data = data(listing.EventData{Rating: int(v.Rating), CommentCID: cidString(v.CommentCID), Updated: v.Updated})
			}
		}
	}
	if err != nil {
		return listing.ChainEvent{}, false, err
	}
	return e, e.Kind != "", nil
}

func (d *Decoder) decodeNFT(l *types.Log, topic common.Hash, e *listing.ChainEvent) error {
	switch topic {
	case d.topics[0]:
		v, err := d.nft.UnpackTransferEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.TokenID, e.Account, e.Counterparty = string(listing.Transferred), v.TokenId.Uint64(), addr(v.From), addr(v.To)
	case d.topics[1]:
		v, err := d.nft.UnpackMintedEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.TokenID, e.Account = string(listing.Minted), v.TokenId.Uint64(), addr(v.Creator)
		e.Data = data(listing.EventData{CID: cidString(v.Cid), Digest: hexutil.Encode(v.Digest[:]),
			RoyaltyReceiver: addr(v.RoyaltyReceiver), RoyaltyBps: v.RoyaltyBps})
	case d.topics[2]:
		v, err := d.nft.UnpackVersionPublishedEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.TokenID = string(listing.VersionPublished), v.TokenId.Uint64()
		e.Data = data(listing.EventData{CID: cidString(v.Cid), Digest: hexutil.Encode(v.Digest[:]), Version: v.Version.Uint64(), Note: v.Note})
	}
	return nil
}

func (d *Decoder) decodeMarket(l *types.Log, topic common.Hash, e *listing.ChainEvent) error {
	switch topic {
	case d.topics[3]:
		v, err := d.market.UnpackListedEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.TokenID, e.Account, e.Amount = string(listing.Listed), v.TokenId.Uint64(), addr(v.Seller), v.Price.String()
	case d.topics[4]:
		v, err := d.market.UnpackPriceUpdatedEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.TokenID, e.Account, e.Amount = string(listing.PriceChanged), v.TokenId.Uint64(), addr(v.Seller), v.NewPrice.String()
		e.Data = data(listing.EventData{OldPrice: v.OldPrice.String()})
	case d.topics[5]:
		v, err := d.market.UnpackCancelledEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.TokenID, e.Account = string(listing.Cancelled), v.TokenId.Uint64(), addr(v.Seller)
	case d.topics[6]:
		v, err := d.market.UnpackSoldEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.TokenID, e.Account, e.Counterparty, e.Amount = string(listing.Sold), v.TokenId.Uint64(), addr(v.Seller), addr(v.Buyer), v.Price.String()
		e.Data = data(listing.EventData{RoyaltyReceiver: addr(v.RoyaltyReceiver), Royalty: v.Royalty.String(), Fee: v.Fee.String(), Proceeds: v.SellerAmount.String()})
	}
	return nil
}

func (d *Decoder) decodeLicense(l *types.Log, topic common.Hash, e *listing.ChainEvent) error {
	switch topic {
	case d.topics[7]:
		v, err := d.licenses.UnpackOfferPublishedEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.TokenID, e.Account, e.Amount = string(listing.OfferPublished), v.TokenId.Uint64(), addr(v.Publisher), v.Price.String()
		e.OfferID, e.HasOffer = v.OfferId.Uint64(), true
		e.Data = data(listing.EventData{Duration: v.Duration, Cap: v.Cap, Commercial: v.Commercial, TermsCID: cidString(v.TermsCID)})
	case d.topics[8]:
		v, err := d.licenses.UnpackOfferPauseChangedEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.HasToken, e.OfferID, e.HasOffer = string(listing.OfferPaused), false, v.OfferId.Uint64(), true
		e.Data = data(listing.EventData{Paused: v.Paused})
	case d.topics[9]:
		v, err := d.licenses.UnpackOfferClosedEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.HasToken, e.OfferID, e.HasOffer = string(listing.OfferClosed), false, v.OfferId.Uint64(), true
	case d.topics[10]:
		v, err := d.licenses.UnpackLicensePurchasedEvent(l)
		if err != nil {
			return err
		}
		e.Kind, e.TokenID, e.Account, e.Counterparty, e.Amount = string(listing.LicenseBought), v.TokenId.Uint64(), addr(v.Licensee), addr(v.Owner), v.Price.String()
		e.OfferID, e.HasOffer = v.OfferId.Uint64(), true
		e.Data = data(listing.EventData{ExpiresAt: v.ExpiresAt, RoyaltyReceiver: addr(v.RoyaltyReceiver), Royalty: v.Royalty.String(),
			Fee: v.Fee.String(), Proceeds: v.OwnerAmount.String()})
	}
	return nil
}
