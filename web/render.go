package web

import (
	"bytes"
	"context"
	"fmt"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"modelmarket/web/views"
)

// render writes a templ component with status. It renders into a buffer
// first, so a component that fails halfway leaves the response untouched and
// the error handler can still send a clean error page.
func render(c echo.Context, status int, component templ.Component) error {
	var buf bytes.Buffer
	if err := component.Render(c.Request().Context(), &buf); err != nil {
		return fmt.Errorf("render %s: %w", c.Request().URL.Path, err)
	}
	return c.HTMLBlob(status, buf.Bytes())
}

// page builds what the layout shows on every page: title, version and a fresh
// status strip.
func (s *server) page(c echo.Context, title string) views.Page {
	p := views.Page{
		Title:   title,
		Version: s.version,
		Strip:   stripItems(s.pageStatus(c.Request().Context())),
		Market:  s.market != nil,
		Audit:   s.mod != nil,
	}
	if s.wallet != nil {
		chain := s.chain
		p.Chain = &chain
		if sess := session(c); sess != nil {
			p.Account = views.NewAccount(sess.Address.Hex(), sess.CSRFToken)
			if s.mod != nil {
				// A failed lookup only hides the link; /admin checks again.
				p.Admin, _ = s.mod.IsAdmin(c.Request().Context(), sess.Address.Hex())
			}
		}
	}
	return p
}

// currentStatus asks for the dependencies' status with a short deadline, so a
// slow dependency slows no page by more than statusTimeout.
func (s *server) currentStatus(ctx context.Context) Status {
	ctx, cancel := context.WithTimeout(ctx, statusTimeout)
	defer cancel()
	return s.status(ctx)
}
