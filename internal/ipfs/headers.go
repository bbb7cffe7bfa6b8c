package ipfs

import (
	"mime"
	"net/http"
	"strings"
)

// withContentSecurity makes user content inert in a browser, whatever its
// bytes: every response gets "Content-Security-Policy: sandbox" (an opaque
// origin: no script, no storage, no same-origin requests) and
// "X-Content-Type-Options: nosniff", and active types (HTML, SVG, XML,
// JavaScript) are sent as downloads. boxo sets none of this on deserialized
// responses. The headers are fixed when the status is written, after boxo
// has chosen the Content-Type.
func withContentSecurity(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(&secureWriter{ResponseWriter: w}, r)
	})
}

type secureWriter struct {
	http.ResponseWriter
	wroteHeader bool
}

func (w *secureWriter) WriteHeader(code int) {
	if !w.wroteHeader {
		w.wroteHeader = true
		secureHeaders(w.Header())
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *secureWriter) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Flush lets boxo stream (CAR responses flush as they go).
func (w *secureWriter) Flush() {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the connection.
func (w *secureWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func secureHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "sandbox")
	h.Set("X-Content-Type-Options", "nosniff")
	ct := h.Get("Content-Type")
	if ct == "" {
		// net/http would sniff the body and might say text/html.
		h.Set("Content-Type", "application/octet-stream")
		return
	}
	if isActiveType(ct) {
		h.Set("Content-Disposition", attachment(h.Get("Content-Disposition")))
	}
}

// isActiveType reports whether a browser may run script from a document of
// media type ct.
func isActiveType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return true // unparsable: assume the worst
	}
	switch {
	case mt == "text/html", mt == "application/xhtml+xml", mt == "image/svg+xml":
		return true
	case strings.HasSuffix(mt, "/xml"), strings.HasSuffix(mt, "+xml"), mt == "text/xsl":
		return true
	case strings.Contains(mt, "javascript"), strings.Contains(mt, "ecmascript"):
		return true
	}
	return false
}

// attachment turns a Content-Disposition into a download, keeping the file
// name boxo may have put there (?filename=).
func attachment(cd string) string {
	if i := strings.IndexByte(cd, ';'); i >= 0 {
		return "attachment" + cd[i:]
	}
	return "attachment"
}
