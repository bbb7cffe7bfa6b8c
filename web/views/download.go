package views

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"modelmarket/internal/license"
	"modelmarket/internal/upload"
)

// DownloadFilesPage is /token/:id/files: a version's files for a person the
// chain allows, each with its sha256 beside the on-chain digest.
type DownloadFilesPage struct {
	Page
	ID       string
	TokenURL string
	Name     string
	Access   string // why this person may download, in words
	Version  string // "Version 2 of 3 (latest)"
	Older    bool   // not the latest version
	MetaCID  string
	Digest   string // on chain
	// DigestOK: the files' sha256 give the on-chain digest (the file's own,
	// or a folder's sorted sha256sum list).
	DigestOK   bool
	DigestRule string
	Files      []DownloadFileRow
	TarURL     string
	TarName    string
}

// DownloadFileRow is one file with its download link.
type DownloadFileRow struct {
	Path      string
	URL       string
	Size      string
	SHA256    string
	Encrypted bool
}

// NewDownloadFilesPage formats what the chain and the metadata say.
func NewDownloadFilesPage(p Page, a license.Access, m license.Manifest, pinned bool) DownloadFilesPage {
	id := strconv.FormatUint(a.TokenID, 10)
	v := m.Version
	q := ""
	if pinned {
		q = "?version=" + strconv.FormatUint(v.Number, 10)
	}
	d := DownloadFilesPage{
		Page: p, ID: id, TokenURL: "/token/" + id, Name: m.Name, Access: accessWords(a),
		Version: fmt.Sprintf("Version %d of %d", v.Number, v.Count), Older: v.Number != v.Count,
		MetaCID: v.MetadataCID, Digest: v.DigestHex(), DigestOK: m.DigestOK,
		TarURL: "/token/" + id + "/download" + q, TarName: fmt.Sprintf("token-%s-v%d.tar", id, v.Number),
	}
	if !d.Older {
		d.Version += " (latest)"
	}
	if d.Name == "" {
		d.Name = "Token #" + id
	}
	d.DigestRule = "the file's sha256"
	if len(m.Files) != 1 {
		d.DigestRule = "the sha256 of the folder's sorted sha256sum list"
	}
	for _, f := range m.Files {
		d.Files = append(d.Files, DownloadFileRow{
			Path: f.Path, URL: FileURL(id, f.Path) + q, Size: upload.FormatBytes(f.Size), SHA256: f.SHA256, Encrypted: f.Envelope != nil,
		})
	}
	return d
}

// FileURL is the download URL of one file of token id.
func FileURL(id, path string) string {
	parts := strings.Split(path, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return "/token/" + id + "/files/" + strings.Join(parts, "/")
}

func accessWords(a license.Access) string {
	switch {
	case a.Reason == license.Owner:
		return "You own this token, so you may download its files."
	case a.Reason == license.Licensed && a.Perpetual:
		return "You hold a perpetual license for this token."
	case a.Reason == license.Licensed:
		return "You hold a license for this token, valid until " + a.Expiry.Format("2006-01-02 15:04 UTC") + "."
	}
	return ""
}

// DownloadDeniedPage says why a person may not download a token's files
// and what they would need.
type DownloadDeniedPage struct {
	Page
	ID        string
	TokenURL  string
	OffersURL string
	Status    int
	Reason    string // "sign-in", "no-license", "expired": a hook for tests and styles
	Heading   string
	Message   string
	Steps     []string
	SignIn    bool // show the sign-in hint
}

// NewDownloadDeniedPage words a refusal.
func NewDownloadDeniedPage(p Page, a license.Access) DownloadDeniedPage {
	id := strconv.FormatUint(a.TokenID, 10)
	d := DownloadDeniedPage{Page: p, ID: id, TokenURL: "/token/" + id, OffersURL: "/token/" + id + "#offers", Status: http.StatusForbidden}
	owner := ShortAddress(a.Owner.Hex())
	switch a.Reason {
	case license.NotSignedIn:
		d.Status, d.Reason, d.SignIn = http.StatusUnauthorized, "sign-in", true
		d.Heading = "Sign in to download"
		d.Message = "Token #" + id + "'s files go to its owner and to holders of a valid license. Sign in with your wallet so we can ask the chain which you are."
		d.Steps = []string{
			"Connect your wallet with the button at the top right and sign the sign-in message (it costs nothing).",
			"If you own the token or hold a valid license, this page then lists the files.",
			"If not, buy a license from the token page's offers.",
		}
	case license.Expired:
		d.Reason = "expired"
		d.Heading = "Your license has expired"
		d.Message = "Your license for token #" + id + " ended on " + a.Expiry.Format("2006-01-02 15:04 UTC") + ", by the chain's clock. Downloads need a license that is valid now."
		d.Steps = []string{
			"Renew: buy a license again from the token page's offers, if the owner still offers one.",
			"Files you downloaded before stay yours to use under the terms you accepted, for the time they granted.",
		}
	default:
		d.Reason = "no-license"
		d.Heading = "You need a license to download"
		d.Message = "The chain says " + ShortAddress(a.Account.Hex()) + " neither owns token #" + id + " (its owner is " + owner + ") nor holds a license for it."
		d.Steps = []string{
			"Buy a license from the token page's offers: it works as soon as the transaction is mined.",
			"Or buy the token itself, if it is for sale.",
			"Signed in with another wallet than the one that bought? Sign out and sign in with that one.",
		}
	}
	return d
}
