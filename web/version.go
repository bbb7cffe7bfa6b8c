package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/listing"
	"modelmarket/internal/trade"
	"modelmarket/internal/upload"
	"modelmarket/web/views"
)

// Versions: the token page's history (read model + the chain's version
// records), the owner's publish page and POST /api/tx/version, which pins the
// new content and metadata and builds ModelNFT.publishVersion.

const (
	// versionActivityLimit is how much of a token's activity is read to find
	// its versions (the mint and every VersionPublished).
	versionActivityLimit = 1000
	// versionDetailLimit bounds how many versions (newest first) get their
	// parameter count read from their metadata JSON on one page view.
	versionDetailLimit = 20
	// maxVersionMetadata bounds a metadata JSON read for its parameter count.
	maxVersionMetadata = 1 << 20
)

// versionHistory builds the token page's Versions section. It never fails
// the page: what cannot be read (the chain, IPFS) is left out with a note.
func (s *server) versionHistory(c echo.Context, t listing.Token, isOwner bool) *views.VersionHistory {
	ctx := c.Request().Context()
	id := strconv.FormatUint(t.ID, 10)
	h := &views.VersionHistory{TokenID: id, CanPublish: isOwner && s.uploads != nil, PublishURL: "/token/" + id + "/publish"}
	acts, err := s.market.Listings.TokenActivity(ctx, t.ID, versionActivityLimit)
	if err != nil {
		s.log.WarnContext(ctx, "version history: activity", "token", t.ID, "err", err)
		h.Note = "The version history could not be read right now."
		return h
	}
	// Activity is newest first; versions are numbered in chain order, the mint being 1.
	var asc []listing.Activity
	for i := len(acts) - 1; i >= 0; i-- {
		if k := acts[i].Kind; k == listing.Minted || k == listing.VersionPublished {
			asc = append(asc, acts[i])
		}
	}
	tid := new(big.Int).SetUint64(t.ID)
	params := make([]int64, len(asc)) // -1: unknown
	missing := false
	for i, a := range asc {
		n := i + 1
		row := views.VersionRow{
			Number: n, When: a.Time.UTC().Format("2006-01-02 15:04 UTC"), Note: a.Note,
			FilesURL: fmt.Sprintf("/token/%d/files?version=%d", t.ID, n), TxHash: a.TxHash, Latest: n == len(asc),
		}
		if len(a.TxHash) > 14 {
			row.TxShort = a.TxHash[:10] + "…" + a.TxHash[len(a.TxHash)-4:]
		}
		params[i] = -1
		v, err := s.market.Trade.Version(ctx, tid, uint64(n))
		if err != nil {
			s.log.WarnContext(ctx, "version history: chain", "token", t.ID, "version", n, "err", err)
			missing = true
		} else {
			row.MetadataCID, row.Digest = v.MetadataCID, v.DigestHex()
			row.MetadataURL = views.GatewayURL(s.gateway, "ipfs://"+v.MetadataCID)
			if len(asc)-i <= versionDetailLimit+1 { // the newest ones and the one before them
				params[i] = s.versionParams(ctx, v.MetadataCID)
			}
		}
		if params[i] > 0 {
			row.Params = views.Count(uint64(params[i]))
			if i > 0 && params[i-1] > 0 {
				row.ParamsChange = views.ParamsChange(params[i-1], params[i])
			}
		}
		h.Rows = append(h.Rows, row)
	}
	// Newest first, like the rest of the page's history.
	for i, j := 0, len(h.Rows)-1; i < j; i, j = i+1, j-1 {
		h.Rows[i], h.Rows[j] = h.Rows[j], h.Rows[i]
	}
	h.Latest = len(asc)
	if missing {
		h.Note = "Part of the history could not be read from the chain right now; reload in a moment."
	}
	if sess := session(c); sess != nil && !isOwner {
		if st, err := s.market.Trade.LicenseStatus(ctx, tid, sess.Address); err == nil {
			h.Licensed = st.Valid
		}
	}
	return h
}

// versionParams reads the parameter count from a version's metadata JSON;
// 0 when it has none, -1 when it cannot be read here.
func (s *server) versionParams(ctx context.Context, metadataCID string) int64 {
	if s.market.Content == nil {
		return -1
	}
	r, err := s.market.Content.Cat(ctx, metadataCID)
	if err != nil {
		return -1
	}
	defer r.Close()
	var doc struct {
		Properties struct {
			ParameterCount int64 `json:"parameter_count"`
		} `json:"properties"`
	}
	if err := json.NewDecoder(io.LimitReader(r, maxVersionMetadata)).Decode(&doc); err != nil {
		return -1
	}
	return doc.Properties.ParameterCount
}

// ownedToken parses the path's token id and checks on chain that the
// signed-in person owns it: 401 when signed out, 403 (in words) otherwise.
func (s *server) ownedToken(c echo.Context, raw string) (common.Address, *big.Int, error) {
	sess := session(c)
	if sess == nil {
		return common.Address{}, nil, apperr.E(apperr.Unauthorized, "Connect your wallet and sign in to publish a version.")
	}
	id, err := parseTokenID(raw)
	if err != nil {
		return common.Address{}, nil, err
	}
	owner, err := s.market.Trade.TokenOwner(c.Request().Context(), id)
	if err != nil {
		return common.Address{}, nil, err
	}
	if owner != sess.Address {
		return common.Address{}, nil, apperr.E(apperr.Forbidden,
			fmt.Sprintf("Only the owner of token #%s can publish a new version of it; it belongs to %s.", id, owner.Hex()))
	}
	return sess.Address, id, nil
}

// publishPage renders /token/:id/publish[?upload=ID] for the token's owner.
func (s *server) publishPage(c echo.Context) error {
	me, id, err := s.ownedToken(c, c.Param("id"))
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	count, err := s.market.Trade.VersionCount(ctx, id)
	if err != nil {
		return err
	}
	p := views.PublishPage{
		TokenID: id.String(), TokenTitle: "Token #" + id.String(), TokenURL: "/token/" + id.String(),
		NextVersion: int(count) + 1, MaxNote: trade.MaxVersionNote,
	}
	var prev listing.Token
	if t, err := s.market.Listings.Token(ctx, id.Uint64()); err == nil {
		prev = t
		if t.Title != "" {
			p.TokenTitle = t.Title
		}
	} else if apperr.KindOf(err) != apperr.NotFound {
		return err
	}
	p.Page = s.page(c, fmt.Sprintf("Publish version %d of %s", p.NextVersion, p.TokenTitle))
	chosen := strings.TrimSpace(c.QueryParam("upload"))
	if p.Choices, err = s.publishChoices(ctx, me.Hex(), chosen); err != nil {
		return err
	}
	if chosen != "" {
		subj, err := s.cardSubjectFor(ctx, me.Hex(), chosen)
		if err != nil {
			return err
		}
		ch := &views.PublishChosen{
			ID: subj.ID, Name: subj.Name, SHA256: subj.Asset.SHA256, CID: subj.ContentCID,
			CardURL: "/upload/" + subj.ID + "/card",
		}
		if subj.Upload == nil {
			ch.KindLabel = fmt.Sprintf("folder · %d files · %s", len(subj.Asset.Files), upload.FormatBytes(subj.Asset.Size))
		} else {
			ch.KindLabel = subj.Upload.Kind + " · " + upload.FormatBytes(subj.Upload.Size)
		}
		if prev.MetadataState != listing.MetadataOK {
			ch.BeforeNote = "The current version's metadata has not been read from IPFS yet, so its description is not compared here."
		}
		meta, _, err := s.mintMetadata(c, me.Hex(), subj, nil)
		switch {
		case apperr.KindOf(err) == apperr.Invalid:
			ch.Problems = []string{strings.TrimPrefix(apperr.Message(err), "Fix the card first: ")}
		case err != nil:
			return err
		default:
			var doc struct {
				Name        string `json:"name"`
				Description string `json:"description"`
			}
			if err := json.Unmarshal(meta, &doc); err != nil {
				return fmt.Errorf("publish page: new metadata: %w", err)
			}
			ch.TitleBefore, ch.TitleAfter = prev.Title, doc.Name
			if prev.Title == "" {
				ch.TitleBefore = doc.Name // unknown before: do not show a change
			}
			ch.Diff = views.LineDiff(prev.Description, doc.Description)
			ch.Changed = strings.TrimSpace(prev.Description) != strings.TrimSpace(doc.Description)
		}
		if prev.ParameterCount > 0 {
			ch.ParamsBefore = views.Count(uint64(prev.ParameterCount))
		}
		if n := subj.Asset.ParameterCount; n > 0 {
			ch.ParamsAfter = views.Count(uint64(n))
			if prev.ParameterCount > 0 {
				ch.ParamsChange = views.ParamsChange(prev.ParameterCount, n)
			}
		}
		p.Chosen = ch
	}
	return render(c, http.StatusOK, views.PublishPageView(p))
}

// publishChoices lists the person's folders, then their single uploads.
func (s *server) publishChoices(ctx context.Context, owner, selected string) ([]views.PublishChoice, error) {
	var out []views.PublishChoice
	if s.uploads.svc.BundlesEnabled() {
		bs, err := s.uploads.svc.Bundles(ctx, owner, myUploadsLimit)
		if err != nil {
			return nil, err
		}
		for _, b := range bs {
			out = append(out, views.PublishChoice{ID: b.ID, Selected: b.ID == selected,
				Label: fmt.Sprintf("%s (folder · %d files · %s)", b.Name, len(b.Files), upload.FormatBytes(b.Size))})
		}
	}
	us, err := s.uploads.svc.List(ctx, owner, myUploadsLimit)
	if err != nil {
		return nil, err
	}
	for _, u := range us {
		name := u.Name
		if name == "" {
			name = "(unnamed)"
		}
		out = append(out, views.PublishChoice{ID: u.ID, Selected: u.ID == selected,
			Label: fmt.Sprintf("%s (%s · %s · %s)", name, u.Kind, upload.FormatBytes(u.Size), u.CreatedAt.UTC().Format("2006-01-02 15:04"))})
	}
	return out, nil
}

// versionRequest is the body of POST /api/tx/version.
type versionRequest struct {
	TokenID  string  `json:"token_id"`
	UploadID string  `json:"upload_id"` // an upload or a folder (bundle-…) of the signed-in person
	Note     string  `json:"note"`
	Source   *string `json:"source"` // the new card text; nil = the saved draft, else the template
}

// versionAnswer is what POST /api/tx/version answers.
type versionAnswer struct {
	Tx          trade.Tx `json:"tx"`
	Version     uint64   `json:"version"` // the number the new version gets
	MetadataCID string   `json:"metadata_cid"`
	ContentCID  string   `json:"content_cid"`
	SHA256      string   `json:"sha256"` // the digest recorded on chain, lower-case hex
	Name        string   `json:"name,omitempty"`
}

// txVersion checks on chain that the signed-in person owns the token (before
// anything is pinned), pins the chosen upload or folder and its new metadata
// JSON (the card, as the mint builds it), then builds publishVersion.
func (s *server) txVersion(c echo.Context) error {
	var req versionRequest
	body := http.MaxBytesReader(c.Response(), c.Request().Body, maxTradeBody)
	if err := json.NewDecoder(body).Decode(&req); err != nil && !errors.Is(err, io.EOF) {
		return apperr.E(apperr.Invalid, "The request body must be a JSON object.")
	}
	me, id, err := s.ownedToken(c, req.TokenID)
	if err != nil {
		return err
	}
	if err := s.refuseBanned(c, me.Hex()); err != nil {
		return err
	}
	if len(req.Note) > trade.MaxVersionNote {
		return apperr.E(apperr.Invalid, fmt.Sprintf("The note is %d bytes; keep it under %d.", len(req.Note), trade.MaxVersionNote))
	}
	if s.market.Pins == nil || s.uploads == nil {
		return apperr.E(apperr.Unavailable, "Publishing versions is not available on this node.")
	}
	if strings.TrimSpace(req.UploadID) == "" {
		return apperr.E(apperr.Invalid, "Choose the upload or folder to publish (upload_id).")
	}
	ctx := c.Request().Context()
	subj, err := s.cardSubjectFor(ctx, me.Hex(), strings.TrimSpace(req.UploadID))
	if err != nil {
		return err
	}
	meta, name, err := s.mintMetadata(c, me.Hex(), subj, req.Source)
	if err != nil {
		return err
	}
	count, err := s.market.Trade.VersionCount(ctx, id)
	if err != nil {
		return err
	}
	// Pin the content first, then the metadata that names it.
	if err := s.market.Pins.Pin(ctx, subj.ContentCID); err != nil {
		return fmt.Errorf("publish version: pin content %s: %w", subj.ContentCID, err)
	}
	metaCID, err := s.market.Pins.Add(ctx, bytes.NewReader(meta))
	if err != nil {
		return fmt.Errorf("publish version: pin metadata: %w", err)
	}
	tx, err := s.market.Trade.PublishVersion(ctx, me, id, metaCID, subj.Digest, req.Note)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, versionAnswer{
		Tx: tx, Version: count + 1, MetadataCID: metaCID, ContentCID: subj.ContentCID,
		SHA256: fmt.Sprintf("%x", subj.Digest), Name: name,
	})
}
