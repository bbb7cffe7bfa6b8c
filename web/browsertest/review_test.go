package browsertest_test

import (
	"context"
	"math/big"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/chain"
	"modelmarket/web/browsertest"
)

// Accounts of the review test: the creator mints, lists and the buyer buys
// through the bindings; the buyer reviews through the page; the stranger
// (who never bought or licensed it) is refused. Other tests use these
// accounts only to sign in.
const (
	reviewCreatorAccount  = 5
	reviewBuyerAccount    = 6
	reviewStrangerAccount = 8
)

// TestReviews_BuyerReviewsStrangerRefusedReputation: a buyer of a token
// rates it 5 stars with a Markdown comment on the token page (wallet step,
// then the page shows it, the comment rendered and sanitized); an account
// that never bought or licensed it sees why it cannot review and the
// endpoint refuses it in words; the creator's profile shows the reputation
// computed as /reputation documents; /reputation explains it.
func TestReviews_BuyerReviewsStrangerRefusedReputation(t *testing.T) {
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
	nft, mkt := mmbind.NewModelNFT(), mmbind.NewMarketplace()
	send := func(account int, to common.Address, data []byte, value *big.Int) *types.Receipt {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		opts := bind.NewKeyedTransactor(devs[account].Key, big.NewInt(chain.DevChainID))
		opts.Value = value
		tx, err := bind.NewBoundContract(to, nft.GetABI(), eth, eth, eth).RawTransact(opts, data)
		if err != nil {
			t.Fatalf("send from account %d: %v", account, err)
		}
		r, err := bind.WaitMined(ctx, eth, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction from account %d failed: %v", account, err)
		}
		return r
	}

	// ---- mint, list and buy on chain ----
	creator, buyer := devs[reviewCreatorAccount].Address, devs[reviewBuyerAccount].Address
	r := send(reviewCreatorAccount, addrs.ModelNFT, nft.PackMint(creator, metaCID("review test"), [32]byte{9}, creator, 500), nil)
	var id *big.Int
	for _, l := range r.Logs {
		if ev, err := nft.UnpackMintedEvent(l); err == nil {
			id = ev.TokenId
		}
	}
	if id == nil {
		t.Fatal("no Minted event")
	}
	price := big.NewInt(1e16) // 0.01 ETH
	send(reviewCreatorAccount, addrs.ModelNFT, nft.PackSetApprovalForAll(addrs.Marketplace, true), nil)
	send(reviewCreatorAccount, addrs.Marketplace, mkt.PackList(id, price), nil)
	send(reviewBuyerAccount, addrs.Marketplace, mkt.PackBuy(id, price, 10_000), price)
	tokenPath := "/token/" + id.String()

	// ---- the buyer reviews it ----
	bp := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: reviewBuyerAccount}})
	bp.Go("/")
	bp.SignIn()
	waitIndexed(bp, tokenPath, "[data-token-owner]", buyer.Hex()[:6]+"…"+buyer.Hex()[38:])
	bp.WaitVisible("[data-reviews][data-reviews-ready] [data-review-form]")
	bp.WaitText("[data-reviews-empty]", "No reviews yet")
	comment := "**Great** model, fast and _accurate_.\n\n<script>window.pwned = 1</script><a href=\"javascript:window.pwned = 2\" onclick=\"window.pwned = 3\">Details</a>"
	bp.Run("rate 5 stars with a comment",
		browsertest.SetValue("[data-review-rating]", "5"),
		browsertest.SetValue("[data-review-comment-input]", comment))
	bp.Click("[data-review-submit]")
	bp.WaitText(`[data-tx-status="review"][data-state="confirmed"]`, "Review confirmed in block")
	if !bp.Wallet.Requested("eth_sendTransaction") {
		t.Fatal("the review never reached the wallet")
	}
	// The page reloads once the index has the review.
	mine := `[data-review="` + buyer.Hex() + `"]`
	bp.WaitVisible(mine + `[data-rating="5"]`)
	bp.WaitText(mine+" [data-review-comment] strong", "Great")
	bp.WaitText("[data-reviews-average]", "5")
	bp.WaitText("[data-reviews-count]", "1 review")
	var unsafe bool
	bp.Eval(`document.querySelector('[data-review-comment] script, [data-review-comment] [onclick], [data-review-comment] a[href^="javascript"]') !== null || window.pwned !== undefined`, &unsafe)
	if unsafe {
		t.Fatal("the comment's script or event handler reached the page")
	}
	bp.WaitText("[data-reviews] h3", "Update your review") // the contract lets a reviewer replace the review
	noCSPViolations(t, bp)
	bp.Eval(`window.scrollTo(0, 0)`, nil) // the sticky header would sit mid-page in a full screenshot
	bp.FullScreenshot("reviews-1-token-page")

	// ---- a stranger: the reason, and the endpoint refuses ----
	sp := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: reviewStrangerAccount}})
	sp.Go("/")
	sp.SignIn()
	sp.Go(tokenPath)
	sp.WaitText("[data-review-why]", "Only accounts that bought this token or hold or held a license on it can review it.")
	sp.WaitText("[data-review-why]", "You can buy a license above")
	if sp.Exists("[data-review-form]") {
		t.Fatal("an account that never bought or licensed the token got the review form")
	}
	sp.WaitVisible(mine) // everyone sees the review
	var refused struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	}
	sp.Eval(`(async () => {
		const res = await fetch('/api/tx/review', {method: 'POST', credentials: 'same-origin',
			headers: {'Content-Type': 'application/json', Accept: 'application/json',
				'X-CSRF-Token': document.querySelector('meta[name="csrf-token"]').content},
			body: JSON.stringify({token_id: '`+id.String()+`', rating: 5, comment: 'let me in'})});
		const body = await res.json();
		return {status: res.status, message: body.error?.message ?? ''};
	})()`, &refused)
	if refused.Status != http.StatusForbidden || !strings.Contains(refused.Message, "Only accounts that bought this token") {
		t.Fatalf("a stranger's review request answered %d %q; want 403 in words", refused.Status, refused.Message)
	}
	if sp.Wallet.Requested("eth_sendTransaction") {
		t.Fatal("a refused review reached the wallet")
	}
	sp.Eval(`window.scrollTo(0, 0)`, nil)
	sp.FullScreenshot("reviews-2-ineligible")

	// ---- the creator's profile: the reputation ----
	sp.Go("/profile/" + creator.Hex())
	sp.WaitVisible("[data-reputation]")
	sp.WaitText("[data-reputation-reviews]", "1 verified review")
	sales, _ := strconv.Atoi(strings.TrimSpace(sp.Text("[data-reputation-sales]")))
	if sales < 1 {
		t.Fatalf("reputation shows %d sales; the creator's token sold once", sales)
	}
	var prior string
	sp.Eval(`document.querySelector('[data-reputation]').dataset.prior`, &prior)
	m, err1 := strconv.ParseFloat(prior, 64)
	score, err2 := strconv.ParseFloat(strings.TrimSpace(sp.Text("[data-reputation-score]")), 64)
	if err1 != nil || err2 != nil {
		t.Fatalf("reputation prior %q, score %q", prior, sp.Text("[data-reputation-score]"))
	}
	// One 5-star review moves the score one sixth of the way from m to 5.
	if want := (5*m + 5) / 6; score < want-0.011 || score > want+0.011 || score <= m {
		t.Fatalf("score %.2f with prior %.2f; want (5·m + 5)/6 = %.2f", score, m, want)
	}
	sp.FullScreenshot("reviews-3-profile-reputation")

	// ---- /reputation ----
	sp.Click("[data-reputation] a[href='/reputation']")
	sp.WaitText("h1", "How reputation works")
	sp.WaitText("[data-worked-example]", "≈ 4.18")
	sp.WaitText("[data-market-prior]", "m = "+prior)
	noCSPViolations(t, sp)
	sp.FullScreenshot("reviews-4-how-reputation-works")
}
