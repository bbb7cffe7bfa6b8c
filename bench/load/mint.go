package main

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	mmbind "modelmarket/contracts/bind"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/chain"
)

// mintOnChain mints n tokens on the dev chain, ids 1..n like the seeded
// catalogue's, so a token page's chain reads (version history, license
// offers, reviews) find the token and its page can be cached, as on a
// real chain. The data on chain is not the catalogue's (the index was
// seeded from synthetic events); pages only need the reads to succeed.
//
// Transactions are signed ahead, one goroutine per dev account, and sent
// in rounds by one goroutine per account (nonces in order), as
// bench/indexer's generator does; the dev chain mines each burst.
func mintOnChain(ctx context.Context, eth *ethclient.Client, chainID *big.Int, accounts []chain.DevAccount, nft common.Address, n int) error {
	abi := mmbind.NewModelNFT()
	signer := types.LatestSignerForChainID(chainID)
	txs := make([][]*types.Transaction, len(accounts))
	errs := make([]error, len(accounts))
	var wg sync.WaitGroup
	for s, a := range accounts {
		wg.Go(func() {
			nonce, err := eth.PendingNonceAt(ctx, a.Address)
			if err != nil {
				errs[s] = fmt.Errorf("nonce of %s: %w", a.Address, err)
				return
			}
			for i := s; i < n; i += len(accounts) {
				seed := strconv.Itoa(i + 1)
				data := abi.PackMint(a.Address, contractstest.CID(seed), contractstest.Digest(seed), a.Address, 250)
				tx, err := types.SignNewTx(a.Key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce + uint64(len(txs[s])),
					GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 300_000, To: &nft, Data: data})
				if err != nil {
					errs[s] = fmt.Errorf("sign mint: %w", err)
					return
				}
				txs[s] = append(txs[s], tx)
			}
		})
	}
	wg.Wait()
	if err := firstErr(errs); err != nil {
		return err
	}
	// Rounds small enough for the node's transaction pool, each waited
	// for until mined.
	const perRound = 600
	per := max(1, perRound/len(accounts))
	for start := 0; ; start += per {
		more := false
		for s := range accounts {
			if start >= len(txs[s]) {
				continue
			}
			more = true
			part := txs[s][start:min(start+per, len(txs[s]))]
			wg.Go(func() {
				for _, tx := range part {
					if err := eth.SendTransaction(ctx, tx); err != nil {
						errs[s] = fmt.Errorf("send mint: %w", err)
						return
					}
				}
			})
		}
		wg.Wait()
		if err := firstErr(errs); err != nil {
			return err
		}
		if !more {
			break
		}
		for s, a := range accounts {
			if start >= len(txs[s]) {
				continue
			}
			if err := waitNonce(ctx, eth, a.Address, txs[s][min(start+per, len(txs[s]))-1].Nonce()+1); err != nil {
				return err
			}
		}
	}
	// Token ids are 1..n whatever order the mints were mined in: token n
	// exists only if none reverted.
	owner, err := eth.CallContract(ctx, ethereum.CallMsg{To: &nft, Data: abi.PackOwnerOf(big.NewInt(int64(n)))}, nil)
	if err != nil || len(owner) == 0 {
		return fmt.Errorf("token %d not minted: %v", n, err)
	}
	return nil
}

func waitNonce(ctx context.Context, eth *ethclient.Client, addr common.Address, want uint64) error {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		got, err := eth.NonceAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("nonce of %s: %w", addr, err)
		}
		if got >= want {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("mints of %s not mined: nonce %d, want %d", addr, got, want)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func firstErr(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
