package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/a-h/templ"
	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/card"
	"modelmarket/internal/license"
	"modelmarket/internal/listing"
	"modelmarket/internal/trade"
	"modelmarket/web/views"
)

// License offers and licenses: the token page's offers section, the
// publish / pause / retire / buy endpoints (each answers {tx} like the trade
// endpoints), the license certificate and My licenses. Offers and licenses
// are read from the chain (internal/trade) at request time; only the
// purchase's transaction hash comes from the index.

// termsReadTimeout bounds reading one terms text from IPFS for a page.
const termsReadTimeout = 3 * time.Second

// licenseRequest is the JSON body of the license endpoints.
type licenseRequest struct {
	TokenID    string `json:"token_id"`
	OfferID    string `json:"offer_id"`
	Price      string `json:"price"`     // ETH as typed (publish)
	PriceWei   string `json:"price_wei"` // the price the buyer saw (buy)
	Days       string `json:"days"`      // "" = perpetual
	Cap        string `json:"cap"`       // "" = unlimited
	Commercial bool   `json:"commercial"`
	Template   string `json:"template"` // a license.Templates id or "custom"
	Terms      string `json:"terms"`    // custom Markdown
	Paused     bool   `json:"paused"`
}

// licenseActor reads the session's address and the body, refusing banned
// addresses.
func (s *server) licenseActor(c echo.Context) (common.Address, licenseRequest, error) {
	var req licenseRequest
	sess := session(c)
	if sess == nil {
		return common.Address{}, req, apperr.E(apperr.Unauthorized, "Connect your wallet and sign in first.")
	}
	body := http.MaxBytesReader(c.Response(), c.Request().Body, 2*license.MaxTermsLen)
	if err := json.NewDecoder(body).Decode(&req); err != nil && !errors.Is(err, io.EOF) {
		return common.Address{}, req, apperr.E(apperr.Invalid, "The request body must be a JSON object.")
	}
	if err := s.refuseBanned(c, sess.Address.Hex()); err != nil {
		return common.Address{}, req, err
	}
	return sess.Address, req, nil
}

// refuseHiddenLicense refuses new offers and sales on a token hidden by
// moderation (pause and retire stay open).
func (s *server) refuseHiddenLicense(c echo.Context, tokenID *big.Int) error {
	if s.mod == nil || !tokenID.IsUint64() {
		return nil
	}
	return s.mod.CheckTradable(c.Request().Context(), tokenID.Uint64())
}

func parseOfferID(s string) (uint64, error) {
	id, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(s), "#"), 10, 64)
	if err != nil || id == 0 {
		return 0, apperr.E(apperr.Invalid, "An offer id is a whole number, 1 or more.")
	}
	return id, nil
}

// parseOptionalCount reads "" as 0 and a whole number up to limit.
func parseOptionalCount(s, what string, limit uint64) (uint32, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil || n == 0 || n > limit {
		return 0, apperr.E(apperr.Invalid, fmt.Sprintf("The %s is a whole number from 1 to %d, or empty.", what, limit))
	}
	return uint32(n), nil
}

// txOffer pins the offer's terms and builds publishOffer:
// {token_id, price, days, cap, commercial, template, terms}.
func (s *server) txOffer(c echo.Context) error {
	me, req, err := s.licenseActor(c)
	if err != nil {
		return err
	}
	if s.market.Pins == nil {
		return apperr.E(apperr.Unavailable, "Publishing offers is not available on this node (no IPFS pinning).")
	}
	ctx := c.Request().Context()
	id, err := parseTokenID(req.TokenID)
	if err != nil {
		return err
	}
	if err := s.refuseHiddenLicense(c, id); err != nil {
		return err
	}
	price, err := trade.ParseETH(req.Price)
	if err != nil {
		return err
	}
	days, err := parseOptionalCount(req.Days, "duration in days", trade.MaxOfferDays)
	if err != nil {
		return err
	}
	capN, err := parseOptionalCount(req.Cap, "supply cap", 1<<32-1)
	if err != nil {
		return err
	}
	text, err := s.offerTerms(ctx, id, req)
	if err != nil {
		return err
	}
	// Check ownership before pinning anything.
	if _, err := s.market.Trade.PublishOffer(ctx, me, id, price, days, capN, placeholderCID, req.Commercial); err != nil {
		return err
	}
	termsCID, err := s.market.Pins.Add(ctx, strings.NewReader(text))
	if err != nil {
		return fmt.Errorf("pin offer terms: %w", err)
	}
	tx, err := s.market.Trade.PublishOffer(ctx, me, id, price, days, capN, termsCID, req.Commercial)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"tx": tx, "terms_cid": termsCID})
}

// placeholderCID is a valid CIDv1 (sha2-256 of nothing) used to check an
// offer against the chain before its terms are pinned.
const placeholderCID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"

// offerTerms is the terms text of a publish request: a template for the
// token, or the owner's own Markdown.
func (s *server) offerTerms(ctx context.Context, id *big.Int, req licenseRequest) (string, error) {
	if req.Template == license.CustomTemplate {
		if err := license.CheckCustom(req.Terms); err != nil {
			return "", apperr.Wrap(apperr.Invalid, capitalize(err.Error())+".", err)
		}
		return req.Terms, nil
	}
	t, ok := license.TemplateByID(req.Template)
	if !ok {
		return "", apperr.E(apperr.Invalid, "Choose the terms: one of the templates, or write your own.")
	}
	if req.Commercial && !t.Commercial {
		return "", apperr.E(apperr.Invalid, "The "+t.Name+" does not allow commercial use: untick Commercial use, or choose other terms.")
	}
	title := ""
	if id.IsUint64() {
		if tok, err := s.market.Listings.Token(ctx, id.Uint64()); err == nil {
			title = tok.Title
		}
	}
	return t.Text(title, id.String()), nil
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// txOfferPause pauses or resumes an offer: {offer_id, paused}.
func (s *server) txOfferPause(c echo.Context) error {
	me, req, err := s.licenseActor(c)
	if err != nil {
		return err
	}
	id, err := parseOfferID(req.OfferID)
	if err != nil {
		return err
	}
	tx, err := s.market.Trade.SetOfferPaused(c.Request().Context(), me, id, req.Paused)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, txAnswer{Tx: &tx})
}

// txOfferRetire ends an offer for good: {offer_id}.
func (s *server) txOfferRetire(c echo.Context) error {
	me, req, err := s.licenseActor(c)
	if err != nil {
		return err
	}
	id, err := parseOfferID(req.OfferID)
	if err != nil {
		return err
	}
	tx, err := s.market.Trade.RetireOffer(c.Request().Context(), me, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, txAnswer{Tx: &tx})
}

// txLicense buys a license at the price the buyer saw: {offer_id,
// price_wei}. The answer carries the split and the certificate's URL.
func (s *server) txLicense(c echo.Context) error {
	me, req, err := s.licenseActor(c)
	if err != nil {
		return err
	}
	id, err := parseOfferID(req.OfferID)
	if err != nil {
		return err
	}
	price, ok := new(big.Int).SetString(strings.TrimSpace(req.PriceWei), 10)
	if !ok {
		return apperr.E(apperr.Invalid, "price_wei must be the price in wei, as a decimal number.")
	}
	ctx := c.Request().Context()
	o, err := s.market.Trade.Offer(ctx, id)
	if err != nil {
		return err
	}
	if err := s.refuseHiddenLicense(c, o.TokenID); err != nil {
		return err
	}
	p, err := s.market.Trade.BuyLicense(ctx, me, id, price)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{
		"tx":               p.Tx,
		"owner":            p.Owner.Hex(),
		"royalty_receiver": p.RoyaltyReceiver.Hex(),
		"price":            share(p.Offer.Price),
		"split":            map[string]shareJSON{"seller": share(p.Split.Seller), "royalty": share(p.Split.Royalty), "fee": share(p.Split.Fee)},
		"certificate":      "/license/" + p.Offer.TokenID.String() + "/" + me.Hex(),
	})
}

// licenseOffers builds the token page's offers section. A chain that does
// not answer gives a section that says so, never a failed page; without a
// transaction builder there is no section.
func (s *server) licenseOffers(c echo.Context, t listing.Token, isOwner, signedIn bool) *views.LicenseOffers {
	if s.market.Trade == nil {
		return nil // a read-only setup (tests of the page alone): no chain, no section
	}
	ctx := c.Request().Context()
	tokenID := new(big.Int).SetUint64(t.ID)
	l := &views.LicenseOffers{TokenID: tokenID.String(), IsOwner: isOwner, SignedIn: signedIn}
	offers, err := s.market.Trade.TokenOffers(ctx, tokenID)
	if err != nil {
		l.Err = "The license offers could not be read from the chain right now: " + apperr.Message(err)
		return l
	}
	fee, feeErr := s.market.Trade.LicenseFeeBps(ctx)
	for i := len(offers) - 1; i >= 0; i-- { // newest first; retired and stale last
		o := offers[i]
		if !isOwner && (o.Retired || !o.Live) {
			continue
		}
		v := views.NewOfferView(o.ID, o.Price, o.Duration, o.Cap, o.Sold, o.Commercial, o.State())
		v.TermsURL = views.GatewayURL(s.gateway, "ipfs://"+o.TermsCID)
		v.TermsHTML = s.termsHTML(ctx, o.TermsCID)
		if feeErr == nil {
			v.Split, _ = views.NewSplit(o.Price, t.RoyaltyBps, fee)
		}
		l.Offers = append(l.Offers, v)
	}
	if isOwner {
		for _, tp := range license.Templates {
			html, err := card.Render(tp.Text(t.Title, tokenID.String()), s.gateway)
			if err != nil {
				continue
			}
			l.Templates = append(l.Templates, views.TermsChoice{ID: tp.ID, Name: tp.Name, Commercial: tp.Commercial, URL: tp.URL, Preview: templ.Raw(html)})
		}
	}
	return l
}

// termsHTML reads a terms text from IPFS and renders it sanitized; nil
// when it cannot be read here.
func (s *server) termsHTML(ctx context.Context, cid string) templ.Component {
	if s.market.Content == nil || cid == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, termsReadTimeout)
	defer cancel()
	r, err := s.market.Content.Cat(ctx, cid)
	if err != nil {
		return nil
	}
	defer r.Close()
	text, err := io.ReadAll(io.LimitReader(r, license.MaxTermsLen))
	if err != nil {
		return nil
	}
	html, err := card.Render(string(text), s.gateway)
	if err != nil {
		return nil
	}
	return templ.Raw(html) // sanitized by card.Render
}
