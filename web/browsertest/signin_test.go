package browsertest_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"modelmarket/web/browsertest"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

const (
	dev0      = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	dev0Short = "0xf39F…2266"
)

// noCSPViolations fails if the browser reported a Content-Security-Policy violation.
func noCSPViolations(t *testing.T, p *browsertest.Page) {
	t.Helper()
	for _, l := range p.Console() {
		if strings.Contains(l, "Content Security Policy") || strings.HasPrefix(l, "exception:") {
			t.Errorf("browser reported: %s", l)
		}
	}
}

func TestWalletSignIn(t *testing.T) {
	env := browsertest.Shared(t)

	t.Run("sign in, header shows the address, sign out", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{})
		p.Go("/")
		p.FullScreenshot("signed-out")
		p.Screenshot("signed-out-viewport")
		p.Click(browsertest.SelConnect)
		p.WaitText(browsertest.SelChooser, "Test Wallet")
		p.FullScreenshot("chooser-open")
		p.Click(browsertest.SelTestWallet)
		if got := p.WaitText(browsertest.SelAccountShort, "0x"); got != dev0Short {
			t.Fatalf("header shows %q, want %q", got, dev0Short)
		}
		if got := p.SignedInAs(); got != dev0 {
			t.Fatalf("/api/me = %q", got)
		}
		c := p.Cookie(browsertest.SessionCookie)
		if c == nil || !c.HTTPOnly || c.SameSite != network.CookieSameSiteLax || c.Secure || c.Path != "/" || c.Session {
			t.Fatalf("session cookie = %+v", c)
		}
		if !p.Wallet.Requested("personal_sign") || p.Wallet.Requested("wallet_switchEthereumChain") {
			t.Fatalf("wallet requests: %v", p.Wallet.Requests())
		}
		p.FullScreenshot("signed-in")
		p.Go("/account")
		p.WaitText("h1", "Your account")
		p.WaitText(".account-page", dev0)
		p.Screenshot("account-page")
		p.Click(browsertest.SelAccountButton)
		p.WaitVisible(browsertest.SelSignOut)
		p.FullScreenshot("account-menu")
		p.Click(browsertest.SelSignOut)
		p.WaitVisible(browsertest.SelConnect)
		if p.Cookie(browsertest.SessionCookie) != nil || p.SignedInAs() != "" {
			t.Fatal("still signed in after sign-out")
		}
		noCSPViolations(t, p)
	})

	t.Run("rejected signature: friendly message, no session", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{})
		p.Go("/")
		p.Wallet.RejectNext("personal_sign")
		p.StartSignIn()
		p.WaitText(browsertest.SelWalletMessage, "You declined to sign the message, so you are not signed in.")
		p.Screenshot("rejected")
		if p.Cookie(browsertest.SessionCookie) != nil || p.SignedInAs() != "" || !p.Exists(browsertest.SelConnect) {
			t.Fatal("a rejected signature signed in")
		}
		noCSPViolations(t, p)
	})

	t.Run("wallet on another chain is switched", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{ChainID: 1}})
		p.Go("/")
		p.SignIn()
		if !p.Wallet.Requested("wallet_switchEthereumChain") || p.Wallet.ChainID() != 1337 {
			t.Fatalf("no switch to 1337: on %d, requests %v", p.Wallet.ChainID(), p.Wallet.Requests())
		}
		// Moving the wallet to another chain later is noticed by the page.
		p.WaitVisible("[data-wallet-following]")
		p.Wallet.SwitchChain(1)
		p.WaitText(browsertest.SelWalletMessage, "Your wallet moved to another network")
		p.Wallet.SwitchChain(1337)
		p.Run("message cleared", chromedp.WaitNotVisible(browsertest.SelWalletMessage, chromedp.ByQuery))
	})

	t.Run("wallet without the chain adds it (4902)", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{ChainID: 1, Unknown: true}})
		p.Go("/")
		p.SignIn()
		if !p.Wallet.Requested("wallet_addEthereumChain") || p.Wallet.ChainID() != 1337 {
			t.Fatalf("chain not added: on %d, requests %v", p.Wallet.ChainID(), p.Wallet.Requests())
		}
	})

	t.Run("switch refused: wrong-chain message, no session", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{ChainID: 1}})
		p.Go("/")
		p.Wallet.RejectNext("wallet_switchEthereumChain")
		p.StartSignIn()
		p.WaitText(browsertest.SelWalletMessage, "Your wallet is on another network. Switch it to")
		p.Screenshot("wrong-chain")
		if p.Wallet.Requested("personal_sign") || p.SignedInAs() != "" {
			t.Fatal("signed in on the wrong chain")
		}
	})

	t.Run("no wallet: says what to install", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
		p.Go("/")
		p.Click(browsertest.SelConnect)
		p.WaitText(browsertest.SelWalletMessage, "No wallet found in this browser")
		p.Screenshot("no-wallet")
		noCSPViolations(t, p)
	})

	t.Run("window.ethereum fallback without EIP-6963", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{NoAnnounce: true, Account: 2}})
		p.Go("/")
		p.Click(browsertest.SelConnect)
		p.WaitText(browsertest.SelChooser, "Browser wallet")
		p.Click(browsertest.SelChooser + " [data-wallet-option]")
		if got := p.WaitText(browsertest.SelAccountShort, "0x"); got != "0x3C44…93BC" {
			t.Fatalf("header shows %q", got)
		}
	})

	t.Run("another account in the wallet signs out", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 1}})
		p.Go("/")
		p.SignIn()
		if err := p.Wallet.SwitchAccount(3); err != nil {
			t.Fatal(err)
		}
		p.WaitVisible(browsertest.SelConnect)
		if p.SignedInAs() != "" {
			t.Fatal("still signed in after the wallet changed account")
		}
	})

	t.Run("sendTransaction: pending then confirmed or failed", func(t *testing.T) {
		p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 4}})
		p.Go("/")
		send := func(tx string) string {
			var states string
			p.Eval(`import('/static/js/wallet.js').then(async (w) => {
				const [wl] = await w.discover();
				const [from] = await wl.provider.request({ method: 'eth_requestAccounts' });
				const seen = [];
				await w.sendTransaction(wl.provider, from, `+tx+`, (s) => seen.push(s.state + (s.hash ? ':' + s.hash.length : '')), 50);
				return seen.join(',');
			})`, &states)
			return states
		}
		if got := send(`{ to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', value: '0x2386f26fc10000' }`); got != "wallet,pending:66,confirmed:66" {
			t.Fatalf("transfer went %q", got)
		}
		// A contract creation whose code is the INVALID opcode: mined, reverted.
		if got := send(`{ data: '0xfe', gas: '0x30d40' }`); !strings.HasSuffix(got, "failed:66") {
			t.Fatalf("reverting transaction went %q", got)
		}
		if !p.Wallet.Requested("eth_sendTransaction") || !p.Wallet.Requested("eth_getTransactionReceipt") {
			t.Fatalf("requests %v", p.Wallet.Requests())
		}
	})
}

// The test wallet's eth_signTypedData_v4 signs the EIP-712 digest with its key.
func TestTestWallet_SignTypedData(t *testing.T) {
	env := browsertest.Shared(t)
	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 5}})
	p.Go("/")
	typed := `{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"chainId","type":"uint256"}],` +
		`"Note":[{"name":"text","type":"string"}]},"primaryType":"Note","domain":{"name":"modelmarket","chainId":1337},` +
		`"message":{"text":"hello"}}`
	var sigHex string
	p.Eval(`window.ethereum.request({ method: 'eth_signTypedData_v4', params: ['0x0', `+strconv.Quote(typed)+`] })`, &sigHex)
	var td apitypes.TypedData
	if err := json.Unmarshal([]byte(typed), &td); err != nil {
		t.Fatal(err)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sig := common.FromHex(sigHex)
	if len(sig) != 65 || sig[64] < 27 {
		t.Fatalf("signature %s", sigHex)
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(hash, sig)
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != p.Wallet.Account.Address {
		t.Fatalf("signed by %s, want %s", got, p.Wallet.Account.Address)
	}
	// A rejection applies to the next prompting request only.
	p.Wallet.RejectNext("")
	var code float64
	p.Eval(`window.ethereum.request({ method: 'personal_sign', params: ['0x68', '0x0'] }).then(() => 0, (e) => e.code)`, &code)
	if code != 4001 {
		t.Fatalf("rejected request answered code %v", code)
	}
	p.Eval(`window.ethereum.request({ method: 'eth_chainId' }).then(() => 0, (e) => e.code)`, &code)
	if code != 0 {
		t.Fatalf("a read was rejected: %v", code)
	}
}
