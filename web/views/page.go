// Package views holds the site's templ components and the view models they
// render. View models carry only what a page shows, already formatted.
package views

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// SiteName is the product's name as pages print it.
const SiteName = "modelmarket"

// Page is what the layout shows around every page.
type Page struct {
	Title   string // "" for the site name alone
	Version string
	Strip   []StatusItem // the status strip; empty hides it
	// Chain is nil when sign-in is off; then the header shows no wallet button.
	Chain *ChainParams
	// Account is the signed-in person, nil when signed out.
	Account *Account
	// Market shows the marketplace's links (Browse) in the header.
	Market bool
	// Audit links the public moderation audit log in the footer.
	Audit bool
	// Admin shows the moderation link to a signed-in admin.
	Admin bool
}

// FullTitle is the document title.
func (p Page) FullTitle() string {
	if p.Title == "" {
		return SiteName + " — own, sell and license AI models and art"
	}
	return p.Title + " · " + SiteName
}

// StatusItem is one entry of the status strip.
type StatusItem struct {
	Key   string // stable hook for status.js: "chain", "ipfs", "db"
	Label string
	Value string
	OK    bool
}

// State is the item's state in words, as the strip prints it.
func (s StatusItem) State() string {
	if s.OK {
		return "ok"
	}
	return "error"
}

// ChainItem formats the chain's entry.
func ChainItem(chainID, height uint64, ok bool) StatusItem {
	it := StatusItem{Key: "chain", Label: "Chain", OK: ok}
	switch {
	case ok:
		it.Value = "id " + strconv.FormatUint(chainID, 10) + " · block " + Count(height)
	case chainID != 0:
		it.Value = "id " + strconv.FormatUint(chainID, 10) + " · not answering"
	default:
		it.Value = "not answering"
	}
	return it
}

// IPFSItem formats the IPFS node's entry.
func IPFSItem(blocks int64, ok bool) StatusItem {
	it := StatusItem{Key: "ipfs", Label: "IPFS", OK: ok}
	switch {
	case !ok:
		it.Value = "blockstore unreadable"
	case blocks < 0: // Kubo cannot count its blocks cheaply
		it.Value = "Kubo"
	case blocks == 1:
		it.Value = "1 block"
	default:
		it.Value = Count(uint64(max(blocks, 0))) + " blocks"
	}
	return it
}

// DBItem formats the database's entry.
func DBItem(backend string, ok bool) StatusItem {
	name := backendName(backend)
	it := StatusItem{Key: "db", Label: "Database", Value: name, OK: ok}
	if !ok {
		it.Value = name + " · not answering"
	}
	return it
}

func backendName(b string) string {
	switch strings.ToLower(b) {
	case "sqlite":
		return "SQLite"
	case "postgres", "postgresql":
		return "PostgreSQL"
	case "":
		return "unknown"
	}
	return b
}

// Count prints n with thin groups of three digits: 1234567 → "1,234,567".
func Count(n uint64) string {
	s := strconv.FormatUint(n, 10)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// HomePage is the landing page.
type HomePage struct {
	Page   Page
	Dev    *DevCard    // nil unless the embedded dev chain runs
	Market *HomeMarket // nil when the marketplace is off
}

// DevCard tells a person how to add the embedded dev chain to MetaMask.
type DevCard struct {
	NetworkName string
	RPCURL      string
	ChainID     string // decimal, as MetaMask's form asks for it
	ChainIDHex  string // 0x-prefixed, as wallet_addEthereumChain wants it
	Currency    string
	Accounts    []string
}

// NewDevCard builds the card for a dev chain at rpcURL.
func NewDevCard(rpcURL string, chainID uint64, accounts []string) *DevCard {
	return &DevCard{
		NetworkName: "modelmarket dev",
		RPCURL:      rpcURL,
		ChainID:     strconv.FormatUint(chainID, 10),
		ChainIDHex:  fmt.Sprintf("0x%x", chainID),
		Currency:    "ETH",
		Accounts:    accounts,
	}
}

// ErrorPage is the page for a failed request.
type ErrorPage struct {
	Page      Page
	Status    int
	Code      string // e.g. "404"
	Heading   string
	Message   string
	NextSteps []string
	RequestID string
	RetryURL  string // "" unless trying again may help
}

// NewErrorPage words the page for status; message is the sentence for people
// that came with the error, path the failed request's path (for "try again").
func NewErrorPage(p Page, status int, message, requestID, path string) ErrorPage {
	// A path like "//host/x" would make a link to another site.
	retry := "/" + strings.TrimLeft(path, "/")
	e := ErrorPage{Page: p, Status: status, Code: strconv.Itoa(status), Message: message, RequestID: requestID}
	switch {
	case status == http.StatusNotFound:
		e.Heading = "This page wandered off"
		e.NextSteps = []string{
			"Check the address for a typo.",
			"Start again from the home page.",
		}
	case status == http.StatusServiceUnavailable:
		e.Heading = "A part of modelmarket is not answering"
		e.NextSteps = []string{"The status strip above shows which part is down; try again in a moment."}
		e.RetryURL = retry
	case status >= 500:
		e.Heading = "Sorry, that one is on us"
		e.NextSteps = []string{"If it keeps happening, tell us the reference below."}
		e.RetryURL = retry
	case status == http.StatusUnauthorized:
		e.Heading = "Please sign in first"
	case status == http.StatusForbidden:
		e.Heading = "This is not open to you"
	case status == http.StatusConflict:
		e.Heading = "Things changed while you were looking"
		e.NextSteps = []string{"Reload the page to see the current state, then try again."}
		e.RetryURL = retry
	default:
		e.Heading = "That request did not work"
		e.NextSteps = []string{"Go back, check what you entered, and try again."}
	}
	e.Page.Title = e.Heading
	return e
}

// ChainParams is what the wallet script needs to put a wallet on the app's chain.
type ChainParams struct {
	ID     string // 0x-prefixed hex, as EIP-1193 methods want it
	Name   string
	RPCURL string // "" when the app cannot offer one to wallet_addEthereumChain
}

// NewChainParams formats the chain id for the page.
func NewChainParams(chainID uint64, name, rpcURL string) ChainParams {
	if name == "" {
		name = "modelmarket dev"
	}
	return ChainParams{ID: fmt.Sprintf("0x%x", chainID), Name: name, RPCURL: rpcURL}
}

// Account is the signed-in person as the header shows them.
type Account struct {
	Address   string // EIP-55
	Short     string // 0xf39F…2266
	CSRFToken string // for forms and fetch (X-CSRF-Token)
}

// NewAccount formats an address for the header.
func NewAccount(address, csrfToken string) *Account {
	return &Account{Address: address, Short: ShortAddress(address), CSRFToken: csrfToken}
}

// ShortAddress shortens 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 to 0xf39F…2266.
func ShortAddress(a string) string {
	if len(a) < 12 {
		return a
	}
	return a[:6] + "…" + a[len(a)-4:]
}
