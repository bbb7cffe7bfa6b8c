package web

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/upload"
	"modelmarket/web/views"
)

// myUploadsLimit is how many uploads the page lists.
const myUploadsLimit = 100

// uploadPage renders /upload: the drop zone and the person's uploads, or the
// "connect your wallet" state.
func (s *server) uploadPage(c echo.Context) error {
	p := views.UploadPage{Page: s.page(c, "Upload"), MaxSize: s.uploads.maxSize}
	if s.uploads.maxSize > 0 {
		p.MaxText = upload.FormatBytes(s.uploads.maxSize)
	}
	if sess := session(c); sess != nil {
		us, err := s.uploads.svc.List(c.Request().Context(), sess.Address.Hex(), myUploadsLimit)
		if err != nil {
			return err
		}
		for _, u := range us {
			p.Items = append(p.Items, views.NewUploadItem(u, s.gateway))
		}
		if p.Folders = s.uploads.svc.BundlesEnabled(); p.Folders {
			bs, err := s.uploads.svc.Bundles(c.Request().Context(), sess.Address.Hex(), myUploadsLimit)
			if err != nil {
				return err
			}
			for _, b := range bs {
				p.Bundles = append(p.Bundles, views.NewBundleItem(b, s.gateway))
			}
		}
		if quota := s.uploads.svc.Quota(); quota > 0 {
			used, err := s.uploads.svc.Used(c.Request().Context(), sess.Address.Hex())
			if err != nil {
				return err
			}
			p.QuotaText = "You have used " + upload.FormatBytes(used) + " of your " + upload.FormatBytes(quota) + "."
		}
	}
	return render(c, http.StatusOK, views.UploadPageView(p))
}

// uploadJSON is an upload as the API returns it.
type uploadJSON struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	MediaType string    `json:"mediaType"`
	Size      int64     `json:"size"`
	SHA256    string    `json:"sha256"`
	CID       string    `json:"cid"`
	Kind      string    `json:"kind"`
	URL       string    `json:"url"`
	CreatedAt time.Time `json:"createdAt"`
	Report    any       `json:"report,omitempty"`
	// Gated: cid is the ciphertext's, sha256 and size the plaintext's, and
	// envelope (seal.Envelope, for the token metadata) decrypts it with the
	// server's master key.
	Gated          bool  `json:"gated"`
	CiphertextSize int64 `json:"ciphertextSize,omitempty"`
	Envelope       any   `json:"envelope,omitempty"`
}

func (s *server) toJSON(u upload.Upload) uploadJSON {
	j := uploadJSON{ID: u.ID, Name: u.Name, MediaType: u.MediaType, Size: u.Size, SHA256: u.SHA256Hex(),
		CID: u.CID, Kind: u.Kind, URL: views.NewUploadItem(u, s.gateway).URL, CreatedAt: u.CreatedAt}
	if len(u.Report) > 0 {
		j.Report = rawJSON(u.Report)
	}
	if u.Gated {
		j.Gated, j.CiphertextSize = true, u.CiphertextSize
		if len(u.Envelope) > 0 {
			j.Envelope = rawJSON(u.Envelope)
		}
	}
	return j
}

// rawJSON embeds stored JSON as is.
type rawJSON []byte

func (r rawJSON) MarshalJSON() ([]byte, error) { return r, nil }

func (s *server) signedIn(c echo.Context) (string, error) {
	sess := session(c)
	if sess == nil {
		return "", apperr.E(apperr.Unauthorized, "Connect your wallet to see your uploads.")
	}
	return sess.Address.Hex(), nil
}

// listUploads returns the signed-in person's uploads, newest first.
func (s *server) listUploads(c echo.Context) error {
	owner, err := s.signedIn(c)
	if err != nil {
		return err
	}
	us, err := s.uploads.svc.List(c.Request().Context(), owner, myUploadsLimit)
	if err != nil {
		return err
	}
	out := make([]uploadJSON, 0, len(us))
	for _, u := range us {
		out = append(out, s.toJSON(u))
	}
	return c.JSON(http.StatusOK, out)
}

// showUpload returns one of the person's uploads.
func (s *server) showUpload(c echo.Context) error {
	owner, err := s.signedIn(c)
	if err != nil {
		return err
	}
	u, err := s.uploads.svc.Upload(c.Request().Context(), owner, c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, s.toJSON(u))
}

// uploadCard renders one upload's card, for the page to insert.
func (s *server) uploadCard(c echo.Context) error {
	owner, err := s.signedIn(c)
	if err != nil {
		return err
	}
	u, err := s.uploads.svc.Upload(c.Request().Context(), owner, c.Param("id"))
	if err != nil {
		return err
	}
	return render(c, http.StatusOK, views.UploadCard(views.NewUploadItem(u, s.gateway)))
}

// finishUpload makes sure a fully transferred upload is imported and
// returns it. The tus PATCH that brings the last byte already imports; this
// is the page's way to learn the result and to retry an import that failed
// (the partial file is kept until an import succeeds). Idempotent.
func (s *server) finishUpload(c echo.Context) error {
	owner, err := s.signedIn(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	id := c.Param("id")
	if u, err := s.uploads.svc.Upload(ctx, owner, id); err == nil {
		return c.JSON(http.StatusOK, s.toJSON(u))
	} else if apperr.KindOf(err) != apperr.NotFound {
		return err
	}
	info, err := s.uploads.info(ctx, id, owner)
	if err != nil {
		return err
	}
	if info.Offset != info.Size {
		return apperr.E(apperr.Conflict, "This upload has not finished transferring yet.")
	}
	u, err := s.uploads.finish(ctx, info)
	if err != nil {
		if apperr.KindOf(err) != apperr.Internal {
			return err
		}
		return apperr.Wrap(apperr.Internal, "The file arrived but could not be stored in IPFS. Try again in a moment.", err)
	}
	return c.JSON(http.StatusOK, s.toJSON(u))
}
