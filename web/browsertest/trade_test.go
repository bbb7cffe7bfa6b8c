package browsertest_test

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/chain"
	"modelmarket/web/browsertest"
)

// Accounts of the trade test (others' tests use 1, 2, 4–8 for sign-in,
// uploads and cards; only these two send transactions here).
const (
	creatorAccount = 3
	buyerAccount   = 9
	royaltyAccount = 4 // receives the royalty and, at the end, a gift; sends nothing
)

// chainView reads the dev chain of the shared app with the bindings.
type chainView struct {
	t     *testing.T
	eth   *ethclient.Client
	addrs contracts.Addresses
	nft   *mmbind.ModelNFT
	mkt   *mmbind.Marketplace
}

func newChainView(t *testing.T, env *browsertest.Env) *chainView {
	t.Helper()
	addrs, err := contracts.LoadAddresses(filepath.Join(env.App.DataDir, "contracts.json"))
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.Dial(env.App.RPC)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	return &chainView{t: t, eth: eth, addrs: addrs, nft: mmbind.NewModelNFT(), mkt: mmbind.NewMarketplace()}
}

func (v *chainView) call(to common.Address, data []byte, block *big.Int) []byte {
	v.t.Helper()
	out, err := v.eth.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		v.t.Fatal(err)
	}
	return out
}

func (v *chainView) ownerOf(id *big.Int) common.Address {
	v.t.Helper()
	o, err := v.nft.UnpackOwnerOf(v.call(v.addrs.ModelNFT, v.nft.PackOwnerOf(id), nil))
	if err != nil {
		v.t.Fatal(err)
	}
	return o
}

func (v *chainView) balance(a common.Address, block *big.Int) *big.Int {
	v.t.Helper()
	b, err := v.eth.BalanceAt(context.Background(), a, block)
	if err != nil {
		v.t.Fatal(err)
	}
	return b
}

func (v *chainView) feesAccrued(block *big.Int) *big.Int {
	v.t.Helper()
	f, err := v.mkt.UnpackFeesAccrued(v.call(v.addrs.Marketplace, v.mkt.PackFeesAccrued(), block))
	if err != nil {
		v.t.Fatal(err)
	}
	return f
}

// waitIndexed reloads the token page until the index shows want in sel.
func waitIndexed(p *browsertest.Page, path, sel, want string) {
	p.T.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		p.Go(path)
		var got string
		p.Eval(`document.querySelector('`+sel+`')?.textContent ?? ''`, &got)
		if strings.Contains(got, want) {
			return
		}
		if time.Now().After(deadline) {
			p.FullScreenshot("not-indexed")
			p.T.Fatalf("after 60 s the token page still shows %q in %s, want %q", got, sel, want)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// TestMintListBuy: a creator uploads an image, describes it, mints it with
// a 5 % royalty to another address and lists it at 1 ETH in the guided
// flow; a buyer opens the token page, sees the split, declines once in the
// wallet (nothing happens), then buys; the page shows the sale once
// confirmed, and the chain shows the buyer owns the token and the seller,
// royalty receiver and platform received exactly their shares. Then the
// failure paths: the new owner lists it (approval is its own step) and
// changes the price while the old creator's page shows the old one (a
// "price changed" message), then gives it away (a "stale" message).
func TestMintListBuy(t *testing.T) {
	env := browsertest.Shared(t)
	view := newChainView(t, env)
	devs, err := chain.DevAccounts(10)
	if err != nil {
		t.Fatal(err)
	}
	creator, buyer, royalty := devs[creatorAccount].Address, devs[buyerAccount].Address, devs[royaltyAccount].Address

	// ---- the creator: upload → art details → mint → list ----
	cp := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: creatorAccount}})
	cp.Go("/upload")
	cp.SignIn()
	cp.WaitVisible("[data-upload-zone]")
	cp.Run("choose the image", chromedp.SetUploadFiles("[data-upload-input]", []string{testPNG(t, t.TempDir())}, chromedp.ByQuery))
	row := `[data-upload-item="sunset.png"][data-state="done"]`
	cp.WaitVisible(row + " [data-upload-card-link]")
	cp.Click(row + " [data-upload-card-link]")
	cp.WaitVisible("[data-card-source]")
	art := "---\ntitle: Sunset over the Grid\nattributes:\n  - trait_type: Medium\n    value: Digital\n---\n\nA **noisy** sunset, rendered pixel by pixel.\n"
	cp.Run("describe the art", browsertest.SetValue("[data-card-source]", art))
	cp.Click("[data-card-save]")
	cp.WaitText("[data-card-saved]", "Draft saved.")
	cp.Click("[data-card-mint]")
	cp.WaitText("h1", "Mint “Sunset over the Grid”")
	cp.WaitText("[data-royalty-cap]", "At most 10%")
	cp.FullScreenshot("mint-1-form")

	// Above the contract's cap: refused in words before the wallet is asked.
	cp.Run("royalty 12 %", browsertest.SetValue("[data-royalty-percent]", "12"),
		chromedp.SetAttributeValue("[data-royalty-percent]", "max", "100", chromedp.ByQuery))
	cp.Click(`[data-tx-button="mint"]`)
	cp.WaitText(`[data-tx-status="mint"][data-state="failed"]`, "Royalty must be between 0 and 10%.")
	if cp.Wallet.Requested("eth_sendTransaction") {
		t.Fatal("a refused mint reached the wallet")
	}
	cp.FullScreenshot("mint-1b-refused")

	cp.Run("royalty 5 % to another address",
		browsertest.SetValue("[data-royalty-receiver]", royalty.Hex()),
		browsertest.SetValue("[data-royalty-percent]", "5"))
	cp.Click(`[data-tx-button="mint"]`)
	cp.WaitText(`[data-tx-status="mint"]`, "Minted token #")
	cp.FullScreenshot("mint-2-minted")
	var href string
	cp.Eval(`document.querySelector('[data-token-link]').getAttribute('href')`, &href)
	tokenPath := href
	id, ok := new(big.Int).SetString(strings.TrimPrefix(href, "/token/"), 10)
	if !ok {
		t.Fatalf("token link %q", href)
	}
	if o := view.ownerOf(id); o != creator {
		t.Fatalf("after mint the owner is %s, want the creator %s", o, creator)
	}

	cp.Run("price 1 ETH", browsertest.SetValue("[data-list-price]", "1"))
	cp.Click(`[data-list-form] button[type="submit"]`)
	cp.WaitText(`[data-tx-status="approve"]`, "confirmed in block")
	cp.WaitText(`[data-tx-status="list"]`, "confirmed in block")
	cp.FullScreenshot("mint-3-listed")
	noCSPViolations(t, cp)

	// ---- the buyer: the token page, the split, a rejection, the purchase ----
	bp := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: buyerAccount}})
	bp.Go("/")
	bp.SignIn()
	// The buyer finds it by searching words of its title (the index reads
	// the metadata shortly after the mint, so the search is retried).
	card := fmt.Sprintf(`[data-token-card="%s"] a`, id)
	for deadline := time.Now().Add(60 * time.Second); ; {
		bp.Go("/browse")
		bp.Run("search", browsertest.Type("[data-browse-q]", "sunset grid\n"))
		var found bool
		for settle := time.Now().Add(10 * time.Second); time.Now().Before(settle); time.Sleep(100 * time.Millisecond) {
			var searched bool
			bp.Eval(`location.search.includes('q=sunset') && document.readyState === 'complete'`, &searched)
			if searched {
				break
			}
		}
		bp.Eval(`document.querySelector('`+card+`') !== null`, &found)
		if found {
			break
		}
		if time.Now().After(deadline) {
			bp.FullScreenshot("not-found")
			t.Fatal("after 60 s a search for the title's words does not find the token")
		}
		time.Sleep(500 * time.Millisecond)
	}
	bp.Screenshot("browse-found")
	bp.Click(card)
	bp.WaitText("[data-token-title]", "Sunset over the Grid")
	waitIndexed(bp, tokenPath, "[data-token-price]", "1 ETH")
	waitIndexed(bp, tokenPath, "[data-token-title]", "Sunset over the Grid") // the metadata is read after the mint
	bp.WaitText("[data-token-description] strong", "noisy")
	bp.WaitText("[data-split-seller]", "0.925 ETH")
	bp.WaitText("[data-split-royalty]", "0.05 ETH")
	bp.WaitText("[data-split-fee]", "0.025 ETH")
	bp.WaitVisible("[data-token-image]")
	bp.FullScreenshot("token-1-for-sale")

	bp.Wallet.RejectNext("eth_sendTransaction")
	bp.Click(`[data-tx-button="buy"]`)
	bp.WaitText(`[data-tx-status="buy"][data-state="failed"]`, "You declined the transaction in your wallet; nothing was sent.")
	bp.FullScreenshot("token-2-rejected")
	var pending int
	bp.Eval(`JSON.parse(localStorage.getItem('modelmarket.pending') ?? '[]').length`, &pending)
	if pending != 0 || view.ownerOf(id) != creator {
		t.Fatalf("after a rejection: %d pending transactions kept, owner %s", pending, view.ownerOf(id))
	}

	bp.Click(`[data-tx-button="buy"]`)
	bp.WaitText(`[data-tx-status="buy"]`, "confirmed in block")
	var saleHash string
	bp.Eval(`document.querySelector('[data-tx-status="buy"]').dataset.hash`, &saleHash)
	// The page reloads once the index has the sale; until then it says pending, never "sold".
	bp.WaitText(`[data-activity-kind="sold"]`, "Sold")
	bp.WaitText("[data-token-owner]", buyer.Hex()[:6])
	bp.FullScreenshot("token-3-sold")
	noCSPViolations(t, bp)

	// On chain: the buyer owns it; each payee got exactly its share.
	if o := view.ownerOf(id); o != buyer {
		t.Fatalf("owner after the sale %s, want the buyer %s", o, buyer)
	}
	r, err := view.eth.TransactionReceipt(context.Background(), common.HexToHash(saleHash))
	if err != nil {
		t.Fatal(err)
	}
	at, before := r.BlockNumber, new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	eth := big.NewInt(1e18)
	want, _ := contracts.Split(eth, 500, 250)
	for _, c := range []struct {
		name          string
		before, after *big.Int
		want          *big.Int
	}{
		{"seller", view.balance(creator, before), view.balance(creator, at), want.Seller},
		{"royalty receiver", view.balance(royalty, before), view.balance(royalty, at), want.Royalty},
		{"platform fee", view.feesAccrued(before), view.feesAccrued(at), want.Fee},
	} {
		if got := new(big.Int).Sub(c.after, c.before); got.Cmp(c.want) != 0 {
			t.Errorf("%s received %s wei, want %s", c.name, got, c.want)
		}
	}

	// ---- failure paths: the buyer sells; the creator's page goes out of date ----
	bp.Run("list at 1 ETH", browsertest.SetValue("[data-list-price]", "1"))
	bp.Click(`[data-list-form] button[type="submit"]`)
	bp.WaitText(`[data-tx-status="approve"]`, "confirmed in block") // the new owner's own approval step
	bp.WaitText(`[data-tx-status="list"]`, "confirmed in block")
	waitIndexed(bp, tokenPath, "[data-token-price]", "1 ETH")
	bp.FullScreenshot("token-4-owner")

	waitIndexed(cp, tokenPath, "[data-token-price]", "1 ETH")
	// The seller raises the price while the creator's page shows 1 ETH.
	bp.Run("new price 2 ETH", browsertest.SetValue("[data-price-input]", "2"))
	bp.Click(`[data-price-form] button[type="submit"]`)
	bp.WaitText(`[data-tx-status="price"]`, "confirmed in block")
	cp.Click(`[data-tx-button="buy"]`)
	cp.WaitText(`[data-tx-status="buy"][data-state="failed"]`, "The price changed from 1 ETH to 2 ETH")
	cp.FullScreenshot("token-5-price-changed")

	// The creator looks again (2 ETH); the seller gives the token away meanwhile.
	waitIndexed(cp, tokenPath, "[data-token-price]", "2 ETH")
	waitIndexed(bp, tokenPath, "[data-token-price]", "2 ETH")
	bp.Run("transfer to a friend", browsertest.SetValue("[data-transfer-to]", royalty.Hex()))
	bp.Click(`[data-transfer-form] button[type="submit"]`)
	bp.WaitText(`[data-tx-status="transfer"]`, "confirmed in block")
	cp.Click(`[data-tx-button="buy"]`)
	cp.WaitText(`[data-tx-status="buy"][data-state="failed"]`, "listing is stale — the token moved")
	cp.FullScreenshot("token-6-stale")
	if o := view.ownerOf(id); o != royalty {
		t.Fatalf("owner after the gift %s, want %s", o, royalty)
	}
	cp.Eval(`JSON.parse(localStorage.getItem('modelmarket.pending') ?? '[]').filter((p) => p.kind === 'buy').length`, &pending)
	if pending != 0 {
		t.Fatalf("the failed buys left %d pending entries", pending)
	}
}
