package views

import (
	"fmt"
	"strings"

	"github.com/a-h/templ"

	"modelmarket/internal/upload"
)

// BundleItem is one folder (bundle) of uploads, formatted.
type BundleItem struct {
	ID        string
	Name      string
	CID       string // the directory's root
	Digest    string // the root digest, hex
	Size      string
	FileCount string
	URL       string // the directory on the gateway's origin
	Created   string
	Files     []BundleFileRow // the first maxBundleRows files, by path
	MoreFiles int
}

// BundleFileRow is one file of a folder.
type BundleFileRow struct {
	Path, Size, SHA256, CID, Kind string
	Gated                         bool
}

// maxBundleRows is how many files a folder's card lists.
const maxBundleRows = 200

// NewBundleItem formats b; gateway is the gateway's origin.
func NewBundleItem(b upload.Bundle, gateway string) BundleItem {
	it := BundleItem{
		ID: b.ID, Name: b.Name, CID: b.CID, Digest: b.DigestHex(), Size: upload.FormatBytes(b.Size),
		FileCount: Count(uint64(len(b.Files))), URL: strings.TrimRight(gateway, "/") + "/ipfs/" + b.CID + "/",
		Created: b.CreatedAt.UTC().Format("2006-01-02 15:04 UTC"),
	}
	if b.Size != 1 {
		it.Size += fmt.Sprintf(" (%s bytes)", Count(uint64(b.Size)))
	}
	for i, f := range b.Files {
		if i == maxBundleRows {
			it.MoreFiles = len(b.Files) - i
			break
		}
		kind := kindLabels[f.Kind]
		if kind == "" {
			kind = f.Kind
		}
		it.Files = append(it.Files, BundleFileRow{Path: f.Path, Size: upload.FormatBytes(f.Size), SHA256: f.SHA256Hex(),
			CID: f.CID, Kind: kind, Gated: f.Gated})
	}
	return it
}

// FilesText is "1 file" or "12 files".
func (it BundleItem) FilesText() string {
	if it.FileCount == "1" {
		return "1 file"
	}
	return it.FileCount + " files"
}

// CardURL is the card editor of the folder (bundle ids share the upload
// card URL space).
func (it BundleItem) CardURL() templ.SafeURL { return templ.SafeURL("/upload/" + it.ID + "/card") }
