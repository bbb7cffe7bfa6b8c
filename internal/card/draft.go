package card

import (
	"context"
	"errors"
	"time"
)

// MaxDraftLen is the longest card text a draft keeps (the same as Parse's).
const MaxDraftLen = MaxSourceLen

// Draft is the card text a person is writing for one of their uploads,
// saved between visits. It is pinned only at mint.
type Draft struct {
	UploadID  string
	Owner     string // checksummed 0x address; only the upload's owner writes it
	Source    string // the card as typed: front matter and Markdown
	UpdatedAt time.Time
}

// ErrNoDraft is returned by Drafts.Draft when nothing was saved yet.
var ErrNoDraft = errors.New("no card draft saved")

// Drafts keeps drafts, one per upload. Implemented by internal/store.
type Drafts interface {
	// SaveDraft inserts or replaces the draft of d.UploadID.
	SaveDraft(ctx context.Context, d Draft) error
	// Draft returns the draft of an upload owned by owner, or ErrNoDraft
	// (also when another owner saved it).
	Draft(ctx context.Context, uploadID, owner string) (Draft, error)
}
