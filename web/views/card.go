package views

import (
	"github.com/a-h/templ"

	mcard "modelmarket/internal/card"
)

// CardPage is the card editor of one upload (/upload/:id/card).
type CardPage struct {
	Page
	UploadID string
	Name     string // the file name
	Art      bool   // an artwork's description rather than a model card
	Source   string // the saved draft, or the template to start from
	SavedAt  string // when the draft was saved; "" when never
	Saved    bool   // just saved: say so
	CanSave  bool   // drafts are kept on this node
	// PreviewHTML is the source's body rendered by card.Render (sanitized).
	PreviewHTML templ.Component
	Problems    []string // front-matter problems, in words
	MintURL     string   // the next step, minting; "" when the marketplace is off
}

// Heading is the page's h1.
func (p CardPage) Heading() string {
	if p.Art {
		return "Describe this artwork"
	}
	return "Model card"
}

// CardLinkText is the upload card's link to the card editor.
func (it UploadItem) CardLinkText() string {
	if mcard.IsArt(it.Kind, it.MediaType) {
		return "Describe this artwork"
	}
	return "Write the model card"
}

// CardURL is the card editor of the upload.
func (it UploadItem) CardURL() templ.SafeURL { return templ.SafeURL("/upload/" + it.ID + "/card") }
