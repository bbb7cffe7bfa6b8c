package web

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

// healthz answers 200 while the process can serve HTTP at all; it checks no
// dependency, so an orchestrator restarts the process only when it is wedged.
func (s *server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

type readyBody struct {
	Status string            `json:"status"` // "ready" | "not_ready"
	Checks map[string]string `json:"checks"` // name → "ok" or the error
	Failed []string          `json:"failed,omitempty"`
}

// readyz runs every check at once, each with checkTimeout, and answers 200
// when all pass, else 503 naming each failed check with its error.
func (s *server) readyz(c echo.Context) error {
	results := runChecks(c.Request().Context(), s.checks, checkTimeout)
	body := readyBody{Status: "ready", Checks: make(map[string]string, len(results))}
	for i, err := range results {
		name := s.checks[i].Name
		if err != nil {
			body.Checks[name] = err.Error()
			body.Failed = append(body.Failed, name)
			continue
		}
		body.Checks[name] = "ok"
	}
	if len(body.Failed) > 0 {
		body.Status = "not_ready"
		return c.JSON(http.StatusServiceUnavailable, body)
	}
	return c.JSON(http.StatusOK, body)
}

// runChecks returns one result per check, in order. A check that ignores its
// context is reported as timed out after timeout; its goroutine finishes on
// its own and its late result is dropped.
func runChecks(ctx context.Context, checks []Check, timeout time.Duration) []error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	chans := make([]chan error, len(checks))
	for i, ch := range checks {
		chans[i] = make(chan error, 1) // buffered: a late check never blocks
		go func() { chans[i] <- ch.Check(ctx) }()
	}
	results := make([]error, len(checks))
	for i, done := range chans {
		select {
		case results[i] = <-done:
		case <-ctx.Done():
			// A check that finished just as time ran out still counts.
			select {
			case results[i] = <-done:
			default:
				results[i] = fmt.Errorf("no answer within %s", timeout)
			}
		}
	}
	return results
}

type statusBody struct {
	Chain struct {
		ID     uint64 `json:"id"`
		Height uint64 `json:"height"`
		OK     bool   `json:"ok"`
	} `json:"chain"`
	IPFS struct {
		Blocks int64 `json:"blocks"`
		OK     bool  `json:"ok"`
	} `json:"ipfs"`
	DB struct {
		Backend string `json:"backend"`
		OK      bool   `json:"ok"`
	} `json:"db"`
	// Strip is the status strip as the page shows it, so status.js only
	// copies words and never formats.
	Strip []stripItemBody `json:"strip"`
}

type stripItemBody struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Value string `json:"value"`
	State string `json:"state"` // "ok" | "error"
}

// apiStatus serves the status strip's data as JSON for status.js.
func (s *server) apiStatus(c echo.Context) error {
	st := s.currentStatus(c.Request().Context())
	var body statusBody
	body.Chain.ID, body.Chain.Height, body.Chain.OK = st.ChainID, st.ChainHeight, st.ChainErr == ""
	body.IPFS.Blocks, body.IPFS.OK = st.IPFSBlocks, st.IPFSErr == ""
	body.DB.Backend, body.DB.OK = st.DBBackend, st.DBErr == ""
	for _, it := range stripItems(st) {
		body.Strip = append(body.Strip, stripItemBody{Key: it.Key, Label: it.Label, Value: it.Value, State: it.State()})
	}
	return c.JSON(http.StatusOK, body)
}
