package web

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/license"
	"modelmarket/web/views"
)

// downloadCSP is the policy of a downloaded file: were a browser ever to
// render one, it would be an opaque sandboxed document with nothing allowed.
const downloadCSP = "sandbox; default-src 'none'"

// downloadTarget is what the three download routes parse: the token, and
// the version asked for (0: the latest).
type downloadTarget struct {
	id, version uint64
	pinned      bool // ?version= was given
}

func parseDownloadTarget(c echo.Context) (downloadTarget, error) {
	var t downloadTarget
	id, err := strconv.ParseUint(c.Param("id"), 10, 64)
	if err != nil {
		return t, apperr.E(apperr.NotFound, "Token ids are whole numbers, like /token/7/files.")
	}
	t.id = id
	if v := c.QueryParam("version"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil || n == 0 {
			return t, apperr.E(apperr.Invalid, "Versions count from 1, like ?version=2.")
		}
		t.version, t.pinned = n, true
	}
	return t, nil
}

// authorizeDownload asks the chain (never the index) whether the signed-in
// account may have the token's files, and when it may, returns the
// version's manifest. When it may not, it renders the page saying what the
// person would need and returns ok false.
func (s *server) authorizeDownload(c echo.Context, t downloadTarget) (license.Access, license.Manifest, bool, error) {
	if hidden, err := s.hiddenTokenPage(c, t.id); hidden || err != nil { // moderation (admin.go)
		return license.Access{}, license.Manifest{}, false, err
	}
	var account *common.Address
	if sess := session(c); sess != nil {
		account = &sess.Address
	}
	a, m, err := s.market.Downloads.Authorize(c.Request().Context(), t.id, t.version, account)
	if err != nil {
		return a, m, false, err
	}
	if !a.Allowed() {
		p := views.NewDownloadDeniedPage(s.page(c, fmt.Sprintf("Token #%d: files", t.id)), a)
		if wantsJSON(c.Request()) {
			kind := apperr.Forbidden
			if p.Status == http.StatusUnauthorized {
				kind = apperr.Unauthorized
			}
			return a, m, false, apperr.E(kind, p.Message)
		}
		return a, m, false, render(c, p.Status, views.DownloadDeniedView(p))
	}
	return a, m, true, nil
}

// tokenFiles is GET /token/:id/files: the version's files with their sha256
// beside the on-chain digest, for the owner and license holders.
func (s *server) tokenFiles(c echo.Context) error {
	t, err := parseDownloadTarget(c)
	if err != nil {
		return err
	}
	a, m, ok, err := s.authorizeDownload(c, t)
	if !ok || err != nil {
		return err
	}
	p := views.NewDownloadFilesPage(s.page(c, fmt.Sprintf("Token #%d: files", t.id)), a, m, t.pinned)
	return render(c, http.StatusOK, views.DownloadFilesView(p))
}

// tokenFile is GET /token/:id/files/*path: one file, as plaintext, with
// range requests (http.ServeContent over a reader that decrypts only the
// segments a range needs). The ETag is the file's sha256, so If-Range
// resumes only the same bytes.
func (s *server) tokenFile(c echo.Context) error {
	t, err := parseDownloadTarget(c)
	if err != nil {
		return err
	}
	p := c.Param("*")
	if c.Request().URL.RawPath != "" {
		// Echo routes on the raw path when it has escapes of its own (%2F):
		// the parameter is then still escaped.
		if p, err = url.PathUnescape(p); err != nil {
			return apperr.E(apperr.NotFound, "There is no such file.")
		}
	}
	_, m, ok, err := s.authorizeDownload(c, t)
	if !ok || err != nil {
		return err
	}
	f, found := m.File(p)
	if !found {
		return apperr.E(apperr.NotFound, fmt.Sprintf("Version %d of token #%d has no file %q.", m.Version.Number, t.id, p))
	}
	ctx := c.Request().Context()
	r, err := s.market.Downloads.Open(ctx, f)
	if err != nil {
		return downloadErr(err)
	}
	defer r.Close()
	h := c.Response().Header()
	setDownloadHeaders(h, path.Base(f.Path))
	h.Set("ETag", `"`+f.SHA256+`"`)
	h.Set("X-Content-SHA256", f.SHA256)
	rec := &readErr{r: r}
	http.ServeContent(c.Response(), c.Request(), "", time.Time{}, rec)
	if rec.err != nil && !errors.Is(rec.err, ctx.Err()) {
		// The status and part of the body are out: the short body (less than
		// its Content-Length) is how the client learns; the log says why.
		s.log.ErrorContext(ctx, "download cut short", "token_id", t.id, "path", f.Path, "cid", f.CID, "corrupt", license.IsCorrupt(rec.err), "err", rec.err)
	}
	return nil
}

// tokenTar is GET /token/:id/download: every file of the version in one
// uncompressed tar stream (no range requests), with a SHA256SUMS list.
func (s *server) tokenTar(c echo.Context) error {
	t, err := parseDownloadTarget(c)
	if err != nil {
		return err
	}
	_, m, ok, err := s.authorizeDownload(c, t)
	if !ok || err != nil {
		return err
	}
	h := c.Response().Header()
	setDownloadHeaders(h, fmt.Sprintf("token-%d-v%d.tar", t.id, m.Version.Number))
	h.Set("Content-Type", "application/x-tar")
	c.Response().WriteHeader(http.StatusOK)
	if c.Request().Method == http.MethodHead {
		return nil
	}
	ctx := c.Request().Context()
	if err := s.market.Downloads.WriteTar(ctx, c.Response(), m); err != nil {
		if ctx.Err() == nil {
			s.log.ErrorContext(ctx, "tar download cut short", "token_id", t.id, "corrupt", license.IsCorrupt(err), "err", err)
		}
		// Abort the connection: a chunked body must not end cleanly, or the
		// client would take a cut archive for a whole one.
		panic(http.ErrAbortHandler)
	}
	return nil
}

// setDownloadHeaders makes the response a download that no browser renders
// on our origin, whatever the file is.
func setDownloadHeaders(h http.Header, name string) {
	h.Set("Content-Type", "application/octet-stream") // never the metadata's type: no inline rendering, no sniffing
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set("Content-Security-Policy", downloadCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "private, no-store")
}

// downloadErr words an Open failure for the person.
func downloadErr(err error) error {
	if license.IsCorrupt(err) {
		return apperr.Wrap(apperr.Internal, "The stored file does not match its record, so it is not sent.", err)
	}
	return err
}

// readErr remembers the first read error, which http.ServeContent drops.
type readErr struct {
	r   io.ReadSeeker
	err error
}

func (e *readErr) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF && e.err == nil {
		e.err = err
	}
	return n, err
}

func (e *readErr) Seek(off int64, whence int) (int64, error) { return e.r.Seek(off, whence) }
