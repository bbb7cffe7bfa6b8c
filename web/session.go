package web

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/wallet"
)

// sessionCookie holds the opaque session token; the database keeps only its hash.
const sessionCookie = "mm_session"

const ctxSession = "wallet.session"

// loadSession puts the request's live session, if any, into the context. A
// cookie whose session has ended is cleared so the browser stops sending it.
func (s *server) loadSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		// Probes, the status poll and static files need no session: no
		// database read for them.
		if s.wallet == nil || quietPath(c.Request().URL.Path) {
			return next(c)
		}
		ck, err := c.Cookie(sessionCookie)
		if err != nil || ck.Value == "" {
			return next(c)
		}
		sess, err := s.wallet.Authenticate(c.Request().Context(), ck.Value)
		switch {
		case err == nil:
			c.Set(ctxSession, &sess)
		case apperr.KindOf(err) == apperr.Unauthorized:
			s.clearSessionCookie(c)
		default:
			return err
		}
		return next(c)
	}
}

// session returns the signed-in session, or nil.
func session(c echo.Context) *wallet.Session {
	sess, _ := c.Get(ctxSession).(*wallet.Session)
	return sess
}

func (s *server) setSessionCookie(c echo.Context, token string) {
	c.SetCookie(&http.Cookie{
		Name:     sessionCookie,
		Value:    token,
		Path:     "/",
		MaxAge:   int(s.wallet.MaxAge() / time.Second),
		HttpOnly: true, // no script, ours included, ever reads it
		Secure:   s.wallet.Secure() || c.IsTLS(),
		SameSite: http.SameSiteLaxMode,
	})
}

func (s *server) clearSessionCookie(c echo.Context) {
	c.SetCookie(&http.Cookie{
		Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		Secure: s.wallet.Secure() || c.IsTLS(), SameSite: http.SameSiteLaxMode,
	})
}
