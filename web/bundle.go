package web

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/card"
	"modelmarket/internal/upload"
	"modelmarket/web/views"
)

// Folders (bundles): the page uploads each file of a folder with tus, then
// POSTs /api/bundles with every file's path and upload id; the server makes
// the UnixFS directory from the files' CIDs and records the bundle.

// maxBundleBody bounds POST /api/bundles: MaxBundleFiles entries of a path
// (at most 1 KiB) and an id, with JSON overhead.
const maxBundleBody = 16 << 20

// bundleRequest is the body of POST /api/bundles.
type bundleRequest struct {
	Name  string `json:"name"`
	Files []struct {
		Path     string `json:"path"`
		UploadID string `json:"uploadId"`
	} `json:"files"`
}

// bundleJSON is a bundle as the API returns it. digest is the root digest
// (README, "Folders"): sha256 over "<sha256>  <path>\n" lines sorted by path.
type bundleJSON struct {
	ID           string           `json:"id"`
	Name         string           `json:"name"`
	CID          string           `json:"cid"`
	Size         int64            `json:"size"`
	FileCount    int              `json:"fileCount"`
	Digest       string           `json:"digest"`
	DigestScheme string           `json:"digestScheme"`
	URL          string           `json:"url"`
	CardURL      string           `json:"cardUrl"`
	CreatedAt    time.Time        `json:"createdAt"`
	Files        []bundleFileJSON `json:"files"`
}

type bundleFileJSON struct {
	Path      string `json:"path"`
	UploadID  string `json:"uploadId"`
	Size      int64  `json:"size"`
	SHA256    string `json:"sha256"`
	CID       string `json:"cid"`
	MediaType string `json:"mediaType"`
	Kind      string `json:"kind"`
	Gated     bool   `json:"gated"`
}

func (s *server) bundleToJSON(b upload.Bundle) bundleJSON {
	it := views.NewBundleItem(b, s.gateway)
	j := bundleJSON{ID: b.ID, Name: b.Name, CID: b.CID, Size: b.Size, FileCount: len(b.Files), Digest: b.DigestHex(),
		DigestScheme: card.DigestScheme, URL: it.URL, CardURL: string(it.CardURL()), CreatedAt: b.CreatedAt,
		Files: make([]bundleFileJSON, len(b.Files))}
	for i, f := range b.Files {
		j.Files[i] = bundleFileJSON{Path: f.Path, UploadID: f.UploadID, Size: f.Size, SHA256: f.SHA256Hex(), CID: f.CID,
			MediaType: f.MediaType, Kind: f.Kind, Gated: f.Gated}
	}
	return j
}

// createBundle makes a folder of the person's finished uploads. The same
// folder again answers the bundle made the first time.
func (s *server) createBundle(c echo.Context) error {
	owner, err := s.signedIn(c)
	if err != nil {
		return err
	}
	var req bundleRequest
	body := http.MaxBytesReader(c.Response(), c.Request().Body, maxBundleBody)
	if err := json.NewDecoder(body).Decode(&req); err != nil && !errors.Is(err, io.EOF) {
		return apperr.E(apperr.Invalid, `The request body must be JSON: {"name": "…", "files": [{"path": "…", "uploadId": "…"}]} (at most 16 MiB).`)
	}
	in := upload.BundleRequest{Owner: owner, Name: req.Name, Files: make([]upload.BundleInput, len(req.Files))}
	for i, f := range req.Files {
		in.Files[i] = upload.BundleInput{Path: f.Path, UploadID: f.UploadID}
	}
	b, err := s.uploads.svc.CreateBundle(c.Request().Context(), in)
	if err != nil {
		if apperr.KindOf(err) == apperr.Internal {
			return apperr.Wrap(apperr.Internal, "The files are uploaded but the folder could not be made in IPFS. Try again in a moment.", err)
		}
		return err
	}
	return c.JSON(http.StatusOK, s.bundleToJSON(b))
}

// listBundles returns the person's folders, newest first.
func (s *server) listBundles(c echo.Context) error {
	owner, err := s.signedIn(c)
	if err != nil {
		return err
	}
	bs, err := s.uploads.svc.Bundles(c.Request().Context(), owner, myUploadsLimit)
	if err != nil {
		return err
	}
	out := make([]bundleJSON, 0, len(bs))
	for _, b := range bs {
		out = append(out, s.bundleToJSON(b))
	}
	return c.JSON(http.StatusOK, out)
}

// showBundle returns one of the person's folders.
func (s *server) showBundle(c echo.Context) error {
	owner, err := s.signedIn(c)
	if err != nil {
		return err
	}
	b, err := s.uploads.svc.Bundle(c.Request().Context(), owner, c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, s.bundleToJSON(b))
}

// bundleCard renders one folder's card, for the page to insert.
func (s *server) bundleCard(c echo.Context) error {
	owner, err := s.signedIn(c)
	if err != nil {
		return err
	}
	b, err := s.uploads.svc.Bundle(c.Request().Context(), owner, c.Param("id"))
	if err != nil {
		return err
	}
	return render(c, http.StatusOK, views.BundleCard(views.NewBundleItem(b, s.gateway)))
}

// cardSubject is what the card editor describes and what a mint records:
// one upload, or one folder (a bundle id, which shares the /upload/:id/card
// space with upload ids).
type cardSubject struct {
	ID    string
	Name  string
	Asset card.Asset
	// What the mint pins and records: the content's root CID and the
	// on-chain digest (a file's plaintext sha256, a folder's root digest).
	ContentCID string
	Digest     [32]byte
	// Envelope is a single gated file's seal envelope (nil otherwise); a
	// folder's gated files carry theirs in Asset.Files.
	Envelope []byte
	Gated    bool
	Upload   *upload.Upload // the single upload; nil for a folder
}

// ownedCardSubject returns the signed-in person's upload or folder named in
// the path: 401 when signed out, 404 when it is missing or another person's.
func (s *server) ownedCardSubject(c echo.Context) (string, cardSubject, error) {
	owner, err := s.signedIn(c)
	if err != nil {
		return "", cardSubject{}, err
	}
	subj, err := s.cardSubjectFor(c.Request().Context(), owner, c.Param("id"))
	return owner, subj, err
}

// cardSubjectFor returns owner's upload or folder with that id.
func (s *server) cardSubjectFor(ctx context.Context, owner, id string) (cardSubject, error) {
	if !upload.IsBundleID(id) {
		u, err := s.uploads.svc.Upload(ctx, owner, id)
		if err != nil {
			return cardSubject{}, err
		}
		return cardSubject{ID: u.ID, Name: u.Name, Asset: cardAsset(u), ContentCID: u.CID, Digest: u.SHA256,
			Envelope: u.Envelope, Gated: u.Gated, Upload: &u}, nil
	}
	b, err := s.uploads.svc.Bundle(ctx, owner, id)
	if err != nil {
		return cardSubject{}, err
	}
	a := card.Asset{Name: b.Name, Kind: "folder", MediaType: "inode/directory", Size: b.Size, SHA256: b.DigestHex(), CID: b.CID}
	subj := cardSubject{ID: b.ID, Name: b.Name, ContentCID: b.CID, Digest: b.Digest}
	formats := map[string]bool{}
	for _, f := range b.Files {
		cf := card.File{Name: f.Path, URI: "ipfs://" + f.CID, MediaType: f.MediaType, Size: f.Size, SHA256: f.SHA256Hex()}
		weights := f.Kind == "safetensors" || f.Kind == "gguf" || f.Kind == "pickle"
		if weights || f.Gated {
			// The folder's parameter count is its weight files' total (the
			// shards of one model); their reports hold the counts. A gated
			// file's envelope goes with it into the metadata.
			u, err := s.uploads.svc.Upload(ctx, owner, f.UploadID)
			if err != nil {
				return cardSubject{}, err
			}
			if weights {
				fa := cardAsset(u)
				formats[fa.Format] = true
				a.ParameterCount += fa.ParameterCount
			}
			if u.Gated && len(u.Envelope) > 0 {
				cf.Encryption = json.RawMessage(u.Envelope)
				subj.Gated = true
			}
		}
		a.Files = append(a.Files, cf)
	}
	if len(formats) == 1 {
		for f := range formats {
			a.Format = f
		}
	}
	subj.Asset = a
	return subj, nil
}
