package web

import (
	"bytes"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/web/static"
)

const (
	// cacheImmutable is for URLs that carry the file's current hash: the
	// bytes behind such a URL can never change.
	cacheImmutable = "public, max-age=31536000, immutable"
	// cacheShort is for plain or outdated URLs: the bytes may change with the
	// next release, so caches must ask again soon.
	cacheShort = "public, max-age=300"
)

// serveStatic serves the embedded files under /static/.
func (s *server) serveStatic(c echo.Context) error {
	a, current, ok := static.Lookup(c.Param("*"))
	if !ok {
		return apperr.E(apperr.NotFound, "There is no such file.")
	}
	cache := cacheShort
	if current {
		cache = cacheImmutable
	}
	serveAsset(c, a, cache)
	return nil
}

// favicon serves the logo where browsers look for an icon by habit.
func (s *server) favicon(c echo.Context) error {
	a, _, ok := static.Lookup("img/logo.svg")
	if !ok {
		return apperr.E(apperr.NotFound, "There is no icon.")
	}
	serveAsset(c, a, cacheShort)
	return nil
}

// serveAsset lets http.ServeContent answer conditional, range and HEAD
// requests; the ETag is the content hash.
func serveAsset(c echo.Context, a *static.Asset, cache string) {
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, a.ContentType)
	h.Set("Cache-Control", cache)
	h.Set("ETag", `"`+a.Hash+`"`)
	http.ServeContent(c.Response(), c.Request(), a.Name, time.Time{}, bytes.NewReader(a.Body))
}
