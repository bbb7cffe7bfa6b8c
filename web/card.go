package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/card"
	"modelmarket/internal/upload"
	"modelmarket/web/views"
)

// The card editor: /upload/:id/card shows the saved draft (or a template
// filled from the inspection) with a server-rendered preview; card.js
// re-renders the preview as the person types (POST /api/card/preview) and
// shows the ERC-721 JSON the mint will pin (POST /api/uploads/:id/card/metadata).
// Saving is a plain form POST so it works without script.

// maxCardBody bounds a card request's body: the card plus form/JSON overhead.
const maxCardBody = 2 * card.MaxSourceLen

// cardRequest is the JSON body of the preview and metadata endpoints.
type cardRequest struct {
	Source string `json:"source"`
}

// previewJSON is what the preview endpoint answers.
type previewJSON struct {
	HTML     string         `json:"html"`
	Problems []card.Problem `json:"problems"`
}

// cardPage renders the editor for one upload.
func (s *server) cardPage(c echo.Context) error {
	owner, u, err := s.ownedCardSubject(c)
	if err != nil {
		return err
	}
	asset := u.Asset
	p := views.CardPage{
		Page: s.page(c, "Card for "+u.Name), UploadID: u.ID, Name: u.Name, Art: card.IsArt(asset.Kind, asset.MediaType),
		Source: card.Template(asset), CanSave: s.cards != nil, Saved: c.QueryParam("saved") == "1",
	}
	if s.market != nil {
		p.MintURL = "/upload/" + u.ID + "/mint"
	}
	if s.cards != nil {
		d, err := s.cards.Draft(c.Request().Context(), u.ID, owner)
		switch {
		case err == nil:
			p.Source, p.SavedAt = d.Source, d.UpdatedAt.Format("2006-01-02 15:04 MST")
		case !errors.Is(err, card.ErrNoDraft):
			return err
		}
	}
	pv, err := s.preview(p.Source)
	if err != nil {
		return err
	}
	p.PreviewHTML = templ.Raw(pv.HTML) // sanitized by card.Render
	for _, pr := range pv.Problems {
		p.Problems = append(p.Problems, pr.String())
	}
	return render(c, http.StatusOK, views.CardPageView(p))
}

// saveCard stores the draft from the editor's form and returns to the
// editor. A draft with problems is saved too: it is work in progress.
func (s *server) saveCard(c echo.Context) error {
	owner, u, err := s.ownedCardSubject(c)
	if err != nil {
		return err
	}
	if s.cards == nil {
		return apperr.E(apperr.Unavailable, "Saving drafts is not available on this node.")
	}
	req := c.Request()
	req.Body = http.MaxBytesReader(c.Response(), req.Body, maxCardBody)
	// ParseForm, not FormValue: a body over the limit must be an error, not
	// an empty card that overwrites the draft.
	if err := req.ParseForm(); err != nil {
		return apperr.E(apperr.Invalid, "The card could not be read: it must be a form of at most 512 KiB.")
	}
	src := req.PostForm.Get("source")
	if len(src) > card.MaxDraftLen {
		return apperr.E(apperr.Invalid, card.ErrTooLarge.Error())
	}
	d := card.Draft{UploadID: u.ID, Owner: owner, Source: src, UpdatedAt: time.Now()}
	if err := s.cards.SaveDraft(c.Request().Context(), d); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/upload/"+u.ID+"/card?saved=1")
}

// previewCard renders posted card text: sanitized HTML and the problems of
// its front matter, in words. Signed-in only (CSRF applies).
func (s *server) previewCard(c echo.Context) error {
	if _, err := s.signedIn(c); err != nil {
		return err
	}
	req, err := readCardRequest(c)
	if err != nil {
		return err
	}
	pv, err := s.preview(req.Source)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, pv)
}

// cardMetadata answers the ERC-721 metadata JSON the posted card would
// give this upload at mint; a card with problems is 400 with the problems.
func (s *server) cardMetadata(c echo.Context) error {
	_, u, err := s.ownedCardSubject(c)
	if err != nil {
		return err
	}
	req, err := readCardRequest(c)
	if err != nil {
		return err
	}
	d, err := card.Parse(req.Source)
	var ce *card.Error
	switch {
	case errors.As(err, &ce):
		return c.JSON(http.StatusBadRequest, map[string]any{"message": "Fix the card first: " + ce.Error(), "problems": ce.Problems})
	case err != nil:
		return apperr.E(apperr.Invalid, err.Error())
	}
	// external_url is the card's own (the editor is private; the token
	// page that could stand in for it comes with minting).
	a := u.Asset
	if card.IsArt(a.Kind, a.MediaType) {
		return c.JSON(http.StatusOK, card.ArtMetadata(a, d, ""))
	}
	return c.JSON(http.StatusOK, card.ModelMetadata(a, d, ""))
}

func readCardRequest(c echo.Context) (cardRequest, error) {
	var req cardRequest
	body := http.MaxBytesReader(c.Response(), c.Request().Body, maxCardBody)
	if err := json.NewDecoder(body).Decode(&req); err != nil && !errors.Is(err, io.EOF) {
		return req, apperr.E(apperr.Invalid, "The request body must be JSON: {\"source\": \"…\"} (at most 512 KiB).")
	}
	return req, nil
}

// preview parses and renders src. Problems do not stop the rendering: the
// body is shown while the front matter is being fixed.
func (s *server) preview(src string) (previewJSON, error) {
	pv := previewJSON{Problems: []card.Problem{}}
	d, err := card.Parse(src)
	var ce *card.Error
	switch {
	case errors.As(err, &ce):
		pv.Problems = ce.Problems
	case errors.Is(err, card.ErrTooLarge):
		pv.Problems = []card.Problem{{Message: err.Error()}}
		return pv, nil
	case err != nil:
		return pv, fmt.Errorf("card preview: %w", err)
	}
	html, err := card.Render(d.Body, s.gateway)
	if err != nil {
		return pv, fmt.Errorf("card preview: %w", err)
	}
	pv.HTML = html
	return pv, nil
}

// cardReport is the part of the inspect report a card uses.
type cardReport struct {
	Safetensors *struct {
		ParameterCount int64 `json:"parameter_count"`
	} `json:"safetensors"`
	GGUF *struct {
		ParameterCount int64 `json:"parameter_count"`
	} `json:"gguf"`
	Pickle *struct {
		Container string `json:"container"`
	} `json:"pickle"`
}

// cardAsset is what the card and its metadata know of an upload.
func cardAsset(u upload.Upload) card.Asset {
	a := card.Asset{Name: u.Name, Kind: u.Kind, MediaType: u.MediaType, Size: u.Size, SHA256: u.SHA256Hex(), CID: u.CID}
	var r cardReport
	if len(u.Report) > 0 && json.Unmarshal(u.Report, &r) == nil {
		switch {
		case r.Safetensors != nil:
			a.Format, a.ParameterCount = "safetensors", r.Safetensors.ParameterCount
		case r.GGUF != nil:
			a.Format, a.ParameterCount = "gguf", r.GGUF.ParameterCount
		case r.Pickle != nil:
			a.Format = "pickle"
		}
	}
	return a
}
