package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"modelmarket/internal/verify"
	"modelmarket/internal/wallet"
)

// publishChunk is what one tus PATCH carries, as the upload page sends.
const publishChunk = 64 << 20

// serverSession is a signed-in session on a running market server.
type serverSession struct {
	base   string
	cookie *http.Cookie
	csrf   string
}

// signInTo signs in to the server with key as a wallet does: a nonce, the
// EIP-4361 message signed with personal_sign, then verify.
func signInTo(ctx context.Context, base string, key *ecdsa.PrivateKey) (*serverSession, error) {
	s := &serverSession{base: base}
	var nonce struct{ Message string }
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if err := s.postJSON(ctx, "/api/auth/nonce", map[string]string{"address": addr.Hex()}, &nonce); err != nil {
		return nil, configErrorf("sign in to %s: %v", base, err)
	}
	sig, err := wallet.SignPersonal([]byte(nonce.Message), key)
	if err != nil {
		return nil, fmt.Errorf("sign in: %w", err)
	}
	var me struct{ CSRFToken string }
	res, err := s.request(ctx, http.MethodPost, "/api/auth/verify", jsonBody(map[string]string{"message": nonce.Message, "signature": hexutil.Encode(sig)}), -1,
		map[string]string{"Content-Type": "application/json"})
	if err != nil {
		return nil, configErrorf("sign in to %s: %v", base, err)
	}
	if err := decodeAnswer(res, &me); err != nil {
		return nil, fmt.Errorf("sign in to %s: %w", base, err)
	}
	for _, ck := range res.Cookies() {
		if ck.Value != "" {
			s.cookie = ck
		}
	}
	if s.cookie == nil || me.CSRFToken == "" {
		return nil, fmt.Errorf("sign in to %s: the server gave no session", base)
	}
	s.csrf = me.CSRFToken
	return s, nil
}

func jsonBody(v any) io.Reader {
	b, _ := json.Marshal(v) // maps of strings and plain structs always marshal
	return bytes.NewReader(b)
}

// request sends one request with the session (when there is one); size -1
// leaves the length to the body.
func (s *serverSession) request(ctx context.Context, method, target string, body io.Reader, size int64, header map[string]string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, s.base+target, body)
	if err != nil {
		return nil, err
	}
	if size >= 0 {
		req.ContentLength = size
	}
	req.Header.Set("Origin", s.base)
	req.Header.Set("Accept", "application/json")
	if s.cookie != nil {
		req.AddCookie(s.cookie)
		req.Header.Set("X-CSRF-Token", s.csrf)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return http.DefaultClient.Do(req)
}

func (s *serverSession) postJSON(ctx context.Context, target string, body, into any) error {
	res, err := s.request(ctx, http.MethodPost, target, jsonBody(body), -1, map[string]string{"Content-Type": "application/json"})
	if err != nil {
		return err
	}
	return decodeAnswer(res, into)
}

// decodeAnswer reads a JSON answer; an error status comes back as the
// server's words.
func decodeAnswer(res *http.Response, into any) error {
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, 16<<20))
	if err != nil {
		return err
	}
	if res.StatusCode/100 != 2 {
		var e struct {
			Error struct{ Message string } `json:"error"`
		}
		if json.Unmarshal(raw, &e) == nil && e.Error.Message != "" {
			return fmt.Errorf("%s (%d)", e.Error.Message, res.StatusCode)
		}
		return fmt.Errorf("the server answered %d: %.200s", res.StatusCode, raw)
	}
	if into == nil {
		return nil
	}
	if err := json.Unmarshal(raw, into); err != nil {
		return fmt.Errorf("the server's answer is not the JSON expected: %w", err)
	}
	return nil
}

// uploadFile sends one file over tus and returns its upload id once the
// server has imported it with the sha256 we computed.
func (s *serverSession) uploadFile(ctx context.Context, file string, f verify.FileEntry, gated bool, bar *progressBar) (string, error) {
	meta := "filename " + base64.StdEncoding.EncodeToString([]byte(path.Base(f.Path)))
	if gated {
		meta += ",gated " + base64.StdEncoding.EncodeToString([]byte("1"))
	}
	res, err := s.request(ctx, http.MethodPost, tusPath, nil, 0, map[string]string{
		"Tus-Resumable": "1.0.0", "Upload-Length": strconv.FormatInt(f.Size, 10), "Upload-Metadata": meta,
	})
	if err != nil {
		return "", err
	}
	if res.StatusCode != http.StatusCreated {
		return "", decodeAnswer(res, nil)
	}
	res.Body.Close()
	loc := res.Header.Get("Location")
	if i := strings.Index(loc, tusPath); i >= 0 {
		loc = loc[i:]
	}
	if !strings.HasPrefix(loc, tusPath) {
		return "", fmt.Errorf("the server's tus Location %q is not under %s", res.Header.Get("Location"), tusPath)
	}
	fh, err := os.Open(file)
	if err != nil {
		return "", err
	}
	defer fh.Close()
	for off := int64(0); off < f.Size || (f.Size == 0 && off == 0); off += publishChunk {
		n := min(publishChunk, f.Size-off)
		body := io.TeeReader(io.NewSectionReader(fh, off, n), bar)
		res, err := s.request(ctx, http.MethodPatch, loc, body, n, map[string]string{
			"Tus-Resumable": "1.0.0", "Upload-Offset": strconv.FormatInt(off, 10), "Content-Type": "application/offset+octet-stream",
		})
		if err != nil {
			return "", err
		}
		if res.StatusCode != http.StatusNoContent {
			return "", decodeAnswer(res, nil)
		}
		res.Body.Close()
		if f.Size == 0 {
			break
		}
	}
	id := path.Base(loc)
	var got struct {
		ID     string `json:"id"`
		SHA256 string `json:"sha256"`
	}
	if err := s.postJSON(ctx, "/api/uploads/"+id+"/finish", nil, &got); err != nil {
		return "", err
	}
	if want := fmt.Sprintf("%x", f.SHA256); got.SHA256 != want {
		return "", fmt.Errorf("the server recorded sha256 %s, the file has %s: was it changed during the upload?", got.SHA256, want)
	}
	return id, nil
}

// tusPath is where the server's tus endpoint lives (web/tus.go).
const tusPath = "/uploads/tus/"

// progressBar draws one line on stderr: a bar, the bytes sent, the speed
// and the current file, redrawn at most every 100 ms.
type progressBar struct {
	w            io.Writer
	total, done  int64
	start, drawn time.Time
	label        string
}

func newProgressBar(w io.Writer, total int64) *progressBar {
	return &progressBar{w: w, total: max(total, 1), start: time.Now()}
}

// Write counts bytes sent (the bar is an io.Writer for io.TeeReader).
func (b *progressBar) Write(p []byte) (int, error) {
	b.done += int64(len(p))
	if time.Since(b.drawn) >= 100*time.Millisecond {
		b.draw()
	}
	return len(p), nil
}

func (b *progressBar) draw() {
	b.drawn = time.Now()
	const width = 30
	frac := min(float64(b.done)/float64(b.total), 1)
	filled := int(frac * width)
	speed := float64(b.done) / 1e6 / max(time.Since(b.start).Seconds(), 1e-3)
	fmt.Fprintf(b.w, "\rupload [%s%s] %3.0f%%  %s of %s  %.1f MB/s  %-40.40s",
		strings.Repeat("#", filled), strings.Repeat("-", width-filled), frac*100,
		formatMiB(b.done), formatMiB(b.total), speed, b.label)
}

func (b *progressBar) finish() {
	b.draw()
	fmt.Fprintln(b.w)
}

func formatMiB(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }
