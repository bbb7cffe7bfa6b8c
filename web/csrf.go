package web

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/wallet"
)

// CSRF: every state-changing request (any method but GET, HEAD, OPTIONS)
//   - must not come from another origin: a present Origin header must be ours;
//     a JSON request must carry Origin (every browser sends it on fetch POSTs);
//     without Origin, a Sec-Fetch-Site other than same-origin is refused;
//   - must carry the session's CSRF token, in the X-CSRF-Token header (fetch)
//     or the _csrf form field (urlencoded forms; multipart requests use the
//     header, so an upload body is never parsed here). Pages put the token in
//     <meta name="csrf-token"> and in their forms.
//
// The sign-in endpoints are the only exception to the token: there is no
// session yet. They are JSON endpoints, so the Origin rule holds for them,
// and the wallet's signature is what authenticates.
const (
	csrfHeader = "X-CSRF-Token"
	csrfField  = "_csrf"
)

var csrfExempt = map[string]bool{
	"/api/auth/nonce":  true,
	"/api/auth/verify": true,
}

func (s *server) checkCSRF(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		switch req.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			return next(c)
		}
		origin := req.Header.Get("Origin")
		switch {
		case origin != "" && origin != s.origin:
			return apperr.E(apperr.Forbidden, "This request came from another site and was refused.")
		case origin == "" && isJSONBody(req):
			return apperr.E(apperr.Forbidden, "This request did not say which site sent it and was refused.")
		case origin == "" && req.Header.Get("Sec-Fetch-Site") != "" && req.Header.Get("Sec-Fetch-Site") != "same-origin":
			return apperr.E(apperr.Forbidden, "This request came from another site and was refused.")
		}
		if csrfExempt[req.URL.Path] {
			return next(c)
		}
		sess := session(c)
		if sess == nil {
			return apperr.E(apperr.Forbidden, "Your session has ended. Reload the page, sign in, and try again.")
		}
		token := req.Header.Get(csrfHeader)
		if token == "" && strings.HasPrefix(req.Header.Get(echo.HeaderContentType), echo.MIMEApplicationForm) {
			token = c.FormValue(csrfField)
		}
		if !wallet.CSRFValid(*sess, token) {
			return apperr.E(apperr.Forbidden, "This form has expired. Reload the page and try again.")
		}
		return next(c)
	}
}

func isJSONBody(req *http.Request) bool {
	return strings.HasPrefix(req.Header.Get(echo.HeaderContentType), echo.MIMEApplicationJSON)
}
