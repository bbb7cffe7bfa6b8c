package web

import (
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/wallet"
	"modelmarket/web/views"
)

type nonceRequest struct {
	Address string `json:"address"`
}

type nonceResponse struct {
	Message string `json:"message"`
}

// authNonce issues a single-use nonce and returns the Sign-In with Ethereum
// message the wallet should sign, so the page needs no SIWE formatting code.
func (s *server) authNonce(c echo.Context) error {
	if !s.nonces.allow(clientIP(c.Request())) {
		c.Response().Header().Set("Retry-After", "10")
		return echo.NewHTTPError(http.StatusTooManyRequests, "Too many sign-in attempts from your network. Wait a few seconds, then try again.")
	}
	var req nonceRequest
	if err := c.Bind(&req); err != nil {
		return apperr.Wrap(apperr.Invalid, "The request is not valid JSON.", err)
	}
	if !common.IsHexAddress(req.Address) {
		return apperr.E(apperr.Invalid, "That is not an Ethereum address.")
	}
	if err := s.refuseBanned(c, req.Address); err != nil { // moderation (admin.go): no nonce for a banned address
		return err
	}
	m, err := s.wallet.NewMessage(c.Request().Context(), common.HexToAddress(req.Address))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, nonceResponse{Message: m.String()})
}

type verifyRequest struct {
	Message   string `json:"message"`
	Signature string `json:"signature"`
}

type meResponse struct {
	Address   string `json:"address"`
	ChainID   uint64 `json:"chainId"`
	CSRFToken string `json:"csrfToken"`
}

// authVerify checks the signed message and opens a session (cookie).
func (s *server) authVerify(c echo.Context) error {
	var req verifyRequest
	if err := c.Bind(&req); err != nil {
		return apperr.Wrap(apperr.Invalid, "The request is not valid JSON.", err)
	}
	// A banned address is refused before anything is stored (admin.go).
	if m, err := wallet.ParseMessage(req.Message); err == nil {
		if err := s.refuseBanned(c, m.Address.Hex()); err != nil {
			return err
		}
	}
	sess, token, err := s.wallet.SignIn(c.Request().Context(), req.Message, req.Signature)
	if err != nil {
		return err
	}
	// A previous session of this browser ends: one browser, one session.
	if old, err := c.Cookie(sessionCookie); err == nil {
		if err := s.wallet.SignOut(c.Request().Context(), old.Value); err != nil {
			return err
		}
	}
	s.setSessionCookie(c, token)
	return c.JSON(http.StatusOK, meResponse{Address: sess.Address.Hex(), ChainID: sess.ChainID, CSRFToken: sess.CSRFToken})
}

// signOut ends the session: JSON callers get 204, forms go to the home page.
func (s *server) signOut(c echo.Context) error {
	if ck, err := c.Cookie(sessionCookie); err == nil {
		if err := s.wallet.SignOut(c.Request().Context(), ck.Value); err != nil {
			return err
		}
	}
	s.clearSessionCookie(c)
	if wantsJSON(c.Request()) {
		return c.NoContent(http.StatusNoContent)
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

// me tells the page who is signed in.
func (s *server) me(c echo.Context) error {
	sess := session(c)
	if sess == nil {
		return apperr.E(apperr.Unauthorized, "You are not signed in.")
	}
	return c.JSON(http.StatusOK, meResponse{Address: sess.Address.Hex(), ChainID: sess.ChainID, CSRFToken: sess.CSRFToken})
}

// account is the signed-in person's page; later issues fill it with their tokens.
func (s *server) account(c echo.Context) error {
	if session(c) == nil {
		return apperr.E(apperr.Unauthorized, "Connect your wallet to see your account.")
	}
	return render(c, http.StatusOK, views.AccountPage(s.page(c, "Your account")))
}
