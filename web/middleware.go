package web

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// permissionsPolicy turns off the powerful features the app never uses, so an
// injected script could not use them either.
const permissionsPolicy = "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), " +
	"gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()"

// securityHeaders sets the headers every response carries. They are set before
// the handler runs so error pages and static files get them too; the static
// handler replaces Cache-Control with its own.
func securityHeaders(csp string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			h := c.Response().Header()
			h.Set("Content-Security-Policy", csp)
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("X-Frame-Options", "DENY")
			h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
			h.Set("Permissions-Policy", permissionsPolicy)
			h.Set("Cross-Origin-Opener-Policy", "same-origin")
			h.Set("Cross-Origin-Resource-Policy", "same-origin")
			// Pages will carry session-specific content: no cache may keep them.
			h.Set("Cache-Control", "no-store")
			return next(c)
		}
	}
}

// requestID gives each request an id (a valid incoming X-Request-Id is kept so
// a proxy's id follows the request) and echoes it in the response.
func requestID() echo.MiddlewareFunc {
	return middleware.RequestIDWithConfig(middleware.RequestIDConfig{
		Generator: newRequestID,
		RequestIDHandler: func(c echo.Context, id string) {
			if !validRequestID(id) {
				// Never log or echo arbitrary client text as our id.
				c.Response().Header().Set(echo.HeaderXRequestID, newRequestID())
			}
		},
	})
}

func newRequestID() string {
	var b [12]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go ≥ 1.24)
	return hex.EncodeToString(b[:])
}

func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// responseRequestID is the id the requestID middleware settled on.
func responseRequestID(c echo.Context) string {
	return c.Response().Header().Get(echo.HeaderXRequestID)
}

// quietPaths are polled by probes and by every open page; their successes are
// logged at debug level so they do not drown the log.
func quietPath(p string) bool {
	return p == "/healthz" || p == "/readyz" || p == "/api/status" || strings.HasPrefix(p, "/static/")
}

// requestLogger writes one slog line per request. Errors go to the
// HTTPErrorHandler first (HandleError), so the logged status is the one sent.
func requestLogger(log *slog.Logger) echo.MiddlewareFunc {
	return middleware.RequestLoggerWithConfig(middleware.RequestLoggerConfig{
		HandleError: true,
		LogLatency:  true,
		LogMethod:   true,
		LogURIPath:  true, // the path only: query strings may carry tokens
		LogStatus:   true,
		LogRemoteIP: true,
		LogValuesFunc: func(c echo.Context, v middleware.RequestLoggerValues) error {
			level := slog.LevelInfo
			if v.Status < 400 && quietPath(v.URIPath) {
				level = slog.LevelDebug
			}
			log.LogAttrs(c.Request().Context(), level, "http request",
				slog.String("method", v.Method),
				slog.String("path", v.URIPath),
				slog.Int("status", v.Status),
				slog.Duration("duration", v.Latency),
				slog.String("request_id", responseRequestID(c)),
				slog.String("remote_ip", v.RemoteIP),
			)
			return nil
		},
	})
}

// panicError carries a recovered panic and its stack to the error handler,
// which logs both once, together with the request.
type panicError struct {
	value error
	stack []byte
}

func (p *panicError) Error() string { return fmt.Sprintf("panic: %v", p.value) }
func (p *panicError) Unwrap() error { return p.value }

// recoverPanics turns a panic in a handler into a 500 page instead of a
// dropped connection; the stack goes to the log, never to the client.
func recoverPanics() echo.MiddlewareFunc {
	return middleware.RecoverWithConfig(middleware.RecoverConfig{
		StackSize:       8 << 10,
		DisableStackAll: true, // the panicking goroutine is the one that matters
		LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
			return &panicError{value: err, stack: stack}
		},
	})
}
