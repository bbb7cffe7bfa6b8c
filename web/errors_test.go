package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
)

type errorJSON struct {
	Error struct {
		Code      string `json:"code"`
		Message   string `json:"message"`
		RequestID string `json:"request_id"`
	} `json:"error"`
}

func TestNotFound_HTMLOrJSONByAccept(t *testing.T) {
	e, _ := newTestServer(t, nil)
	tests := []struct {
		name, path, accept string
		wantJSON           bool
	}{
		{"browser", "/no/such/page", browserAccept, false},
		{"json client", "/no/such/page", "application/json", true},
		{"json preferred by q", "/no/such/page", "text/html;q=0.5, application/json", true},
		{"html preferred by q", "/api/nope", "application/json;q=0.4, text/html", false},
		{"curl on a page", "/no/such/page", "*/*", false},
		{"curl on the api", "/api/nope", "*/*", true},
		{"no accept on the api", "/api/nope", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(e, http.MethodGet, tt.path, tt.accept)
			wantStatus(t, rec, http.StatusNotFound)
			if tt.wantJSON {
				body := decodeJSON[errorJSON](t, rec)
				if body.Error.Code != "not_found" || body.Error.Message == "" {
					t.Errorf("error = %+v, want code not_found and a message", body.Error)
				}
				if body.Error.RequestID == "" || body.Error.RequestID != rec.Header().Get("X-Request-Id") {
					t.Errorf("request_id = %q, header %q", body.Error.RequestID, rec.Header().Get("X-Request-Id"))
				}
				return
			}
			if !isHTML(rec) {
				t.Fatalf("Content-Type = %q, want HTML", rec.Header().Get("Content-Type"))
			}
			html := rec.Body.String()
			for _, want := range []string{"404", "This page wandered off", `class="wordmark"`, "data-status-strip", `href="/"`} {
				if !strings.Contains(html, want) {
					t.Errorf("404 page lacks %q", want)
				}
			}
		})
	}
}

func TestPanic_Gives500PageAndNoStackToClient(t *testing.T) {
	e, logs := newTestServer(t, nil)
	e.GET("/boom", func(c echo.Context) error { panic("kaboom: secret-internal-detail") })

	rec := do(e, http.MethodGet, "/boom", browserAccept)
	wantStatus(t, rec, http.StatusInternalServerError)
	if !isHTML(rec) {
		t.Fatalf("Content-Type = %q, want the HTML 500 page", rec.Header().Get("Content-Type"))
	}
	html := rec.Body.String()
	for _, want := range []string{"500", "Sorry, that one is on us", "Try again", rec.Header().Get("X-Request-Id")} {
		if !strings.Contains(html, want) {
			t.Errorf("500 page lacks %q", want)
		}
	}
	for _, leak := range []string{"kaboom", "secret-internal-detail", "goroutine", ".go:", "panic"} {
		if strings.Contains(html, leak) {
			t.Errorf("500 page leaks %q", leak)
		}
	}

	rec = do(e, http.MethodGet, "/boom", "application/json")
	wantStatus(t, rec, http.StatusInternalServerError)
	if body := rec.Body.String(); strings.Contains(body, "kaboom") || strings.Contains(body, "goroutine") {
		t.Errorf("JSON 500 leaks the panic: %s", body)
	}

	// Each panic is logged once, with its stack, as one record.
	var stacks int
	for _, r := range logs.records(t) {
		if s, ok := r["stack"].(string); ok {
			stacks++
			if !strings.Contains(s, "goroutine") || r["status"] != float64(500) || !strings.Contains(r["err"].(string), "kaboom") {
				t.Errorf("panic record = %v, want stack, status 500 and the cause", r)
			}
		}
	}
	if stacks != 2 {
		t.Errorf("logged %d stacks for 2 panics, want 2", stacks)
	}
}

func TestErrors_KindsMapToStatus(t *testing.T) {
	cause := errors.New("dial tcp 10.0.0.7:5432: secret-password-in-dsn")
	tests := []struct {
		name     string
		err      error
		status   int
		code     string
		message  string // "" means "must not contain the cause"
		wantsLog bool
	}{
		{"invalid", apperr.E(apperr.Invalid, "Royalty must be between 0 and 10%."), 400, "invalid", "Royalty must be between 0 and 10%.", false},
		{"unauthorized", apperr.E(apperr.Unauthorized, "Sign in first."), 401, "unauthorized", "Sign in first.", false},
		{"forbidden", apperr.E(apperr.Forbidden, "Only the owner may do this."), 403, "forbidden", "Only the owner may do this.", false},
		{"not found", apperr.E(apperr.NotFound, "No such token."), 404, "not_found", "No such token.", false},
		{"conflict", apperr.E(apperr.Conflict, "The price changed."), 409, "conflict", "The price changed.", false},
		{"unavailable", apperr.Wrap(apperr.Unavailable, "The chain is not answering.", cause), 503, "unavailable", "The chain is not answering.", true},
		{"internal", apperr.Wrap(apperr.Internal, "ignored for people", cause), 500, "internal", "", true},
		{"wrapped apperr", fmt.Errorf("listing.Publish 7: %w", apperr.E(apperr.Conflict, "Already listed.")), 409, "conflict", "Already listed.", false},
		{"plain error", fmt.Errorf("store.Get: %w", cause), 500, "internal", "", true},
		{"echo 405", echo.ErrMethodNotAllowed, 405, "method_not_allowed", "This address does not accept that kind of request.", false},
		{"echo 400", echo.NewHTTPError(http.StatusBadRequest, "bad id"), 400, "invalid", "bad id", false},
		{"echo 502", echo.NewHTTPError(http.StatusBadGateway, "upstream said secret-password-in-dsn"), 502, "bad_gateway", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, logs := newTestServer(t, nil)
			e.GET("/fail", func(c echo.Context) error { return tt.err })
			for _, accept := range []string{"application/json", browserAccept} {
				rec := do(e, http.MethodGet, "/fail", accept)
				wantStatus(t, rec, tt.status)
				if strings.Contains(rec.Body.String(), "secret-password-in-dsn") {
					t.Errorf("%s response leaks the cause: %s", accept, rec.Body.String())
				}
				if accept != "application/json" {
					if !isHTML(rec) {
						t.Errorf("browser got Content-Type %q", rec.Header().Get("Content-Type"))
					}
					continue
				}
				body := decodeJSON[errorJSON](t, rec)
				if body.Error.Code != tt.code {
					t.Errorf("code = %q, want %q", body.Error.Code, tt.code)
				}
				if tt.message != "" && body.Error.Message != tt.message {
					t.Errorf("message = %q, want %q", body.Error.Message, tt.message)
				}
				if body.Error.Message == "" {
					t.Error("message is empty")
				}
			}
			var logged bool
			for _, r := range logs.records(t) {
				if r["msg"] != "request failed" {
					continue
				}
				logged = true
				if err, _ := r["err"].(string); !strings.Contains(err, "secret-password-in-dsn") {
					t.Errorf("log record err = %q, want the cause", err)
				}
			}
			if logged != tt.wantsLog {
				t.Errorf("logged failure = %v, want %v (only 5xx are logged)", logged, tt.wantsLog)
			}
		})
	}
}

// brokenComponent writes half a page and then fails, like a template whose
// data source errors midway.
var brokenComponent = templ.ComponentFunc(func(_ context.Context, w io.Writer) error {
	if _, err := io.WriteString(w, "<p>half a page with PARTIAL-OUTPUT"); err != nil {
		return err
	}
	return errors.New("view model exploded")
})

func TestRender_FailedComponentGivesCleanErrorPage(t *testing.T) {
	e, _ := newTestServer(t, nil)
	e.GET("/broken", func(c echo.Context) error { return render(c, http.StatusOK, brokenComponent) })

	rec := do(e, http.MethodGet, "/broken", browserAccept)
	wantStatus(t, rec, http.StatusInternalServerError)
	if body := rec.Body.String(); strings.Contains(body, "PARTIAL-OUTPUT") || !strings.Contains(body, "Sorry, that one is on us") {
		t.Errorf("want the clean 500 page without partial output, got %.300s", body)
	}
}

func TestHead_ErrorHasNoBody(t *testing.T) {
	e, _ := newTestServer(t, nil)
	rec := do(e, http.MethodHead, "/healthz-nope", "")
	wantStatus(t, rec, http.StatusNotFound)
	if rec.Body.Len() != 0 {
		t.Errorf("HEAD got a body of %d bytes", rec.Body.Len())
	}
}

func TestAcceptQ(t *testing.T) {
	tests := []struct {
		accept, media string
		want          float64
	}{
		{"", "application/json", 1},
		{"application/json", "application/json", 1},
		{"application/json", "text/html", 0},
		{"text/*;q=0.3, */*;q=0.1", "text/html", 0.3},
		{"text/*;q=0.3, */*;q=0.1", "application/json", 0.1},
		{"text/html;q=0, */*", "text/html", 0},
		{"*/*;q=0.8, text/html", "text/html", 1},
		{"TEXT/HTML ; Q=0.7", "text/html", 0.7},
	}
	for _, tt := range tests {
		if got := acceptQ(tt.accept, tt.media); got != tt.want {
			t.Errorf("acceptQ(%q, %q) = %v, want %v", tt.accept, tt.media, got, tt.want)
		}
	}
}
