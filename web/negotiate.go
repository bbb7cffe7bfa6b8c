package web

import (
	"net/http"
	"strconv"
	"strings"
)

// wantsJSON decides between the HTML error page and JSON by the Accept header:
// whichever of text/html and application/json the client rates higher wins.
// When it rates them the same (no Accept, or "*/*" as curl and fetch send),
// API paths answer JSON and everything else HTML.
func wantsJSON(r *http.Request) bool {
	accept := r.Header.Get("Accept")
	js, html := acceptQ(accept, "application/json"), acceptQ(accept, "text/html")
	if js != html {
		return js > html
	}
	p := r.URL.Path
	return strings.HasPrefix(p, "/api/") || p == "/healthz" || p == "/readyz"
}

// acceptQ returns the quality the Accept header gives mediaType, using the most
// specific matching range (type/subtype over type/* over */*), as RFC 9110
// says. An empty header accepts everything with q=1.
func acceptQ(accept, mediaType string) float64 {
	if strings.TrimSpace(accept) == "" {
		return 1
	}
	typ, _, _ := strings.Cut(mediaType, "/")
	best, bestSpec := 0.0, -1
	for _, part := range strings.Split(accept, ",") {
		fields := strings.Split(part, ";")
		rng := strings.ToLower(strings.TrimSpace(fields[0]))
		spec := -1
		switch {
		case rng == mediaType:
			spec = 2
		case rng == typ+"/*":
			spec = 1
		case rng == "*/*":
			spec = 0
		}
		if spec <= bestSpec {
			continue
		}
		q := 1.0
		for _, f := range fields[1:] {
			k, v, ok := strings.Cut(strings.TrimSpace(f), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if parsed, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = parsed
				}
			}
		}
		best, bestSpec = q, spec
	}
	return best
}
