package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/internal/chain"
	"modelmarket/internal/store"
	"modelmarket/internal/wallet"
)

// signInSetup is what web.Config needs for wallet sign-in.
type signInSetup struct {
	Service   *wallet.Service
	ChainName string
	RPCURL    string // offered to wallets that lack the chain; only the embedded chain's
}

// sweepEvery is how often expired nonces and sessions are deleted.
const sweepEvery = 10 * time.Minute

// newSignIn builds the SIWE service on the store and the chain client (for
// EIP-1271 contract wallets) and starts the sweeper of expired rows, which
// stops when the app closes.
func newSignIn(ctx context.Context, a *app, st *store.Store, client *chain.Client, dev *chain.DevChain, publicURL string, log *slog.Logger) (signInSetup, error) {
	log = log.With("component", "wallet")
	svc, err := wallet.NewService(wallet.Config{
		Store:     st,
		Origin:    publicURL,
		ChainID:   client.ChainID().Uint64(),
		Contracts: chainCaller{client},
		Logger:    log,
	})
	if err != nil {
		return signInSetup{}, fmt.Errorf("sign-in: %w", err)
	}
	setup := signInSetup{Service: svc, ChainName: "Ethereum chain " + client.ChainID().String()}
	if dev != nil {
		setup.ChainName, setup.RPCURL = "modelmarket dev", dev.Endpoint()
	}
	ctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(sweepEvery)
		defer t.Stop()
		for {
			if err := svc.Sweep(ctx); err != nil && ctx.Err() == nil {
				log.Warn("sweep expired sessions", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	a.onClose(func() error { stop(); <-done; return nil })
	return setup, nil
}

// chainCaller is the wallet's ContractCaller on the chain client (with its failover).
type chainCaller struct{ c *chain.Client }

func (cc chainCaller) CodeAt(ctx context.Context, account common.Address) ([]byte, error) {
	var code []byte
	err := cc.c.Do(ctx, "eth_getCode", func(ctx context.Context, eth *ethclient.Client) error {
		var err error
		code, err = eth.CodeAt(ctx, account, nil)
		return err
	})
	return code, err
}

func (cc chainCaller) CallContract(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	var out []byte
	err := cc.c.Do(ctx, "eth_call", func(ctx context.Context, eth *ethclient.Client) error {
		var err error
		out, err = eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		return err
	})
	return out, err
}
