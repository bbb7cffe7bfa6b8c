package views

import (
	"fmt"
	"strings"
)

// VersionHistory is the token page's "Versions" section: every version the
// index has seen, newest first, each with what the chain recorded and a
// link to its files.
type VersionHistory struct {
	TokenID string
	Rows    []VersionRow // newest first
	Latest  int          // the newest version's number
	// CanPublish shows "Publish a new version" (the viewer owns the token).
	CanPublish bool
	PublishURL string
	// Licensed marks a viewer with a valid license: js/version.js tells
	// them when a version newer than the last one they saw appeared.
	Licensed bool
	Note     string // "" when every row is complete; else what is missing
}

// VersionRow is one version of a token.
type VersionRow struct {
	Number      int
	When        string // "2026-05-01 12:00 UTC"
	Note        string // the publisher's note; "" for none
	MetadataCID string
	MetadataURL string // on the gateway's origin
	Digest      string // 0x-hex, as on chain
	// Params is the parameter count; ParamsChange the change from the
	// version before when both metadata carry a count ("" otherwise).
	Params       string
	ParamsChange string
	FilesURL     string // /token/:id/files?version=N
	TxHash       string
	TxShort      string
	Latest       bool
}

// ParamsChange describes a parameter count change: "+1.5M", "−200", "no change".
func ParamsChange(before, after int64) string {
	switch d := after - before; {
	case d == 0:
		return "no change"
	case d > 0:
		return "+" + CompactCount(d)
	default:
		return "−" + CompactCount(-d)
	}
}

// CompactCount prints a count in people's units: 950, 12.3K, 1.5M, 7B.
func CompactCount(n int64) string {
	units := []struct {
		size   float64
		suffix string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}}
	for _, u := range units {
		if float64(n) >= u.size {
			s := fmt.Sprintf("%.1f", float64(n)/u.size)
			return strings.TrimSuffix(s, ".0") + u.suffix
		}
	}
	return fmt.Sprint(n)
}

// PublishPage is /token/:id/publish: the owner picks one of their uploads
// or folders, sees how the card changes, writes a note and publishes.
type PublishPage struct {
	Page
	TokenID     string
	TokenTitle  string
	TokenURL    string
	NextVersion int
	CurrentCID  string // the latest version's metadata CID
	Choices     []PublishChoice
	Chosen      *PublishChosen // nil until an upload or folder is chosen
	MaxNote     int
}

// PublishChoice is one upload or folder the owner may publish.
type PublishChoice struct {
	ID       string
	Label    string // "tiny-llm (folder · 3 files · 1.2 MB)"
	Selected bool
}

// PublishChosen is what the chosen upload or folder would publish.
type PublishChosen struct {
	ID        string
	Name      string
	KindLabel string
	SHA256    string
	CID       string
	CardURL   string
	Problems  []string // the card cannot be published as it is
	// BeforeNote says why the current version is not compared ("" when it is).
	BeforeNote string

	TitleBefore, TitleAfter string
	Diff                    []DiffLine
	Changed                 bool // the description differs
	ParamsBefore            string
	ParamsAfter             string
	ParamsChange            string
}

// DiffLine is one line of a line diff.
type DiffLine struct {
	Op   string // "same", "add", "del"
	Text string
}

// maxDiffLines bounds the quadratic diff; longer texts show as replaced.
const maxDiffLines = 2000

// LineDiff compares two texts line by line (longest common subsequence):
// lines only in a are "del", only in b "add". Texts are shown as text
// (templ escapes them), never as HTML.
func LineDiff(a, b string) []DiffLine {
	al, bl := splitLines(a), splitLines(b)
	if len(al) > maxDiffLines || len(bl) > maxDiffLines {
		out := make([]DiffLine, 0, len(al)+len(bl))
		for _, l := range al {
			out = append(out, DiffLine{"del", l})
		}
		for _, l := range bl {
			out = append(out, DiffLine{"add", l})
		}
		return out
	}
	// lcs[i][j] is the LCS length of al[i:] and bl[j:].
	lcs := make([][]int, len(al)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(bl)+1)
	}
	for i := len(al) - 1; i >= 0; i-- {
		for j := len(bl) - 1; j >= 0; j-- {
			if al[i] == bl[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []DiffLine
	i, j := 0, 0
	for i < len(al) && j < len(bl) {
		switch {
		case al[i] == bl[j]:
			out = append(out, DiffLine{"same", al[i]})
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, DiffLine{"del", al[i]})
			i++
		default:
			out = append(out, DiffLine{"add", bl[j]})
			j++
		}
	}
	for ; i < len(al); i++ {
		out = append(out, DiffLine{"del", al[i]})
	}
	for ; j < len(bl); j++ {
		out = append(out, DiffLine{"add", bl[j]})
	}
	return out
}

func splitLines(s string) []string {
	s = strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// DiffSign is the gutter mark of a diff line.
func DiffSign(op string) string {
	switch op {
	case "add":
		return "+"
	case "del":
		return "−"
	}
	return " "
}
