package contracts_test

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
)

func TestDeploy_WiresAllFour(t *testing.T) {
	e := newEnv(t)
	deployer := e.Owner().Addr
	if e.Addr.ChainID != 1337 {
		t.Fatalf("chainId = %d", e.Addr.ChainID)
	}
	if err := e.Addr.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, op := range []common.Address{e.Addr.Marketplace, e.Addr.LicenseManager} {
		if !call(t, e, e.Addr.ModelNFT, e.NFT.PackAllowedOperators(op), e.NFT.UnpackAllowedOperators) {
			t.Fatalf("operator %s not allow-listed", op)
		}
	}
	if got := call(t, e, e.Addr.Marketplace, e.Market.PackNft(), e.Market.UnpackNft); got != e.Addr.ModelNFT {
		t.Fatalf("Marketplace.nft = %s", got)
	}
	if got := call(t, e, e.Addr.LicenseManager, e.Licenses.PackNft(), e.Licenses.UnpackNft); got != e.Addr.ModelNFT {
		t.Fatalf("LicenseManager.nft = %s", got)
	}
	for _, target := range []common.Address{e.Addr.ModelNFT, e.Addr.Marketplace, e.Addr.LicenseManager} {
		if got := call(t, e, target, e.NFT.PackOwner(), e.NFT.UnpackOwner); got != deployer {
			t.Fatalf("owner of %s = %s", target, got)
		}
	}
	for _, target := range []common.Address{e.Addr.Marketplace, e.Addr.LicenseManager} {
		if fee := call(t, e, target, e.Market.PackFeeBps(), e.Market.UnpackFeeBps); fee != 250 {
			t.Fatalf("fee of %s = %d", target, fee)
		}
		if got := call(t, e, target, e.Market.PackFeeRecipient(), e.Market.UnpackFeeRecipient); got != deployer {
			t.Fatalf("fee recipient of %s = %s", target, got)
		}
	}
	// The constants the Go side mirrors.
	if got := call(t, e, e.Addr.ModelNFT, e.NFT.PackMAXROYALTYBPS(), e.NFT.UnpackMAXROYALTYBPS); got != contracts.MaxRoyaltyBps {
		t.Fatalf("MAX_ROYALTY_BPS = %d", got)
	}
	if got := call(t, e, e.Addr.Marketplace, e.Market.PackMAXFEECAPBPS(), e.Market.UnpackMAXFEECAPBPS); got != contracts.MaxFeeCapBps {
		t.Fatalf("MAX_FEE_CAP_BPS = %d", got)
	}
	if got := call(t, e, e.Addr.Marketplace, e.Market.PackPAYOUTGAS(), e.Market.UnpackPAYOUTGAS); got.Int64() != 50_000 {
		t.Fatalf("PAYOUT_GAS = %s", got)
	}
	if got := call(t, e, e.Addr.LicenseManager, e.Licenses.PackPERPETUAL(), e.Licenses.UnpackPERPETUAL); got != ^uint64(0) {
		t.Fatalf("PERPETUAL = %d", got)
	}
	// DeployBlock is where the first contract appeared.
	ctx := context.Background()
	code, err := e.Client.CodeAt(ctx, e.Addr.ModelNFT, new(big.Int).SetUint64(e.Addr.DeployBlock))
	if err != nil || len(code) == 0 {
		t.Fatalf("no ModelNFT code at deploy block %d: %v", e.Addr.DeployBlock, err)
	}
	code, err = e.Client.CodeAt(ctx, e.Addr.ModelNFT, new(big.Int).SetUint64(e.Addr.DeployBlock-1))
	if err != nil || len(code) != 0 {
		t.Fatalf("ModelNFT code before the deploy block: %d bytes, %v", len(code), err)
	}
	if err := contracts.CheckDeployed(ctx, e.Client, e.Addr); err != nil {
		t.Fatalf("CheckDeployed: %v", err)
	}
}

// The embedded dev node runs go-ethereum's dev-chain forks (past Osaka, with
// dearer storage): everything works there too.
func TestDeploy_WorksOnDevChainRules(t *testing.T) {
	c, err := contractstest.NewDevRulesChain(6)
	if err != nil {
		t.Fatal(err)
	}
	e, err := contractstest.DeployOn(c, contracts.DefaultDeployParams())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	a, b := alice(e), bob(e)
	id := mintAndList(t, e, a, "dev", a.Addr, 500, oneETH)
	if _, err := e.Buy(b, id, oneETH, 250); err != nil {
		t.Fatalf("buy: %v", err)
	}
	offer := publish(t, e, b, id, eth(0.1), 0, 3)
	if _, err := e.BuyLicense(carol(e), offer, eth(0.1)); err != nil {
		t.Fatalf("buy license: %v", err)
	}
	send(t, e, carol(e), e.Addr.Reviews, e.Reviews.PackReview(id, 5, nil), nil)
}

func TestDeploy_RefusesBadParams(t *testing.T) {
	c, err := contractstest.NewChain(1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	for _, p := range []contracts.DeployParams{
		{FeeBps: 300, MaxFeeBps: 200},
		{LicenseFeeBps: 300, MaxFeeBps: 200},
		{MaxFeeBps: 5001},
	} {
		if _, err := contracts.Deploy(context.Background(), c.Client, c.Opts(c.Accounts[0]), p); err == nil {
			t.Errorf("Deploy(%+v) succeeded", p)
		}
	}
	// Nothing was sent.
	if n, _ := c.Client.PendingNonceAt(context.Background(), c.Accounts[0].Addr); n != 0 {
		t.Fatalf("nonce = %d after refused deployments", n)
	}
}

func TestDeploy_FeeRecipientAndZeroFees(t *testing.T) {
	c, err := contractstest.NewChain(3)
	if err != nil {
		t.Fatal(err)
	}
	e, err := contractstest.DeployOn(c, contracts.DeployParams{FeeRecipient: c.Accounts[2].Addr, MaxFeeBps: 0})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	if got := call(t, e, e.Addr.Marketplace, e.Market.PackFeeRecipient(), e.Market.UnpackFeeRecipient); got != c.Accounts[2].Addr {
		t.Fatalf("fee recipient = %s", got)
	}
	_, err = e.Send(e.Owner(), e.Addr.Marketplace, e.Market.PackSetFee(1), nil)
	wantRevert(t, err, "FeeAboveCap")
}

func TestAddresses_SaveAndLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "contracts.json")
	a := contracts.Addresses{
		ModelNFT:       common.HexToAddress("0x1000000000000000000000000000000000000001"),
		Marketplace:    common.HexToAddress("0x2000000000000000000000000000000000000002"),
		LicenseManager: common.HexToAddress("0x3000000000000000000000000000000000000003"),
		Reviews:        common.HexToAddress("0x4000000000000000000000000000000000000004"),
		ChainID:        1337,
		DeployBlock:    7,
	}
	_, err := contracts.LoadAddresses(path)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("load of a missing file: %v, want fs.ErrNotExist", err)
	}
	if err := contracts.SaveAddresses(path, a); err != nil {
		t.Fatal(err)
	}
	got, err := contracts.LoadAddresses(path)
	if err != nil || got != a {
		t.Fatalf("load = %+v, %v; want %+v", got, err, a)
	}
	raw, _ := os.ReadFile(path)
	var fields map[string]any
	if err := json.Unmarshal(raw, &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"modelNFT", "marketplace", "licenseManager", "reviews", "chainId", "deployBlock"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("JSON has no %q: %s", k, raw)
		}
	}
	// Overwrite in place, no temp files left behind.
	a.DeployBlock = 8
	if err := contracts.SaveAddresses(path, a); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("dir has %d entries, want only contracts.json", len(entries))
	}
	// Refusals.
	bad := a
	bad.Reviews = common.Address{}
	if err := contracts.SaveAddresses(path, bad); err == nil {
		t.Fatal("saved addresses with a zero address")
	}
	if got, _ := contracts.LoadAddresses(path); got.DeployBlock != 8 {
		t.Fatal("a refused save changed the file")
	}
	for name, body := range map[string]string{
		"garbage":     "{not json",
		"no chain id": strings.Replace(string(raw), `"chainId": 1337`, `"chainId": 0`, 1),
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		if _, err := contracts.LoadAddresses(p); err == nil {
			t.Errorf("load %s succeeded", name)
		}
	}
}

func TestCheckDeployed_RefusesOtherChainOrMissingCode(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	other := e.Addr
	other.ChainID = 1
	if err := contracts.CheckDeployed(ctx, e.Client, other); !errors.Is(err, contracts.ErrNotDeployed) {
		t.Fatalf("other chain: %v", err)
	}
	missing := e.Addr
	missing.Reviews = common.HexToAddress("0x00000000000000000000000000000000deadbeef")
	if err := contracts.CheckDeployed(ctx, e.Client, missing); !errors.Is(err, contracts.ErrNotDeployed) {
		t.Fatalf("missing code: %v", err)
	}
}
