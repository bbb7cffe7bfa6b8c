package web

import (
	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"modelmarket/web/views"
)

// home renders the landing page, with the marketplace's newest tokens,
// latest sales and top creators when the marketplace is on, and the
// dev-network card when the embedded dev chain runs. Anonymous visits come
// from the page cache (cache.go) when the marketplace is on.
func (s *server) home(c echo.Context) error {
	var dev *views.DevCard
	if s.dev != nil {
		dev = views.NewDevCard(s.dev.RPCURL, s.dev.ChainID, s.dev.Accounts)
	}
	return s.cachedPage(c, "home", func() (templ.Component, bool, error) {
		market, settled := s.homeMarket(c.Request().Context())
		return views.Home(views.HomePage{Page: s.page(c, ""), Dev: dev, Market: market}), settled, nil
	})
}
