// Package static holds the site's CSS, JavaScript and images, embedded in the
// binary, and names each file by a fingerprinted URL so browsers may cache it
// forever: a changed file gets a new URL.
package static

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"path"
	"strings"
)

//go:embed css js img
var files embed.FS

// Prefix is the URL path under which the files are served.
const Prefix = "/static/"

// hashLen is how many hex digits of the sha256 go into a URL: 48 bits tell
// versions of one file apart with room to spare.
const hashLen = 12

// Asset is one embedded file.
type Asset struct {
	Name        string // path inside the embedded tree, e.g. "css/site.css"
	Hash        string // first hashLen hex digits of the content's sha256
	ContentType string
	Body        []byte
}

// index is built once from the embedded (immutable) tree at program start.
var index = mustIndex()

func mustIndex() map[string]*Asset {
	idx, err := buildIndex(files)
	if err != nil {
		// The tree is compiled into the binary: failing here is a build defect.
		panic(fmt.Sprintf("static: index embedded files: %v", err))
	}
	return idx
}

func buildIndex(fsys fs.FS) (map[string]*Asset, error) {
	idx := make(map[string]*Asset)
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasSuffix(name, ".go") {
			return nil
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		sum := sha256.Sum256(body)
		idx[name] = &Asset{
			Name:        name,
			Hash:        hex.EncodeToString(sum[:])[:hashLen],
			ContentType: contentType(name),
			Body:        body,
		}
		return nil
	})
	return idx, err
}

// contentType is a fixed table for what we ship, so the answer does not depend
// on the host's /etc/mime.types.
func contentType(name string) string {
	switch path.Ext(name) {
	case ".css":
		return "text/css; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".png":
		return "image/png"
	case ".ico":
		return "image/x-icon"
	case ".woff2":
		return "font/woff2"
	case ".json":
		return "application/json"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// URL returns the fingerprinted URL of the named file, e.g.
// URL("css/site.css") == "/static/css/site.3f2a9c1be0d4.css". A name that is
// not embedded gets its plain URL, which answers 404, so a typo in a template
// shows up as a broken asset in tests rather than a panic in production.
func URL(name string) string {
	a, ok := index[name]
	if !ok {
		return Prefix + name
	}
	ext := path.Ext(name)
	return Prefix + strings.TrimSuffix(name, ext) + "." + a.Hash + ext
}

// Lookup finds the file a URL path below Prefix names ("css/site.3f2a9c1be0d4.css"
// or plain "css/site.css"). current reports whether the path carried the
// file's present hash, i.e. whether the response may be cached forever.
// ok is false when no such file is embedded.
func Lookup(p string) (a *Asset, current bool, ok bool) {
	p = strings.TrimPrefix(path.Clean("/"+p), "/")
	if a, ok := index[p]; ok {
		return a, false, true
	}
	name, hash, found := splitHash(p)
	if !found {
		return nil, false, false
	}
	a, ok = index[name]
	if !ok {
		return nil, false, false
	}
	return a, hash == a.Hash, true
}

// splitHash turns "css/site.<hash>.css" into "css/site.css" and "<hash>".
// Any hex run of hashLen digits counts, so an old hash still finds the file.
func splitHash(p string) (name, hash string, ok bool) {
	ext := path.Ext(p)
	stem := strings.TrimSuffix(p, ext)
	i := strings.LastIndexByte(stem, '.')
	if i < 0 {
		return "", "", false
	}
	hash = stem[i+1:]
	if len(hash) != hashLen || !isHex(hash) {
		return "", "", false
	}
	return stem[:i] + ext, hash, true
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
