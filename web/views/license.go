package views

import (
	"math/big"
	"strconv"
	"time"

	"github.com/a-h/templ"

	"modelmarket/contracts"
)

// LicenseOffers is the token page's license section: every offer on the
// token as the chain has it now, Buy license for visitors, and the owner's
// publish form with pause / resume / retire.
type LicenseOffers struct {
	TokenID  string
	SignedIn bool
	IsOwner  bool
	Offers   []OfferView
	// Err says why the offers could not be read from the chain ("" when they were).
	Err string
	// Templates are the terms the publish form offers (owner only).
	Templates []TermsChoice
}

// OpenCount is how many offers sell now.
func (l LicenseOffers) OpenCount() int {
	n := 0
	for _, o := range l.Offers {
		if o.Open {
			n++
		}
	}
	return n
}

// TermsChoice is one terms template of the publish form.
type TermsChoice struct {
	ID         string
	Name       string
	Commercial bool
	URL        string          // the official license; "" for ours
	Preview    templ.Component // the rendered text (sanitized)
}

// OfferView is one offer as the token page shows it.
type OfferView struct {
	ID         string
	PriceETH   string
	PriceWei   string
	Duration   string // "30 days", "Perpetual"
	Supply     string // "1 of 1 left", "Sold out (1 of 1)", "Unlimited"
	Commercial string // "Commercial use allowed" / "Non-commercial"
	State      string // "open", "paused", "sold out", "retired", "stale"
	Open       bool
	Paused     bool
	Retired    bool
	TermsURL   string          // the terms text on the gateway
	TermsHTML  templ.Component // rendered, sanitized; nil when unreadable here
	Split      *Split          // what a purchase pays; nil when the fee is unknown
}

// NewOfferView formats an offer's figures; the handler fills terms and split.
func NewOfferView(id uint64, price *big.Int, duration, cap, sold uint32, commercial bool, state string) OfferView {
	v := OfferView{ID: strconv.FormatUint(id, 10), PriceETH: contracts.FormatETH(price), PriceWei: price.String(),
		Duration: DurationWords(duration), State: state, Open: state == "open", Paused: state == "paused", Retired: state == "retired"}
	switch {
	case cap == 0:
		v.Supply = "Unlimited"
	case sold >= cap:
		v.Supply = "Sold out (" + strconv.Itoa(int(sold)) + " of " + strconv.Itoa(int(cap)) + ")"
	default:
		v.Supply = strconv.Itoa(int(cap-sold)) + " of " + strconv.Itoa(int(cap)) + " left"
	}
	v.Commercial = "Non-commercial"
	if commercial {
		v.Commercial = "Commercial use allowed"
	}
	return v
}

// DurationWords says an offer's duration: "Perpetual", "1 day", "30 days".
func DurationWords(seconds uint32) string {
	switch {
	case seconds == 0:
		return "Perpetual"
	case seconds%86400 == 0 && seconds == 86400:
		return "1 day"
	case seconds%86400 == 0:
		return strconv.FormatUint(uint64(seconds/86400), 10) + " days"
	}
	return (time.Duration(seconds) * time.Second).String()
}

// LicensePage is /license/:tokenId/:account: a certificate a person can
// link to, answered from the chain (and the index for the transaction).
type LicensePage struct {
	Page
	TokenID  string
	Title    string
	TokenURL string
	Licensee Who
	// Status is "Valid", "Expired" or "No license"; Valid the chain's
	// hasValidLicense.
	Status    string
	Valid     bool
	Held      bool
	Expiry    string // "Perpetual" or a date
	Versions  string // which versions the license covers, in words
	Offer     string // "#3 · 0.1 ETH · 30 days"
	Purchased string
	Commerce  string
	TermsURL  string
	TermsHTML templ.Component // nil when unreadable
	Tx        string          // the purchase transaction, from the index; "" while not indexed
	TxBlock   string
	CanRenew  bool // the offer still sells
	OfferID   string
	PriceWei  string
	IsMe      bool // the viewer is the licensee
}

// MyLicensesPage is /licenses: the signed-in person's licenses, active first.
type MyLicensesPage struct {
	Page
	Active  []LicenseRow
	Expired []LicenseRow
	Err     string
}

// LicenseRow is one license on the My licenses page.
type LicenseRow struct {
	TokenID        string
	Title          string
	OfferID        string
	Purchased      string
	Expiry         string
	Commercial     string
	CertificateURL string
	TermsURL       string
	// CanRenew is true when the offer still sells; PriceETH/PriceWei its price now.
	CanRenew bool
	PriceETH string
	PriceWei string
	// Versions is the token's version count from the index (0 when unknown):
	// the page compares it with the last version seen on the token page.
	Versions int
}

// ExpiryWords formats an expiry in unix seconds; perpetual is math.MaxUint64.
func ExpiryWords(expiresAt uint64, perpetual bool) string {
	if perpetual {
		return "Perpetual (never expires)"
	}
	return time.Unix(int64(expiresAt), 0).UTC().Format("2006-01-02 15:04 UTC")
}

// DateWords formats unix seconds as a date and time.
func DateWords(at uint64) string {
	return time.Unix(int64(at), 0).UTC().Format("2006-01-02 15:04 UTC")
}
