package browsertest

// Selectors of the header's wallet corner (web/views/layout.templ).
const (
	SelConnect       = "[data-wallet-connect]"
	SelChooser       = "[data-wallet-chooser]"
	SelTestWallet    = `[data-wallet-option="dev.modelmarket.testwallet"]`
	SelAccountButton = ".account-button"
	SelAccountShort  = "[data-account-short]"
	SelWalletMessage = "[data-wallet-message]"
	SelSignOut       = "[data-signout-button]"
	SessionCookie    = "mm_session"
)

// StartSignIn clicks "Connect wallet" and picks the test wallet in the
// chooser (or, with NoAnnounce, the window.ethereum entry); the wallet then
// answers the page's requests by itself.
func (p *Page) StartSignIn() {
	p.T.Helper()
	p.Click(SelConnect)
	p.WaitVisible(SelChooser)
	p.Click(SelChooser + " [data-wallet-option]")
}

// SignIn signs in with the page's test wallet from the current page and
// waits until the header shows the account; it returns the short address.
func (p *Page) SignIn() string {
	p.T.Helper()
	p.StartSignIn()
	return p.WaitText(SelAccountShort, "0x")
}

// SignedInAs asks the app who the page's session belongs to ("" when nobody).
func (p *Page) SignedInAs() string {
	p.T.Helper()
	var addr string
	p.Eval(`fetch('/api/me', {headers: {Accept: 'application/json'}}).then(r => r.ok ? r.json().then(j => j.address) : '')`, &addr)
	return addr
}
