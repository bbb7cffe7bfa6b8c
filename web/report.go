package web

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/moderation"
	"modelmarket/web/views"
)

// reportPage is /report?target=token:7: the report form (signed out, a
// page that asks to sign in first).
func (s *server) reportPage(c echo.Context) error {
	t, err := s.reportTarget(c, c.QueryParam("target"))
	if err != nil {
		return err
	}
	return render(c, http.StatusOK, views.ReportView(views.NewReportPage(s.page(c, "Report "+t.String()), t, "", "")))
}

// submitReport is POST /report (form: target, reason, note). Refusals are
// shown on the form in words: 409 for a report already open, 429 past the
// hourly limit, 403 for a banned reporter, 400 for a bad reason or note.
func (s *server) submitReport(c echo.Context) error {
	sess := session(c)
	if sess == nil {
		return apperr.E(apperr.Unauthorized, "Sign in to report.")
	}
	t, err := s.reportTarget(c, c.FormValue("target"))
	if err != nil {
		return err
	}
	reasonText, note := c.FormValue("reason"), c.FormValue("note")
	p := views.NewReportPage(s.page(c, "Report "+t.String()), t, reasonText, note)
	reason, err := moderation.ParseReason(reasonText)
	if err == nil {
		_, err = s.mod.Report(c.Request().Context(), sess.Address.Hex(), t, reason, note)
	}
	var ae *apperr.Error
	switch {
	case err == nil:
		p.Done = true
		return render(c, http.StatusCreated, views.ReportView(p))
	case errors.Is(err, moderation.ErrRateLimited):
		p.Error = apperr.Message(err)
		return render(c, http.StatusTooManyRequests, views.ReportView(p))
	case errors.As(err, &ae) && ae.Kind != apperr.Internal && ae.Kind != apperr.Unavailable:
		p.Error = apperr.Message(err)
		return render(c, statusOf[ae.Kind], views.ReportView(p))
	}
	return err
}

// reportTarget parses a target and, for a token, checks that the read model
// knows it (a report about nothing helps nobody).
func (s *server) reportTarget(c echo.Context, raw string) (moderation.Target, error) {
	t, err := moderation.ParseTarget(raw)
	if err != nil {
		return moderation.Target{}, err
	}
	if id, ok := t.TokenID(); ok && s.market != nil {
		if _, err := s.market.Listings.Token(c.Request().Context(), id); apperr.KindOf(err) == apperr.NotFound {
			return moderation.Target{}, apperr.E(apperr.NotFound, fmt.Sprintf("There is no token #%d to report.", id))
		} else if err != nil {
			return moderation.Target{}, err
		}
	}
	return t, nil
}
