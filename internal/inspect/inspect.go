// Package inspect says what we understood of an uploaded file's bytes: the
// kind of file, the media type sniffed from its content, and the structure its
// header declares (image dimensions, glTF scene counts, safetensors and GGUF
// tensor tables, the imports a pickle references).
//
// Files can be many gigabytes, so every parser reads headers only, through an
// io.ReaderAt, and every allocation is bounded both by a stated limit and by
// the file's size: a length read from the file is checked against the bytes
// that remain before anything is made from it. Nothing is ever executed or
// unpickled.
package inspect

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strings"
)

// Kind names the family of a file as the upload page shows it.
type Kind string

// The kinds Inspect reports.
const (
	KindImage       Kind = "image"
	KindGLTF        Kind = "gltf"
	KindSafetensors Kind = "safetensors"
	KindGGUF        Kind = "gguf"
	KindPickle      Kind = "pickle"
	KindOther       Kind = "other"
)

// Errors Inspect wraps; test with errors.Is.
var (
	// ErrMalformed: the file claims a format (by magic bytes or extension)
	// but its header is inconsistent, truncated or out of range.
	ErrMalformed = errors.New("malformed file")
	// ErrLimit: the header is well formed so far but larger than we agree
	// to read (see the Max* constants).
	ErrLimit = errors.New("header exceeds inspection limit")
)

// Limits. Each bounds memory independently of the file size; the file size
// bounds them further.
const (
	// MaxSafetensorsHeader is the largest safetensors JSON header we read.
	MaxSafetensorsHeader = 100 << 20
	// MaxGLTFJSON is the largest glTF JSON document (or GLB JSON chunk) we read.
	MaxGLTFJSON = 64 << 20
	// MaxReportTensors is how many tensors a report lists; totals cover all.
	MaxReportTensors = 200
	// MaxTensors is the most tensors a safetensors or GGUF header may declare.
	MaxTensors = 1 << 20
	// MaxPickleImports is how many distinct imports a pickle report lists.
	MaxPickleImports = 1000
)

// sniffLen is how many leading bytes decide the format.
const sniffLen = 512

// Report is what we understood of one file. When Inspect succeeds, the
// section matching Kind is set (none for KindOther); after an error it may be
// partial or nil.
type Report struct {
	Kind Kind `json:"kind"`
	// MediaType is sniffed from the content, never taken from the name; it
	// is what the file may be served as.
	MediaType string `json:"media_type"`
	Size      int64  `json:"size"`
	// Active is true for types a browser may run script in (HTML, SVG,
	// XML): serve them as attachments only.
	Active bool `json:"active"`
	// Warnings are facts a person should see that did not stop the parse.
	Warnings []string `json:"warnings,omitempty"`

	Image       *ImageInfo       `json:"image,omitempty"`
	GLTF        *GLTFInfo        `json:"gltf,omitempty"`
	Safetensors *SafetensorsInfo `json:"safetensors,omitempty"`
	GGUF        *GGUFInfo        `json:"gguf,omitempty"`
	Pickle      *PickleInfo      `json:"pickle,omitempty"`
}

// Inspect reads the headers of the file r (size bytes long, named name by the
// uploader) and reports its kind, sniffed media type and structure. It
// dispatches on magic bytes first and on the extension of name second.
//
// When the file claims a format but its header is bad, Inspect returns an
// error wrapping ErrMalformed or ErrLimit together with a Report that still
// carries Kind, MediaType and Size, so a caller may keep the file as an
// unexplained blob. Read errors from r are returned wrapped.
func Inspect(r io.ReaderAt, size int64, name string) (Report, error) {
	rep := Report{Kind: KindOther, MediaType: "application/octet-stream", Size: size}
	if size < 0 {
		return rep, fmt.Errorf("inspect: negative size %d: %w", size, ErrMalformed)
	}
	head := make([]byte, min(size, sniffLen))
	n, rerr := r.ReadAt(head, 0)
	if rerr != nil && !errors.Is(rerr, io.EOF) {
		return rep, fmt.Errorf("inspect: read head: %w", rerr)
	}
	head = head[:n]
	ext := strings.ToLower(path.Ext(name))

	var err error
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")),
		bytes.HasPrefix(head, []byte("\xff\xd8\xff")),
		bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")),
		len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		err = inspectImage(r, size, head, &rep)
	case bytes.HasPrefix(head, []byte("glTF")):
		err = inspectGLB(r, size, &rep)
	case bytes.HasPrefix(head, []byte("GGUF")):
		err = inspectGGUF(r, size, &rep)
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		err = inspectZip(r, size, &rep)
	case looksLikeSafetensors(head, size):
		err = inspectSafetensors(r, size, &rep)
	case len(head) >= 2 && head[0] == opProto && head[1] >= 2 && head[1] <= 5:
		err = inspectPickle(r, size, &rep)
	case ext == ".safetensors":
		err = inspectSafetensors(r, size, &rep)
	case ext == ".gguf":
		err = inspectGGUF(r, size, &rep)
	case ext == ".glb":
		err = inspectGLB(r, size, &rep)
	case ext == ".gltf" && firstNonSpace(head) == '{':
		err = inspectGLTFJSON(r, size, &rep)
	case pickleExt[ext] && ext != ".bin":
		// Protocol 0 and 1 pickles have no magic; trust the name enough to scan.
		err = inspectPickle(r, size, &rep)
	case isSVG(head) && !strings.HasPrefix(http.DetectContentType(head), "text/html"):
		rep.Kind = KindImage
		rep.MediaType = "image/svg+xml"
		rep.Active = true
		rep.Image = &ImageInfo{Format: "svg"}
	default:
		sniffOther(head, &rep)
	}
	if err != nil {
		return rep, fmt.Errorf("inspect %s %q: %w", rep.Kind, name, err)
	}
	return rep, nil
}

// pickleExt are the extensions of pickle-based weights. A ".bin" is only
// treated as a pickle when its bytes say so (PROTO opcode or zip): many .bin
// files are not pickles at all.
var pickleExt = map[string]bool{".pt": true, ".pth": true, ".bin": true, ".pkl": true, ".pickle": true, ".ckpt": true}

// sniffOther sets the media type of a file we do not parse, from its content.
func sniffOther(head []byte, rep *Report) {
	mt := http.DetectContentType(head)
	rep.MediaType = mt
	base, _, _ := strings.Cut(mt, ";")
	switch base {
	case "text/html", "text/xml", "application/xml", "image/svg+xml", "text/javascript", "application/javascript":
		rep.Active = true
	}
}

// isSVG reports whether the head looks like an SVG document: XML (or bare
// markup) whose first element is svg. The check is deliberately loose — a
// false positive only means the file is served as an attachment.
func isSVG(head []byte) bool {
	h := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	h = bytes.TrimLeft(h, " \t\r\n")
	if len(h) == 0 || h[0] != '<' {
		return false
	}
	return bytes.Contains(bytes.ToLower(h), []byte("<svg"))
}

func firstNonSpace(b []byte) byte {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c
	}
	return 0
}

// malformed builds an error wrapping ErrMalformed.
func malformed(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrMalformed)
}

// overLimit builds an error wrapping ErrLimit.
func overLimit(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrLimit)
}

// readAtFull reads exactly len(p) bytes at off, turning a short read into
// ErrMalformed (the header said the bytes were there).
func readAtFull(r io.ReaderAt, p []byte, off int64) error {
	n, err := r.ReadAt(p, off)
	if n == len(p) {
		return nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		return malformed("short read at %d: %d of %d bytes", off, n, len(p))
	}
	return fmt.Errorf("read at %d: %w", off, err)
}
