package web

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/moderation"
	"modelmarket/web/views"
)

// auditPage is /audit?before=N: the public audit log, newest first, a page
// of moderation.AuditPageLen entries with seq < N.
func (s *server) auditPage(c echo.Context) error {
	before, err := seqParam(c, "before")
	if err != nil {
		return err
	}
	entries, err := s.mod.Audit(c.Request().Context(), before, moderation.AuditPageLen)
	if err != nil {
		return err
	}
	p := views.AuditPage{Page: s.page(c, "Moderation audit log")}
	for _, e := range entries {
		p.Rows = append(p.Rows, views.NewAuditRow(e))
	}
	if n := len(entries); n == moderation.AuditPageLen && entries[n-1].Seq > 1 {
		p.OlderURL = "/audit?before=" + strconv.FormatInt(entries[n-1].Seq, 10)
	}
	if before > 0 && len(entries) > 0 {
		p.NewerURL = "/audit?before=" + strconv.FormatInt(entries[0].Seq+int64(moderation.AuditPageLen)+1, 10)
	}
	return render(c, http.StatusOK, views.AuditView(p))
}

// auditEntryJSON is one entry of /audit.json; the fields are the canonical
// form's (README "Moderation"), so a reader can recompute every hash.
type auditEntryJSON struct {
	Seq      int64  `json:"seq"`
	At       string `json:"at"` // moderation.TimeLayout, exactly as hashed
	Admin    string `json:"admin"`
	Action   string `json:"action"`
	Target   string `json:"target"`
	Reason   string `json:"reason"`
	PrevHash string `json:"prev_hash"`
	Hash     string `json:"hash"`
}

type auditFeed struct {
	Encoding string           `json:"encoding"`
	Entries  []auditEntryJSON `json:"entries"`
	// Next is the after= of the next page; absent on the last page.
	Next *int64 `json:"next_after,omitempty"`
}

// auditFeedLen is how many entries one page of the feed holds.
const auditFeedLen = 500

// auditJSON is /audit.json?after=N: entries with seq > N, oldest first, so a
// reader verifies the chain as it pages forward.
func (s *server) auditJSON(c echo.Context) error {
	after, err := seqParam(c, "after")
	if err != nil {
		return err
	}
	entries, err := s.mod.Entries(c.Request().Context(), after, auditFeedLen)
	if err != nil {
		return err
	}
	feed := auditFeed{Encoding: "modelmarket-audit-v1: hash = sha256 of the netstrings of (tag, seq, at, admin, action, target, reason, prev_hash)", Entries: []auditEntryJSON{}}
	for _, e := range entries {
		feed.Entries = append(feed.Entries, auditEntryJSON{
			Seq: e.Seq, At: e.At.UTC().Format(moderation.TimeLayout), Admin: e.Admin, Action: string(e.Action),
			Target: e.Target.String(), Reason: e.Reason, PrevHash: e.PrevHash, Hash: e.Hash,
		})
	}
	if len(entries) == auditFeedLen {
		next := entries[len(entries)-1].Seq
		feed.Next = &next
	}
	return c.JSON(http.StatusOK, feed)
}

func seqParam(c echo.Context, name string) (int64, error) {
	v := c.QueryParam(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, apperr.E(apperr.Invalid, "The "+name+" parameter is an entry number, like "+name+"=10.")
	}
	return n, nil
}
