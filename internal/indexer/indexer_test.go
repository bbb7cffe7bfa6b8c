package indexer_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts/contractstest"
	"modelmarket/internal/indexer"
	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

func lower(a fmt.Stringer) string { return strings.ToLower(a.String()) }

func kinds(acts []listing.Activity) string {
	var k []string
	for _, a := range acts {
		k = append(k, string(a.Kind))
	}
	return strings.Join(k, " ")
}

// TestIndexer_FoldsMarketplaceLifecycle runs every action a token goes
// through on the real contracts and checks the folded row and the history.
func TestIndexer_FoldsMarketplaceLifecycle(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		env := newEnv(t)
		s := storetest.Open(t, target)
		ix := newIndexer(t, env, env.Client, s, indexer.Config{})
		creator, buyer, friend := env.Accounts[1], env.Accounts[2], env.Accounts[3]

		id := must[*big.Int](t)(env.MintAndList(creator, "lifecycle", creator.Addr, 500, ether(2)))
		send(t, env, creator, env.Addr.Marketplace, env.Market.PackUpdatePrice(id, ether(1)), nil)
		send(t, env, creator, env.Addr.Marketplace, env.Market.PackCancel(id), nil)
		send(t, env, creator, env.Addr.Marketplace, env.Market.PackList(id, ether(1)), nil)
		sync(t, ix)
		tok := must[listing.Token](t)(s.Token(ctx, id.Uint64()))
		if tok.Listing == nil || tok.Listing.Price.Cmp(ether(1)) != 0 || tok.Listing.Seller != lower(creator.Addr) ||
			tok.Owner != lower(creator.Addr) || tok.Creator != lower(creator.Addr) || tok.RoyaltyBps != 500 {
			t.Fatalf("listed token: %+v listing %+v", tok, tok.Listing)
		}
		if !strings.HasPrefix(tok.MetadataCID, "bafkrei") || tok.MetadataState != listing.MetadataPending || tok.Versions != 1 {
			t.Fatalf("metadata fields: %+v", tok)
		}

		if _, err := env.Buy(buyer, id, ether(1), 250); err != nil {
			t.Fatal(err)
		}
		send(t, env, buyer, env.Addr.ModelNFT, env.NFT.PackTransferFrom(buyer.Addr, friend.Addr, id), nil)
		send(t, env, friend, env.Addr.ModelNFT, env.NFT.PackPublishVersion(id, contractstest.CID("v2"), contractstest.Digest("v2"), "fine-tuned"), nil)
		offer := must[*big.Int](t)(env.PublishOffer(friend, id, ether(1), 0, 0, true))
		if _, err := env.BuyLicense(buyer, offer, ether(1)); err != nil {
			t.Fatal(err)
		}
		offer2 := must[*big.Int](t)(env.PublishOffer(friend, id, ether(3), 0, 0, false))
		send(t, env, friend, env.Addr.LicenseManager, env.Licenses.PackSetOfferPaused(offer2, true), nil)
		send(t, env, buyer, env.Addr.Reviews, env.Reviews.PackReview(id, 5, contractstest.CID("great")), nil)
		sync(t, ix)

		tok = must[listing.Token](t)(s.Token(ctx, id.Uint64()))
		owner := must[common.Address](t)(env.OwnerOf(id))
		if tok.Owner != lower(owner) || tok.Owner != lower(friend.Addr) || tok.Listing != nil || tok.Sales != 1 ||
			tok.LastSale.Cmp(ether(1)) != 0 || tok.Transfers != 2 || tok.Versions != 2 || tok.LicensesSold != 1 || tok.OffersOpen != 1 {
			t.Fatalf("after sale, gift, version, offers: %+v", tok)
		}
		acts := must[[]listing.Activity](t)(s.TokenActivity(ctx, id.Uint64(), 0))
		want := "review offer license offer version transfer sold listed cancelled price listed minted"
		if kinds(acts) != want {
			t.Fatalf("history %q, want %q", kinds(acts), want)
		}
		if acts[0].Note != "5/5" || acts[4].Note != "fine-tuned" || acts[6].From != lower(creator.Addr) || acts[6].To != lower(buyer.Addr) {
			t.Fatalf("entries: %+v", acts)
		}
		mine := must[[]listing.Activity](t)(s.AccountActivity(ctx, buyer.Addr.Hex(), 0))
		if kinds(mine) != "review license transfer sold" {
			t.Fatalf("buyer's history %q", kinds(mine))
		}
		if n := len(strings.Split(strings.TrimSpace(dump(t, s)), "\n")); n != chainEvents(t, env)+2 {
			t.Fatalf("dump has %d lines, want %d events + 1 token + cursor", n, chainEvents(t, env))
		}
	})
}

// TestIndexer_ReorgRemovesSale: a sale indexed, then dropped by a reorg,
// leaves no trace in the read model.
func TestIndexer_ReorgRemovesSale(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		env := newEnv(t)
		s := storetest.Open(t, target)
		ix := newIndexer(t, env, env.Client, s, indexer.Config{})
		seller, buyer := env.Accounts[1], env.Accounts[2]
		id := must[*big.Int](t)(env.MintAndList(seller, "reorg", seller.Addr, 0, ether(1)))
		sync(t, ix)
		before := dump(t, s)
		fork := must[*types.Header](t)(env.Client.HeaderByNumber(ctx, nil))

		if _, err := env.Buy(buyer, id, ether(1), 250); err != nil {
			t.Fatal(err)
		}
		sync(t, ix)
		if tok := must[listing.Token](t)(s.Token(ctx, id.Uint64())); tok.Sales != 1 || tok.Owner != lower(buyer.Addr) {
			t.Fatalf("sale not indexed: %+v", tok)
		}

		// The chain forgets the sale block and grows longer on another branch,
		// where the buyer spends the sale's nonce on something else (the node
		// would otherwise mine the dropped sale again).
		if err := env.Sim.Fork(fork.Hash()); err != nil {
			t.Fatal(err)
		}
		nonce := must[uint64](t)(env.Client.NonceAt(ctx, buyer.Addr, fork.Number))
		tx := must[*types.Transaction](t)(types.SignNewTx(buyer.Key, types.LatestSignerForChainID(env.ChainID), &types.DynamicFeeTx{
			ChainID: env.ChainID, Nonce: nonce, GasTipCap: big.NewInt(50e9), GasFeeCap: big.NewInt(500e9), Gas: 21000, To: &buyer.Addr}))
		// The node's transaction pool moves to the fork's head in the
		// background; until it has, it checks nonces against the old branch
		// ("nonce too low: next nonce 1").
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			err := env.Client.SendTransaction(ctx, tx)
			if err == nil {
				break
			}
			if !strings.Contains(err.Error(), "nonce too low") || time.Now().After(deadline) {
				t.Fatal(err)
			}
		}
		for range 2 {
			env.Sim.Commit()
		}
		if owner := must[common.Address](t)(env.OwnerOf(id)); owner != seller.Addr {
			t.Fatalf("the fork still has the sale (owner %s)", owner)
		}
		sync(t, ix)
		tok := must[listing.Token](t)(s.Token(ctx, id.Uint64()))
		if tok.Sales != 0 || tok.Owner != lower(seller.Addr) || tok.Listing == nil || tok.LastSale != nil {
			t.Fatalf("after the reorg: %+v", tok)
		}
		if acts := must[[]listing.Activity](t)(s.AccountActivity(ctx, buyer.Addr.Hex(), 0)); len(acts) != 0 {
			t.Fatalf("the buyer still has history: %+v", acts)
		}
		after := dump(t, s)
		if strings.Contains(after, " sold ") {
			t.Fatalf("a sold event survived:\n%s", after)
		}
		// Only the cursor differs from before the sale.
		cut := func(d string) string { return d[:strings.LastIndex(d, "cursor")] }
		if cut(after) != cut(before) {
			t.Fatalf("read model differs from before the sale:\n%s\nvs\n%s", before, after)
		}
	})
}

// failingStore crashes around ApplyIndexBatch: before the transaction
// (nothing stored) or after it committed (the indexer never heard back).
type failingStore struct {
	indexer.Store
	calls       int
	failAt      int
	afterCommit bool
}

var errCrash = errors.New("crash")

func (f *failingStore) ApplyIndexBatch(ctx context.Context, b listing.IndexBatch) error {
	f.calls++
	if f.calls != f.failAt {
		return f.Store.ApplyIndexBatch(ctx, b)
	}
	if f.afterCommit {
		if err := f.Store.ApplyIndexBatch(ctx, b); err != nil {
			return err
		}
	}
	return errCrash
}

// TestIndexer_RestartMidBatchResumesWithoutDuplicates stops the indexer in
// the middle of its batches (before and after a commit) and starts a new one
// on the same database.
func TestIndexer_RestartMidBatchResumesWithoutDuplicates(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		env := newEnv(t)
		seller, buyer := env.Accounts[1], env.Accounts[2]
		for i := range 6 {
			id := must[*big.Int](t)(env.MintAndList(seller, fmt.Sprint("restart ", i), seller.Addr, 100, ether(1)))
			if i%2 == 0 {
				if _, err := env.Buy(buyer, id, ether(1), 250); err != nil {
					t.Fatal(err)
				}
			}
		}
		// The reference: one uninterrupted run on SQLite.
		ref := storetest.Open(t, storetest.SQLiteTarget(t))
		sync(t, newIndexer(t, env, env.Client, ref, indexer.Config{}))

		s := storetest.Open(t, target)
		for _, afterCommit := range []bool{false, true} {
			f := &failingStore{Store: s, failAt: 3, afterCommit: afterCommit}
			ix := newIndexer(t, env, env.Client, f, indexer.Config{Window: 4, MaxWindow: 4})
			ctx := context.Background()
			if _, err := ix.Sync(ctx); !errors.Is(err, errCrash) {
				t.Fatalf("sync with a crash: %v", err)
			}
		}
		sync(t, newIndexer(t, env, env.Client, s, indexer.Config{Window: 4, MaxWindow: 4}))
		if got, want := dump(t, s), dump(t, ref); got != want {
			t.Fatalf("resumed index differs from one run:\n%s\nwant\n%s", got, want)
		}
		if got := strings.Count(dump(t, s), "event "); got != chainEvents(t, env) {
			t.Fatalf("%d events stored, the chain has %d", got, chainEvents(t, env))
		}
	})
}

// limitedChain is a node with a provider's eth_getLogs limit: a range with
// more than max logs is refused with the message such providers send.
type limitedChain struct {
	indexer.Chain
	max     int
	refused int
}

func (l *limitedChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := l.Chain.FilterLogs(ctx, q)
	if err == nil && len(logs) > l.max {
		l.refused++
		return nil, fmt.Errorf("query returned more than %d results", l.max)
	}
	return logs, err
}

// TestReindex_SameRowsOnSQLiteAndPostgres indexes one chain into both
// databases (one through a node that refuses big ranges), resets one and
// indexes again: all dumps are the same.
func TestReindex_SameRowsOnSQLiteAndPostgres(t *testing.T) {
	env := newEnv(t)
	seller, buyer := env.Accounts[1], env.Accounts[2]
	for i := range 8 {
		id := must[*big.Int](t)(env.MintAndList(seller, fmt.Sprint("same ", i), buyer.Addr, 250, ether(int64(i+1))))
		if i%3 == 0 {
			if _, err := env.Buy(buyer, id, ether(int64(i+1)), 250); err != nil {
				t.Fatal(err)
			}
		}
	}
	lite := storetest.Open(t, storetest.SQLiteTarget(t))
	pg := storetest.Open(t, storetest.PostgresTarget(t))
	limited := &limitedChain{Chain: env.Client, max: 5}
	sync(t, newIndexer(t, env, env.Client, lite, indexer.Config{}))
	sync(t, newIndexer(t, env, limited, pg, indexer.Config{Window: 1000}))
	if limited.refused == 0 {
		t.Fatal("the limited node never refused a range: the split was not tested")
	}
	a, b := dump(t, lite), dump(t, pg)
	if a != b {
		t.Fatalf("SQLite and PostgreSQL differ:\n%s\nvs\n%s", a, b)
	}
	if err := lite.ResetIndex(context.Background()); err != nil {
		t.Fatal(err)
	}
	if d := dump(t, lite); d != "" {
		t.Fatalf("reset left rows: %s", d)
	}
	sync(t, newIndexer(t, env, env.Client, lite, indexer.Config{Window: 3}))
	if c := dump(t, lite); c != a {
		t.Fatalf("reindex differs:\n%s\nvs\n%s", c, a)
	}
	// Once more in one window cut into batches of about 3 events (whole
	// blocks each), stored while the reader is ahead.
	if err := pg.ResetIndex(context.Background()); err != nil {
		t.Fatal(err)
	}
	batches := 0
	sync(t, newIndexer(t, env, env.Client, pg, indexer.Config{Window: 10_000, BatchEvents: 3,
		Progress: func(indexer.Progress) { batches++ }}))
	if c := dump(t, pg); c != a {
		t.Fatalf("reindex in small batches differs:\n%s\nvs\n%s", c, a)
	}
	if n := chainEvents(t, env); batches < n/6 {
		t.Fatalf("%d events stored in %d batches: the window was not split", n, batches)
	}
}
