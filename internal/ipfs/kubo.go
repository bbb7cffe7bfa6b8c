package ipfs

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/apperr"
)

// Kubo is an IPFS implementation backed by a Kubo node over its HTTP RPC
// (/api/v0). Files are imported with the same parameters as the embedded
// node, passed on each request, so the CIDs match whatever the node's
// configured Import defaults. Every call asks Kubo to stay offline
// (offline=true): a CID the node does not hold is NotFound at once, never a
// search of the network. Its methods are safe for concurrent use.
type Kubo struct {
	log  *slog.Logger
	base string // e.g. http://127.0.0.1:5001, no trailing slash
	hc   *http.Client
}

// kuboAddParams are Kubo's unixfs-v1-2025 import parameters (see add.go),
// explicit so that a node without the profile computes the same CIDs.
var kuboAddParams = url.Values{
	"cid-version":    {"1"},
	"raw-leaves":     {"true"},
	"chunker":        {"size-" + strconv.Itoa(chunkSize)},
	"hash":           {"sha2-256"},
	"max-file-links": {strconv.Itoa(maxFileLinks)},
	"trickle":        {"false"},
	"inline":         {"false"},
	"pin":            {"true"},
	"quieter":        {"true"},
	"progress":       {"false"},
}

// DialKubo connects to the Kubo RPC API at apiURL (http://host:port) and
// checks that it answers as Kubo (POST /api/v0/version).
//
// Errors: apiURL is not an http(s) URL (apperr.Invalid); the node does not
// answer or answers something else (apperr.Unavailable, naming the URL).
func DialKubo(ctx context.Context, apiURL string, log *slog.Logger) (*Kubo, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	u, err := url.Parse(apiURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, apperr.Wrap(apperr.Invalid, fmt.Sprintf("The Kubo API address %q is not an http:// URL.", apiURL),
			fmt.Errorf("ipfs.DialKubo %q: not an http(s) URL", apiURL))
	}
	k := &Kubo{
		log:  log,
		base: strings.TrimRight(u.String(), "/"),
		// No overall timeout: Add and Cat stream GBs. Requests are bounded
		// by their ctx; dialing by the transport.
		hc: &http.Client{Transport: &http.Transport{
			Proxy:               nil, // loopback or a private address: never via a proxy
			MaxIdleConnsPerHost: 16,
			IdleConnTimeout:     90 * time.Second,
		}},
	}
	var v struct{ Version string }
	if err := k.call(ctx, "version", nil, &v); err != nil {
		return nil, fmt.Errorf("ipfs.DialKubo: %w", err)
	}
	if v.Version == "" {
		return nil, fmt.Errorf("ipfs.DialKubo: %w", k.unavailable(errors.New("/api/v0/version: no version in the answer (is this Kubo?)")))
	}
	log.InfoContext(ctx, "kubo connected", "api", k.base, "version", v.Version)
	return k, nil
}

// kuboError is the body Kubo sends with a failed command.
type kuboError struct {
	Message string
}

// post sends one RPC request and returns the response when Kubo answered
// 200. The caller closes the body.
func (k *Kubo) post(ctx context.Context, cmd string, args url.Values, body io.Reader, contentType string) (*http.Response, error) {
	q := url.Values{"offline": {"true"}}
	for key, v := range args {
		q[key] = v
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, k.base+"/api/v0/"+cmd+"?"+q.Encode(), body)
	if err != nil {
		return nil, k.unavailable(fmt.Errorf("/api/v0/%s: %w", cmd, err))
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := k.hc.Do(req)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, fmt.Errorf("kubo %s: /api/v0/%s: %w", k.base, cmd, ctxErr)
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is in our message already
		}
		return nil, k.unavailable(fmt.Errorf("/api/v0/%s: %w", cmd, err))
	}
	if resp.StatusCode == http.StatusOK {
		return resp, nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var ke kuboError
	if json.Unmarshal(b, &ke) != nil || ke.Message == "" {
		ke.Message = strings.TrimSpace(string(b))
	}
	err = fmt.Errorf("kubo %s: /api/v0/%s: %s (HTTP %d)", k.base, cmd, ke.Message, resp.StatusCode)
	if resp.StatusCode == http.StatusInternalServerError && isKuboNotFound(ke.Message) {
		return nil, apperr.Wrap(apperr.NotFound, "This content is not stored on this node.", err)
	}
	if resp.StatusCode >= 500 && resp.StatusCode != http.StatusInternalServerError {
		return nil, apperr.Wrap(apperr.Unavailable, "The IPFS node does not answer.", err)
	}
	return nil, &kuboCmdError{msg: ke.Message, err: err}
}

// kuboCmdError is a command Kubo ran and refused; msg is Kubo's message.
type kuboCmdError struct {
	msg string
	err error
}

func (e *kuboCmdError) Error() string { return e.err.Error() }

// isKuboNotFound recognizes Kubo's messages for a block it does not hold
// ("block was not found locally (offline): ipld: could not find …").
func isKuboNotFound(msg string) bool {
	return strings.Contains(msg, "not found") || strings.Contains(msg, "could not find")
}

func (k *Kubo) unavailable(err error) error {
	return apperr.Wrap(apperr.Unavailable, "The IPFS node does not answer.", fmt.Errorf("kubo %s: %w", k.base, err))
}

// call runs a command whose answer is one JSON object, decoded into out
// (nil: discarded).
func (k *Kubo) call(ctx context.Context, cmd string, args url.Values, out any) error {
	resp, err := k.post(ctx, cmd, args, nil, "")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if out == nil {
		_, err = io.Copy(io.Discard, resp.Body)
	} else {
		err = json.NewDecoder(resp.Body).Decode(out)
	}
	if err != nil {
		return k.unavailable(fmt.Errorf("/api/v0/%s: read answer: %w", cmd, err))
	}
	return nil
}

// Add streams r to Kubo's /api/v0/add as a multipart body (constant memory:
// an io.Pipe, no buffering of the file) with the unixfs-v1-2025 parameters,
// and pins the root. The sha256 and size are computed here, from the bytes
// as they are sent, so they are the bytes' own whatever Kubo does.
//
// Errors: reading r fails (that error, wrapped), ctx is done
// (errors.Is(err, context.Canceled)), Kubo is down (apperr.Unavailable) or
// refuses the import. When the request fails Kubo aborts the import and
// pins nothing.
func (k *Kubo) Add(ctx context.Context, r io.Reader) (Added, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	h := sha256.New()
	var size int64
	var readErr error
	written := make(chan struct{})
	go func() {
		defer close(written)
		part, err := mw.CreateFormFile("file", "file")
		if err == nil {
			// A serial tee is enough here: Kubo, in its own process, is
			// the bottleneck. Measured on 256 MiB: 1.43 s through Add,
			// 1.42 s for curl posting the same size without any hash.
			size, err = io.CopyBuffer(part, io.TeeReader(r, h), make([]byte, chunkSize))
			if err != nil && !errors.Is(err, io.ErrClosedPipe) {
				readErr = err
			}
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err)
	}()
	// Kubo answers 200 before it has read the whole body, so the writer may
	// still be sending while we read the answer. Once we are done with the
	// answer, closing pr unblocks a writer the transport gave up on; only
	// then are size, h and readErr ours to read.
	finish := func() {
		pr.CloseWithError(errors.New("ipfs.Add: request done"))
		<-written
	}
	resp, err := k.post(ctx, "add", kuboAddParams, pr, mw.FormDataContentType())
	if err != nil {
		finish()
		return Added{}, fmt.Errorf("ipfs.Add: %w", k.addErr(readErr, err))
	}
	root, err := readAddAnswer(resp)
	finish()
	if err != nil {
		if errors.Is(err, errAnswer) {
			err = k.unavailable(err)
		}
		return Added{}, fmt.Errorf("ipfs.Add: %w", k.addErr(readErr, fmt.Errorf("kubo %s: /api/v0/add: %w", k.base, err)))
	}
	if readErr != nil {
		return Added{}, fmt.Errorf("ipfs.Add: read: %w", readErr)
	}
	// No ctx check here, unlike Node.Add: Kubo has pinned the root once it
	// answered, so the caller must learn the CID.
	c, err := cid.Decode(root)
	if err != nil {
		return Added{}, fmt.Errorf("ipfs.Add: kubo %s: /api/v0/add answered CID %q: %w", k.base, root, err)
	}
	var added Added
	added.CID, added.Size = c, size
	h.Sum(added.SHA256[:0])
	took := time.Since(start)
	k.log.DebugContext(ctx, "kubo add", "cid", c, "size", size,
		"took", took.Round(time.Millisecond), "mb_per_s", float64(size)/1e6/took.Seconds())
	return added, nil
}

var errAnswer = errors.New("read answer")

// readAddAnswer reads /api/v0/add's answer to its end and returns the root
// CID: with quieter, one JSON object per file, the last one the root. An
// import that failed after the 200 is reported in the X-Stream-Error
// trailer, readable only after the body.
func readAddAnswer(resp *http.Response) (string, error) {
	defer resp.Body.Close()
	var root string
	dec := json.NewDecoder(resp.Body)
	for {
		var o struct{ Hash string }
		if err := dec.Decode(&o); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return "", fmt.Errorf("%w: %w", errAnswer, err)
		}
		if o.Hash != "" {
			root = o.Hash
		}
	}
	if msg := resp.Trailer.Get("X-Stream-Error"); msg != "" {
		return "", errors.New(msg)
	}
	if root == "" {
		return "", fmt.Errorf("%w: no CID in the answer", errAnswer)
	}
	return root, nil
}

// addErr prefers the reader's error: a failed upload is why the request
// failed.
func (k *Kubo) addErr(readErr, err error) error {
	if readErr != nil {
		return fmt.Errorf("read: %w", readErr)
	}
	return err
}

// Pin pins c recursively on Kubo (offline: every block must be there).
// Pinning what is pinned already succeeds.
//
// Errors: apperr.NotFound when a block of the DAG is missing,
// apperr.Unavailable when Kubo does not answer.
func (k *Kubo) Pin(ctx context.Context, c cid.Cid) error {
	if err := k.call(ctx, "pin/add", url.Values{"arg": {c.String()}, "recursive": {"true"}}, nil); err != nil {
		return fmt.Errorf("ipfs.Pin %s: %w", c, err)
	}
	return nil
}

// Unpin removes the recursive pin of c. Unpinning what is not pinned
// succeeds.
//
// Errors: apperr.Unavailable when Kubo does not answer, or Kubo's refusal.
func (k *Kubo) Unpin(ctx context.Context, c cid.Cid) error {
	err := k.call(ctx, "pin/rm", url.Values{"arg": {c.String()}, "recursive": {"true"}}, nil)
	var ce *kuboCmdError
	if errors.As(err, &ce) && strings.Contains(ce.msg, "not pinned") {
		return nil
	}
	if err != nil {
		return fmt.Errorf("ipfs.Unpin %s: %w", c, err)
	}
	return nil
}

// IsPinned reports whether c itself is pinned recursively.
//
// Errors: apperr.Unavailable when Kubo does not answer.
func (k *Kubo) IsPinned(ctx context.Context, c cid.Cid) (bool, error) {
	var out struct {
		Keys map[string]struct{ Type string }
	}
	err := k.call(ctx, "pin/ls", url.Values{"arg": {c.String()}, "type": {"recursive"}}, &out)
	var ce *kuboCmdError
	if errors.As(err, &ce) && strings.Contains(ce.msg, "is not pinned") {
		return false, nil
	}
	if apperr.KindOf(err) == apperr.NotFound {
		return false, nil // pin/ls of a CID whose block is absent
	}
	if err != nil {
		return false, fmt.Errorf("ipfs.IsPinned %s: %w", c, err)
	}
	for _, p := range out.Keys {
		if p.Type == "recursive" {
			return true, nil
		}
	}
	return false, nil
}

// Has reports whether Kubo holds the block c (that block only).
//
// Errors: apperr.Unavailable when Kubo does not answer.
func (k *Kubo) Has(ctx context.Context, c cid.Cid) (bool, error) {
	_, err := k.blockSize(ctx, c)
	if apperr.KindOf(err) == apperr.NotFound {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("ipfs.Has %s: %w", c, err)
	}
	return true, nil
}

func (k *Kubo) blockSize(ctx context.Context, c cid.Cid) (int, error) {
	var out struct{ Size int }
	if err := k.call(ctx, "block/stat", url.Values{"arg": {c.String()}}, &out); err != nil {
		return 0, err
	}
	return out.Size, nil
}

// Stat returns Kubo's repository size (/api/v0/repo/stat?size-only=true,
// which does not walk the blocks). Stats.Blocks is -1: Kubo counts its
// blocks only by walking them all, too slow for every page view.
//
// Errors: apperr.Unavailable when Kubo does not answer.
func (k *Kubo) Stat(ctx context.Context) (Stats, error) {
	var out struct{ RepoSize uint64 }
	if err := k.call(ctx, "repo/stat", url.Values{"size-only": {"true"}}, &out); err != nil {
		return Stats{}, fmt.Errorf("ipfs.Stat: %w", err)
	}
	return Stats{Blocks: -1, DiskBytes: out.RepoSize}, nil
}

// Ready reports whether Kubo answers (/api/v0/version).
//
// Errors: apperr.Unavailable naming the URL.
func (k *Kubo) Ready(ctx context.Context) error {
	if err := k.call(ctx, "version", nil, nil); err != nil {
		return fmt.Errorf("ipfs.Ready: %w", err)
	}
	return nil
}

// Close releases idle connections; Kubo itself keeps running.
func (k *Kubo) Close() error {
	k.hc.CloseIdleConnections()
	return nil
}
