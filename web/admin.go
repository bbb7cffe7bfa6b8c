package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/moderation"
	"modelmarket/web/views"
)

// The admin area: every route under /admin sits in one Echo group whose
// middleware (requireAdmin) checks the role on the server for each request;
// TestAdminRoutes_AllRequireTheRole enumerates the router's /admin routes so
// a route added outside the group fails it. The moderation service checks
// the role again for every action.

// dashboardDays is how many days the dashboard's chart shows.
const dashboardDays = 14

// requireAdmin lets admins through. Anonymous GET/HEAD requests are sent to
// /signin (which sends them back after sign-in); other anonymous requests
// get 401; signed-in people without the role get 403.
func (s *server) requireAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		sess := session(c)
		if sess == nil {
			if m := c.Request().Method; m == http.MethodGet || m == http.MethodHead {
				return c.Redirect(http.StatusSeeOther, "/signin?next="+url.QueryEscape(c.Request().URL.RequestURI()))
			}
			return apperr.E(apperr.Unauthorized, "Sign in with an admin's wallet first.")
		}
		ok, err := s.mod.IsAdmin(c.Request().Context(), sess.Address.Hex())
		if err != nil {
			return err
		}
		if !ok {
			return apperr.E(apperr.Forbidden, "This area is for the marketplace's admins, and "+sess.Address.Hex()+" is not one.")
		}
		return next(c)
	}
}

// signInPage is /signin?next=PATH: signed in, it goes on to PATH (a path
// on this site only); otherwise it asks to connect a wallet.
func (s *server) signInPage(c echo.Context) error {
	next := c.QueryParam("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		next = "/"
	}
	if session(c) != nil {
		return c.Redirect(http.StatusSeeOther, next)
	}
	return render(c, http.StatusOK, views.SignInView(views.SignInPage{Page: s.page(c, "Sign in"), Next: next}))
}

func (s *server) adminDashboard(c echo.Context) error {
	st, err := s.mod.Stats(c.Request().Context(), dashboardDays)
	if err != nil {
		return err
	}
	return render(c, http.StatusOK, views.AdminDashboardView(views.NewAdminDashboardPage(s.page(c, "Moderation dashboard"), st)))
}

func (s *server) adminQueue(c echo.Context) error {
	items, err := s.mod.Queue(c.Request().Context())
	if err != nil {
		return err
	}
	return render(c, http.StatusOK, views.AdminQueueView(views.NewAdminQueuePage(s.page(c, "Report queue"), items, s.gateway)))
}

func (s *server) adminAdmins(c echo.Context) error {
	admins, err := s.mod.Admins(c.Request().Context())
	if err != nil {
		return err
	}
	return render(c, http.StatusOK, views.AdminAdminsView(views.NewAdminAdminsPage(s.page(c, "Admins"), admins)))
}

// adminCase is /admin/case?target=token:7 (&done=hide after an action).
func (s *server) adminCase(c echo.Context) error {
	t, err := moderation.ParseTarget(c.QueryParam("target"))
	if err != nil {
		return err
	}
	p, err := s.casePage(c, t)
	if err != nil {
		return err
	}
	if done := c.QueryParam("done"); done != "" {
		p.Done = "Done: " + moderation.Action(done).Label() + ". The action is in the public audit log."
	}
	return render(c, http.StatusOK, views.AdminCaseView(p))
}

func (s *server) casePage(c echo.Context, t moderation.Target) (views.AdminCasePage, error) {
	cs, err := s.mod.Case(c.Request().Context(), t)
	if err != nil {
		return views.AdminCasePage{}, err
	}
	return views.NewAdminCasePage(s.page(c, "Case "+t.String()), cs, s.gateway), nil
}

// adminAct is POST /admin/act (form: target or address, action, reason).
// Done, it goes back to the case; refused in words (no reason, nothing to
// change…), the case page says why, with the reason kept.
func (s *server) adminAct(c echo.Context) error {
	sess := session(c)
	raw := c.FormValue("target")
	if raw == "" && c.FormValue("address") != "" {
		raw = "account:" + strings.TrimSpace(c.FormValue("address"))
	}
	t, err := moderation.ParseTarget(raw)
	if err != nil {
		return err
	}
	reason := c.FormValue("reason")
	_, err = s.mod.Act(c.Request().Context(), sess.Address.Hex(), t, moderation.Action(c.FormValue("action")), reason)
	var ae *apperr.Error
	if errors.As(err, &ae) && ae.Kind != apperr.Internal && ae.Kind != apperr.Unavailable {
		p, perr := s.casePage(c, t)
		if perr != nil {
			return perr
		}
		p.Error, p.Reason = apperr.Message(err), reason
		return render(c, statusOf[ae.Kind], views.AdminCaseView(p))
	}
	if err != nil {
		return err
	}
	s.log.InfoContext(c.Request().Context(), "admin action", "admin", sess.Address.Hex(), "action", c.FormValue("action"), "target", t.String())
	return c.Redirect(http.StatusSeeOther, "/admin/case?target="+url.QueryEscape(t.String())+"&done="+url.QueryEscape(c.FormValue("action")))
}

// hiddenTokenPage renders the token page of a token hidden by moderation
// and reports true; false (nothing written) when the token is visible.
func (s *server) hiddenTokenPage(c echo.Context, id uint64) (bool, error) {
	if s.mod == nil {
		return false, nil
	}
	ctx := c.Request().Context()
	h, err := s.mod.HiddenToken(ctx, id)
	if err != nil || h == nil {
		return false, err
	}
	idText := strconv.FormatUint(id, 10)
	p := views.HiddenTokenPage{
		Page: s.page(c, "Token #"+idText+" (hidden)"), ID: idText, Title: "Token #" + idText, Reason: h.Reason,
		When: h.At.UTC().Format("2006-01-02"), AuditURL: "/audit?before=" + strconv.FormatInt(h.AuditSeq+1, 10),
		CaseURL: "/admin/case?target=" + url.QueryEscape(moderation.TokenTargetOf(id).String()),
	}
	if s.market != nil {
		if t, err := s.market.Listings.Token(ctx, id); err == nil {
			p.Owner = views.NewWho(t.Owner)
			if t.Title != "" {
				p.Title = t.Title
			}
		}
	}
	if sess := session(c); sess != nil {
		if p.IsAdmin, err = s.mod.IsAdmin(ctx, sess.Address.Hex()); err != nil {
			return false, err
		}
	}
	return true, render(c, http.StatusOK, views.HiddenTokenView(p))
}

// refuseBanned returns the ban in words when addr is banned (nil when
// moderation is off or the address is not banned).
func (s *server) refuseBanned(c echo.Context, addr string) error {
	if s.mod == nil {
		return nil
	}
	return s.mod.CheckBanned(c.Request().Context(), addr)
}

// tradeNeedsVisibleToken lists the trade endpoints that would put a token on
// sale or buy it: for a token hidden by moderation they are refused.
// Cancel and transfer stay open so an owner can wind down.
var tradeNeedsVisibleToken = map[string]bool{
	"/api/tx/list":  true,
	"/api/tx/price": true,
	"/api/tx/buy":   true,
}

// refuseHiddenTrade refuses to build a listing or sale of a hidden token.
func (s *server) refuseHiddenTrade(c echo.Context, tokenID string) error {
	if s.mod == nil || !tradeNeedsVisibleToken[c.Path()] {
		return nil
	}
	id, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(tokenID), "#"), 10, 64)
	if err != nil {
		return nil // the handler says what is wrong with the id
	}
	return s.mod.CheckTradable(c.Request().Context(), id)
}
