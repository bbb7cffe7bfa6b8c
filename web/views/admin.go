package views

import (
	"fmt"
	"net/url"
	"strconv"
	"time"

	"modelmarket/internal/moderation"
)

// The moderation pages' view models: the admin area (dashboard, queue, one
// target's case, admins), the report form and the public audit log.

// whenLayout is how moderation pages print a time.
const whenLayout = "2006-01-02 15:04 UTC"

func modWhen(t time.Time) string { return t.UTC().Format(whenLayout) }

// AdminNav says which admin tab is current: "dashboard", "queue", "admins".
type AdminNav string

// TargetView is a target as pages show it.
type TargetView struct {
	Key     string // "token:7", for forms and links
	Label   string // "Token #7", "Account 0xAbC…1234"
	URL     string // the public page: /token/7, /profile/0x…
	CaseURL string // /admin/case?target=…
	IsToken bool
}

// NewTargetView formats t.
func NewTargetView(t moderation.Target) TargetView {
	v := TargetView{Key: t.String(), CaseURL: "/admin/case?target=" + url.QueryEscape(t.String())}
	if t.Kind == moderation.TokenTarget {
		v.Label, v.URL, v.IsToken = "Token #"+t.ID, "/token/"+t.ID, true
	} else {
		who := NewWho(t.ID)
		v.Label, v.URL = "Account "+who.Short, who.URL
	}
	return v
}

// PreviewView is a token's title, thumbnail and owner.
type PreviewView struct {
	Title    string
	ImageURL string
	Kind     string
	Owner    Who
}

func newPreview(p *moderation.TokenPreview, gateway string) *PreviewView {
	if p == nil {
		return nil
	}
	return &PreviewView{Title: p.Title, ImageURL: GatewayURL(gateway, p.Image), Kind: p.Kind, Owner: NewWho(p.Owner)}
}

// QueueRow is one target of the queue.
type QueueRow struct {
	Target  TargetView
	Open    int
	Reasons []string // "Copyright or other infringement × 2"
	First   string
	Last    string
	Notes   []ReportRow
	State   string // "Hidden", "Banned" or ""
	Preview *PreviewView
}

// ReportRow is one report.
type ReportRow struct {
	Reporter Who
	Reason   string
	Note     string
	When     string
	Status   string
	AuditSeq string // the resolving entry, "" while open
}

func newReportRow(r moderation.Report) ReportRow {
	row := ReportRow{Reporter: NewWho(r.Reporter), Reason: r.Reason.Label(), Note: r.Note, When: modWhen(r.CreatedAt), Status: string(r.Status)}
	if r.AuditSeq > 0 {
		row.AuditSeq = strconv.FormatInt(r.AuditSeq, 10)
	}
	return row
}

// AdminQueuePage is /admin/queue.
type AdminQueuePage struct {
	Page Page
	Rows []QueueRow
}

// NewAdminQueuePage formats the queue.
func NewAdminQueuePage(page Page, items []moderation.QueueItem, gateway string) AdminQueuePage {
	p := AdminQueuePage{Page: page}
	for _, it := range items {
		row := QueueRow{Target: NewTargetView(it.Target), Open: it.Open, First: modWhen(it.First), Last: modWhen(it.Last),
			Preview: newPreview(it.Preview, gateway)}
		for _, rc := range it.Reasons {
			row.Reasons = append(row.Reasons, fmt.Sprintf("%s × %d", rc.Reason.Label(), rc.Count))
		}
		for _, r := range it.Notes {
			row.Notes = append(row.Notes, newReportRow(r))
		}
		switch {
		case it.Hidden != nil:
			row.State = "Hidden"
		case it.Ban != nil:
			row.State = "Banned"
		}
		p.Rows = append(p.Rows, row)
	}
	return p
}

// ActionButton is one action an admin may take on a case.
type ActionButton struct {
	Action  string
	Label   string
	Danger  bool
	Explain string
}

// AdminCasePage is /admin/case?target=…: the target, its state, the actions
// that apply, and its history.
type AdminCasePage struct {
	Page    Page
	Target  TargetView
	Preview *PreviewView
	State   string // "Hidden by moderation since …: reason", "" when none
	Actions []ActionButton
	Reports []ReportRow
	Entries []AuditRow
	Error   string // the refused action's words
	Done    string // the action just taken, in words
	Reason  string // the reason typed, kept when refused
}

// NewAdminCasePage formats c.
func NewAdminCasePage(page Page, c moderation.Case, gateway string) AdminCasePage {
	p := AdminCasePage{Page: page, Target: NewTargetView(c.Target), Preview: newPreview(c.Preview, gateway)}
	open := 0
	for _, r := range c.Reports {
		p.Reports = append(p.Reports, newReportRow(r))
		if r.Status == moderation.ReportOpen {
			open++
		}
	}
	for _, e := range c.Entries {
		p.Entries = append(p.Entries, NewAuditRow(e))
	}
	if open > 0 {
		p.Actions = append(p.Actions, ActionButton{Action: string(moderation.ActionDismiss), Label: fmt.Sprintf("Dismiss %d open report%s", open, pluralS(open)),
			Explain: "Close the reports; change nothing."})
	}
	switch {
	case c.Target.Kind == moderation.TokenTarget && c.Hidden != nil:
		p.State = fmt.Sprintf("Hidden by moderation since %s: %s", modWhen(c.Hidden.At), c.Hidden.Reason)
		p.Actions = append(p.Actions, ActionButton{Action: string(moderation.ActionRestore), Label: "Restore token", Explain: "Show it again in browse, search, home and profiles."})
	case c.Target.Kind == moderation.TokenTarget:
		p.Actions = append(p.Actions, ActionButton{Action: string(moderation.ActionHide), Label: "Hide token", Danger: true,
			Explain: "It vanishes from browse, search, home and profiles; its page says why; no trades are built for it. The chain is untouched."})
	case c.Ban != nil:
		p.State = fmt.Sprintf("Banned since %s: %s", modWhen(c.Ban.At), c.Ban.Reason)
		p.Actions = append(p.Actions, ActionButton{Action: string(moderation.ActionUnban), Label: "Unban account"})
	case c.IsAdmin:
		p.State = "This address is an admin."
		p.Actions = append(p.Actions, ActionButton{Action: string(moderation.ActionRevoke), Label: "Remove admin role", Danger: true})
	default:
		p.Actions = append(p.Actions,
			ActionButton{Action: string(moderation.ActionBan), Label: "Ban account", Danger: true,
				Explain: "No sign-in, upload, mint or list through this server; its sessions end now."},
			ActionButton{Action: string(moderation.ActionGrant), Label: "Make admin"})
	}
	return p
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// AdminAdminsPage is /admin/admins.
type AdminAdminsPage struct {
	Page   Page
	Admins []AdminRow
	Error  string
}

// AdminRow is one admin.
type AdminRow struct {
	Who        Who
	Source     string // "configuration" or "granted by 0x… on …"
	CaseURL    string
	FromConfig bool
}

// NewAdminAdminsPage formats the admins.
func NewAdminAdminsPage(page Page, admins []moderation.Admin) AdminAdminsPage {
	p := AdminAdminsPage{Page: page}
	for _, a := range admins {
		row := AdminRow{Who: NewWho(a.Address), FromConfig: a.FromConfig, Source: "server configuration (--admin)",
			CaseURL: "/admin/case?target=" + url.QueryEscape("account:"+a.Address)}
		if !a.FromConfig {
			row.Source = fmt.Sprintf("granted by %s on %s", ShortAddress(NewWho(a.GrantedBy).Address), modWhen(a.At))
		}
		p.Admins = append(p.Admins, row)
	}
	return p
}

// AdminDashboardPage is /admin.
type AdminDashboardPage struct {
	Page  Page
	Stats []Fact
	Chart Chart
}

// NewAdminDashboardPage formats the stats.
func NewAdminDashboardPage(page Page, s moderation.Stats) AdminDashboardPage {
	return AdminDashboardPage{
		Page: page,
		Stats: []Fact{
			{"Open reports", Count(uint64(s.OpenReports))},
			{"Reported targets", Count(uint64(s.OpenTargets))},
			{"Actions this week", Count(uint64(s.ActionsThisWeek))},
			{"Hidden tokens", Count(uint64(s.Hidden))},
			{"Banned accounts", Count(uint64(s.Banned))},
		},
		Chart: NewChart(s.Days),
	}
}

// Chart is a bar chart of uploads and sales per day, drawn as inline SVG by
// the server (no script, no style attributes: CSP allows neither).
type Chart struct {
	Width, Height int
	Bars          []ChartBar
	Labels        []ChartLabel
	Ticks         []ChartTick
	Max           int
	Total         string // "12 uploads and 3 sales in 14 days"
}

// ChartBar is one rectangle.
type ChartBar struct {
	X, Y, W, H string
	Series     string // "uploads" | "sales"
	Title      string
}

// ChartLabel is a day's label under its bars.
type ChartLabel struct {
	X, Y, Text string
}

// ChartTick is a horizontal grid line with its value.
type ChartTick struct {
	Y, LabelY, Text string
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH = 720, 240
	chartLeft      = 36
	chartBottom    = 28
	chartTop       = 12
)

// NewChart lays out days as pairs of bars (uploads, sales).
func NewChart(days []moderation.DayCount) Chart {
	c := Chart{Width: chartW, Height: chartH}
	uploads, sales := 0, 0
	for _, d := range days {
		c.Max = max(c.Max, d.Uploads, d.Sales)
		uploads += d.Uploads
		sales += d.Sales
	}
	c.Total = fmt.Sprintf("%d upload%s and %d sale%s in %d days", uploads, pluralS(uploads), sales, pluralS(sales), len(days))
	scale := max(c.Max, 4)
	plotH := float64(chartH - chartBottom - chartTop)
	base := float64(chartH - chartBottom)
	for _, v := range []int{0, scale / 2, scale} {
		y := base - plotH*float64(v)/float64(scale)
		c.Ticks = append(c.Ticks, ChartTick{Y: f1(y), LabelY: f1(y + 4), Text: strconv.Itoa(v)})
	}
	if len(days) == 0 {
		return c
	}
	slot := float64(chartW-chartLeft) / float64(len(days))
	barW := slot * 0.34
	for i, d := range days {
		x := float64(chartLeft) + slot*float64(i) + slot*0.14
		day := d.Day.Format("Jan 2")
		for j, s := range []struct {
			name string
			n    int
		}{{"uploads", d.Uploads}, {"sales", d.Sales}} {
			h := plotH * float64(s.n) / float64(scale)
			c.Bars = append(c.Bars, ChartBar{
				X: f1(x + float64(j)*barW), Y: f1(base - h), W: f1(barW - 1), H: f1(h), Series: s.name,
				Title: fmt.Sprintf("%s: %d %s", day, s.n, s.name),
			})
		}
		if len(days) <= 16 || i%2 == 0 {
			c.Labels = append(c.Labels, ChartLabel{X: f1(x + barW), Y: strconv.Itoa(chartH - 8), Text: day})
		}
	}
	return c
}

func itoa(n int) string { return strconv.Itoa(n) }

func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// AuditRow is one audit log entry as the page shows it.
type AuditRow struct {
	Seq      string
	When     string
	Admin    Who
	Action   string
	Target   TargetView
	Reason   string
	Hash     string
	PrevHash string
}

// NewAuditRow formats e.
func NewAuditRow(e moderation.Entry) AuditRow {
	return AuditRow{
		Seq: strconv.FormatInt(e.Seq, 10), When: modWhen(e.At), Admin: NewWho(e.Admin), Action: e.Action.Label(),
		Target: NewTargetView(e.Target), Reason: e.Reason, Hash: e.Hash, PrevHash: e.PrevHash,
	}
}

// AuditPage is /audit.
type AuditPage struct {
	Page     Page
	Rows     []AuditRow
	OlderURL string // "" on the last page
	NewerURL string // "" on the first page
}

// ReportPage is /report?target=…: the form, or the thanks.
type ReportPage struct {
	Page     Page
	Target   TargetView
	What     string // "this token" / "this account"
	Reasons  []ReasonOption
	Note     string
	Error    string
	Done     bool
	SignedIn bool
	MaxNote  int
}

// ReasonOption is one radio button of the report form.
type ReasonOption struct {
	Value, Label string
	Checked      bool
}

// NewReportPage formats the form for t with reason chosen (may be "").
func NewReportPage(page Page, t moderation.Target, reason, note string) ReportPage {
	p := ReportPage{Page: page, Target: NewTargetView(t), Note: note, MaxNote: moderation.MaxNoteLen, SignedIn: page.Account != nil}
	p.What = "this account"
	if t.Kind == moderation.TokenTarget {
		p.What = "this token"
	}
	for _, r := range moderation.Reasons {
		p.Reasons = append(p.Reasons, ReasonOption{Value: string(r), Label: r.Label(), Checked: string(r) == reason})
	}
	return p
}

// HiddenTokenPage is /token/:id for a token hidden by moderation.
type HiddenTokenPage struct {
	Page     Page
	ID       string
	Title    string
	Owner    Who
	Reason   string
	When     string
	AuditURL string
	IsAdmin  bool
	CaseURL  string
}

// SignInPage is /signin?next=…: a page that asks to connect a wallet.
type SignInPage struct {
	Page Page
	Next string
}
