package listing

import (
	"math/big"
	"net/url"
	"slices"
	"strings"
	"testing"

	"modelmarket/internal/apperr"
)

func TestParseQuery_Accepts(t *testing.T) {
	wei := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	cases := []struct {
		in   string
		want Query
	}{
		{"", Query{Sort: SortNewest, Page: 1, PerPage: DefaultPerPage}},
		{"q=+aurora+diffusion+", Query{Text: "aurora diffusion", Sort: SortRelevance, Page: 1, PerPage: DefaultPerPage}},
		{"q=aurora&sort=price_asc", Query{Text: "aurora", Sort: SortPriceAsc, Page: 1, PerPage: DefaultPerPage}},
		{"sort=relevance", Query{Sort: SortNewest, Page: 1, PerPage: DefaultPerPage}}, // no words: nothing to rank
		{"q=%22%22", Query{Text: `""`, Sort: SortNewest, Page: 1, PerPage: DefaultPerPage}},
		{"kind=ART&format=GGUF&license=on&listed=1", Query{Kind: Art, Format: "gguf", LicenseAvailable: true, ListedOnly: true, Sort: SortNewest, Page: 1, PerPage: DefaultPerPage}},
		{"kind=&format=&license=&listed=0&min_price=&max_price=&creator=&sort=&page=&per_page=", Query{Sort: SortNewest, Page: 1, PerPage: DefaultPerPage}},
		{"min_price=0.25&max_price=2", Query{MinPrice: wei("250000000000000000"), MaxPrice: wei("2000000000000000000"), Sort: SortNewest, Page: 1, PerPage: DefaultPerPage}},
		{"min_price=.5&max_price=1.000000000000000001", Query{MinPrice: wei("500000000000000000"), MaxPrice: wei("1000000000000000001"), Sort: SortNewest, Page: 1, PerPage: DefaultPerPage}},
		{"max_price=0", Query{MaxPrice: wei("0"), Sort: SortNewest, Page: 1, PerPage: DefaultPerPage}},
		{"creator=0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266", Query{Creator: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", Sort: SortNewest, Page: 1, PerPage: DefaultPerPage}},
		{"page=3&per_page=100&sort=most_licensed", Query{Sort: SortMostLicensed, Page: 3, PerPage: 100}},
	}
	for _, c := range cases {
		v, _ := url.ParseQuery(c.in)
		got, err := ParseQuery(v)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if !sameQuery(got, c.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", c.in, got, c.want)
		}
		// Values gives the query back.
		again, err := ParseQuery(got.Values())
		if err != nil || !sameQuery(again, got) {
			t.Errorf("%q: Values %q parses to %+v, %v", c.in, got.Values().Encode(), again, err)
		}
	}
}

func sameQuery(a, b Query) bool {
	eq := func(x, y *big.Int) bool { return (x == nil) == (y == nil) && (x == nil || x.Cmp(y) == 0) }
	pa, pb := a, b
	pa.MinPrice, pa.MaxPrice, pb.MinPrice, pb.MaxPrice = nil, nil, nil, nil
	return pa == pb && eq(a.MinPrice, b.MinPrice) && eq(a.MaxPrice, b.MaxPrice)
}

func TestParseQuery_RefusesInWords(t *testing.T) {
	cases := []struct{ in, words string }{
		{"min_price=cheap", "minimum price must be an amount of ETH"},
		{"max_price=-1", "maximum price must be an amount of ETH"},
		{"max_price=1e18", "maximum price"},
		{"min_price=0.0000000000000000001", "at most 18 decimals"},
		{"min_price=2&max_price=1", "minimum price is above the maximum"},
		{"sort=random", "Unknown sort order"},
		{"sort=price_asc%3BDROP", "Unknown sort order"},
		{"kind=music", "Kind must be art or model"},
		{"format=" + url.QueryEscape("gguf' OR 1=1"), "model format must be a short name"},
		{"creator=0x123", "creator must be an address"},
		{"creator=0xZZ9fd6e51aad88f6f4ce6ab8827279cfffb92266", "creator must be an address"},
		{"license=maybe", "license filter must be on or off"},
		{"listed=2", "listed filter must be on or off"},
		{"page=0", "page must be a number from 1"},
		{"page=-3", "page must be a number"},
		{"page=99999999999999999999999", "page must be a number"},
		{"page=10001", "page must be a number"},
		{"per_page=101", "Results per page must be a number from 1 to 100"},
		{"per_page=ten", "Results per page"},
		{"q=" + strings.Repeat("x", MaxTextLen+1), "too long"},
		{"q=" + strings.Repeat("w+", MaxTerms+1), "too many words"},
		{"q=%ff%fe", "not valid text"},
	}
	for _, c := range cases {
		v, err := url.ParseQuery(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		_, err = ParseQuery(v)
		if apperr.KindOf(err) != apperr.Invalid || !strings.Contains(apperr.Message(err), c.words) {
			t.Errorf("%q: %v (message %q), want Invalid saying %q", c.in, err, apperr.Message(err), c.words)
		}
	}
}

func TestSearchTerms_OnlyLettersAndDigits(t *testing.T) {
	cases := map[string][]string{
		`'; DROP TABLE tokens;--`: {"drop", "table", "tokens"},
		`NEAR("a" b) * ^ ""`:      {"near", "a", "b"},
		`aurora-diffusion v3.1`:   {"aurora", "diffusion", "v3", "1"},
		`Ünïcode 東京 model`:        {"ünïcode", "東京", "model"},
		`title:x OR y AND NOT z`:  {"title", "x", "or", "y", "and", "not", "z"},
		`""`:                      nil,
		"tab\tand\x00nul":         {"tab", "and", "nul"},
	}
	for in, want := range cases {
		if got := SearchTerms(in); !slices.Equal(got, want) {
			t.Errorf("SearchTerms(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseETH_RoundTrips(t *testing.T) {
	for _, s := range []string{"0", "1", "0.25", "1.000000000000000001", "123456789.5"} {
		wei, err := ParseETH(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		if got := FormatETHAmount(wei); got != s {
			t.Errorf("%s → %v wei → %s", s, wei, got)
		}
	}
}
