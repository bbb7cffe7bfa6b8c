package contracts_test

import (
	"flag"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/contracts/contractstest"
)

// TestMain fails the run when a custom error in the contracts' ABIs was never
// seen by a test that expected it by name (wantRevert). It checks only full
// runs: with -run or -skip some tests did not run.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if code == 0 && fullRun() {
		if missing := unexpectedErrors(); len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "FAIL: no test expects these custom errors by name: %s\n", strings.Join(missing, ", "))
			code = 1
		}
	}
	os.Exit(code)
}

func fullRun() bool {
	for _, name := range []string{"test.run", "test.skip"} {
		if f := flag.Lookup(name); f != nil && f.Value.String() != "" {
			return false
		}
	}
	return true
}

var (
	seenMu sync.Mutex
	seen   = map[string]bool{}
)

// contractABIs are the four contracts' parsed ABIs by contract name.
func contractABIs() map[string]abi.ABI {
	out := map[string]abi.ABI{}
	for name, md := range map[string]*bind.MetaData{
		"ModelNFT": &mmbind.ModelNFTMetaData, "Marketplace": &mmbind.MarketplaceMetaData,
		"LicenseManager": &mmbind.LicenseManagerMetaData, "Reviews": &mmbind.ReviewsMetaData,
	} {
		parsed, err := abi.JSON(strings.NewReader(md.ABI))
		if err != nil {
			panic(fmt.Sprintf("parse %s ABI: %v", name, err)) // generated code: cannot happen
		}
		out[name] = parsed
	}
	return out
}

// abiErrors lists the custom errors of the four contracts' ABIs, by name.
func abiErrors() []string {
	names := map[string]bool{}
	for _, parsed := range contractABIs() {
		for n := range parsed.Errors {
			names[n] = true
		}
	}
	var out []string
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func unexpectedErrors() []string {
	seenMu.Lock()
	defer seenMu.Unlock()
	var missing []string
	for _, n := range abiErrors() {
		if !seen[n] {
			missing = append(missing, n)
		}
	}
	return missing
}

// wantRevert fails unless err is a revert with the custom error `name`.
func wantRevert(t testing.TB, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("want revert %s, got success", name)
	}
	data, ok := contracts.RevertData(err)
	if !ok {
		t.Fatalf("want revert %s, got a non-revert error: %v", name, err)
	}
	wantRevertData(t, data, name)
}

// wantRevertData is wantRevert for raw revert data (an attacker's record).
func wantRevertData(t testing.TB, data []byte, name string) {
	t.Helper()
	got, msg := contracts.DecodeRevertData(data)
	if got != name {
		t.Fatalf("want revert %s, got %q (%s)", name, got, msg)
	}
	seenMu.Lock()
	seen[name] = true
	seenMu.Unlock()
}

var (
	oneETH    = big.NewInt(1e18)
	halfETH   = big.NewInt(5e17)
	maxFeeAll = uint16(10_000)
)

func eth(f float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(f), big.NewFloat(1e18)).Int(nil)
	return v
}

// newEnv deploys the contracts with a 2.5 % fee under a 10 % cap on a fresh
// chain with 10 accounts: 0 owns the contracts; 1 is Alice, a creator; 2 Bob,
// 3 Carol, 4 Dave.
func newEnv(t testing.TB) *contractstest.Env {
	t.Helper()
	e, err := contractstest.NewEnv(10, contracts.DefaultDeployParams())
	if err != nil {
		t.Fatalf("env: %v", err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

func alice(e *contractstest.Env) contractstest.Account { return e.Accounts[1] }
func bob(e *contractstest.Env) contractstest.Account   { return e.Accounts[2] }
func carol(e *contractstest.Env) contractstest.Account { return e.Accounts[3] }
func dave(e *contractstest.Env) contractstest.Account  { return e.Accounts[4] }

func send(t testing.TB, e *contractstest.Env, from contractstest.Account, to common.Address, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	r, err := e.Send(from, to, data, value)
	if err != nil {
		name, msg := contracts.DecodeRevert(err)
		t.Fatalf("send: %v (%s: %s)", err, name, msg)
	}
	return r
}

func call[T any](t testing.TB, e *contractstest.Env, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := e.Call(to, data)
	if err != nil {
		name, msg := contracts.DecodeRevert(err)
		t.Fatalf("call: %v (%s: %s)", err, name, msg)
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatalf("unpack: %v", err)
	}
	return v
}

func mint(t testing.TB, e *contractstest.Env, from contractstest.Account, seed string, royaltyReceiver common.Address, bps uint16) *big.Int {
	t.Helper()
	id, _, err := e.Mint(from, from.Addr, seed, royaltyReceiver, bps)
	if err != nil {
		t.Fatalf("mint: %v", err)
	}
	return id
}

func mintAndList(t testing.TB, e *contractstest.Env, seller contractstest.Account, seed string, royaltyReceiver common.Address, bps uint16, price *big.Int) *big.Int {
	t.Helper()
	id, err := e.MintAndList(seller, seed, royaltyReceiver, bps, price)
	if err != nil {
		t.Fatalf("mint and list: %v", err)
	}
	return id
}

func balance(t testing.TB, e *contractstest.Env, a common.Address) *big.Int {
	t.Helper()
	b, err := e.Balance(a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ownerOf(t testing.TB, e *contractstest.Env, id *big.Int) common.Address {
	t.Helper()
	o, err := e.OwnerOf(id)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func credit(t testing.TB, e *contractstest.Env, a common.Address) *big.Int {
	t.Helper()
	c, err := e.Credit(a)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func transfer(t testing.TB, e *contractstest.Env, from contractstest.Account, to common.Address, id *big.Int) {
	t.Helper()
	send(t, e, from, e.Addr.ModelNFT, e.NFT.PackTransferFrom(from.Addr, to, id), nil)
}

// diff returns after - before.
func diff(before, after *big.Int) *big.Int { return new(big.Int).Sub(after, before) }

func wantBig(t testing.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// soldEvent finds the Sold event in a buy's receipt.
func soldEvent(t testing.TB, e *contractstest.Env, r *types.Receipt) *mmbind.MarketplaceSold {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := e.Market.UnpackSoldEvent(l); err == nil {
			return ev
		}
	}
	t.Fatal("no Sold event")
	return nil
}
