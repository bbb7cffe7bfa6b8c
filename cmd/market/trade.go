package main

import (
	"context"
	"fmt"
	"io"

	"github.com/ipfs/go-cid"

	"modelmarket/contracts"
	"modelmarket/internal/chain"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/trade"
	"modelmarket/internal/verify"
	"modelmarket/web"
)

// newMarket wires the marketplace's pages and trade flows: the read model
// in st (written by the indexer), the transaction builder on the chain
// client (with its failover) and the contracts at addrs, and the IPFS node
// that pins what a mint points at. Downloads decrypt gated files with the
// master key in dataDir.
func newMarket(client *chain.Client, addrs contracts.Addresses, st *store.Store, node ipfs.Content, dataDir string) (*web.MarketConfig, error) {
	b, err := trade.New(client, addrs)
	if err != nil {
		return nil, fmt.Errorf("market: %w", err)
	}
	v, err := verify.New(client, addrs)
	if err != nil {
		return nil, fmt.Errorf("market: %w", err)
	}
	d, err := newDownloads(client, addrs, node, dataDir)
	if err != nil {
		return nil, fmt.Errorf("market: %w", err)
	}
	return &web.MarketConfig{Listings: listing.NewService(st), Trade: b, Pins: nodePins{node}, Content: nodeContent{node}, Verify: v, Downloads: d}, nil
}

// nodePins is web.Pinner on an IPFS implementation.
type nodePins struct{ n ipfs.Content }

func (p nodePins) Add(ctx context.Context, r io.Reader) (string, error) {
	a, err := p.n.Add(ctx, r)
	if err != nil {
		return "", err
	}
	return a.CID.String(), nil
}

func (p nodePins) Pin(ctx context.Context, c string) error {
	id, err := cid.Decode(c)
	if err != nil {
		return fmt.Errorf("pin %q: %w", c, err)
	}
	has, err := p.n.Has(ctx, id)
	if err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	if !has {
		return fmt.Errorf("pin %s: this node does not hold it", c)
	}
	return p.n.Pin(ctx, id)
}
