package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/tus/tusd/v2/pkg/filestore"
	tushandler "github.com/tus/tusd/v2/pkg/handler"
	"github.com/tus/tusd/v2/pkg/memorylocker"
	xslog "golang.org/x/exp/slog"

	"modelmarket/internal/apperr"
	"modelmarket/internal/upload"
)

// Resumable uploads speak tus v1 (tus.io) under tusBase, so any tus client
// works. Partial files live in a tusd filestore under Uploads.Dir, where they
// survive restarts; when the last byte lands the upload service imports the
// file into IPFS and the partial is deleted.
//
// Access: only signed-in sessions; POST/PATCH/DELETE pass the CSRF middleware
// (X-CSRF-Token header, same origin), and every request naming an upload id
// must come from the upload's owner (recorded in its metadata at creation).
//
// Upload-Metadata keys read: filename, filetype, and gated ("1" = encrypt
// the file with the server's master key before it reaches IPFS; see
// upload.Upload).
const tusBase = "/uploads/tus"

// UploadConfig turns uploads on.
type UploadConfig struct {
	Service *upload.Service
	// Dir holds the partial uploads (created if missing).
	Dir string
	// MaxSize is the largest single upload in bytes; 0 = no limit.
	MaxSize int64
}

type ownerKey struct{}

// tusIDPattern is what tusd's filestore ids look like (32 hex digits); any
// other id is refused before it reaches the file system.
var tusIDPattern = regexp.MustCompile(`^[0-9a-f]{32}$`)

type tusUploads struct {
	log     *slog.Logger
	svc     *upload.Service
	store   filestore.FileStore
	handler http.Handler
	maxSize int64
}

func newTusUploads(cfg UploadConfig, log *slog.Logger) (*tusUploads, error) {
	if cfg.Service == nil || cfg.Dir == "" {
		return nil, errors.New("uploads: Service and Dir are required")
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("uploads: create %s: %w", cfg.Dir, err)
	}
	t := &tusUploads{log: log, svc: cfg.Service, store: filestore.New(cfg.Dir), maxSize: cfg.MaxSize}
	composer := tushandler.NewStoreComposer()
	t.store.UseIn(composer)
	memorylocker.New().UseIn(composer)
	h, err := tushandler.NewHandler(tushandler.Config{
		StoreComposer:             composer,
		BasePath:                  tusBase + "/",
		MaxSize:                   cfg.MaxSize,
		DisableDownload:           true, // content is served by the gateway, never from the app's origin
		DisableConcatenation:      true, // a concatenation would bypass the per-upload checks
		Cors:                      &tushandler.CorsConfig{Disable: true},
		PreUploadCreateCallback:   t.beforeCreate,
		PreFinishResponseCallback: t.beforeFinishResponse,
		// tusd logs every request; ours are logged by the request logger.
		Logger: xslog.New(xslog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		return nil, fmt.Errorf("uploads: tus handler: %w", err)
	}
	t.handler = http.StripPrefix(tusBase, h)
	return t, nil
}

// beforeCreate refuses deferred lengths and uploads over quota, and records
// the owner in the upload's metadata.
func (t *tusUploads) beforeCreate(hook tushandler.HookEvent) (tushandler.HTTPResponse, tushandler.FileInfoChanges, error) {
	owner, _ := hook.Context.Value(ownerKey{}).(string)
	var none tushandler.FileInfoChanges
	if owner == "" {
		return tushandler.HTTPResponse{}, none, tushandler.NewError("ERR_UNAUTHORIZED", "Connect your wallet to upload.", http.StatusUnauthorized)
	}
	if hook.Upload.SizeIsDeferred {
		return tushandler.HTTPResponse{}, none, tushandler.NewError("ERR_LENGTH_REQUIRED", "Upload-Length is required.", http.StatusBadRequest)
	}
	if err := t.svc.CheckQuota(hook.Context, owner, hook.Upload.Size); err != nil {
		if apperr.KindOf(err) == apperr.Forbidden {
			return tushandler.HTTPResponse{}, none, tushandler.NewError("ERR_QUOTA", apperr.Message(err), http.StatusForbidden)
		}
		return tushandler.HTTPResponse{}, none, err
	}
	md := tushandler.MetaData{"owner": owner}
	for _, k := range []string{"filename", "filetype"} {
		if v := hook.Upload.MetaData[k]; v != "" {
			md[k] = v
		}
	}
	// "gated" = "1" asks for encryption before IPFS (license holders only).
	if hook.Upload.MetaData["gated"] == "1" {
		md["gated"] = "1"
	}
	return tushandler.HTTPResponse{}, tushandler.FileInfoChanges{MetaData: md}, nil
}

// beforeFinishResponse runs when the last byte has landed, before the final
// PATCH is answered: the import happens here so that any tus client gets a
// finished upload. A failure answers 500 and keeps the partial; the page
// retries through POST /api/uploads/:id/finish.
func (t *tusUploads) beforeFinishResponse(hook tushandler.HookEvent) (tushandler.HTTPResponse, error) {
	if _, err := t.finish(hook.Context, hook.Upload); err != nil {
		if apperr.KindOf(err) == apperr.Forbidden {
			return tushandler.HTTPResponse{}, tushandler.NewError("ERR_QUOTA", apperr.Message(err), http.StatusForbidden)
		}
		// tusd answers with our words only: the cause goes to the log.
		t.log.ErrorContext(hook.Context, "import finished upload", "upload_id", hook.Upload.ID, "err", err)
		return tushandler.HTTPResponse{}, tushandler.NewError("ERR_IMPORT", "The file arrived but could not be stored; try finishing it again.", http.StatusInternalServerError)
	}
	return tushandler.HTTPResponse{}, nil
}

// finish imports a complete upload and deletes its partial files.
func (t *tusUploads) finish(ctx context.Context, info tushandler.FileInfo) (upload.Upload, error) {
	f, err := os.Open(filepath.Join(t.store.Path, info.ID))
	if err != nil {
		return upload.Upload{}, fmt.Errorf("open finished upload %s: %w", info.ID, err)
	}
	u, err := t.svc.Finish(ctx, upload.Finished{
		ID: info.ID, Owner: info.MetaData["owner"], Name: info.MetaData["filename"],
		MediaType: info.MetaData["filetype"], Size: info.Size, File: f,
		Gated: info.MetaData["gated"] == "1",
	})
	f.Close()
	if err != nil {
		return upload.Upload{}, err
	}
	t.removePartial(info.ID)
	return u, nil
}

func (t *tusUploads) removePartial(id string) {
	os.Remove(filepath.Join(t.store.Path, id))
	os.Remove(filepath.Join(t.store.Path, id+".info"))
}

// info reads an upload's tus state; apperr.NotFound for unknown ids and for
// uploads of another owner.
func (t *tusUploads) info(ctx context.Context, id, owner string) (tushandler.FileInfo, error) {
	notFound := apperr.E(apperr.NotFound, "There is no such upload.")
	if !tusIDPattern.MatchString(id) {
		return tushandler.FileInfo{}, notFound
	}
	up, err := t.store.GetUpload(ctx, id)
	if errors.Is(err, tushandler.ErrNotFound) {
		return tushandler.FileInfo{}, notFound
	}
	if err != nil {
		return tushandler.FileInfo{}, fmt.Errorf("read upload %s: %w", id, err)
	}
	info, err := up.GetInfo(ctx)
	if err != nil {
		return tushandler.FileInfo{}, fmt.Errorf("read upload %s: %w", id, err)
	}
	if !strings.EqualFold(info.MetaData["owner"], owner) {
		return tushandler.FileInfo{}, notFound
	}
	return info, nil
}

// serveTus hands a signed-in request to tusd, after checking that a request
// naming an upload comes from its owner.
func (s *server) serveTus(c echo.Context) error {
	sess := session(c)
	if sess == nil {
		return apperr.E(apperr.Unauthorized, "Connect your wallet to upload.")
	}
	owner := sess.Address.Hex()
	if err := s.refuseBanned(c, owner); err != nil { // moderation (admin.go)
		return err
	}
	req := c.Request()
	// tusd honours X-HTTP-Method-Override, which would let a GET (never
	// CSRF-checked) act as a PATCH or DELETE: no override, ever.
	if req.Header.Get("X-HTTP-Method-Override") != "" {
		return apperr.E(apperr.Invalid, "X-HTTP-Method-Override is not accepted here.")
	}
	if id := strings.Trim(strings.TrimPrefix(req.URL.Path, tusBase), "/"); id != "" {
		if _, err := s.uploads.info(req.Context(), id, owner); err != nil {
			return err
		}
	}
	ctx := context.WithValue(req.Context(), ownerKey{}, owner)
	s.uploads.handler.ServeHTTP(c.Response(), req.WithContext(ctx))
	return nil
}

// SweepPartialUploads deletes the partial uploads in dir that have not
// grown for maxAge, and returns how many it deleted. Finished uploads are
// never in dir for long: their partial goes once imported.
func SweepPartialUploads(dir string, maxAge time.Duration, now time.Time) (int, error) {
	infos, err := filepath.Glob(filepath.Join(dir, "*.info"))
	if err != nil {
		return 0, fmt.Errorf("sweep uploads in %s: %w", dir, err)
	}
	n := 0
	for _, infoPath := range infos {
		data := strings.TrimSuffix(infoPath, ".info")
		fi, err := os.Stat(data)
		if err != nil {
			fi, err = os.Stat(infoPath) // an upload created but never written to
			if err != nil {
				continue
			}
		}
		if now.Sub(fi.ModTime()) < maxAge {
			continue
		}
		os.Remove(data)
		if err := os.Remove(infoPath); err == nil {
			n++
		}
	}
	return n, nil
}
