package store

import (
	"encoding/json"
	"strings"

	"modelmarket/internal/listing"
)

const zeroAddress = "0x0000000000000000000000000000000000000000"

func decodeData(s string) listing.EventData {
	var d listing.EventData
	if s != "" && s != "{}" {
		_ = json.Unmarshal([]byte(s), &d) // we wrote it; a bad row only loses its extras
	}
	return d
}

// priceKey pads a wei amount to 78 digits (2^256 has 78), so that text
// order is numeric order on both backends.
func priceKey(wei string) string {
	if wei == "" || len(wei) >= 78 {
		return wei
	}
	return strings.Repeat("0", 78-len(wei)) + wei
}

// foldState is a token's row being folded, plus whether its Minted event was
// seen (a row exists only for minted tokens).
type foldState struct {
	row    tokenRecord
	minted bool
}

// apply folds one event into the token's row. Events must come in chain
// order (block, log index). The fold never reads anything but the event,
// so the row is the same however the events were batched.
func (f *foldState) apply(e eventRecord) {
	r := &f.row
	switch e.Kind {
	case string(listing.Transferred):
		if e.Account != zeroAddress {
			r.TransferCount++
		}
		r.Owner = e.Counterparty
		f.clearListing() // a listing is bound to the transfer count: it dies when the token moves
	case string(listing.Minted):
		d := decodeData(e.Data)
		f.minted = true
		r.Creator = e.Account
		if r.Owner == "" {
			r.Owner = e.Counterparty
		}
		f.setMetadataCID(d.CID)
		r.Digest = d.Digest
		r.RoyaltyReceiver = d.RoyaltyReceiver
		r.RoyaltyBps = int(d.RoyaltyBps)
		r.VersionCount = 1
		r.MintedBlock = e.BlockNumber
		r.MintedAt = e.BlockTime
		r.MintTx = e.TxHash
	case string(listing.VersionPublished):
		d := decodeData(e.Data)
		r.VersionCount++
		if d.Version+1 > uint64(r.VersionCount) {
			r.VersionCount = int(d.Version + 1)
		}
		r.Digest = d.Digest
		f.setMetadataCID(d.CID)
	case string(listing.Listed), string(listing.PriceChanged):
		t := e.BlockTime
		if !r.Listed || e.Kind == string(listing.Listed) {
			r.ListedAt = &t
		}
		r.Listed = true
		r.Seller = e.Account
		r.Price = e.Amount
		r.PriceKey = priceKey(e.Amount)
	case string(listing.Cancelled):
		f.clearListing()
	case string(listing.Sold):
		t := e.BlockTime
		r.SalesCount++
		r.LastSalePrice = e.Amount
		r.LastSaleAt = &t
		f.clearListing()
	case string(listing.LicenseBought):
		r.LicensesSold++
	}
}

func (f *foldState) clearListing() {
	r := &f.row
	r.Listed, r.Seller, r.Price, r.PriceKey, r.ListedAt = false, "", "", "", nil
}

// setMetadataCID points the row at new metadata: what was read for the old
// CID no longer describes the token, so it is read again.
func (f *foldState) setMetadataCID(cid string) {
	r := &f.row
	if r.MetadataCID == cid && r.MetadataState != "" {
		return
	}
	r.MetadataCID = cid
	r.MetadataState = string(listing.MetadataPending)
	r.MetadataTries = 0
	r.MetadataRetryAt = nil
}

// offerState follows one license offer for offers_open.
type offerState struct {
	cap    uint32
	sold   uint32
	paused bool
	closed bool
}

// openOffers counts the offers that can be bought now: not closed, not
// paused, not sold out, and published since the token last moved (an offer
// is bound to the transfer count, like a listing). events are one token's
// offer and transfer events in chain order.
func openOffers(events []eventRecord) int {
	offers := map[uint64]*offerState{}
	var order []uint64
	for _, e := range events {
		if e.Kind == string(listing.Transferred) && e.Account != zeroAddress {
			for _, o := range offers {
				o.closed = true
			}
			continue
		}
		if e.OfferID == nil {
			continue
		}
		id := *e.OfferID
		o := offers[id]
		if o == nil {
			if e.Kind != string(listing.OfferPublished) {
				continue
			}
			o = &offerState{}
			offers[id] = o
			order = append(order, id)
		}
		switch e.Kind {
		case string(listing.OfferPublished):
			o.cap = decodeData(e.Data).Cap
		case string(listing.OfferPaused):
			o.paused = decodeData(e.Data).Paused
		case string(listing.OfferClosed):
			o.closed = true
		case string(listing.LicenseBought):
			o.sold++
		}
	}
	n := 0
	for _, id := range order {
		o := offers[id]
		if !o.closed && !o.paused && (o.cap == 0 || o.sold < o.cap) {
			n++
		}
	}
	return n
}

// offerFoldKinds are the kinds openOffers reads.
var offerFoldKinds = []string{string(listing.OfferPublished), string(listing.OfferPaused), string(listing.OfferClosed),
	string(listing.LicenseBought), string(listing.Transferred)}

func isOfferKind(k string) bool {
	return k == string(listing.OfferPublished) || k == string(listing.OfferPaused) || k == string(listing.OfferClosed) ||
		k == string(listing.LicenseBought)
}
