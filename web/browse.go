package web

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"modelmarket/contracts"
	"modelmarket/internal/apperr"
	"modelmarket/internal/listing"
	"modelmarket/web/views"
)

// browse is /browse: search and filters from the URL (bad values are a 400
// page that says which), one page of cards; JSON (as /api/tokens) when the
// client prefers it. Anonymous pages come from the page cache (cache.go),
// keyed by the normalized query.
func (s *server) browse(c echo.Context) error {
	if wantsJSON(c.Request()) {
		return s.apiTokens(c)
	}
	q, err := listing.ParseQuery(c.QueryParams())
	if err != nil {
		return err
	}
	return s.cachedPage(c, "browse?"+q.Values().Encode(), func() (templ.Component, bool, error) {
		res, err := s.market.Listings.Search(c.Request().Context(), q)
		if err != nil {
			return nil, false, err
		}
		return views.Browse(views.NewBrowsePage(s.page(c, "Browse"), q, res, s.gateway)), settled(res.Tokens), nil
	})
}

// settled reports whether every token's metadata has been read (or found
// unusable): a page showing a token still loading changes without the
// index head moving, so it is not cached.
func settled(ts []listing.Token) bool {
	for _, t := range ts {
		if t.MetadataState == listing.MetadataPending {
			return false
		}
	}
	return true
}

// profile is /profile/:addr; JSON (as /api/profile/:addr) when the client
// prefers it.
func (s *server) profile(c echo.Context) error {
	if wantsJSON(c.Request()) {
		return s.apiProfile(c)
	}
	addr, err := listing.ParseAddress(c.Param("addr"))
	if err != nil {
		return apperr.E(apperr.Invalid, "That is not an address: a profile address is 0x followed by 40 hex digits.")
	}
	p, err := s.market.Listings.Profile(c.Request().Context(), addr)
	if err != nil {
		return err
	}
	viewer := ""
	if sess := session(c); sess != nil {
		viewer = sess.Address.Hex()
	}
	page := views.NewProfilePage(s.page(c, ""), p, viewer, s.gateway)
	page.Reputation = s.reputationBlock(c, p) // review.go
	return render(c, http.StatusOK, views.Profile(page))
}

// homeMarket gathers the home page's marketplace sections; settled is false
// when they are missing or show a token still loading (the page is then not
// cached). A failing read model costs the page its sections, not the page:
// the rest of the home page (status, dev network) is what a person needs
// when things are down.
func (s *server) homeMarket(ctx context.Context) (m *views.HomeMarket, settledPage bool) {
	if s.market == nil {
		return nil, true
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	h, err := s.market.Listings.Home(ctx, 8, 4, 5)
	if err != nil {
		s.log.WarnContext(ctx, "home: market sections", "err", err)
		return nil, false
	}
	ok := settled(h.Newest)
	for _, sale := range h.RecentlySold {
		ok = ok && sale.Token.MetadataState != listing.MetadataPending
	}
	return views.NewHomeMarket(h.Newest, h.RecentlySold, h.TopCreators, s.gateway), ok
}

// The JSON API: the same reads for scripts and other clients.

type apiToken struct {
	ID           string   `json:"id"`
	Kind         string   `json:"kind"`
	Title        string   `json:"title"`
	Creator      string   `json:"creator"`
	Owner        string   `json:"owner"`
	Format       string   `json:"format,omitempty"`
	License      string   `json:"license,omitempty"`
	Tags         []string `json:"tags"`
	Image        string   `json:"image,omitempty"`
	Listed       bool     `json:"listed"`
	PriceWei     string   `json:"price_wei,omitempty"`
	Price        string   `json:"price,omitempty"` // "0.25 ETH"
	LicensesSold int      `json:"licenses_sold"`
	OffersOpen   int      `json:"offers_open"`
	URL          string   `json:"url"`
}

type apiTokenPage struct {
	Tokens  []apiToken `json:"tokens"`
	Total   int        `json:"total"`
	Page    int        `json:"page"`
	PerPage int        `json:"per_page"`
	HasNext bool       `json:"has_next"`
}

func newAPIToken(t listing.Token) apiToken {
	a := apiToken{
		ID: strconv.FormatUint(t.ID, 10), Kind: string(t.Kind), Title: t.Title, Creator: t.Creator, Owner: t.Owner,
		Format: t.Format, License: t.License, Tags: t.Tags, Image: t.Image, LicensesSold: t.LicensesSold,
		OffersOpen: t.OffersOpen, URL: "/token/" + strconv.FormatUint(t.ID, 10),
	}
	if a.Tags == nil {
		a.Tags = []string{}
	}
	if t.Listing != nil {
		a.Listed, a.PriceWei, a.Price = true, t.Listing.Price.String(), contracts.FormatETH(t.Listing.Price)
	}
	return a
}

func newAPITokens(ts []listing.Token) []apiToken {
	out := make([]apiToken, 0, len(ts))
	for _, t := range ts {
		out = append(out, newAPIToken(t))
	}
	return out
}

// apiTokens is GET /api/tokens?q=…: browse and search as JSON, with the
// parameters of /browse.
func (s *server) apiTokens(c echo.Context) error {
	q, err := listing.ParseQuery(c.QueryParams())
	if err != nil {
		return err
	}
	res, err := s.market.Listings.Search(c.Request().Context(), q)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, apiTokenPage{
		Tokens: newAPITokens(res.Tokens), Total: res.Total, Page: res.Page, PerPage: res.PerPage, HasNext: res.HasNext,
	})
}

type apiProfile struct {
	Address      string     `json:"address"`
	CreatedCount int        `json:"created_count"`
	OwnedCount   int        `json:"owned_count"`
	ListedCount  int        `json:"listed_count"`
	SoldCount    int        `json:"sold_count"`
	Bought       int        `json:"bought_count"`
	LicensesSold int        `json:"licenses_sold"`
	Created      []apiToken `json:"created"`
	Owned        []apiToken `json:"owned"`
	Listed       []apiToken `json:"listed"`
	EarningsWei  string     `json:"earnings_wei"`
	SalesWei     string     `json:"sales_earnings_wei"`
	LicenseWei   string     `json:"license_earnings_wei"`
	RoyaltyWei   string     `json:"royalty_earnings_wei"`
}

// apiProfile is GET /api/profile/:addr.
func (s *server) apiProfile(c echo.Context) error {
	addr, err := listing.ParseAddress(c.Param("addr"))
	if err != nil {
		return apperr.E(apperr.Invalid, "That is not an address: 0x followed by 40 hex digits.")
	}
	p, err := s.market.Listings.Profile(c.Request().Context(), addr)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, apiProfile{
		Address: p.Address, CreatedCount: p.CreatedCount, OwnedCount: p.OwnedCount, ListedCount: p.ListedCount,
		SoldCount: p.SoldCount, Bought: p.Bought, LicensesSold: p.LicensesSold,
		Created: newAPITokens(p.Created), Owned: newAPITokens(p.Owned), Listed: newAPITokens(p.Listed),
		EarningsWei: p.Earnings.String(), SalesWei: p.SalesEarnings.String(), LicenseWei: p.LicenseEarnings.String(),
		RoyaltyWei: p.RoyaltyEarnings.String(),
	})
}
