package chain

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
)

// unusableError marks a node that cannot serve at all (it cannot be dialed,
// or it is on another chain): like a network error, it sends the call to the
// next node. Its text is the cause's.
type unusableError struct{ err error }

func (e unusableError) Error() string { return e.err.Error() }
func (e unusableError) Unwrap() error { return e.err }

// IsUnavailable reports whether err means a node could not be reached, did
// not answer in time, or answered at the transport level only (an HTTP error
// status, a malformed body): the same request may be sent to another node.
//
// A JSON-RPC error response (a revert, "nonce too low", "insufficient funds")
// is the node's answer and is never unavailable: retrying it elsewhere would
// only repeat it, or worse, hide it. Neither is a cancelled context: the
// caller gave up. Per-call timeouts are unavailable when the caller's own
// context is still live; Client checks that before asking.
func IsUnavailable(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, rpc.ErrClientQuit) {
		return false
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		return false
	}
	var (
		unusable  unusableError
		httpErr   rpc.HTTPError
		netErr    net.Error
		syntaxErr *json.SyntaxError
	)
	switch {
	case errors.As(err, &unusable),
		errors.Is(err, context.DeadlineExceeded),
		errors.Is(err, io.EOF),
		errors.Is(err, io.ErrUnexpectedEOF),
		errors.As(err, &httpErr),
		errors.As(err, &netErr),
		errors.As(err, &syntaxErr):
		return true
	}
	return false
}

// isIndexing reports geth's answer for a receipt asked for before the
// transaction index caught up (typical right after start).
func isIndexing(err error) bool {
	return err != nil && strings.Contains(err.Error(), "transaction indexing is in progress")
}

// shortNetErr drops the *url.Error layer of an HTTP failure: it repeats the
// URL (possibly with credentials) that our own wrapping already names.
func shortNetErr(err error) error {
	if ue, ok := err.(*url.Error); ok && ue.Err != nil {
		return ue.Err
	}
	return err
}

// redactURL returns raw with any password replaced by "xxxxx", for messages
// and logs.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return u.Redacted()
}

// nodeErrors is every node's failure for one request, printed on one line
// (a CLI prints it as its one line of stderr).
type nodeErrors []error

func (e nodeErrors) Error() string {
	parts := make([]string, len(e))
	for i, err := range e {
		parts[i] = err.Error()
	}
	return strings.Join(parts, "; ")
}

func (e nodeErrors) Unwrap() []error { return e }
