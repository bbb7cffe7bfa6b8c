package chain

import (
	"context"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

const appOrigin = "http://localhost:8080"

// testLogger shows warnings and errors on stderr: geth logs through a global
// logger that may outlive a test, so t.Log cannot be its sink.
func testLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// startDev starts a dev chain on dir and a free port, closed at the test's end.
func startDev(t *testing.T, dir string) *DevChain {
	t.Helper()
	start := time.Now()
	dc, err := StartDev(context.Background(), DevConfig{
		Dir:         dir,
		HTTPHost:    "127.0.0.1",
		HTTPPort:    0,
		CORSOrigins: []string{appOrigin},
		Logger:      testLogger(),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("StartDev took %s (%s)", time.Since(start), dc.Endpoint())
	t.Cleanup(func() { dc.Close() })
	return dc
}

func dialHTTP(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	ec, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	return ec
}

// transfer sends value wei from account from to account to as a signed
// EIP-1559 transaction and waits for its receipt.
func transfer(t *testing.T, ec *ethclient.Client, from DevAccount, to DevAccount, value *big.Int) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := ec.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := ec.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       params.TxGas,
		To:        &to.Address,
		Value:     value,
	})
	if err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	r, err := WaitMined(ctx, ec, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("transfer mined in block %d after %s", r.BlockNumber, time.Since(sent))
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer failed: status %d", r.Status)
	}
	return r
}

func balances(t *testing.T, ec *ethclient.Client, accounts []DevAccount) []*big.Int {
	t.Helper()
	out := make([]*big.Int, len(accounts))
	for i, a := range accounts {
		b, err := ec.BalanceAt(context.Background(), a.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = b
	}
	return out
}

func TestDevChain_TransferMinedAndSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	dc := startDev(t, dir)
	if got := dc.ChainID(); got.Int64() != DevChainID {
		t.Fatalf("ChainID() = %s, want %d", got, DevChainID)
	}
	ec := dialHTTP(t, dc.Endpoint())
	accounts := dc.Accounts()
	if len(accounts) != DevAccountCount {
		t.Fatalf("%d accounts, want %d", len(accounts), DevAccountCount)
	}
	funding := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
	before := balances(t, ec, accounts)
	for i, b := range before {
		if b.Cmp(funding) != 0 {
			t.Fatalf("account #%d starts with %s wei, want %s", i, b, funding)
		}
	}

	value := big.NewInt(params.Ether)
	r := transfer(t, ec, accounts[0], accounts[5], value)
	after := balances(t, ec, accounts)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	want0 := new(big.Int).Sub(new(big.Int).Sub(funding, value), fee)
	if after[0].Cmp(want0) != 0 {
		t.Errorf("#0 balance %s, want %s", after[0], want0)
	}
	if want5 := new(big.Int).Add(funding, value); after[5].Cmp(want5) != 0 {
		t.Errorf("#5 balance %s, want %s", after[5], want5)
	}
	height, err := ec.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if height != r.BlockNumber.Uint64() || dc.Height() != height {
		t.Fatalf("height %d (DevChain.Height %d), want the transfer's block %d", height, dc.Height(), r.BlockNumber)
	}

	start := time.Now()
	if err := dc.Close(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Close took %s, want a few seconds at most", d)
	} else {
		t.Logf("Close took %s", d)
	}
	if err := dc.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	dc2 := startDev(t, dir)
	ec2 := dialHTTP(t, dc2.Endpoint())
	height2, err := ec2.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if height2 != height {
		t.Fatalf("height after restart %d, want %d", height2, height)
	}
	for i, b := range balances(t, ec2, accounts) {
		if b.Cmp(after[i]) != 0 {
			t.Errorf("#%d balance after restart %s, want %s", i, b, after[i])
		}
	}
	// The restarted chain still mines on demand, and a receipt right after
	// start comes back (through "transaction indexing is in progress").
	r2 := transfer(t, ec2, accounts[5], accounts[0], value)
	if r2.BlockNumber.Uint64() != height+1 {
		t.Errorf("after restart the transfer is in block %d, want %d", r2.BlockNumber, height+1)
	}

	// The in-process Client sees the same chain.
	c := dc2.Client()
	defer c.Close()
	if got := c.ChainID(); got.Int64() != DevChainID {
		t.Errorf("in-process Client ChainID() = %s", got)
	}
	if h, err := c.BlockNumber(context.Background()); err != nil || h != height+1 {
		t.Errorf("in-process BlockNumber = %d, %v; want %d", h, err, height+1)
	}
}

func TestDevChain_CORSAllowsOnlyTheAppOrigin(t *testing.T) {
	dc := startDev(t, t.TempDir())
	const body = `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`
	for _, tc := range []struct {
		name, origin string
		allowed      bool
	}{
		{"app origin", appOrigin, true},
		{"other origin", "http://evil.example", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pre, _ := http.NewRequest(http.MethodOptions, dc.Endpoint(), nil)
			pre.Header.Set("Origin", tc.origin)
			pre.Header.Set("Access-Control-Request-Method", "POST")
			pre.Header.Set("Access-Control-Request-Headers", "content-type")
			post, _ := http.NewRequest(http.MethodPost, dc.Endpoint(), strings.NewReader(body))
			post.Header.Set("Origin", tc.origin)
			post.Header.Set("Content-Type", "application/json")
			for _, req := range []*http.Request{pre, post} {
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				got := resp.Header.Get("Access-Control-Allow-Origin")
				if tc.allowed && got != tc.origin {
					t.Errorf("%s: Access-Control-Allow-Origin = %q, want %q", req.Method, got, tc.origin)
				}
				if !tc.allowed && got != "" {
					t.Errorf("%s: Access-Control-Allow-Origin = %q, want none", req.Method, got)
				}
			}
		})
	}
}

func TestStartDev_DirInUseOrMissingFails(t *testing.T) {
	dir := t.TempDir()
	startDev(t, dir)
	_, err := StartDev(context.Background(), DevConfig{Dir: dir, Logger: testLogger()})
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("second StartDev on %s: err = %v, want an error naming the dir", dir, err)
	}
	t.Logf("error: %v", err)
	if _, err := StartDev(context.Background(), DevConfig{}); err == nil {
		t.Fatal("StartDev without a dir: no error")
	}
}

// Browsers and MetaMask reach the HTTP endpoint: it serves eth, net and web3,
// never the dev or admin namespaces (dev_setFeeRecipient would let a page
// redirect fees), and eth_getLogs works without the log index.
func TestDevChain_HTTPModules(t *testing.T) {
	dc := sharedDev(t)
	rc, err := rpc.Dial(dc.Endpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	ctx := context.Background()
	var s string
	for _, m := range []string{"net_version", "web3_clientVersion", "eth_chainId"} {
		if err := rc.CallContext(ctx, &s, m); err != nil {
			t.Errorf("%s: %v", m, err)
		}
	}
	for _, m := range []string{"dev_setFeeRecipient", "admin_nodeInfo", "debug_gcStats", "testing_buildBlockV1"} {
		if err := rc.CallContext(ctx, nil, m); err == nil || !strings.Contains(err.Error(), "does not exist") {
			t.Errorf("%s over HTTP: err = %v, want method not available", m, err)
		}
	}
	if _, err := ethclient.NewClient(rc).FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0)}); err != nil {
		t.Errorf("eth_getLogs: %v", err)
	}
}

func TestStartDev_PortTakenFailsAndReleasesDir(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := t.TempDir()
	port := ln.Addr().(*net.TCPAddr).Port
	_, err = StartDev(context.Background(), DevConfig{Dir: dir, HTTPPort: port, Logger: testLogger()})
	if err == nil || !strings.Contains(err.Error(), "address already in use") {
		t.Fatalf("err = %v, want address already in use", err)
	}
	t.Logf("error: %v", err)
	startDev(t, dir) // the failed start left no lock behind
}
