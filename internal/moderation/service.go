package moderation

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"modelmarket/internal/apperr"
)

// Errors a Store returns for refusals (everything else is the database's).
var (
	// ErrOpenReport: the reporter already has an open report on the target.
	ErrOpenReport = errors.New("moderation: an open report exists")
	// ErrRateLimited: the reporter reached the limit for the window.
	ErrRateLimited = errors.New("moderation: too many reports")
	// ErrNoChange: the action would change nothing (hide a hidden token,
	// dismiss a target without open reports, …).
	ErrNoChange = errors.New("moderation: nothing to change")
)

// Store is moderation's storage port; internal/store implements it on SQLite
// and PostgreSQL. Methods return an error only when the database fails,
// except where noted.
type Store interface {
	// AddReport stores r (ID, status open, CreatedAt set by the caller) in
	// one transaction with its checks: ErrOpenReport when r.Reporter has an
	// open report on r.Target (also under a concurrent twin), ErrRateLimited
	// when r.Reporter made limit or more reports at or after since.
	AddReport(ctx context.Context, r Report, since time.Time, limit int) (Report, error)
	// Act applies e's action and appends e to the audit log in one
	// transaction, serialized against every other Act so the chain never
	// forks: it seals e after the current last entry (Seal) and returns it.
	// Hide/restore add/remove the hidden token, ban/unban the ban (ban also
	// deletes the address's sessions), grant/revoke the admin row; hide and
	// ban mark the target's open reports actioned, dismiss marks them
	// dismissed. ErrNoChange when the action would change nothing.
	Act(ctx context.Context, e Entry) (Entry, error)
	// Queue returns the targets with open reports, most reported first, at
	// most limit, each with up to notes of its newest open reports.
	Queue(ctx context.Context, limit, notes int) ([]QueueItem, error)
	// Reports returns a target's reports, newest first, at most limit.
	Reports(ctx context.Context, t Target, limit int) ([]Report, error)
	// TargetEntries returns a target's audit entries, newest first, at most limit.
	TargetEntries(ctx context.Context, t Target, limit int) ([]Entry, error)
	// HiddenToken returns the token's hide, ok false when it is visible.
	HiddenToken(ctx context.Context, id uint64) (h Hidden, ok bool, err error)
	// BanOf returns the address's ban, ok false when it is not banned.
	BanOf(ctx context.Context, addr string) (b Ban, ok bool, err error)
	// GrantedAdmins returns the admins granted by other admins.
	GrantedAdmins(ctx context.Context) ([]Admin, error)
	// IsGrantedAdmin reports whether addr was granted the role.
	IsGrantedAdmin(ctx context.Context, addr string) (bool, error)
	// Entries returns audit entries with Seq > after, oldest first, at most limit.
	Entries(ctx context.Context, after int64, limit int) ([]Entry, error)
	// LatestEntries returns entries with Seq < before (0 = no bound), newest
	// first, at most limit.
	LatestEntries(ctx context.Context, before int64, limit int) ([]Entry, error)
	// Stats counts open reports and targets, entries at or after weekStart,
	// hidden tokens and bans, and uploads and sales per UTC day for the days
	// days ending today (now's day).
	Stats(ctx context.Context, now, weekStart time.Time, days int) (Stats, error)
}

// Config configures a Service.
type Config struct {
	Store Store
	// Admins are the addresses named in configuration (--admin): always
	// admins, never revoked here.
	Admins []string
	// ReportsPerHour bounds one reporter's reports (default 10).
	ReportsPerHour int
	// Preview, when set, describes a token for the queue (ok false when the
	// read model does not have it).
	Preview func(ctx context.Context, tokenID uint64) (TokenPreview, bool)
	Logger  *slog.Logger
	Now     func() time.Time // time.Now when nil
}

// Service runs reports, admin actions and the audit log. It is safe for
// concurrent use.
type Service struct {
	store     Store
	admins    map[string]bool
	perHour   int
	preview   func(ctx context.Context, tokenID uint64) (TokenPreview, bool)
	log       *slog.Logger
	now       func() time.Time
	adminList []string
}

// NewService checks cfg: Store is required and every configured admin must
// be an address.
func NewService(cfg Config) (*Service, error) {
	if cfg.Store == nil {
		return nil, errors.New("moderation: Store is required")
	}
	s := &Service{store: cfg.Store, admins: map[string]bool{}, perHour: cfg.ReportsPerHour, preview: cfg.Preview, log: cfg.Logger, now: cfg.Now}
	for _, a := range cfg.Admins {
		addr, err := ParseAddress(a)
		if err != nil {
			return nil, fmt.Errorf("moderation: admin %q is not an address", a)
		}
		if !s.admins[addr] {
			s.adminList = append(s.adminList, addr)
		}
		s.admins[addr] = true
	}
	if s.perHour <= 0 {
		s.perHour = 10
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s, nil
}

// IsAdmin reports whether addr (any case) holds the admin role, from
// configuration or granted.
func (s *Service) IsAdmin(ctx context.Context, addr string) (bool, error) {
	a, err := ParseAddress(addr)
	if err != nil {
		return false, nil
	}
	if s.admins[a] {
		return true, nil
	}
	ok, err := s.store.IsGrantedAdmin(ctx, a)
	if err != nil {
		return false, fmt.Errorf("moderation: is admin %s: %w", a, err)
	}
	return ok, nil
}

// Admins lists configured then granted admins.
func (s *Service) Admins(ctx context.Context) ([]Admin, error) {
	var out []Admin
	for _, a := range s.adminList {
		out = append(out, Admin{Address: a, FromConfig: true})
	}
	granted, err := s.store.GrantedAdmins(ctx)
	if err != nil {
		return nil, fmt.Errorf("moderation: admins: %w", err)
	}
	for _, g := range granted {
		if !s.admins[g.Address] {
			out = append(out, g)
		}
	}
	return out, nil
}

// Report files reporter's report. Errors: apperr.Invalid for a bad reason or
// note; apperr.Conflict when reporter already has an open report on the
// target; apperr.Forbidden when reporter made ReportsPerHour reports in the
// last hour (wrapping ErrRateLimited) or is banned; else the store's.
func (s *Service) Report(ctx context.Context, reporter string, t Target, reason Reason, note string) (Report, error) {
	who, err := ParseAddress(reporter)
	if err != nil {
		return Report{}, err
	}
	if _, err := ParseReason(string(reason)); err != nil {
		return Report{}, err
	}
	if note, err = checkText(note, 0, MaxNoteLen, "note"); err != nil {
		return Report{}, err
	}
	if t.Kind == AccountTarget && t.ID == who {
		return Report{}, apperr.E(apperr.Invalid, "You cannot report your own account.")
	}
	if err := s.CheckBanned(ctx, who); err != nil {
		return Report{}, err
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	r, err := s.store.AddReport(ctx, Report{Reporter: who, Target: t, Reason: reason, Note: note, Status: ReportOpen, CreatedAt: now},
		now.Add(-time.Hour), s.perHour)
	switch {
	case errors.Is(err, ErrOpenReport):
		return Report{}, apperr.E(apperr.Conflict, "You already reported this and the report is still open: the moderators have it in their queue.")
	case errors.Is(err, ErrRateLimited):
		return Report{}, apperr.Wrap(apperr.Forbidden, fmt.Sprintf("You have sent %d reports in the last hour, the most we accept. Please wait a while before sending another.", s.perHour), ErrRateLimited)
	case err != nil:
		return Report{}, fmt.Errorf("moderation: report %s: %w", t, err)
	}
	s.log.InfoContext(ctx, "report filed", "report_id", r.ID, "target", t.String(), "reason", string(reason))
	return r, nil
}

// Act performs an admin's action on a target with a reason and returns its
// audit entry. Errors: apperr.Forbidden when admin is not an admin, or the
// action would ban an admin or revoke a configured admin; apperr.Invalid for
// an action that does not fit the target or a missing reason;
// apperr.Conflict when it would change nothing; else the store's.
func (s *Service) Act(ctx context.Context, admin string, t Target, action Action, reason string) (Entry, error) {
	who, err := ParseAddress(admin)
	if err != nil {
		return Entry{}, err
	}
	ok, err := s.IsAdmin(ctx, who)
	if err != nil {
		return Entry{}, err
	}
	if !ok {
		return Entry{}, apperr.E(apperr.Forbidden, "Only admins can do this.")
	}
	if action, err = ParseAction(string(action), t); err != nil {
		return Entry{}, err
	}
	if reason, err = checkText(reason, minReasonLen, MaxReasonLen, "reason"); err != nil {
		return Entry{}, err
	}
	if t.Kind == AccountTarget {
		targetAdmin, err := s.IsAdmin(ctx, t.ID)
		if err != nil {
			return Entry{}, err
		}
		switch {
		case action == ActionBan && targetAdmin:
			return Entry{}, apperr.E(apperr.Forbidden, "This address is an admin: remove its admin role before banning it.")
		case action == ActionRevoke && s.admins[t.ID]:
			return Entry{}, apperr.E(apperr.Forbidden, "This admin is named in the server's configuration (--admin); remove it there.")
		case action == ActionGrant && targetAdmin:
			return Entry{}, apperr.E(apperr.Conflict, "This address is already an admin.")
		}
	}
	e, err := s.store.Act(ctx, Entry{At: s.now(), Admin: who, Action: action, Target: t, Reason: reason})
	if errors.Is(err, ErrNoChange) {
		return Entry{}, apperr.E(apperr.Conflict, noChange(action))
	}
	if err != nil {
		return Entry{}, fmt.Errorf("moderation: %s %s: %w", action, t, err)
	}
	s.log.InfoContext(ctx, "moderation action", "seq", e.Seq, "admin", who, "action", string(action), "target", t.String())
	return e, nil
}

func noChange(a Action) string {
	switch a {
	case ActionDismiss:
		return "There are no open reports to dismiss."
	case ActionHide:
		return "This token is already hidden."
	case ActionRestore:
		return "This token is not hidden."
	case ActionBan:
		return "This address is already banned."
	case ActionUnban:
		return "This address is not banned."
	case ActionRevoke:
		return "This address is not a granted admin."
	}
	return "Nothing to change."
}

// QueueLimit bounds the queue page.
const QueueLimit = 100

// Queue returns the targets with open reports, most reported first, with a
// token preview when Preview knows the token.
func (s *Service) Queue(ctx context.Context) ([]QueueItem, error) {
	items, err := s.store.Queue(ctx, QueueLimit, 3)
	if err != nil {
		return nil, fmt.Errorf("moderation: queue: %w", err)
	}
	for i := range items {
		s.fillPreview(ctx, &items[i].Preview, items[i].Target)
	}
	return items, nil
}

func (s *Service) fillPreview(ctx context.Context, into **TokenPreview, t Target) {
	if id, ok := t.TokenID(); ok && s.preview != nil {
		if p, ok := s.preview(ctx, id); ok {
			*into = &p
		}
	}
}

// Case is everything an admin sees about one target.
type Case struct {
	Target  Target
	Preview *TokenPreview
	Hidden  *Hidden
	Ban     *Ban
	IsAdmin bool // accounts: holds the admin role
	Reports []Report
	Entries []Entry
}

// caseLimit bounds a case's history.
const caseLimit = 200

// Case returns a target's state and history (reports and actions, newest first).
func (s *Service) Case(ctx context.Context, t Target) (Case, error) {
	c := Case{Target: t}
	var err error
	if c.Reports, err = s.store.Reports(ctx, t, caseLimit); err != nil {
		return Case{}, fmt.Errorf("moderation: case %s: %w", t, err)
	}
	if c.Entries, err = s.store.TargetEntries(ctx, t, caseLimit); err != nil {
		return Case{}, fmt.Errorf("moderation: case %s: %w", t, err)
	}
	if id, ok := t.TokenID(); ok {
		if c.Hidden, err = s.HiddenToken(ctx, id); err != nil {
			return Case{}, err
		}
	} else {
		if b, ok, err := s.store.BanOf(ctx, t.ID); err != nil {
			return Case{}, fmt.Errorf("moderation: case %s: %w", t, err)
		} else if ok {
			c.Ban = &b
		}
		if c.IsAdmin, err = s.IsAdmin(ctx, t.ID); err != nil {
			return Case{}, err
		}
	}
	s.fillPreview(ctx, &c.Preview, t)
	return c, nil
}

// HiddenToken returns the token's hide, or nil when it is visible.
func (s *Service) HiddenToken(ctx context.Context, id uint64) (*Hidden, error) {
	h, ok, err := s.store.HiddenToken(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("moderation: hidden %d: %w", id, err)
	}
	if !ok {
		return nil, nil
	}
	return &h, nil
}

// CheckBanned returns apperr.Forbidden "This address is banned from this
// marketplace: <reason>" when addr is banned, nil when it is not (or is not
// an address), else the store's error.
func (s *Service) CheckBanned(ctx context.Context, addr string) error {
	a, err := ParseAddress(addr)
	if err != nil {
		return nil
	}
	b, ok, err := s.store.BanOf(ctx, a)
	if err != nil {
		return fmt.Errorf("moderation: ban of %s: %w", a, err)
	}
	if ok {
		return apperr.E(apperr.Forbidden, "This address is banned from this marketplace: "+b.Reason)
	}
	return nil
}

// CheckTradable returns apperr.Forbidden when the token is hidden by
// moderation (our server builds no listing or sale for it), nil otherwise.
func (s *Service) CheckTradable(ctx context.Context, tokenID uint64) error {
	h, err := s.HiddenToken(ctx, tokenID)
	if err != nil {
		return err
	}
	if h != nil {
		return apperr.E(apperr.Forbidden, fmt.Sprintf("Token #%d was hidden by moderation (%s): this marketplace builds no listing or sale for it.", tokenID, h.Reason))
	}
	return nil
}

// AuditPageLen is how many entries one page of the audit log shows.
const AuditPageLen = 50

// Audit returns up to limit entries before seq before (0 = the newest), newest first.
func (s *Service) Audit(ctx context.Context, before int64, limit int) ([]Entry, error) {
	if limit <= 0 || limit > 500 {
		limit = AuditPageLen
	}
	es, err := s.store.LatestEntries(ctx, before, limit)
	if err != nil {
		return nil, fmt.Errorf("moderation: audit log: %w", err)
	}
	return es, nil
}

// Entries returns up to limit entries (at most 1000) after seq after,
// oldest first: the feed readers verify the chain from.
func (s *Service) Entries(ctx context.Context, after int64, limit int) ([]Entry, error) {
	es, err := s.store.Entries(ctx, after, min(max(limit, 1), 1000))
	if err != nil {
		return nil, fmt.Errorf("moderation: audit entries: %w", err)
	}
	return es, nil
}

// Stats returns the dashboard's numbers over the last days days.
func (s *Service) Stats(ctx context.Context, days int) (Stats, error) {
	now := s.now().UTC()
	st, err := s.store.Stats(ctx, now, now.Add(-7*24*time.Hour), days)
	if err != nil {
		return Stats{}, fmt.Errorf("moderation: stats: %w", err)
	}
	return st, nil
}

// EntryReader is what Verify reads; the Store has it.
type EntryReader interface {
	Entries(ctx context.Context, after int64, limit int) ([]Entry, error)
}

// Verify reads the whole audit log in order and checks its chain. It returns
// how many entries passed and the last one (nil for an empty log), and a
// *ChainError naming the first bad entry, or the reader's error.
func Verify(ctx context.Context, r EntryReader) (int64, *Entry, error) {
	var v Verifier
	after := int64(0)
	for {
		batch, err := r.Entries(ctx, after, 1000)
		if err != nil {
			return v.Count(), v.Head(), fmt.Errorf("read audit log after %d: %w", after, err)
		}
		for _, e := range batch {
			if err := v.Next(e); err != nil {
				return v.Count(), v.Head(), err
			}
			after = e.Seq
		}
		if len(batch) < 1000 {
			return v.Count(), v.Head(), nil
		}
	}
}
