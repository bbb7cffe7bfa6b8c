package web

import (
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/card"
	"modelmarket/internal/listing"
	"modelmarket/internal/trade"
	"modelmarket/web/views"
)

// Reviews and reputation: the token page's reviews section, the review
// endpoint (it pins the comment, then answers {tx} like the trade
// endpoints), the profile's reputation block and /reputation. Who may
// review is asked of the chain (Reviews.canReview), never of the index; the
// reviews themselves and the reputation counts come from the index.

const (
	// maxReviewComment bounds a comment, in characters, as the form does.
	maxReviewComment = 2000
	// maxCommentBytes bounds what is read back from IPFS for one comment:
	// a comment is pinned by whoever calls the contract, not only by us.
	maxCommentBytes = 16 << 10
	// commentReadTimeout bounds reading one comment for a page.
	commentReadTimeout = 2 * time.Second
	// commentCacheEntries bounds the rendered comments kept (at most
	// about maxCommentBytes of HTML each).
	commentCacheEntries = 2048
)

// reviewRequest is the JSON body of POST /api/tx/review.
type reviewRequest struct {
	TokenID string `json:"token_id"`
	Rating  int    `json:"rating"`
	Comment string `json:"comment"` // Markdown; "" for none
}

// txReview pins the comment and builds Reviews.review for the signed-in
// account: {token_id, rating, comment}. Eligibility and the rating are
// checked against the chain before anything is pinned.
func (s *server) txReview(c echo.Context) error {
	sess := session(c)
	if sess == nil {
		return apperr.E(apperr.Unauthorized, "Connect your wallet and sign in first.")
	}
	var req reviewRequest
	body := http.MaxBytesReader(c.Response(), c.Request().Body, 4*maxReviewComment+1024)
	if err := json.NewDecoder(body).Decode(&req); err != nil && !errors.Is(err, io.EOF) {
		return apperr.E(apperr.Invalid, "The request body must be a JSON object with token_id, rating (1–5) and comment.")
	}
	me := sess.Address
	if err := s.refuseBanned(c, me.Hex()); err != nil {
		return err
	}
	id, err := parseTokenID(req.TokenID)
	if err != nil {
		return err
	}
	comment := strings.TrimSpace(req.Comment)
	if !utf8.ValidString(comment) || utf8.RuneCountInString(comment) > maxReviewComment {
		return apperr.E(apperr.Invalid, fmt.Sprintf("A comment is at most %d characters of text.", maxReviewComment))
	}
	ctx := c.Request().Context()
	// Check eligibility and the rating before pinning anything.
	tx, err := s.market.Trade.Review(ctx, me, id, req.Rating, "")
	if err != nil || comment == "" {
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, txAnswer{Tx: &tx})
	}
	if s.market.Pins == nil {
		return apperr.E(apperr.Unavailable, "Comments cannot be saved on this node (no IPFS pinning); publish the rating without a comment.")
	}
	commentCID, err := s.market.Pins.Add(ctx, strings.NewReader(comment+"\n"))
	if err != nil {
		return fmt.Errorf("pin review comment: %w", err)
	}
	tx, err = s.market.Trade.Review(ctx, me, id, req.Rating, commentCID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"tx": tx, "comment_cid": commentCID})
}

// reviewsSection builds the token page's reviews. A signed-in viewer's
// eligibility is asked of the chain now; a chain that does not answer
// leaves the form out with a sentence, never fails the page.
func (s *server) reviewsSection(c echo.Context, t listing.Token) *views.ReviewsSection {
	ctx := c.Request().Context()
	r := &views.ReviewsSection{TokenID: strconv.FormatUint(t.ID, 10)}
	viewer := ""
	if sess := session(c); sess != nil {
		viewer, r.SignedIn = sess.Address.Hex(), true
	}
	reviews, err := s.market.Listings.TokenReviews(ctx, t.ID)
	if err != nil {
		r.Err = "The reviews could not be read right now."
		s.log.WarnContext(ctx, "token reviews", "token_id", t.ID, "err", err)
		return r
	}
	tally := listing.TallyOf(reviews)
	r.Count = tally.Count
	if tally.Count > 0 {
		r.Average, r.Stars = views.RatingAverage(tally.Mean()), views.NewStars(tally.Mean())
	}
	for _, rv := range reviews {
		it := views.NewReviewItem(rv, viewer)
		if rv.CommentCID != "" {
			it.CommentURL = views.GatewayURL(s.gateway, "ipfs://"+rv.CommentCID)
			if html, ok := s.comment(ctx, rv.CommentCID); ok {
				it.CommentHTML = templ.Raw(html) // sanitized by card.Render
			} else {
				it.CommentNote = "The comment could not be read from IPFS right now."
			}
		}
		r.Items = append(r.Items, it)
	}
	if !r.SignedIn {
		return r
	}
	st, err := s.market.Trade.ReviewState(ctx, new(big.Int).SetUint64(t.ID), session(c).Address)
	if err != nil {
		r.Err = "Whether you may review this token could not be asked of the chain right now: " + apperr.Message(err)
		return r
	}
	r.Eligible, r.MyRating = st.Eligible, int(st.Rating)
	if !st.Eligible {
		r.Reason = trade.IneligibleReason
	}
	return r
}

// comment reads a review comment from IPFS (at most maxCommentBytes) and
// renders it sanitized, keeping the result per CID: a CID's content never
// changes. ok is false when it cannot be read now (not kept, so a later
// view tries again).
func (s *server) comment(ctx context.Context, cid string) (html string, ok bool) {
	if html, ok := s.comments.get(cid); ok {
		return html, true
	}
	if s.market.Content == nil {
		return "", false
	}
	ctx, cancel := context.WithTimeout(ctx, commentReadTimeout)
	defer cancel()
	rc, err := s.market.Content.Cat(ctx, cid)
	if err != nil {
		return "", false
	}
	defer rc.Close()
	text, err := io.ReadAll(io.LimitReader(rc, maxCommentBytes))
	if err != nil {
		return "", false
	}
	html, err = card.Render(strings.ToValidUTF8(string(text), "\uFFFD"), s.gateway)
	if err != nil {
		return "", false
	}
	s.comments.put(cid, html)
	return html, true
}

// reputationBlock is the profile's reputation for a creator; nil when the
// address created nothing (there is nothing to rate).
func (s *server) reputationBlock(c echo.Context, p listing.Profile) *views.ReputationView {
	if p.CreatedCount == 0 {
		return nil
	}
	ctx := c.Request().Context()
	r, err := s.market.Listings.Reputation(ctx, p.Address)
	if err != nil {
		s.log.WarnContext(ctx, "reputation", "address", p.Address, "err", err)
		return &views.ReputationView{Err: "The reputation could not be computed right now."}
	}
	return views.NewReputationView(r)
}

// noCreator is an address that created no token: its reputation carries
// the marketplace's prior alone.
const noCreator = "0x0000000000000000000000000000000000000000"

// reputationPage renders /reputation: the formula, a worked example and
// the marketplace's prior now.
func (s *server) reputationPage(c echo.Context) error {
	p := views.ReputationPage{Page: s.page(c, "How reputation works"), Weight: listing.ReputationWeight,
		Neutral: strconv.FormatFloat(listing.NeutralRating, 'f', -1, 64)}
	r, err := s.market.Listings.Reputation(c.Request().Context(), noCreator)
	if err != nil {
		s.log.WarnContext(c.Request().Context(), "reputation page", "err", err)
		p.Err = "The marketplace's current reviews could not be read right now."
		return render(c, http.StatusOK, views.ReputationPageView(p))
	}
	p.MarketReviews = reviewsWord(r.Market.Count)
	if r.Market.Count > 0 {
		p.MarketMean = views.RatingAverage(r.Market.Mean())
	}
	p.Prior = strconv.FormatFloat(r.Prior, 'f', 2, 64)
	return render(c, http.StatusOK, views.ReputationPageView(p))
}

func reviewsWord(n int) string {
	if n == 1 {
		return "1 review"
	}
	return views.Count(uint64(n)) + " reviews"
}

// commentCache keeps rendered comments by CID, least recently used out
// first. The zero value is not usable; newCommentCache makes one. A nil
// *commentCache keeps nothing.
type commentCache struct {
	mu      sync.Mutex
	entries map[string]*list.Element // of commentEntry
	order   *list.List               // front: most recently used
	max     int
}

type commentEntry struct{ cid, html string }

func newCommentCache(max int) *commentCache {
	return &commentCache{entries: map[string]*list.Element{}, order: list.New(), max: max}
}

func (cc *commentCache) get(cid string) (string, bool) {
	if cc == nil {
		return "", false
	}
	cc.mu.Lock()
	defer cc.mu.Unlock()
	el, ok := cc.entries[cid]
	if !ok {
		return "", false
	}
	cc.order.MoveToFront(el)
	return el.Value.(commentEntry).html, true
}

func (cc *commentCache) put(cid, html string) {
	if cc == nil {
		return
	}
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if el, ok := cc.entries[cid]; ok {
		cc.order.MoveToFront(el)
		return
	}
	cc.entries[cid] = cc.order.PushFront(commentEntry{cid: cid, html: html})
	for cc.order.Len() > cc.max {
		last := cc.order.Back()
		cc.order.Remove(last)
		delete(cc.entries, last.Value.(commentEntry).cid)
	}
}
