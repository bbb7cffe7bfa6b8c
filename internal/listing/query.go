package listing

import (
	"math/big"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"modelmarket/internal/apperr"
)

// Sort names an order of browse and search results.
type Sort string

const (
	SortRelevance    Sort = "relevance" // best text match first; the default when Text is set
	SortNewest       Sort = "newest"    // latest mint first; the default otherwise
	SortPriceAsc     Sort = "price_asc" // listed tokens first, cheapest first
	SortPriceDesc    Sort = "price_desc"
	SortMostLicensed Sort = "most_licensed"
)

// Sorts lists every order, in the order a sort menu shows them.
var Sorts = []Sort{SortRelevance, SortNewest, SortPriceAsc, SortPriceDesc, SortMostLicensed}

// Limits of a query. MaxTerms bounds the work one search may ask of the
// full-text index; longer text is refused rather than silently cut.
const (
	DefaultPerPage = 24
	MaxPerPage     = 100
	MaxTextLen     = 200
	MaxTerms       = 12
	MaxPage        = 10_000
)

// Query is what browse and search ask of the read model. The zero value
// (after Normalize) is "every token, newest first, first page".
type Query struct {
	Text             string   // free text over title, description, tags, format and license
	Kind             Kind     // "" for both
	Format           string   // lower-case model format ("safetensors", "gguf", …); "" for any
	LicenseAvailable bool     // only tokens with an open license offer
	MinPrice         *big.Int // wei, inclusive; when set only listed tokens match
	MaxPrice         *big.Int // wei, inclusive; when set only listed tokens match
	Creator          string   // lower-case 0x address; "" for anyone
	ListedOnly       bool     // only tokens for sale
	Sort             Sort
	Page             int // 1-based
	PerPage          int // 1..MaxPerPage
}

// Normalize fills the defaults: relevance order for a text search, newest
// otherwise (relevance without text falls back to newest); page 1; PerPage
// DefaultPerPage, capped at MaxPerPage.
func (q Query) Normalize() Query {
	q.Text = strings.TrimSpace(q.Text)
	if q.Sort == "" || (q.Sort == SortRelevance && len(SearchTerms(q.Text)) == 0) {
		q.Sort = SortNewest
		if len(SearchTerms(q.Text)) > 0 {
			q.Sort = SortRelevance
		}
	}
	if q.Page < 1 {
		q.Page = 1
	}
	if q.PerPage < 1 {
		q.PerPage = DefaultPerPage
	}
	q.PerPage = min(q.PerPage, MaxPerPage)
	return q
}

// Offset is how many results come before the query's page.
func (q Query) Offset() int {
	q = q.Normalize()
	return (q.Page - 1) * q.PerPage
}

// PriceBound reports whether a price bound is set (and so only listed tokens
// can match).
func (q Query) PriceBound() bool { return q.MinPrice != nil || q.MaxPrice != nil }

// ParseQuery reads a query from URL parameters: q, kind (art|model), format,
// license (1|true|on), min_price and max_price (ETH, e.g. "0.25"), creator
// (0x address), listed (1|true|on), sort, page, per_page. Empty parameters
// count as absent. Bad input is an apperr.Invalid error that names the
// parameter in words.
func ParseQuery(v url.Values) (Query, error) {
	var q Query
	q.Text = strings.TrimSpace(v.Get("q"))
	if !utf8.ValidString(q.Text) {
		return Query{}, apperr.E(apperr.Invalid, "The search text is not valid text (UTF-8).")
	}
	if utf8.RuneCountInString(q.Text) > MaxTextLen {
		return Query{}, apperr.E(apperr.Invalid, "The search text is too long: use at most "+strconv.Itoa(MaxTextLen)+" characters.")
	}
	if len(SearchTerms(q.Text)) > MaxTerms {
		return Query{}, apperr.E(apperr.Invalid, "The search has too many words: use at most "+strconv.Itoa(MaxTerms)+".")
	}
	switch k := strings.ToLower(strings.TrimSpace(v.Get("kind"))); k {
	case "", "all", "any":
	case string(Art), string(Model):
		q.Kind = Kind(k)
	default:
		return Query{}, apperr.E(apperr.Invalid, "Kind must be art or model.")
	}
	q.Format = strings.ToLower(strings.TrimSpace(v.Get("format")))
	if q.Format != "" && !isFormatName(q.Format) {
		return Query{}, apperr.E(apperr.Invalid, "The model format must be a short name such as safetensors or gguf.")
	}
	var err error
	if q.LicenseAvailable, err = parseFlag(v.Get("license"), "license"); err != nil {
		return Query{}, err
	}
	if q.ListedOnly, err = parseFlag(v.Get("listed"), "listed"); err != nil {
		return Query{}, err
	}
	if q.MinPrice, err = parsePriceParam(v.Get("min_price"), "minimum"); err != nil {
		return Query{}, err
	}
	if q.MaxPrice, err = parsePriceParam(v.Get("max_price"), "maximum"); err != nil {
		return Query{}, err
	}
	if q.MinPrice != nil && q.MaxPrice != nil && q.MinPrice.Cmp(q.MaxPrice) > 0 {
		return Query{}, apperr.E(apperr.Invalid, "The minimum price is above the maximum price.")
	}
	if c := strings.TrimSpace(v.Get("creator")); c != "" {
		if q.Creator, err = ParseAddress(c); err != nil {
			return Query{}, apperr.E(apperr.Invalid, "The creator must be an address: 0x followed by 40 hex digits.")
		}
	}
	if s := strings.ToLower(strings.TrimSpace(v.Get("sort"))); s != "" {
		if !isSort(Sort(s)) {
			return Query{}, apperr.E(apperr.Invalid, "Unknown sort order: use relevance, newest, price_asc, price_desc or most_licensed.")
		}
		q.Sort = Sort(s)
	}
	if q.Page, err = parseInt(v.Get("page"), 1, MaxPage, "The page must be a number from 1 to "+strconv.Itoa(MaxPage)+"."); err != nil {
		return Query{}, err
	}
	if q.PerPage, err = parseInt(v.Get("per_page"), 1, MaxPerPage, "Results per page must be a number from 1 to "+strconv.Itoa(MaxPerPage)+"."); err != nil {
		return Query{}, err
	}
	return q.Normalize(), nil
}

// Values is the inverse of ParseQuery: the URL parameters that give q back,
// without the defaults (so links stay short). Prices are written in ETH.
func (q Query) Values() url.Values {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("q", q.Text)
	set("kind", string(q.Kind))
	set("format", q.Format)
	if q.LicenseAvailable {
		v.Set("license", "1")
	}
	if q.ListedOnly {
		v.Set("listed", "1")
	}
	if q.MinPrice != nil {
		v.Set("min_price", FormatETHAmount(q.MinPrice))
	}
	if q.MaxPrice != nil {
		v.Set("max_price", FormatETHAmount(q.MaxPrice))
	}
	set("creator", q.Creator)
	n := q.Normalize()
	if n.Sort != (Query{Text: q.Text}).Normalize().Sort {
		v.Set("sort", string(n.Sort))
	}
	if n.Page > 1 {
		v.Set("page", strconv.Itoa(n.Page))
	}
	if q.PerPage != 0 && n.PerPage != DefaultPerPage {
		v.Set("per_page", strconv.Itoa(n.PerPage))
	}
	return v
}

// Page is one page of browse or search results. Its tokens carry what a
// card shows: lists leave Description empty (the token page reads it).
type Page struct {
	Tokens  []Token
	Total   int // matches over all pages
	Page    int // 1-based, as asked
	PerPage int
	HasNext bool
}

// Pages is how many pages Total fills (at least 1).
func (p Page) Pages() int {
	if p.PerPage < 1 || p.Total <= 0 {
		return 1
	}
	return (p.Total + p.PerPage - 1) / p.PerPage
}

// Profile is what the read model knows about one address. The lists hold
// the newest entries (a bounded number); the counts are totals.
type Profile struct {
	Address      string
	Created      []Token
	CreatedCount int
	Owned        []Token
	OwnedCount   int
	Listed       []Token // tokens the address has for sale
	ListedCount  int
	Sold         []Activity // sales where the address was the seller, newest first
	SoldCount    int
	Bought       int // sales where the address was the buyer
	LicensesSold int // licenses bought from the address as the token's owner
	// SalesEarnings is the sum of the seller's shares of the address's sales;
	// LicenseEarnings the owner's shares of licenses bought from it;
	// RoyaltyEarnings the royalties paid to it as a token's royalty receiver
	// by sales and licenses; Earnings their sum. All in wei, never nil.
	SalesEarnings   *big.Int
	LicenseEarnings *big.Int
	RoyaltyEarnings *big.Int
	Earnings        *big.Int
}

// Empty reports whether the address has no trace in the read model.
func (p Profile) Empty() bool {
	return p.CreatedCount == 0 && p.OwnedCount == 0 && p.ListedCount == 0 && p.SoldCount == 0 && p.Bought == 0 && p.LicensesSold == 0 &&
		p.Earnings.Sign() == 0
}

// RecentSale is a sale with its token as the read model has it now.
type RecentSale struct {
	Sale  Activity // Kind Sold: From the seller, To the buyer, Amount the price
	Token Token
}

// CreatorStats ranks a creator by the sales of the tokens they created.
type CreatorStats struct {
	Address string
	Sales   int      // sales of their tokens (first sales and resales)
	Volume  *big.Int // sum of those sales' prices, wei
	Tokens  int      // tokens they created
}

// SearchTerms splits text into the words a search matches: runs of letters
// and digits, lower-cased. Everything else (quotes, operators, punctuation)
// separates words and is never passed to a query language, so no input can
// be a syntax error or an injection on either backend.
func SearchTerms(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// ParseAddress checks a 0x-prefixed 20-byte hex address and returns it in
// lower case, the package's form.
func ParseAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) != 42 || (s[:2] != "0x" && s[:2] != "0X") {
		return "", apperr.E(apperr.Invalid, "An address is 0x followed by 40 hex digits.")
	}
	for _, r := range s[2:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return "", apperr.E(apperr.Invalid, "An address is 0x followed by 40 hex digits.")
		}
	}
	return "0x" + strings.ToLower(s[2:]), nil
}

// ParseETH reads a non-negative decimal amount of ETH ("1", "0.25", ".5")
// with at most 18 decimals and returns it in wei.
func ParseETH(s string) (*big.Int, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "ETH"))
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" || len(frac) > 18 || len(whole) > 30 || !allDigits(whole) || !allDigits(frac) {
		return nil, apperr.E(apperr.Invalid, "A price is an amount of ETH such as 0.25, with at most 18 decimals.")
	}
	wei, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", 18-len(frac)), 10)
	if !ok {
		return nil, apperr.E(apperr.Invalid, "A price is an amount of ETH such as 0.25.")
	}
	return wei, nil
}

// FormatETHAmount writes wei as a plain decimal amount of ETH without unit
// ("0.25"), the form ParseETH reads back.
func FormatETHAmount(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	q, r := new(big.Int).QuoRem(wei, big.NewInt(1e18), new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := r.String()
		s += "." + strings.TrimRight(strings.Repeat("0", 18-len(frac))+frac, "0")
	}
	return s
}

func parsePriceParam(s, which string) (*big.Int, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	wei, err := ParseETH(s)
	if err != nil {
		return nil, apperr.E(apperr.Invalid, "The "+which+" price must be an amount of ETH such as 0.25 (at most 18 decimals).")
	}
	return wei, nil
}

func parseFlag(s, name string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "0", "false", "off", "no":
		return false, nil
	case "1", "true", "on", "yes":
		return true, nil
	}
	return false, apperr.E(apperr.Invalid, "The "+name+" filter must be on or off (1 or 0).")
}

func parseInt(s string, lo, hi int, msg string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, apperr.E(apperr.Invalid, msg)
	}
	return n, nil
}

func isSort(s Sort) bool {
	for _, k := range Sorts {
		if k == s {
			return true
		}
	}
	return false
}

func isFormatName(s string) bool {
	if len(s) > 32 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
