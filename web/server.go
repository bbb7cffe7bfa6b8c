// Package web is modelmarket's HTTP edge: an Echo server that renders templ
// pages, serves the embedded static files, answers health probes, and turns
// every error into one page or JSON shape.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/card"
	"modelmarket/internal/moderation"
	"modelmarket/internal/wallet"
	"modelmarket/web/views"
)

// Status is a snapshot of the node's dependencies, shown in every page's
// status strip and served at /api/status. An empty *Err means that part is ok.
// The Err strings are never shown to visitors (they may hold URLs or paths);
// pages and /api/status show only "ok" or "error".
type Status struct {
	ChainID     uint64
	ChainHeight uint64
	ChainErr    string
	IPFSBlocks  int64
	IPFSErr     string
	DBBackend   string // "sqlite" | "postgres"
	DBErr       string
}

// Check is one readiness probe run by /readyz. Check must honour ctx: it is
// given a short deadline, and a check that does not return in time is reported
// as failed.
type Check struct {
	Name  string
	Check func(ctx context.Context) error
}

// DevNetwork describes the embedded dev chain so the home page can tell a
// person how to add it to MetaMask.
type DevNetwork struct {
	RPCURL   string
	ChainID  uint64
	Accounts []string // addresses of the prefunded dev accounts
}

// Config is everything the web server needs; main builds it once.
type Config struct {
	Logger        *slog.Logger
	Version       string
	PublicOrigin  string                           // the app's own origin, e.g. http://127.0.0.1:8080
	GatewayOrigin string                           // the IPFS gateway's origin, e.g. http://localhost:8081
	Status        func(ctx context.Context) Status // cheap; called on every page view
	Checks        []Check                          // run by /readyz
	Dev           *DevNetwork                      // nil unless the embedded dev chain runs
	// Wallet signs people in (SIWE) and keeps their sessions; nil turns
	// sign-in off (the header shows no "Connect wallet").
	Wallet *wallet.Service
	// ChainName and RPCURL are what the page offers a wallet that does not
	// know the app's chain (wallet_addEthereumChain); RPCURL may be empty.
	ChainName string
	RPCURL    string
	// Uploads turns on the upload page and the tus endpoint (needs Wallet);
	// nil leaves them out.
	Uploads *UploadConfig
	// Cards keeps model-card and art drafts (with Uploads); nil shows the
	// card editor without "Save draft".
	Cards card.Drafts
	// Market turns on browse, search, token and profile pages and the trade
	// flows; nil leaves them out.
	Market *MarketConfig
	// PageSlots is how many catalogue page requests run at once, the rest
	// waiting in arrival order, in each of the two queues (queue.go); 0
	// means 4 per CPU.
	PageSlots int
	// PageWait is how long a queued page request may wait for a slot before
	// the answer is 503 "very busy"; 0 means 10 seconds.
	PageWait time.Duration
	// Moderation turns on reports, the admin area (/admin) and the public
	// audit log, and enforces hides and bans (needs Wallet); nil leaves them out.
	Moderation *moderation.Service
}

const (
	// statusTimeout bounds the Status call made for each page view.
	statusTimeout = time.Second
	// checkTimeout bounds each readiness check.
	checkTimeout = 2 * time.Second
)

type server struct {
	log     *slog.Logger
	version string
	status  func(ctx context.Context) Status
	checks  []Check
	dev     *DevNetwork
	origin  string // the public origin, scheme://host[:port], as browsers send it in Origin
	wallet  *wallet.Service
	chain   views.ChainParams
	gateway string              // the gateway's origin, for links to user content
	uploads *tusUploads         // nil when uploads are off
	cards   card.Drafts         // nil when drafts are not kept
	market  *MarketConfig       // nil when the marketplace is off
	mod     *moderation.Service // nil when moderation is off (admin.go)
	nonces  *rateLimiter        // POST /api/auth/nonce per client IP
	// structure reads model tokens' files and weights headers for their
	// pages; nil when the marketplace has no content reader.
	structure *structureReader
	// pages queues the catalogue pages that read the database only,
	// tokenPages the token pages, which also ask the chain (queue.go).
	pages, tokenPages *pageQueue
	// cache keeps anonymous marketplace pages and the reads they repeat
	// (cache.go); nil when the marketplace is off.
	cache *marketCache
	// comments keeps review comments read from IPFS, rendered (review.go).
	comments *commentCache
}

// New validates cfg and returns the Echo instance with every route, middleware
// and the error handler installed. The caller serves it with its own
// http.Server. New returns an error when the Logger or Status func is missing,
// an origin is not a plain http(s) origin, the gateway shares the app's host
// (cookies ignore ports, so the app's cookies would reach user content), or a
// Check has no name, a duplicate name or no func.
func New(cfg Config) (*echo.Echo, error) {
	if cfg.Logger == nil {
		return nil, errors.New("web.New: Logger is required")
	}
	if cfg.Status == nil {
		return nil, errors.New("web.New: Status func is required")
	}
	public, err := parseOrigin(cfg.PublicOrigin)
	if err != nil {
		return nil, fmt.Errorf("web.New: public origin: %w", err)
	}
	gateway, err := parseOrigin(cfg.GatewayOrigin)
	if err != nil {
		return nil, fmt.Errorf("web.New: gateway origin: %w", err)
	}
	if strings.EqualFold(public.Hostname(), gateway.Hostname()) {
		return nil, fmt.Errorf("web.New: gateway origin %s shares the host of the app's origin %s; "+
			"browsers send cookies to every port of a host, so user content must live on another host name (e.g. localhost vs 127.0.0.1)",
			gateway, public)
	}
	seen := make(map[string]bool, len(cfg.Checks))
	for _, c := range cfg.Checks {
		switch {
		case c.Name == "":
			return nil, errors.New("web.New: a readiness check has no name")
		case c.Check == nil:
			return nil, fmt.Errorf("web.New: readiness check %q has no func", c.Name)
		case seen[c.Name]:
			return nil, fmt.Errorf("web.New: readiness check %q is listed twice", c.Name)
		}
		seen[c.Name] = true
	}
	version := cfg.Version
	if version == "" {
		version = "dev"
	}
	s := &server{
		log:        cfg.Logger,
		version:    version,
		status:     cfg.Status,
		checks:     cfg.Checks,
		dev:        cfg.Dev,
		origin:     public.String(),
		wallet:     cfg.Wallet,
		gateway:    gateway.String(),
		cards:      cfg.Cards,
		market:     cfg.Market,
		mod:        cfg.Moderation,
		nonces:     newRateLimiter(nonceBurst, nonceEvery),
		pages:      newPageQueue(cfg.PageSlots, cfg.PageWait),
		tokenPages: newPageQueue(cfg.PageSlots, cfg.PageWait),
	}
	if cfg.Market != nil && cfg.Market.Listings != nil {
		s.cache = newVersionedMarketCache(cfg.Market.Listings.CatalogueVersion, cfg.Status)
	}
	if cfg.Market != nil && cfg.Market.Content != nil {
		s.structure = newStructureReader(cfg.Market.Content, s.log.With("component", "token_structure"))
	}
	if cfg.Uploads != nil {
		if cfg.Wallet == nil {
			return nil, errors.New("web.New: uploads need sign-in (Wallet)")
		}
		if s.uploads, err = newTusUploads(*cfg.Uploads, s.log.With("component", "uploads")); err != nil {
			return nil, fmt.Errorf("web.New: %w", err)
		}
	}
	if cfg.Wallet != nil {
		s.chain = views.NewChainParams(cfg.Wallet.ChainID(), cfg.ChainName, cfg.RPCURL)
	}

	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	e.HTTPErrorHandler = s.handleError
	e.Use(securityHeaders(contentSecurityPolicy(gateway)))
	e.Use(requestID())
	e.Use(requestLogger(s.log))
	e.Use(recoverPanics())
	e.Use(s.loadSession)
	e.Use(s.checkCSRF)
	s.routes(e)
	return e, nil
}

// parseOrigin accepts "scheme://host[:port]" with scheme http or https and
// nothing after the authority but an optional "/".
func parseOrigin(s string) (*url.URL, error) {
	if s == "" {
		return nil, errors.New("is empty")
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("parse %q: %w", s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%q: scheme must be http or https", s)
	}
	if u.Hostname() == "" || u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("%q: want an origin like http://localhost:8081, without user, path or query", s)
	}
	return &url.URL{Scheme: u.Scheme, Host: u.Host}, nil
}

// contentSecurityPolicy allows scripts and styles from the app only, and
// images and fetches also from the gateway (path style and, for a host name,
// subdomain style <cid>.ipfs.<host>), where user content lives (the 3D
// viewer fetches models from there).
func contentSecurityPolicy(gateway *url.URL) string {
	content := gateway.String()
	if net.ParseIP(gateway.Hostname()) == nil {
		content += " " + gateway.Scheme + "://*." + gateway.Host
	}
	img := "'self' data: " + content
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src " + img,
		"connect-src 'self' " + content,
		"media-src 'self' " + content, // token pages play video and audio from the gateway
		"font-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	}, "; ")
}
