package views

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/a-h/templ"

	"modelmarket/internal/listing"
)

// ReviewsSection is the token page's "Reviews" section: the current
// reviews with their average, and for the viewer either the form or the
// reason they cannot review.
type ReviewsSection struct {
	TokenID string
	Count   int
	Average string // "4.5"; "" when there are none
	Stars   Stars  // the average, rounded to half stars
	Items   []ReviewItem

	SignedIn bool
	Eligible bool   // the chain says the viewer may review (Reviews.canReview)
	Reason   string // why the viewer cannot review; "" when they can or are signed out
	MyRating int    // the viewer's current rating on chain, 0 when none
	Err      string // the chain could not be asked; the form is left out
}

// ReviewItem is one review in the list.
type ReviewItem struct {
	Reviewer Who
	Rating   int
	Stars    Stars
	When     string
	Edited   bool
	TxHash   string // lower-case, as the index has it
	TxShort  string
	Mine     bool
	// CommentHTML is the comment's Markdown rendered by card.Render
	// (sanitized); nil when there is no comment or it could not be read.
	CommentHTML templ.Component
	CommentURL  string // the comment file on the gateway; "" for none
	CommentNote string // why the comment is not shown, "" when it is (or there is none)
}

// Stars is a rating drawn as five stars: Full whole stars, an optional
// half, the rest empty.
type Stars struct {
	Full  int
	Half  bool
	Empty int
	Label string // "4.5 out of 5 stars", for screen readers and tooltips
}

// NewStars draws rating (0–5) rounded to the nearest half star.
func NewStars(rating float64) Stars {
	halves := int(rating*2 + 0.5)
	halves = max(0, min(10, halves))
	s := Stars{Full: halves / 2, Half: halves%2 == 1}
	s.Empty = 5 - s.Full
	if s.Half {
		s.Empty--
	}
	s.Label = strings.TrimSuffix(strings.TrimSuffix(strconv.FormatFloat(rating, 'f', 2, 64), "0"), ".0") + " out of 5 stars"
	return s
}

// Repeat returns n copies of glyph (for the templ).
func (Stars) Repeat(glyph string, n int) string { return strings.Repeat(glyph, max(n, 0)) }

// NewReviewItem formats r; viewer is the signed-in address ("" if none).
func NewReviewItem(r listing.Review, viewer string) ReviewItem {
	return ReviewItem{
		Reviewer: NewWho(r.Reviewer), Rating: r.Rating, Stars: NewStars(float64(r.Rating)),
		When: r.Time.UTC().Format("2006-01-02"), Edited: r.Edited, TxHash: strings.ToLower(r.TxHash), TxShort: shortHash(r.TxHash),
		Mine: viewer != "" && strings.EqualFold(viewer, r.Reviewer),
	}
}

// RatingAverage formats a mean rating: "4.5", "4.33".
func RatingAverage(mean float64) string {
	s := strconv.FormatFloat(mean, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// RatingChoices are the form's options, best first.
var RatingChoices = []struct {
	Value int
	Label string
}{
	{5, "★★★★★ 5 — excellent"}, {4, "★★★★☆ 4 — good"}, {3, "★★★☆☆ 3 — fair"}, {2, "★★☆☆☆ 2 — poor"}, {1, "★☆☆☆☆ 1 — bad"},
}

// ReputationView is a creator's reputation as the profile shows it.
type ReputationView struct {
	Score        string // "4.18"
	Stars        Stars
	Reviews      int
	ReviewsLabel string // "3 verified reviews"
	Sales        string
	LicensesSold string
	Prior        string // m, "3.89"
	Err          string // the read model could not be read
}

// NewReputationView formats r.
func NewReputationView(r listing.Reputation) *ReputationView {
	label := fmt.Sprintf("%d verified reviews", r.Reviews.Count)
	if r.Reviews.Count == 1 {
		label = "1 verified review"
	}
	return &ReputationView{
		Score: strconv.FormatFloat(r.Score, 'f', 2, 64), Stars: NewStars(r.Score), Reviews: r.Reviews.Count, ReviewsLabel: label,
		Sales: Count(uint64(r.Sales)), LicensesSold: Count(uint64(r.LicensesSold)), Prior: strconv.FormatFloat(r.Prior, 'f', 2, 64),
	}
}

// ReputationPage is /reputation: the formula, a worked example and the
// marketplace's current prior.
type ReputationPage struct {
	Page
	Weight        int    // C
	Neutral       string // "3"
	MarketReviews string // N now: "12 reviews"
	MarketMean    string // the raw mean of all reviews now; "" when none
	Prior         string // m now
	Err           string
}
