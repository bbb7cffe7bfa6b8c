// Package moderation holds the marketplace's moderation: reports from
// signed-in people, the admins who act on them, hidden tokens, banned
// addresses, and the public audit log whose entries are chained by sha256 so
// that any edit of history is detectable.
//
// Moderation state lives in the SQL database, never on the chain and never
// in the read model: hiding a token changes what our pages show and which
// transactions our server builds, nothing more (the owner still owns it).
//
// Addresses are lower-case 0x-hex everywhere in this package and in the
// database, as in internal/listing.
package moderation

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"modelmarket/internal/apperr"
)

// TargetKind says what a report or an action is about.
type TargetKind string

const (
	TokenTarget   TargetKind = "token"
	AccountTarget TargetKind = "account"
)

// Target is a token or an account, written "token:7" or "account:0xabc…".
type Target struct {
	Kind TargetKind
	// ID is the token id in decimal, or the account's lower-case 0x-hex address.
	ID string
}

// String is the target's stored and canonical form, "token:7".
func (t Target) String() string { return string(t.Kind) + ":" + t.ID }

// TokenID returns the token's id; ok is false for accounts.
func (t Target) TokenID() (uint64, bool) {
	if t.Kind != TokenTarget {
		return 0, false
	}
	id, err := strconv.ParseUint(t.ID, 10, 64)
	return id, err == nil
}

// TokenTargetOf is the target of token id.
func TokenTargetOf(id uint64) Target {
	return Target{Kind: TokenTarget, ID: strconv.FormatUint(id, 10)}
}

var addressPattern = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

// ParseAddress returns addr lower-cased, or apperr.Invalid when it is not
// 0x and 40 hex digits.
func ParseAddress(addr string) (string, error) {
	addr = strings.TrimSpace(addr)
	if !addressPattern.MatchString(addr) {
		return "", apperr.E(apperr.Invalid, "That is not an Ethereum address (0x and 40 hex digits).")
	}
	return strings.ToLower(addr), nil
}

// AccountTargetOf is the target of an address (apperr.Invalid when it is
// not one).
func AccountTargetOf(addr string) (Target, error) {
	a, err := ParseAddress(addr)
	if err != nil {
		return Target{}, err
	}
	return Target{Kind: AccountTarget, ID: a}, nil
}

// ParseTarget reads "token:7" or "account:0x…" (an address is lower-cased).
// Anything else is apperr.Invalid with words that say what is accepted.
func ParseTarget(s string) (Target, error) {
	kind, id, ok := strings.Cut(strings.TrimSpace(s), ":")
	bad := apperr.E(apperr.Invalid, "Say what this is about: token:ID (like token:7) or account:ADDRESS.")
	if !ok {
		return Target{}, bad
	}
	switch TargetKind(kind) {
	case TokenTarget:
		n, err := strconv.ParseUint(id, 10, 64)
		if err != nil {
			return Target{}, apperr.E(apperr.Invalid, "A token id is a whole number, like token:7.")
		}
		return TokenTargetOf(n), nil
	case AccountTarget:
		return AccountTargetOf(id)
	}
	return Target{}, bad
}

// Reason is why a person reports something.
type Reason string

const (
	ReasonCopyright     Reason = "copyright"
	ReasonMalware       Reason = "malware"
	ReasonImpersonation Reason = "impersonation"
	ReasonSexualViolent Reason = "sexual_violent"
	ReasonOther         Reason = "other"
)

// Reasons lists the report reasons in the order forms show them.
var Reasons = []Reason{ReasonCopyright, ReasonMalware, ReasonImpersonation, ReasonSexualViolent, ReasonOther}

// Label is the reason in words.
func (r Reason) Label() string {
	switch r {
	case ReasonCopyright:
		return "Copyright or other infringement"
	case ReasonMalware:
		return "Malware or an unsafe file format"
	case ReasonImpersonation:
		return "Impersonation or scam"
	case ReasonSexualViolent:
		return "Sexual or violent content"
	case ReasonOther:
		return "Something else"
	}
	return string(r)
}

// ParseReason accepts one of Reasons; apperr.Invalid otherwise.
func ParseReason(s string) (Reason, error) {
	for _, r := range Reasons {
		if string(r) == s {
			return r, nil
		}
	}
	return "", apperr.E(apperr.Invalid, "Choose a reason for the report.")
}

// ReportStatus is where a report stands.
type ReportStatus string

const (
	ReportOpen      ReportStatus = "open"
	ReportDismissed ReportStatus = "dismissed" // an admin looked and did nothing
	ReportActioned  ReportStatus = "actioned"  // an admin hid the token or banned the account
)

// Report is one person's report about a target.
type Report struct {
	ID         int64
	Reporter   string
	Target     Target
	Reason     Reason
	Note       string
	Status     ReportStatus
	CreatedAt  time.Time
	ResolvedAt *time.Time
	// AuditSeq is the audit entry that resolved the report (0 while open).
	AuditSeq int64
}

// Limits on what people type.
const (
	MaxNoteLen   = 2000 // bytes of a report's note
	MaxReasonLen = 1000 // bytes of an admin's reason
	minReasonLen = 3
)

// Action is what an admin does; every action is one audit entry.
type Action string

const (
	ActionDismiss Action = "dismiss" // close the target's open reports, change nothing
	ActionHide    Action = "hide"    // token: vanish from our pages and trades
	ActionRestore Action = "restore" // token: undo hide
	ActionBan     Action = "ban"     // account: no sign-in, upload, mint or list; sessions end
	ActionUnban   Action = "unban"   // account: undo ban
	ActionGrant   Action = "grant_admin"
	ActionRevoke  Action = "revoke_admin"
)

// Label is the action in words, for the audit log and the queue.
func (a Action) Label() string {
	switch a {
	case ActionDismiss:
		return "Dismissed reports"
	case ActionHide:
		return "Hid token"
	case ActionRestore:
		return "Restored token"
	case ActionBan:
		return "Banned account"
	case ActionUnban:
		return "Unbanned account"
	case ActionGrant:
		return "Made admin"
	case ActionRevoke:
		return "Removed admin"
	}
	return string(a)
}

// ParseAction accepts an action that fits the target; apperr.Invalid otherwise.
func ParseAction(s string, t Target) (Action, error) {
	a := Action(s)
	switch {
	case a == ActionDismiss:
	case (a == ActionHide || a == ActionRestore) && t.Kind == TokenTarget:
	case (a == ActionBan || a == ActionUnban || a == ActionGrant || a == ActionRevoke) && t.Kind == AccountTarget:
	default:
		return "", apperr.E(apperr.Invalid, fmt.Sprintf("%q is not an action for %s.", s, t))
	}
	return a, nil
}

// checkText trims s and checks its length and encoding.
func checkText(s string, minLen, maxLen int, what string) (string, error) {
	s = strings.TrimSpace(s)
	switch {
	case !utf8.ValidString(s):
		return "", apperr.E(apperr.Invalid, "The "+what+" is not valid text.")
	case len(s) < minLen:
		return "", apperr.E(apperr.Invalid, fmt.Sprintf("Write a %s (at least %d characters).", what, minLen))
	case len(s) > maxLen:
		return "", apperr.E(apperr.Invalid, fmt.Sprintf("The %s is too long: at most %d characters.", what, maxLen))
	}
	return s, nil
}

// Hidden is a hidden token: who hid it, when and why.
type Hidden struct {
	TokenID  uint64
	Admin    string
	Reason   string
	At       time.Time
	AuditSeq int64
}

// Ban is a banned address.
type Ban struct {
	Address  string
	Admin    string
	Reason   string
	At       time.Time
	AuditSeq int64
}

// Admin is an address with the admin role; FromConfig ones cannot be revoked
// here (they come back at the next start).
type Admin struct {
	Address    string
	GrantedBy  string
	At         time.Time
	FromConfig bool
}

// QueueItem is one target with open reports.
type QueueItem struct {
	Target  Target
	Open    int           // open reports
	Reasons []ReasonCount // open reports per reason, in Reasons order, zeros left out
	First   time.Time     // oldest open report
	Last    time.Time     // newest open report
	Notes   []Report      // the newest open reports (a few)
	Hidden  *Hidden       // tokens: already hidden
	Ban     *Ban          // accounts: already banned
	Preview *TokenPreview // tokens: filled by the service when the read model has the token
}

// ReasonCount is one reason's count.
type ReasonCount struct {
	Reason Reason
	Count  int
}

// TokenPreview is what the queue shows of a reported token.
type TokenPreview struct {
	Title string
	Image string // ipfs://… or https://…
	Owner string
	Kind  string
}

// Stats is the dashboard's numbers.
type Stats struct {
	OpenReports     int
	OpenTargets     int
	ActionsThisWeek int
	Hidden          int
	Banned          int
	// Days are the last days (oldest first, UTC), with uploads and sales.
	Days []DayCount
}

// DayCount is one UTC day's uploads and sales.
type DayCount struct {
	Day     time.Time // midnight UTC
	Uploads int
	Sales   int
}
