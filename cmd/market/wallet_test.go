package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"modelmarket/internal/apperr"
	"modelmarket/internal/chain"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/wallet"
)

// Runtime code of two stand-in contract wallets: one answers every
// isValidSignature with the EIP-1271 magic value, one with zero.
var (
	acceptAll = "631626ba7e60e01b60005260206000f3" // PUSH4 magic; PUSH1 224; SHL; MSTORE 0; RETURN 0..32
	rejectAll = "600060005260206000f3"             // MSTORE 0 at 0; RETURN 0..32
)

// deploy creates a contract with the given runtime code (hex) and returns its address.
func deploy(ctx context.Context, t *testing.T, dev *chain.DevChain, runtime string) common.Address {
	t.Helper()
	code := common.FromHex(runtime)
	// CODECOPY the runtime that follows this 12-byte prefix and RETURN it.
	init := append([]byte{0x60, byte(len(code)), 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, byte(len(code)), 0x60, 0x00, 0xf3}, code...)
	eth := dev.Client().Eth()
	acc := dev.Accounts()[9]
	nonce, err := eth.PendingNonceAt(ctx, acc.Address)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(acc.Key, types.LatestSignerForChainID(dev.ChainID()), &types.DynamicFeeTx{
		ChainID: dev.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 200_000, Data: init,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := eth.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	r, err := chain.WaitMined(ctx, eth, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy: %v %+v", err, r)
	}
	return r.ContractAddress
}

// A contract wallet (EIP-1271) signs in through the chain client adapter the
// app uses; a contract that says no, or an EOA with a foreign signature, does not.
func TestSignIn_ContractWalletThroughTheChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dev, err := chain.StartDev(ctx, chain.DevConfig{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	yes := deploy(ctx, t, dev, acceptAll)
	no := deploy(ctx, t, dev, rejectAll)

	st := storetest.Open(t, storetest.SQLiteTarget(t))
	svc, err := wallet.NewService(wallet.Config{Store: st, Origin: "http://127.0.0.1:8080", ChainID: dev.ChainID().Uint64(),
		Contracts: chainCaller{dev.Client()}})
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey() // a key that is not the contract's: only the contract decides
	try := func(addr common.Address) error {
		m, err := svc.NewMessage(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		sig, _ := wallet.SignPersonal([]byte(m.String()), key)
		_, _, err = svc.SignIn(ctx, m.String(), hexutil.Encode(sig))
		return err
	}
	if err := try(yes); err != nil {
		t.Fatalf("contract wallet that accepts: %v", err)
	}
	for name, addr := range map[string]common.Address{"contract that refuses": no, "EOA": dev.Accounts()[3].Address} {
		if err := try(addr); apperr.KindOf(err) != apperr.Unauthorized || !strings.Contains(apperr.Message(err), "was not made by") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
