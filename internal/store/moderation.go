package store

import (
	"time"

	"modelmarket/internal/moderation"
)

// moderationTables is migration 9: reports, hidden tokens, bans, granted
// admins and the hash-chained audit log. None of these is part of the read
// model: ResetIndex (market reindex) never touches them.
//
// A partial unique index allows one open report per (reporter, target) even
// under concurrent submissions; hidden_tokens is keyed by token id so the
// browse and search queries filter with a NOT EXISTS on its primary key.
func moderationTables(b Backend) []string {
	id := "id INTEGER PRIMARY KEY"
	if b == Postgres {
		id = "id BIGSERIAL PRIMARY KEY"
	}
	return []string{
		`CREATE TABLE reports (
			` + id + `,
			reporter TEXT NOT NULL,
			target TEXT NOT NULL,
			reason TEXT NOT NULL,
			note TEXT NOT NULL DEFAULT '',
			status TEXT NOT NULL,
			created_at ` + ts[b] + ` NOT NULL,
			resolved_at ` + ts[b] + `,
			audit_seq BIGINT NOT NULL DEFAULT 0)`,
		`CREATE UNIQUE INDEX reports_one_open ON reports (reporter, target) WHERE status = 'open'`,
		`CREATE INDEX reports_reporter_created ON reports (reporter, created_at)`,
		`CREATE INDEX reports_target_created ON reports (target, created_at)`,
		`CREATE INDEX reports_status_created ON reports (status, created_at)`,
		`CREATE TABLE hidden_tokens (
			token_id BIGINT PRIMARY KEY,
			admin TEXT NOT NULL,
			reason TEXT NOT NULL,
			hidden_at ` + ts[b] + ` NOT NULL,
			audit_seq BIGINT NOT NULL)`,
		`CREATE TABLE bans (
			address TEXT PRIMARY KEY,
			admin TEXT NOT NULL,
			reason TEXT NOT NULL,
			banned_at ` + ts[b] + ` NOT NULL,
			audit_seq BIGINT NOT NULL)`,
		`CREATE TABLE admins (
			address TEXT PRIMARY KEY,
			granted_by TEXT NOT NULL,
			granted_at ` + ts[b] + ` NOT NULL,
			audit_seq BIGINT NOT NULL)`,
		`CREATE TABLE audit_log (
			seq BIGINT PRIMARY KEY,
			at ` + ts[b] + ` NOT NULL,
			admin TEXT NOT NULL,
			action TEXT NOT NULL,
			target TEXT NOT NULL,
			reason TEXT NOT NULL,
			prev_hash TEXT NOT NULL,
			hash TEXT NOT NULL)`,
		`CREATE INDEX audit_log_target ON audit_log (target, seq)`,
		`CREATE INDEX audit_log_at ON audit_log (at)`,
	}
}

type reportRecord struct {
	ID         int64 `gorm:"primaryKey"`
	Reporter   string
	Target     string
	Reason     string
	Note       string
	Status     string
	CreatedAt  time.Time
	ResolvedAt *time.Time
	AuditSeq   int64
}

func (reportRecord) TableName() string { return "reports" }

func (r reportRecord) report() moderation.Report {
	t, _ := moderation.ParseTarget(r.Target) // written by us from a parsed Target
	rep := moderation.Report{
		ID: r.ID, Reporter: r.Reporter, Target: t, Reason: moderation.Reason(r.Reason), Note: r.Note,
		Status: moderation.ReportStatus(r.Status), CreatedAt: r.CreatedAt.UTC(), AuditSeq: r.AuditSeq,
	}
	if r.ResolvedAt != nil {
		at := r.ResolvedAt.UTC()
		rep.ResolvedAt = &at
	}
	return rep
}

type hiddenRecord struct {
	TokenID  uint64 `gorm:"primaryKey;autoIncrement:false"`
	Admin    string
	Reason   string
	HiddenAt time.Time
	AuditSeq int64
}

func (hiddenRecord) TableName() string { return "hidden_tokens" }

type banRecord struct {
	Address  string `gorm:"primaryKey"`
	Admin    string
	Reason   string
	BannedAt time.Time
	AuditSeq int64
}

func (banRecord) TableName() string { return "bans" }

type adminRecord struct {
	Address   string `gorm:"primaryKey"`
	GrantedBy string
	GrantedAt time.Time
	AuditSeq  int64
}

func (adminRecord) TableName() string { return "admins" }

type auditRecord struct {
	Seq      int64 `gorm:"primaryKey;autoIncrement:false"`
	At       time.Time
	Admin    string
	Action   string
	Target   string
	Reason   string
	PrevHash string
	Hash     string
}

func (auditRecord) TableName() string { return "audit_log" }

func (r auditRecord) entry() moderation.Entry {
	// A target that no longer parses (an edited row) keeps its text in ID,
	// so the verifier's hash still sees exactly what is stored.
	t, err := moderation.ParseTarget(r.Target)
	if err != nil || t.String() != r.Target {
		t = rawTarget(r.Target)
	}
	return moderation.Entry{
		Seq: r.Seq, At: r.At.UTC(), Admin: r.Admin, Action: moderation.Action(r.Action), Target: t,
		Reason: r.Reason, PrevHash: r.PrevHash, Hash: r.Hash,
	}
}

// rawTarget splits a stored target text so that Target.String gives it back.
func rawTarget(s string) moderation.Target {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return moderation.Target{Kind: moderation.TargetKind(s[:i]), ID: s[i+1:]}
		}
	}
	return moderation.Target{Kind: moderation.TargetKind(s)}
}

func auditRecordOf(e moderation.Entry) auditRecord {
	return auditRecord{
		Seq: e.Seq, At: dbTime(e.At), Admin: e.Admin, Action: string(e.Action), Target: e.Target.String(),
		Reason: e.Reason, PrevHash: e.PrevHash, Hash: e.Hash,
	}
}
