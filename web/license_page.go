package web

import (
	"math/big"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"modelmarket/contracts"
	"modelmarket/internal/apperr"
	"modelmarket/internal/listing"
	"modelmarket/internal/trade"
	"modelmarket/web/views"
)

// licenseActivityLimit bounds the token history searched for a purchase's
// transaction.
const licenseActivityLimit = 500

// licensePage renders /license/:tokenId/:account, the license certificate:
// validity and expiry from the chain now, the terms of the license that
// gives the latest expiry, and its transaction from the index.
func (s *server) licensePage(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := strconv.ParseUint(c.Param("tokenId"), 10, 64)
	if err != nil {
		return apperr.E(apperr.NotFound, "License pages are /license/<token id>/<address>.")
	}
	if !common.IsHexAddress(c.Param("account")) {
		return apperr.E(apperr.NotFound, "License pages are /license/<token id>/<0x address>.")
	}
	account := common.HexToAddress(c.Param("account"))
	tokenID := new(big.Int).SetUint64(id)
	idText := tokenID.String()
	p := views.LicensePage{Page: s.page(c, "License on token #"+idText), TokenID: idText, Title: "Token #" + idText,
		TokenURL: "/token/" + idText, Licensee: views.NewWho(account.Hex()),
		Versions: "Every version of the token, those published later included, while the license is valid: the contract records licenses per token, not per version."}
	if t, err := s.market.Listings.Token(ctx, id); err == nil && t.Title != "" {
		p.Title = t.Title
	}
	if sess := session(c); sess != nil {
		p.IsMe = sess.Address == account
	}
	st, err := s.market.Trade.LicenseStatus(ctx, tokenID, account)
	if err != nil {
		return err
	}
	p.Valid, p.Held = st.Valid, st.Held
	switch {
	case st.Valid:
		p.Status = "Valid"
	case st.Held:
		p.Status = "Expired"
	default:
		p.Status = "No license"
	}
	p.Expiry = views.ExpiryWords(st.Expiry, st.Perpetual())
	if !st.Held {
		return render(c, http.StatusNotFound, views.LicensePageView(p))
	}
	// The license that gives the recorded expiry (the latest bought, on ties).
	ls, err := s.market.Trade.LicensesOf(ctx, account)
	if err != nil {
		return err
	}
	var best *trade.License
	for i := range ls {
		if ls[i].TokenID.Cmp(tokenID) == 0 && ls[i].ExpiresAt == st.Expiry {
			best = &ls[i]
			break // newest first
		}
	}
	if best != nil {
		p.Purchased = views.DateWords(best.PurchasedAt)
		p.Commerce = "Non-commercial"
		if best.Commercial {
			p.Commerce = "Commercial use allowed"
		}
		p.TermsURL = views.GatewayURL(s.gateway, "ipfs://"+best.TermsCID)
		p.TermsHTML = s.termsHTML(ctx, best.TermsCID)
		p.OfferID = strconv.FormatUint(best.OfferID, 10)
		if o, err := s.market.Trade.Offer(ctx, best.OfferID); err == nil {
			p.Offer = "#" + p.OfferID + " · " + contracts.FormatETH(o.Price) + " · " + views.DurationWords(o.Duration)
			p.CanRenew, p.PriceWei = o.Open() && !st.Perpetual(), o.Price.String()
		}
	}
	p.Tx, p.TxBlock = s.licenseTx(c, id, account, best)
	return render(c, http.StatusOK, views.LicensePageView(p))
}

// licenseTx finds the purchase's transaction in the index: the licensee's
// license event on the token bought at the license's time.
func (s *server) licenseTx(c echo.Context, id uint64, account common.Address, l *trade.License) (hash, block string) {
	acts, err := s.market.Listings.TokenActivity(c.Request().Context(), id, licenseActivityLimit)
	if err != nil {
		return "", ""
	}
	for _, a := range acts { // newest first
		if a.Kind != listing.LicenseBought || !strings.EqualFold(a.From, account.Hex()) {
			continue
		}
		if l != nil && a.Time.Unix() != int64(l.PurchasedAt) {
			continue
		}
		return a.TxHash, views.Count(a.Block)
	}
	return "", ""
}

// myLicenses renders /licenses: the signed-in person's licenses from the
// chain (licensesOf), active then expired, with Renew where the offer
// still sells.
func (s *server) myLicenses(c echo.Context) error {
	sess := session(c)
	if sess == nil {
		return apperr.E(apperr.Unauthorized, "Connect your wallet to see your licenses.")
	}
	ctx := c.Request().Context()
	p := views.MyLicensesPage{Page: s.page(c, "My licenses")}
	ls, err := s.market.Trade.LicensesOf(ctx, sess.Address)
	if err != nil {
		return err
	}
	offers := map[uint64]*trade.Offer{}
	titles := map[uint64]string{}
	versions := map[uint64]int{}
	for _, l := range ls {
		row := views.LicenseRow{TokenID: l.TokenID.String(), Title: "Token #" + l.TokenID.String(), OfferID: strconv.FormatUint(l.OfferID, 10),
			Purchased: views.DateWords(l.PurchasedAt), Expiry: views.ExpiryWords(l.ExpiresAt, l.Perpetual()),
			Commercial: "Non-commercial", CertificateURL: "/license/" + l.TokenID.String() + "/" + sess.Address.Hex(),
			TermsURL: views.GatewayURL(s.gateway, "ipfs://"+l.TermsCID)}
		if l.Commercial {
			row.Commercial = "Commercial"
		}
		if l.TokenID.IsUint64() {
			tid := l.TokenID.Uint64()
			if _, ok := titles[tid]; !ok {
				if t, err := s.market.Listings.Token(ctx, tid); err == nil {
					titles[tid], versions[tid] = t.Title, t.Versions
				}
			}
			if titles[tid] != "" {
				row.Title = titles[tid]
			}
			row.Versions = versions[tid]
		}
		o, ok := offers[l.OfferID]
		if !ok {
			if got, err := s.market.Trade.Offer(ctx, l.OfferID); err == nil {
				o = &got
			}
			offers[l.OfferID] = o
		}
		if o != nil && o.Open() && !l.Perpetual() {
			row.CanRenew, row.PriceETH, row.PriceWei = true, contracts.FormatETH(o.Price), o.Price.String()
		}
		if l.Active {
			p.Active = append(p.Active, row)
		} else {
			p.Expired = append(p.Expired, row)
		}
	}
	return render(c, http.StatusOK, views.MyLicensesPageView(p))
}
