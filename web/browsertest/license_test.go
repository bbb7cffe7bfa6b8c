package browsertest_test

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/chain"
	"modelmarket/web/browsertest"
)

// Accounts of the license test: the owner mints (directly on chain) and
// publishes through the page, the licensee buys through the page, a third
// account tries a direct buy past the cap.
const (
	licenseOwnerAccount  = 7
	licenseBuyerAccount  = 1
	licenseDirectAccount = 2
)

// TestLicense_PublishBuyCertificateSoldOut: the owner publishes a 30-day,
// cap-1, non-commercial offer with the research template; a buyer opens
// Buy license (terms, price and split shown), pays in the wallet, opens the
// certificate (valid, 30 days, the terms, the transaction) and My licenses;
// the offer then shows sold out with its button disabled, and a direct buy
// through the bindings reverts with SoldOut.
func TestLicense_PublishBuyCertificateSoldOut(t *testing.T) {
	env := browsertest.Shared(t)
	addrs, err := contracts.LoadAddresses(filepath.Join(env.App.DataDir, "contracts.json"))
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.Dial(env.App.RPC)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	devs, err := chain.DevAccounts(chain.DevAccountCount)
	if err != nil {
		t.Fatal(err)
	}
	nft, lm := mmbind.NewModelNFT(), mmbind.NewLicenseManager()
	send := func(account int, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		opts := bind.NewKeyedTransactor(devs[account].Key, big.NewInt(chain.DevChainID))
		opts.Value = value
		tx, err := bind.NewBoundContract(to, nft.GetABI(), eth, eth, eth).RawTransact(opts, data)
		if err != nil {
			return nil, err
		}
		return bind.WaitMined(ctx, eth, tx.Hash())
	}

	// The token, minted on chain with a 5 % royalty.
	owner, buyer := devs[licenseOwnerAccount].Address, devs[licenseBuyerAccount].Address
	r, err := send(licenseOwnerAccount, addrs.ModelNFT, nft.PackMint(owner, metaCID("license test"), [32]byte{7}, owner, 500), nil)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("mint: %v", err)
	}
	var id *big.Int
	for _, l := range r.Logs {
		if ev, err := nft.UnpackMintedEvent(l); err == nil {
			id = ev.TokenId
		}
	}
	tokenPath := "/token/" + id.String()

	// ---- the owner publishes an offer ----
	op := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: licenseOwnerAccount}})
	op.Go("/")
	op.SignIn()
	waitIndexed(op, tokenPath, "[data-license-offers]", "Licenses")
	op.WaitText("[data-offers-empty]", "publish an offer below")
	op.WaitVisible(`[data-license-offers][data-license-ready]`)
	op.Run("fill the offer",
		browsertest.SetValue("[data-offer-price]", "0.1"),
		browsertest.SetValue("[data-offer-days]", "30"),
		browsertest.SetValue("[data-offer-cap]", "1"),
		browsertest.SetValue("[data-offer-template]", "research"),
		chromedp.Evaluate(`document.querySelector('[data-offer-template]').dispatchEvent(new Event('change'))`, nil),
	)
	var commercial bool
	op.Eval(`document.querySelector('[data-offer-commercial]').checked`, &commercial)
	if commercial {
		t.Fatal("the research template left Commercial use ticked")
	}
	op.Click(`[data-offer-form] button[type="submit"]`)
	op.WaitText(`[data-tx-status="publish"]`, "confirmed in block")
	op.WaitVisible(`[data-offer][data-offer-state="open"]`) // the page reloads
	op.WaitText("[data-offer-supply]", "1 of 1 left")
	op.FullScreenshot("license-1-offer-published")

	// ---- the buyer buys it ----
	bp := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: licenseBuyerAccount}})
	bp.Go("/")
	bp.SignIn()
	bp.Go(tokenPath)
	bp.WaitVisible(`[data-license-offers][data-license-ready]`)
	bp.Click("[data-offer-buy]")
	bp.WaitVisible("[data-offer-confirm]")
	bp.WaitText("[data-offer-confirm] .offer-confirm-terms", "research and education only")
	bp.WaitText("[data-offer-confirm] [data-split-royalty]", "0.005 ETH")
	bp.WaitText("[data-offer-confirm] [data-split-fee]", "0.0025 ETH")
	bp.WaitText("[data-offer-confirm] [data-split-seller]", "0.0925 ETH")
	bp.FullScreenshot("license-2-buy-confirmation")
	bp.Click("[data-offer-pay]")
	bp.WaitText(`[data-offer] [data-tx-status][data-state="confirmed"]`, "License purchase confirmed in block")
	noCSPViolations(t, bp)
	bp.Click("[data-offer] [data-certificate-link]")

	// ---- the certificate ----
	bp.WaitText("[data-certificate-status]", "Valid")
	bp.WaitText("[data-licensee]", buyer.Hex())
	expiry := bp.Text("[data-certificate-expiry]")
	want := time.Now().UTC().Add(30 * 24 * time.Hour)
	if !strings.Contains(expiry, want.Format("2006-01-02")) && !strings.Contains(expiry, want.Add(-time.Hour).Format("2006-01-02")) {
		t.Fatalf("certificate expiry %q, want about %s", expiry, want.Format("2006-01-02"))
	}
	bp.WaitText("[data-certificate-terms]", "research and education only")
	var certPath string
	bp.Eval(`location.pathname`, &certPath)
	if certPath != "/license/"+id.String()+"/"+buyer.Hex() {
		t.Fatalf("certificate at %s", certPath)
	}
	for deadline := time.Now().Add(30 * time.Second); !bp.Exists("[data-certificate-tx]"); time.Sleep(500 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the certificate never showed the purchase transaction from the index")
		}
		bp.Go(certPath)
	}
	bp.FullScreenshot("license-3-certificate")

	// ---- My licenses ----
	bp.Go("/licenses")
	bp.WaitText(`[data-license-rows="active"] [data-license-row="`+id.String()+`"]`, "Non-commercial")
	bp.FullScreenshot("license-4-my-licenses")

	// ---- sold out: in the UI, and on chain ----
	bp.Go(tokenPath)
	bp.WaitText("[data-offer-supply]", "Sold out (1 of 1)")
	var disabled bool
	bp.Eval(`document.querySelector('[data-offer-buy]').disabled`, &disabled)
	if !disabled || !strings.Contains(bp.Text("[data-offer-buy]"), "Sold out") {
		t.Fatal("the sold-out offer's button is not disabled")
	}
	bp.FullScreenshot("license-5-sold-out")
	offerID := big.NewInt(0)
	var offerText string
	bp.Eval(`document.querySelector('[data-offer]').dataset.offer`, &offerText)
	offerID.SetString(offerText, 10)
	price := new(big.Int).Div(big.NewInt(1e18), big.NewInt(10))
	_, err = send(licenseDirectAccount, addrs.LicenseManager, lm.PackBuyLicense(offerID, price), price)
	if name, _ := contracts.DecodeRevert(err); name != "SoldOut" {
		t.Fatalf("a direct buy past the cap: %v (revert %q), want SoldOut", err, name)
	}

	// ---- a new version: My licenses says so to the licensee ----
	// The buyer's visit to the token page above recorded version 1 as seen.
	r, err = send(licenseOwnerAccount, addrs.ModelNFT, nft.PackPublishVersion(id, metaCID("license test v2"), [32]byte{8}, "v2"), nil)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("publish version 2: %v", err)
	}
	badge := `[data-license-row="` + id.String() + `"] [data-license-new-version]`
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		bp.Go("/licenses")
		var shown bool
		bp.Eval(`(() => { const b = document.querySelector('`+badge+`'); return b !== null && !b.hidden })()`, &shown)
		if shown {
			break
		}
		if time.Now().After(deadline) {
			bp.FullScreenshot("license-6-no-new-version")
			t.Fatal("after version 2, My licenses never said a new version is available")
		}
	}
	bp.WaitText(badge, "New version available: version 2")
	bp.FullScreenshot("license-6-new-version")
}
