package views

import (
	"strconv"

	"modelmarket/contracts"
	"modelmarket/internal/listing"
)

// ProfilePage is /profile/:addr: what an address created, owns, lists and
// sold, and what it earned, all from the indexed chain.
type ProfilePage struct {
	Page     Page
	Address  string // EIP-55
	Short    string
	Mine     bool // the signed-in person's own profile
	Empty    bool
	Stats    []Fact
	Earnings []Fact // total first

	Created, Owned, Listed []TokenCard
	CreatedMore            string // "Show all 40 created tokens" link; "" when all are shown
	CreatedURL             string
	Sales                  []SaleRow
	// Reputation is a creator's score (reputation.templ); nil for an address that created nothing.
	Reputation *ReputationView
}

// SaleRow is one sale in a list.
type SaleRow struct {
	Token    string // "#42"
	TokenURL string
	Price    string
	Buyer    Who
	Seller   Who
	When     string
	Tx       string // short hash
}

// NewProfilePage formats p; viewer is the signed-in address ("" if none).
func NewProfilePage(page Page, p listing.Profile, viewer, gateway string) ProfilePage {
	addr := checksum(p.Address)
	v := ProfilePage{
		Page: page, Address: addr, Short: ShortAddress(addr), Empty: p.Empty(),
		Mine:    viewer != "" && checksum(viewer) == addr,
		Created: NewTokenCards(p.Created, gateway),
		Owned:   NewTokenCards(p.Owned, gateway),
		Listed:  NewTokenCards(p.Listed, gateway),
		Sales:   NewSaleRows(p.Sold),
		Stats: []Fact{
			{"Created", Count(uint64(p.CreatedCount))},
			{"Owned", Count(uint64(p.OwnedCount))},
			{"Listed", Count(uint64(p.ListedCount))},
			{"Sold", Count(uint64(p.SoldCount))},
			{"Bought", Count(uint64(p.Bought))},
			{"Licenses sold", Count(uint64(p.LicensesSold))},
		},
		Earnings: []Fact{
			{"Total earned", contracts.FormatETH(p.Earnings)},
			{"From sales", contracts.FormatETH(p.SalesEarnings)},
			{"From licenses", contracts.FormatETH(p.LicenseEarnings)},
			{"From royalties", contracts.FormatETH(p.RoyaltyEarnings)},
		},
		CreatedURL: CreatorBrowseURL(p.Address),
	}
	if p.CreatedCount > len(p.Created) {
		v.CreatedMore = "Browse all " + Count(uint64(p.CreatedCount)) + " created tokens"
	}
	v.Page.Title = "Profile " + v.Short
	return v
}

// NewSaleRows formats sales (Activity of kind Sold).
func NewSaleRows(as []listing.Activity) []SaleRow {
	out := make([]SaleRow, 0, len(as))
	for _, a := range as {
		out = append(out, SaleRow{
			Token:    "#" + strconv.FormatUint(a.TokenID, 10),
			TokenURL: "/token/" + strconv.FormatUint(a.TokenID, 10),
			Price:    contracts.FormatETH(a.Amount),
			Buyer:    NewWho(checksum(a.To)),
			Seller:   NewWho(checksum(a.From)),
			When:     when(a.Time),
			Tx:       shortHash(a.TxHash),
		})
	}
	return out
}

// HomeMarket is the marketplace part of the home page.
type HomeMarket struct {
	Newest   []TokenCard
	Sold     []TokenCard // each with its sale in Note
	Creators []CreatorRow
}

// CreatorRow is one of the top creators.
type CreatorRow struct {
	Rank   string
	Who    Who
	Volume string
	Sales  string // "12 sales of 4 tokens"
	URL    string // their tokens in browse
}

// NewHomeMarket formats the home page's sections.
func NewHomeMarket(newest []listing.Token, sold []listing.RecentSale, creators []listing.CreatorStats, gateway string) *HomeMarket {
	h := &HomeMarket{Newest: NewTokenCards(newest, gateway)}
	for _, s := range sold {
		c := NewTokenCard(s.Token, gateway)
		c.Note = "Sold for " + contracts.FormatETH(s.Sale.Amount)
		if w := when(s.Sale.Time); w != "" {
			c.Note += " · " + w
		}
		h.Sold = append(h.Sold, c)
	}
	for i, c := range creators {
		sales := plural(c.Sales, "sale", "sales") + " of " + plural(c.Tokens, "token", "tokens")
		h.Creators = append(h.Creators, CreatorRow{
			Rank: strconv.Itoa(i + 1), Who: NewWho(checksum(c.Address)), Volume: contracts.FormatETH(c.Volume),
			Sales: sales, URL: CreatorBrowseURL(c.Address),
		})
	}
	return h
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return Count(uint64(max(n, 0))) + " " + many
}
