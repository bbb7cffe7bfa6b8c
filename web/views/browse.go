package views

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/contracts"
	"modelmarket/internal/listing"
)

// TokenCard is one token in a grid: browse, profiles, the home page.
type TokenCard struct {
	ID        string // "42"
	URL       string // /token/42
	Title     string
	Kind      string // "Art", "Model"
	Model     bool
	Thumbnail string // an image on the gateway's origin; "" shows an icon
	Creator   Who
	Price     string // "0.25 ETH"; "" when not listed
	Facts     string // "safetensors · apache-2.0"
	License   string // "Licenses available" when an offer is open
	Note      string // extra line, e.g. "Sold for 1 ETH"
}

// NewTokenCard formats t; gateway is the gateway's origin for ipfs:// images.
func NewTokenCard(t listing.Token, gateway string) TokenCard {
	c := TokenCard{
		ID:      strconv.FormatUint(t.ID, 10),
		URL:     "/token/" + strconv.FormatUint(t.ID, 10),
		Title:   t.Title,
		Model:   t.Kind == listing.Model,
		Creator: NewWho(checksum(t.Creator)),
	}
	switch t.Kind {
	case listing.Art:
		c.Kind = "Art"
	case listing.Model:
		c.Kind = "Model"
	default:
		c.Kind = "Token"
	}
	if c.Title == "" {
		c.Title = "Token #" + c.ID
		if t.MetadataState == listing.MetadataPending {
			c.Note = "Details are still loading from IPFS."
		}
	}
	// Only the gateway's origin may serve images (CSP): other hosts show the icon.
	if strings.HasPrefix(t.Image, "ipfs://") {
		c.Thumbnail = GatewayURL(gateway, t.Image)
	}
	if t.Listing != nil {
		c.Price = contracts.FormatETH(t.Listing.Price)
	}
	var facts []string
	for _, f := range []string{t.Format, t.License} {
		if f != "" {
			facts = append(facts, f)
		}
	}
	c.Facts = strings.Join(facts, " · ")
	if t.OffersOpen > 0 {
		c.License = "Licenses available"
	}
	return c
}

// NewTokenCards formats a list of tokens.
func NewTokenCards(ts []listing.Token, gateway string) []TokenCard {
	out := make([]TokenCard, 0, len(ts))
	for _, t := range ts {
		out = append(out, NewTokenCard(t, gateway))
	}
	return out
}

// checksum writes a lower-case address in its EIP-55 form.
func checksum(a string) string {
	if !common.IsHexAddress(a) {
		return a
	}
	return common.HexToAddress(a).Hex()
}

// Option is one choice of a select.
type Option struct {
	Value, Label string
	Selected     bool
}

// BrowsePage is /browse: the search form, the filters, one page of cards.
type BrowsePage struct {
	Page Page
	// The form, as the person left it.
	Text, Format, MinPrice, MaxPrice, Creator string
	License, Listed                           bool
	Kinds, Sorts                              []Option
	Formats                                   []string // suggestions for the format field

	Cards    []TokenCard
	Summary  string // "1,204 tokens" / "3 results for “aurora”"
	Filtered bool   // a filter or text narrows the catalogue
	PageNum  string // "Page 2 of 51"
	PrevURL  string
	NextURL  string
	ClearURL string
}

var sortLabels = map[listing.Sort]string{
	listing.SortRelevance:    "Best match",
	listing.SortNewest:       "Newest",
	listing.SortPriceAsc:     "Price: low to high",
	listing.SortPriceDesc:    "Price: high to low",
	listing.SortMostLicensed: "Most licensed",
}

// NewBrowsePage formats one page of results for q.
func NewBrowsePage(p Page, q listing.Query, res listing.Page, gateway string) BrowsePage {
	b := BrowsePage{
		Page: p, Text: q.Text, Format: q.Format, Creator: checksum(q.Creator), License: q.LicenseAvailable, Listed: q.ListedOnly,
		Formats:  []string{"safetensors", "gguf", "onnx", "pytorch", "png", "jpeg", "webp", "gltf"},
		Cards:    NewTokenCards(res.Tokens, gateway),
		ClearURL: "/browse",
	}
	if q.MinPrice != nil {
		b.MinPrice = listing.FormatETHAmount(q.MinPrice)
	}
	if q.MaxPrice != nil {
		b.MaxPrice = listing.FormatETHAmount(q.MaxPrice)
	}
	for _, k := range []struct{ v, l string }{{"", "Art and models"}, {"art", "Art"}, {"model", "Models"}} {
		b.Kinds = append(b.Kinds, Option{Value: k.v, Label: k.l, Selected: string(q.Kind) == k.v})
	}
	for _, s := range listing.Sorts {
		if s == listing.SortRelevance && len(listing.SearchTerms(q.Text)) == 0 {
			continue
		}
		b.Sorts = append(b.Sorts, Option{Value: string(s), Label: sortLabels[s], Selected: q.Sort == s})
	}
	b.Filtered = q.Text != "" || q.Kind != "" || q.Format != "" || q.LicenseAvailable || q.ListedOnly ||
		q.PriceBound() || q.Creator != ""
	noun := "tokens"
	if res.Total == 1 {
		noun = "token"
	}
	b.Summary = Count(uint64(res.Total)) + " " + noun
	if q.Text != "" {
		b.Summary = Count(uint64(res.Total)) + " results for “" + q.Text + "”"
		if res.Total == 1 {
			b.Summary = "1 result for “" + q.Text + "”"
		}
	}
	if res.Total > 0 {
		b.PageNum = "Page " + strconv.Itoa(q.Page) + " of " + Count(uint64(res.Pages()))
	}
	link := func(page int) string {
		pq := q
		pq.Page = page
		return browseURL(pq.Values())
	}
	if q.Page > 1 {
		b.PrevURL = link(min(q.Page-1, res.Pages()))
	}
	if res.HasNext {
		b.NextURL = link(q.Page + 1)
	}
	if p.Title == "" {
		b.Page.Title = "Browse"
	}
	return b
}

func browseURL(v url.Values) string {
	if len(v) == 0 {
		return "/browse"
	}
	return "/browse?" + v.Encode()
}

// CreatorBrowseURL is the browse page filtered to one creator.
func CreatorBrowseURL(addr string) string {
	return browseURL(url.Values{"creator": {strings.ToLower(addr)}})
}
