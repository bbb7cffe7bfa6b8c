package ipfs

import (
	"context"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ipfs/boxo/gateway"
	"github.com/ipfs/go-cid"
)

// GatewayConfig configures the HTTP gateway. The zero value serves
// http://localhost:<port> with the limits below.
type GatewayConfig struct {
	// Hostname is the host of the gateway's own origin, without port
	// ("localhost" when empty). Subdomain requests are served under it:
	// <cidv1-base32>.ipfs.<Hostname>:<port>. Path requests (/ipfs/<cid>)
	// are served on any host.
	Hostname string

	// RetrievalTimeout ends a response that cannot write its next bytes for
	// this long (504 before the first byte). Zero means 30 s.
	RetrievalTimeout time.Duration

	// MaxConcurrentRequests answers 429 beyond this many requests in
	// flight. Zero means 256: this node serves from one disk on a small
	// machine, not a CDN's 4096.
	MaxConcurrentRequests int

	// MaxRequestDuration bounds a whole response, however steadily it
	// writes. Zero means 2 h: multi-GB weights over a slow link take long.
	MaxRequestDuration time.Duration
}

const (
	defaultRetrievalTimeout      = 30 * time.Second
	defaultMaxConcurrentRequests = 256
	defaultMaxRequestDuration    = 2 * time.Hour
)

// Gateway returns boxo's IPFS HTTP gateway over this node's blocks:
// deserialized files and the trustless formats (?format=raw, ?format=car
// and their Accept headers application/vnd.ipld.raw and
// application/vnd.ipld.car), path style and subdomain style, offline (a
// missing CID is a 404 at once, never a wait for the network).
//
// Every response is sandboxed (see withContentSecurity): the gateway must
// be served on its own origin, never the app's, so the app's cookies never
// reach user content.
func (n *Node) Gateway(cfg GatewayConfig) http.Handler {
	return gatewayHandler(cfg, n.gw, n.bs.Has, n.Cat)
}

// gatewayHandler is the gateway of either implementation: backend serves the
// blocks and has says whether a root block is stored (see offlineOnly).
func gatewayHandler(cfg GatewayConfig, backend gateway.IPFSBackend, has func(context.Context, cid.Cid) (bool, error), cat func(context.Context, cid.Cid) (io.ReadSeekCloser, error)) http.Handler {
	host := strings.ToLower(cfg.Hostname)
	if host == "" {
		host = "localhost"
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	gwc := gateway.Config{
		DeserializedResponses: true,
		NoDNSLink:             true, // offline: never ask DNS what a Host means
		RetrievalTimeout:      orDuration(cfg.RetrievalTimeout, defaultRetrievalTimeout),
		MaxConcurrentRequests: cfg.MaxConcurrentRequests,
		MaxRequestDuration:    orDuration(cfg.MaxRequestDuration, defaultMaxRequestDuration),
		DiagnosticServiceURL:  "", // no link to a public checker from an offline node
	}
	if gwc.MaxConcurrentRequests <= 0 {
		gwc.MaxConcurrentRequests = defaultMaxConcurrentRequests
	}
	// CORS "*" (boxo's defaults, as public gateways send): the app's pages
	// fetch content (a 3D model for its viewer) from this other origin. Safe
	// because nothing here depends on who asks: no cookies, no credentials.
	inner := gateway.NewHeaders(nil).ApplyCors().Wrap(offlineOnly(has, cat, gateway.NewHandler(gwc, backend)))

	// boxo's hostname handler either redirects path requests on a subdomain
	// gateway to the subdomain or refuses subdomains on a path gateway. We
	// want both on one origin without a redirect (each response is sandboxed
	// into an opaque origin anyway), so requests go to one of two hostname
	// handlers by their Host.
	known := func(subdomains bool) map[string]*gateway.PublicGateway {
		gw := &gateway.PublicGateway{Paths: []string{"/ipfs"}, UseSubdomains: subdomains,
			NoDNSLink: true, DeserializedResponses: true}
		return map[string]*gateway.PublicGateway{host: gw}
	}
	subCfg, pathCfg := gwc, gwc
	subCfg.PublicGateways = known(true)
	pathCfg.PublicGateways = known(false)
	sub := gateway.NewHostnameHandler(subCfg, backend, inner)
	path := gateway.NewHostnameHandler(pathCfg, backend, inner)

	return withContentSecurity(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reqHost := r.Host
		if xh := r.Header.Get("X-Forwarded-Host"); xh != "" {
			reqHost = xh // as boxo's hostname handler reads it
		}
		if h, _, err := net.SplitHostPort(reqHost); err == nil {
			reqHost = h
		}
		if strings.HasSuffix(strings.ToLower(reqHost), "."+host) {
			sub.ServeHTTP(w, r)
			return
		}
		path.ServeHTTP(w, r)
	}))
}

// offlineOnly answers what boxo, built for a networked node, would get
// wrong offline: /ipns/ paths (boxo would resolve names over DNS and
// routing) are refused, and a root CID that is not stored here is a 404
// before boxo starts: for ?format=car boxo writes a 200 and the CAR header
// first, then truncates the stream.
func offlineOnly(has func(context.Context, cid.Cid) (bool, error), cat func(context.Context, cid.Cid) (io.ReadSeekCloser, error), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest, ok := strings.CutPrefix(r.URL.Path, "/ipfs/")
		if !ok {
			http.Error(w, "404 page not found: this gateway serves /ipfs/<cid> only", http.StatusNotFound)
			return
		}
		root, sub, _ := strings.Cut(rest, "/")
		c, err := cid.Decode(root)
		if err == nil {
			if ok, err := has(r.Context(), c); err == nil && !ok {
				http.Error(w, "404 not found: "+c.String()+" is not stored on this node", http.StatusNotFound)
				return
			}
		}
		// boxo v0.43.0 seeks to the range start before it evaluates
		// If-Range, so a failed If-Range would send a truncated 200. Our
		// ETag for a file is "<cid>"; anything else cannot match: serve the
		// whole file, as RFC 9110 13.1.5 asks.
		if ir := r.Header.Get("If-Range"); ir != "" {
			if err != nil || sub != "" || ir != `"`+c.String()+`"` {
				r.Header.Del("Range")
				r.Header.Del("If-Range")
			}
		}
		// boxo v0.43.0 answers 500 to a suffix range longer than the file
		// (bytes=-N, N > size); RFC 9110 14.1.2 says it selects the whole
		// file. Ask the size only for such a range on a file root.
		if n, ok := suffixLength(r.Header.Get("Range")); ok && err == nil && sub == "" {
			if f, cerr := cat(r.Context(), c); cerr == nil {
				size, serr := f.Seek(0, io.SeekEnd)
				_ = f.Close()
				if serr == nil && n > size {
					r.Header.Set("Range", "bytes=0-")
				}
			}
		}
		next.ServeHTTP(w, r) // boxo answers bad CIDs and store errors itself
	})
}

// suffixLength returns N of a single suffix range "bytes=-N".
func suffixLength(rng string) (int64, bool) {
	s, ok := strings.CutPrefix(rng, "bytes=-")
	if !ok || strings.Contains(s, ",") {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	return n, err == nil && n > 0
}

func orDuration(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}
