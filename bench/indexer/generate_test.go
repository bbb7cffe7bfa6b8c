package indexer

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts/contractstest"
)

// call is one transaction to send: its target, data and gas limit.
type call struct {
	to   common.Address
	data []byte
	gas  uint64
}

// generate makes about n events on the simulated chain: mints (Transfer +
// Minted, 80 % of the events) from every sender to the first one, then the
// first one's listings (10 %) and price changes (10 %). Transactions are
// signed ahead in parallel and sent by one goroutine per sender (the node
// checks each signature, which is most of a send), a few hundred per
// block, so a block carries hundreds of events as a busy chain's do.
func generate(b *testing.B, env *contractstest.Env, senders []contractstest.Account, n int) {
	owner := senders[0]
	mints := n * 2 / 5
	lists := mints / 4
	updates := n - 2*mints - lists
	phase1 := make([][]call, len(senders))
	for i := range mints {
		seed := strconv.Itoa(i)
		s := i % len(senders)
		phase1[s] = append(phase1[s], call{env.Addr.ModelNFT,
			env.NFT.PackMint(owner.Addr, contractstest.CID(seed), contractstest.Digest(seed), owner.Addr, 250), 300_000})
	}
	phase1[0] = append(phase1[0], call{env.Addr.ModelNFT, env.NFT.PackSetApprovalForAll(env.Addr.Marketplace, true), 100_000})
	send(b, env, senders, phase1)
	// Token ids are 1..mints whatever the order the mints were mined in.
	var phase2 []call
	for i := range lists {
		phase2 = append(phase2, call{env.Addr.Marketplace, env.Market.PackList(big.NewInt(int64(i+1)), big.NewInt(int64(1e15)+int64(i))), 200_000})
	}
	for i := range updates {
		phase2 = append(phase2, call{env.Addr.Marketplace,
			env.Market.PackUpdatePrice(big.NewInt(int64(i%lists+1)), big.NewInt(int64(2e15)+int64(i))), 200_000})
	}
	send(b, env, senders[:1], [][]call{phase2})
}

// send signs and sends each sender's calls in order and mines until all are
// in blocks.
func send(b *testing.B, env *contractstest.Env, senders []contractstest.Account, calls [][]call) {
	ctx := context.Background()
	raw := env.Sim.Client() // does not mine on send
	signer := types.LatestSignerForChainID(env.ChainID)
	txs := make([][]*types.Transaction, len(senders))
	var wg sync.WaitGroup
	errs := make([]error, len(senders))
	for s, a := range senders {
		wg.Go(func() {
			nonce, err := raw.PendingNonceAt(ctx, a.Addr)
			if err != nil {
				errs[s] = err
				return
			}
			for i, c := range calls[s] {
				tx, err := types.SignNewTx(a.Key, signer, &types.DynamicFeeTx{ChainID: env.ChainID, Nonce: nonce + uint64(i),
					GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: c.gas, To: &c.to, Data: c.data})
				if err != nil {
					errs[s] = err
					return
				}
				txs[s] = append(txs[s], tx)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			b.Fatal(err)
		}
	}
	// Rounds of up to perRound transactions over all senders, then blocks
	// until they are all mined (a 60M-gas block holds ~250 mints).
	const perRound = 500
	per := max(1, perRound/len(senders))
	for start := 0; ; start += per {
		more := false
		for s := range senders {
			if start >= len(txs[s]) {
				continue
			}
			more = true
			part := txs[s][start:min(start+per, len(txs[s]))]
			wg.Go(func() {
				for _, tx := range part {
					if err := raw.SendTransaction(ctx, tx); err != nil {
						errs[s] = fmt.Errorf("send: %w", err)
						return
					}
				}
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				b.Fatal(err)
			}
		}
		if !more {
			return
		}
		for s, a := range senders {
			if start >= len(txs[s]) {
				continue
			}
			want := txs[s][min(start+per, len(txs[s]))-1].Nonce() + 1
			for {
				got, err := raw.NonceAt(ctx, a.Addr, nil)
				if err != nil {
					b.Fatal(err)
				}
				if got >= want {
					break
				}
				env.Sim.Commit()
			}
		}
	}
}
