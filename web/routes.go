package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// routes registers every route of the app; later features add theirs here so
// the whole URL space can be read in one place.
func (s *server) routes(e *echo.Echo) {
	getHead := []string{http.MethodGet, http.MethodHead}

	e.GET("/", s.home)

	e.Match(getHead, "/healthz", s.healthz)
	e.GET("/readyz", s.readyz)
	e.GET("/api/status", s.apiStatus)

	if s.wallet != nil {
		e.POST("/api/auth/nonce", s.authNonce)
		e.POST("/api/auth/verify", s.authVerify)
		e.POST("/api/auth/signout", s.signOut)
		e.POST("/signout", s.signOut)
		e.GET("/api/me", s.me)
		e.GET("/account", s.account)
	}
	if s.uploads != nil {
		e.GET("/upload", s.uploadPage)
		e.Any(tusBase, s.serveTus)
		e.Any(tusBase+"/*", s.serveTus)
		e.GET("/api/uploads", s.listUploads)
		e.GET("/api/uploads/:id", s.showUpload)
		e.POST("/api/uploads/:id/finish", s.finishUpload)
		e.GET("/upload/card/:id", s.uploadCard)
	}
	if s.uploads != nil { // the card editor (model cards, art metadata)
		e.GET("/upload/:id/card", s.cardPage)
		e.POST("/upload/:id/card", s.saveCard)
		e.POST("/api/card/preview", s.previewCard)
		e.POST("/api/uploads/:id/card/metadata", s.cardMetadata)
	}

	e.Match(getHead, "/static/*", s.serveStatic)
	e.Match(getHead, "/favicon.ico", s.favicon)
}
