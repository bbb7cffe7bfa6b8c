// Package apperr is the one error type the edge knows how to show a person:
// a kind that maps to a status, a message written for people, and the cause
// kept for the log.
package apperr

import (
	"errors"
	"fmt"
)

// Kind says what went wrong in terms a transport can map (HTTP status, exit code).
type Kind int

const (
	Internal     Kind = iota // a bug or a failed dependency; the message is generic
	Invalid                  // the request is malformed or breaks a rule
	Unauthorized             // the caller must sign in
	Forbidden                // the caller is signed in but may not do this
	NotFound                 // the thing does not exist (or is hidden)
	Conflict                 // the state changed under the caller
	Unavailable              // a dependency (chain, IPFS, DB) does not answer
)

func (k Kind) String() string {
	switch k {
	case Invalid:
		return "invalid"
	case Unauthorized:
		return "unauthorized"
	case Forbidden:
		return "forbidden"
	case NotFound:
		return "not_found"
	case Conflict:
		return "conflict"
	case Unavailable:
		return "unavailable"
	default:
		return "internal"
	}
}

// Error carries a kind, a message a person can read, and an optional cause.
type Error struct {
	Kind    Kind
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", e.Message, e.Err)
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// E returns an error of kind k with message msg for people.
func E(k Kind, msg string) error { return &Error{Kind: k, Message: msg} }

// Wrap returns an error of kind k with message msg that keeps cause for the log.
func Wrap(k Kind, msg string, cause error) error { return &Error{Kind: k, Message: msg, Err: cause} }

// KindOf reports the kind of the first *Error in err's chain, or Internal.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}

// Message reports the message for people of the first *Error in err's chain,
// or a generic sentence that leaks nothing about the cause.
func Message(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Kind != Internal {
		return e.Message
	}
	return "Something went wrong on our side. It has been logged; please try again."
}
