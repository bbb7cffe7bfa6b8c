package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"modelmarket/internal/apperr"
	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

const (
	zero  = "0x0000000000000000000000000000000000000000"
	alice = "0x00000000000000000000000000000000000a11ce"
	bob   = "0x0000000000000000000000000000000000000b0b"
)

// chainLog builds events as the indexer would, one tx per event unless told.
type chainLog struct {
	events []listing.ChainEvent
	block  uint64
}

func (c *chainLog) add(kind string, token uint64, account, counterparty, amount, data string) *listing.ChainEvent {
	c.block++
	e := listing.ChainEvent{
		TxHash: fmt.Sprintf("0x%064x", c.block), LogIndex: 0, Block: c.block, BlockHash: fmt.Sprintf("0xb%063x", c.block),
		BlockTime: time.Unix(1_700_000_000+int64(c.block)*12, 0).UTC(), Contract: "0xc", Kind: kind,
		TokenID: token, HasToken: true, Account: account, Counterparty: counterparty, Amount: amount, Data: data,
	}
	c.events = append(c.events, e)
	return &c.events[len(c.events)-1]
}

// mint adds the Transfer from zero and the Minted of one mint transaction.
func (c *chainLog) mint(token uint64, to string) {
	c.add(string(listing.Transferred), token, zero, to, "", "")
	c.events[len(c.events)-1].LogIndex = 0
	m := c.add(string(listing.Minted), token, to, to, "", `{"cid":"bafymeta`+fmt.Sprint(token)+`","digest":"0x01","royaltyReceiver":"`+to+`","royaltyBps":500}`)
	c.block--
	m.Block, m.BlockHash, m.TxHash, m.LogIndex = c.block, c.events[len(c.events)-2].BlockHash, c.events[len(c.events)-2].TxHash, 1
	m.BlockTime = c.events[len(c.events)-2].BlockTime
}

func (c *chainLog) batch(from int) listing.IndexBatch {
	return listing.IndexBatch{Events: c.events[from:], Cursor: listing.IndexCursor{ChainID: 1337, Contracts: "a,b,c,d",
		Block: listing.BlockRef{Number: c.block, Hash: fmt.Sprintf("0xb%063x", c.block)}}}
}

func TestIndexStore_FoldsMintListPriceCancelBuyTransfer(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		if _, err := s.Token(ctx, 1); apperr.KindOf(err) != apperr.NotFound {
			t.Fatalf("unknown token: %v, want NotFound", err)
		}
		var c chainLog
		c.mint(1, alice)
		c.add(string(listing.Listed), 1, alice, "", "1000", "")
		c.add(string(listing.PriceChanged), 1, alice, "", "900", `{"oldPrice":"1000"}`)
		c.add(string(listing.Cancelled), 1, alice, "", "", "")
		c.add(string(listing.Listed), 1, alice, "", "800", "")
		if err := s.ApplyIndexBatch(ctx, c.batch(0)); err != nil {
			t.Fatal(err)
		}
		tok, err := s.Token(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if tok.Owner != alice || tok.Creator != alice || tok.Listing == nil || tok.Listing.Price.String() != "800" ||
			tok.MetadataCID != "bafymeta1" || tok.RoyaltyBps != 500 || tok.MetadataState != listing.MetadataPending {
			t.Fatalf("after list: %+v (listing %+v)", tok, tok.Listing)
		}
		// The sale in a second batch: Transfer then Sold in one tx.
		n := len(c.events)
		c.add(string(listing.Transferred), 1, alice, bob, "", "")
		sold := c.add(string(listing.Sold), 1, alice, bob, "800", `{"royalty":"40","fee":"20","proceeds":"740"}`)
		c.block--
		sold.Block, sold.BlockHash, sold.TxHash, sold.LogIndex = c.block, c.events[n].BlockHash, c.events[n].TxHash, 1
		if err := s.ApplyIndexBatch(ctx, c.batch(n)); err != nil {
			t.Fatal(err)
		}
		// Applying the same batch again changes nothing.
		if err := s.ApplyIndexBatch(ctx, c.batch(n)); err != nil {
			t.Fatal(err)
		}
		tok, _ = s.Token(ctx, 1)
		if tok.Owner != bob || tok.Listing != nil || tok.Sales != 1 || tok.LastSale.String() != "800" || tok.Transfers != 1 {
			t.Fatalf("after sale: %+v", tok)
		}
		// A listing dies when the token moves: bob lists, then gives it away.
		c.add(string(listing.Listed), 1, bob, "", "5", "")
		c.add(string(listing.Transferred), 1, bob, alice, "", "")
		if err := s.ApplyIndexBatch(ctx, c.batch(n+2)); err != nil {
			t.Fatal(err)
		}
		tok, _ = s.Token(ctx, 1)
		if tok.Owner != alice || tok.Listing != nil || tok.Transfers != 2 || tok.Sales != 1 {
			t.Fatalf("after gift: %+v", tok)
		}
		acts, err := s.TokenActivity(ctx, 1, 0)
		if err != nil {
			t.Fatal(err)
		}
		var kinds []listing.ActivityKind
		for _, a := range acts {
			kinds = append(kinds, a.Kind)
		}
		want := []listing.ActivityKind{"transfer", "listed", "sold", "listed", "cancelled", "price", "listed", "minted"}
		if fmt.Sprint(kinds) != fmt.Sprint(want) {
			t.Fatalf("activity %v, want %v (mint and sale transfers folded into their entries)", kinds, want)
		}
		if acts[2].From != alice || acts[2].To != bob || acts[2].Amount.String() != "800" {
			t.Fatalf("sale entry %+v", acts[2])
		}
		bobs, err := s.AccountActivity(ctx, "0x0000000000000000000000000000000000000B0B", 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(bobs) != 3 || bobs[0].Kind != listing.Transferred || bobs[2].Kind != listing.Sold {
			t.Fatalf("bob's activity %+v", bobs)
		}
		if h, err := s.IndexedHead(ctx); err != nil || h != c.block {
			t.Fatalf("head %d, %v; want %d", h, err, c.block)
		}

		// A reorg back to before the sale removes it and re-folds.
		saleBlock := c.events[n].Block
		if err := s.RewindIndex(ctx, listing.BlockRef{Number: saleBlock - 1, Hash: "0xold"}); err != nil {
			t.Fatal(err)
		}
		tok, _ = s.Token(ctx, 1)
		if tok.Owner != alice || tok.Listing == nil || tok.Listing.Price.String() != "800" || tok.Sales != 0 || tok.LastSale != nil || tok.Transfers != 0 {
			t.Fatalf("after rewind: %+v", tok)
		}
		// Rewinding before the mint deletes the token.
		if err := s.RewindIndex(ctx, listing.BlockRef{Number: 0, Hash: "0x0"}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Token(ctx, 1); apperr.KindOf(err) != apperr.NotFound {
			t.Fatalf("token after rewinding its mint: %v", err)
		}
	})
}

func TestIndexStore_OffersOpenAndMetadata(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		s := storetest.Open(t, target)
		var c chainLog
		c.mint(7, alice)
		o1 := c.add(string(listing.OfferPublished), 7, alice, "", "10", `{"cap":1}`)
		o1.OfferID, o1.HasOffer = 1, true
		o2 := c.add(string(listing.OfferPublished), 7, alice, "", "20", `{}`)
		o2.OfferID, o2.HasOffer = 2, true
		if err := s.ApplyIndexBatch(ctx, c.batch(0)); err != nil {
			t.Fatal(err)
		}
		if tok, _ := s.Token(ctx, 7); tok.OffersOpen != 2 {
			t.Fatalf("offers open %d, want 2", tok.OffersOpen)
		}
		n := len(c.events)
		l := c.add(string(listing.LicenseBought), 7, bob, alice, "10", "")
		l.OfferID, l.HasOffer = 1, true // sold out (cap 1)
		p := c.add(string(listing.OfferPaused), 0, "", "", "", `{"paused":true}`)
		p.HasToken, p.OfferID, p.HasOffer = false, 2, true // the store finds the token from the offer
		if err := s.ApplyIndexBatch(ctx, c.batch(n)); err != nil {
			t.Fatal(err)
		}
		if tok, _ := s.Token(ctx, 7); tok.OffersOpen != 0 || tok.LicensesSold != 1 {
			t.Fatalf("offers open %d licenses %d, want 0 and 1", tok.OffersOpen, tok.LicensesSold)
		}

		jobs, err := s.PendingMetadata(ctx, time.Now(), 10)
		if err != nil || len(jobs) != 1 || jobs[0].CID != "bafymeta7" {
			t.Fatalf("pending %+v, %v", jobs, err)
		}
		if err := s.TokenMetadataFailed(ctx, 7, "bafymeta7", false, time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if jobs, _ := s.PendingMetadata(ctx, time.Now(), 10); len(jobs) != 0 {
			t.Fatalf("a failed fetch is retried only later, got %+v", jobs)
		}
		m := listing.TokenMetadata{Kind: listing.Model, Title: "Tiny", Tags: []string{"Text Generation", "llm"}, Format: "gguf", ParameterCount: 42}
		if err := s.SetTokenMetadata(ctx, 7, "bafymeta7", m); err != nil {
			t.Fatal(err)
		}
		tok, _ := s.Token(ctx, 7)
		if tok.MetadataState != listing.MetadataOK || tok.Title != "Tiny" || fmt.Sprint(tok.Tags) != "[text generation llm]" || tok.ParameterCount != 42 {
			t.Fatalf("metadata %+v", tok)
		}
		if err := s.ResetIndex(ctx); err != nil {
			t.Fatal(err)
		}
		if _, ok, _ := s.IndexCursor(ctx); ok {
			t.Fatal("cursor survived reset")
		}
	})
}
