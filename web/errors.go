package web

import (
	"bytes"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/web/views"
)

// problem is what the client learns about a failed request.
type problem struct {
	status  int
	code    string // stable, machine-readable: "not_found", "invalid", …
	message string // for people; never the internal cause
}

// statusOf maps the kinds in internal/apperr to HTTP statuses.
var statusOf = map[apperr.Kind]int{
	apperr.Invalid:      http.StatusBadRequest,
	apperr.Unauthorized: http.StatusUnauthorized,
	apperr.Forbidden:    http.StatusForbidden,
	apperr.NotFound:     http.StatusNotFound,
	apperr.Conflict:     http.StatusConflict,
	apperr.Unavailable:  http.StatusServiceUnavailable,
	apperr.Internal:     http.StatusInternalServerError,
}

// classify turns any error a handler returns into a problem. An *apperr.Error
// anywhere in the chain wins; then *echo.HTTPError (router 404/405, binding);
// anything else is a 500 whose cause stays in the log.
func classify(err error) problem {
	var ae *apperr.Error
	if errors.As(err, &ae) {
		status, ok := statusOf[ae.Kind]
		if !ok {
			status = http.StatusInternalServerError
		}
		return problem{status: status, code: ae.Kind.String(), message: apperr.Message(err)}
	}
	var he *echo.HTTPError
	if errors.As(err, &he) {
		p := problem{status: he.Code, code: codeForStatus(he.Code)}
		switch {
		case he.Code >= 500:
			p.message = apperr.Message(err)
		case he.Code == http.StatusNotFound:
			p.message = "There is nothing at this address."
		case he.Code == http.StatusMethodNotAllowed:
			p.message = "This address does not accept that kind of request."
		default:
			if m, ok := he.Message.(string); ok && m != "" {
				p.message = m
			} else {
				p.message = http.StatusText(he.Code)
			}
		}
		return p
	}
	return problem{status: http.StatusInternalServerError, code: apperr.Internal.String(), message: apperr.Message(err)}
}

// codeForStatus names statuses that have no apperr kind in the same style.
func codeForStatus(status int) string {
	for k, s := range statusOf {
		if s == status {
			return k.String()
		}
	}
	if t := http.StatusText(status); t != "" {
		return strings.ReplaceAll(strings.ToLower(t), " ", "_")
	}
	return "error"
}

type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id,omitempty"`
}

// handleError is the one place an error becomes a response: an HTML page for
// browsers, {"error":{…}} JSON for API clients, and a log line with the cause
// for every 5xx (the 4xx are the client's business and stay out of the log).
func (s *server) handleError(err error, c echo.Context) {
	p := classify(err)
	req := c.Request()
	if p.status >= 500 {
		attrs := []slog.Attr{
			slog.String("method", req.Method),
			slog.String("path", req.URL.Path),
			slog.Int("status", p.status),
			slog.String("request_id", responseRequestID(c)),
			slog.String("err", err.Error()),
		}
		var pe *panicError
		if errors.As(err, &pe) {
			attrs = append(attrs, slog.String("stack", string(pe.stack)))
		}
		s.log.LogAttrs(req.Context(), slog.LevelError, "request failed", attrs...)
	}
	if c.Response().Committed {
		return // the handler already started its answer; nothing sane to add
	}
	if err := s.writeProblem(c, p); err != nil {
		s.log.ErrorContext(req.Context(), "write error response",
			"path", req.URL.Path, "request_id", responseRequestID(c), "err", err)
	}
}

func (s *server) writeProblem(c echo.Context, p problem) error {
	if c.Request().Method == http.MethodHead {
		return c.NoContent(p.status)
	}
	if wantsJSON(c.Request()) {
		return c.JSON(p.status, errorBody{Error: errorDetail{
			Code: p.code, Message: p.message, RequestID: responseRequestID(c),
		}})
	}
	page := views.NewErrorPage(s.page(c, ""), p.status, p.message, responseRequestID(c), c.Request().URL.Path)
	var buf bytes.Buffer
	if err := views.Error(page).Render(c.Request().Context(), &buf); err != nil {
		// Rendering the error page itself failed: plain words still beat nothing.
		c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextPlainCharsetUTF8)
		c.Response().WriteHeader(p.status)
		_, werr := c.Response().Write([]byte(p.message + "\n"))
		return errors.Join(err, werr)
	}
	return c.HTMLBlob(p.status, buf.Bytes())
}
