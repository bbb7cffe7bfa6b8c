package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"modelmarket/web/views"
)

// home renders the landing page, with the dev-network card when the embedded
// dev chain runs.
func (s *server) home(c echo.Context) error {
	var dev *views.DevCard
	if s.dev != nil {
		dev = views.NewDevCard(s.dev.RPCURL, s.dev.ChainID, s.dev.Accounts)
	}
	return render(c, http.StatusOK, views.Home(views.HomePage{Page: s.page(c, ""), Dev: dev}))
}
