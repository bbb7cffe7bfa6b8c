package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"modelmarket/internal/store"
)

// config is everything `market serve` is told; flags win over MARKET_* env.
type config struct {
	Addr        string   // the app's listen address
	PublicURL   string   // the app's origin as browsers see it
	GatewayAddr string   // the IPFS gateway's listen address
	GatewayURL  string   // the gateway's origin as browsers see it (must not share the app's host)
	ChainAddr   string   // JSON-RPC listen address of the embedded dev chain
	DataDir     string   // everything the app writes lives under here
	DB          string   // database URL; empty = SQLite in the data dir
	RPC         []string // chain RPC URLs in order of preference; empty = embedded dev chain
	IPFS        string   // Kubo RPC URL; empty = embedded node
	Contracts   string   // contract addresses JSON; empty = <data-dir>/contracts.json
	LogLevel    string
	LogFormat   string

	// Uploads: the largest single file and each person's total (bytes; 0 = no
	// limit), and how long an unfinished upload may sit idle before it is deleted.
	MaxUploadSize int64
	UploadQuota   int64
	UploadExpiry  time.Duration

	// PageSlots and PageWait size the queues in front of the catalogue and
	// token pages (0 = the web package's defaults: 4 per CPU, 10 s).
	PageSlots int
	PageWait  time.Duration

	// Confirmations is how deep a block must be before the indexer reads it
	// (0 on the dev chain, which never reorgs).
	Confirmations uint64

	// Admins are the addresses with the moderation role from the start
	// (--admin, repeatable); admins may grant it to others in the app.
	Admins []string

	db store.Target // parsed DB

	// the upload flags as given, parsed by validate
	maxUploadSize, uploadQuota, uploadExpiry string
	confirmations                            string
	pageSlots, pageWait                      string
}

var errHelpShown = errors.New("help shown")

// listFlag is a repeatable flag (--rpc A --rpc B).
type listFlag struct {
	vals *[]string
	set  bool
}

func (l *listFlag) String() string {
	if l.vals == nil {
		return ""
	}
	return strings.Join(*l.vals, ",")
}

func (l *listFlag) Set(v string) error {
	if !l.set { // the first flag replaces the env default
		*l.vals, l.set = nil, true
	}
	*l.vals = append(*l.vals, v)
	return nil
}

// parseConfig reads flags with MARKET_* env fallbacks, then validates every
// value without touching the disk or the network.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	env := envOr(getenv)
	var c config
	fs := flag.NewFlagSet("market serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.Addr, "addr", env("MARKET_ADDR", "127.0.0.1:8080"), "app listen address (env MARKET_ADDR)")
	fs.StringVar(&c.PublicURL, "public-url", env("MARKET_PUBLIC_URL", ""), "the app's public origin (env MARKET_PUBLIC_URL; default http://<addr>)")
	fs.StringVar(&c.GatewayAddr, "gateway-addr", env("MARKET_GATEWAY_ADDR", "127.0.0.1:8081"), "IPFS gateway listen address (env MARKET_GATEWAY_ADDR)")
	fs.StringVar(&c.GatewayURL, "gateway-url", env("MARKET_GATEWAY_URL", ""), "the gateway's public origin (env MARKET_GATEWAY_URL; default http://localhost:<gateway port>)")
	fs.StringVar(&c.ChainAddr, "chain-addr", env("MARKET_CHAIN_ADDR", "127.0.0.1:8545"), "JSON-RPC listen address of the embedded dev chain (env MARKET_CHAIN_ADDR)")
	fs.StringVar(&c.DataDir, "data-dir", env("MARKET_DATA_DIR", "data"), "directory for everything the app stores (env MARKET_DATA_DIR)")
	fs.StringVar(&c.DB, "db", env("MARKET_DB", ""), "database: sqlite:PATH or postgres://… (env MARKET_DB; default SQLite at <data-dir>/market.db)")
	if v := getenv("MARKET_RPC"); v != "" {
		for _, u := range strings.Split(v, ",") {
			if u = strings.TrimSpace(u); u != "" {
				c.RPC = append(c.RPC, u)
			}
		}
	}
	fs.Var(&listFlag{vals: &c.RPC}, "rpc", "chain JSON-RPC URL, repeatable, tried in order (env MARKET_RPC, comma-separated; default: the embedded dev chain)")
	if v := getenv("MARKET_ADMINS"); v != "" {
		for _, a := range strings.Split(v, ",") {
			if a = strings.TrimSpace(a); a != "" {
				c.Admins = append(c.Admins, a)
			}
		}
	}
	fs.Var(&listFlag{vals: &c.Admins}, "admin", "address with the moderation (admin) role, repeatable (env MARKET_ADMINS, comma-separated)")
	fs.StringVar(&c.Contracts, "contracts", env("MARKET_CONTRACTS", ""), "contract addresses JSON from 'market deploy' (env MARKET_CONTRACTS; default <data-dir>/contracts.json, written on the dev chain's first start)")
	fs.StringVar(&c.IPFS, "ipfs", env("MARKET_IPFS", ""), "Kubo RPC URL (env MARKET_IPFS; default: the embedded IPFS node)")
	fs.StringVar(&c.maxUploadSize, "max-upload-size", env("MARKET_MAX_UPLOAD_SIZE", defaultMaxUploadSize), "largest single upload, e.g. 50GiB; 0 = no limit (env MARKET_MAX_UPLOAD_SIZE)")
	fs.StringVar(&c.uploadQuota, "upload-quota", env("MARKET_UPLOAD_QUOTA", defaultUploadQuota), "total size of one person's finished uploads, e.g. 100GiB; 0 = no limit (env MARKET_UPLOAD_QUOTA)")
	fs.StringVar(&c.uploadExpiry, "upload-expiry", env("MARKET_UPLOAD_EXPIRY", defaultUploadExpiry.String()), "delete an unfinished upload after it has been idle this long, e.g. 72h (env MARKET_UPLOAD_EXPIRY)")
	fs.StringVar(&c.confirmations, "confirmations", env("MARKET_CONFIRMATIONS", "0"), "blocks a block must be buried under before it is indexed, e.g. 12 on a public chain (env MARKET_CONFIRMATIONS)")
	fs.StringVar(&c.pageSlots, "page-slots", env("MARKET_PAGE_SLOTS", "0"), "catalogue or token page requests answered at once, the rest queued in arrival order; 0 = 4 per CPU (env MARKET_PAGE_SLOTS)")
	fs.StringVar(&c.pageWait, "page-wait", env("MARKET_PAGE_WAIT", "10s"), "longest wait in that queue before the answer is 503 \"very busy\" (env MARKET_PAGE_WAIT)")
	fs.StringVar(&c.LogLevel, "log-level", env("MARKET_LOG_LEVEL", "info"), "debug, info, warn or error (env MARKET_LOG_LEVEL)")
	fs.StringVar(&c.LogFormat, "log-format", env("MARKET_LOG_FORMAT", "text"), "text or json (env MARKET_LOG_FORMAT)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return c, errHelpShown
		}
		return c, configError{err}
	}
	if fs.NArg() > 0 {
		return c, configErrorf("unexpected argument %q", fs.Arg(0))
	}
	return c, c.validate()
}

func (c *config) validate() error {
	for name, addr := range map[string]string{"--addr": c.Addr, "--gateway-addr": c.GatewayAddr, "--chain-addr": c.ChainAddr} {
		if err := checkListenAddr(addr); err != nil {
			return configErrorf("%s %q: %v", name, addr, err)
		}
	}
	if c.DataDir == "" {
		return configErrorf("--data-dir must not be empty")
	}
	t, err := store.ParseURL(c.DB, c.DataDir)
	if err != nil {
		return configErrorf("--db: %v", err)
	}
	c.db = t
	if c.Contracts == "" {
		c.Contracts = filepath.Join(c.DataDir, "contracts.json")
	}
	for _, u := range c.RPC {
		if err := checkHTTPURL(u); err != nil {
			return configErrorf("--rpc %q: %v", redactURL(u), err)
		}
	}
	if c.IPFS != "" {
		if err := checkHTTPURL(c.IPFS); err != nil {
			return configErrorf("--ipfs %q: %v", redactURL(c.IPFS), err)
		}
	}
	for name, u := range map[string]string{"--public-url": c.PublicURL, "--gateway-url": c.GatewayURL} {
		if u == "" {
			continue
		}
		if err := checkHTTPURL(u); err != nil {
			return configErrorf("%s %q: %v", name, u, err)
		}
	}
	if c.MaxUploadSize, err = parseSize(c.maxUploadSize); err != nil {
		return configErrorf("--max-upload-size %q: %v", c.maxUploadSize, err)
	}
	if c.UploadQuota, err = parseSize(c.uploadQuota); err != nil {
		return configErrorf("--upload-quota %q: %v", c.uploadQuota, err)
	}
	if c.UploadExpiry, err = time.ParseDuration(c.uploadExpiry); err != nil || c.UploadExpiry <= 0 {
		return configErrorf("--upload-expiry %q: want a positive duration like 72h", c.uploadExpiry)
	}
	if c.Confirmations, err = strconv.ParseUint(c.confirmations, 10, 16); err != nil {
		return configErrorf("--confirmations %q: want a number of blocks from 0 to 65535, e.g. 12", c.confirmations)
	}
	if c.PageSlots, err = strconv.Atoi(c.pageSlots); err != nil || c.PageSlots < 0 || c.PageSlots > 10000 {
		return configErrorf("--page-slots %q: want a number from 0 (4 per CPU) to 10000", c.pageSlots)
	}
	if c.PageWait, err = time.ParseDuration(c.pageWait); err != nil || c.PageWait <= 0 {
		return configErrorf("--page-wait %q: want a positive duration like 10s", c.pageWait)
	}
	for _, a := range c.Admins {
		if !adminPattern.MatchString(a) {
			return configErrorf("--admin %q: want an address, 0x and 40 hex digits", a)
		}
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		return configErrorf("--log-level: %v", err)
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return configErrorf("--log-format %q: use text or json", c.LogFormat)
	}
	return nil
}

var adminPattern = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

func checkListenAddr(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return errors.New("want host:port")
	}
	if host != "" && host != "localhost" && net.ParseIP(host) == nil {
		return errors.New("host must be an IP address or localhost")
	}
	if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		return errors.New("port must be 0–65535")
	}
	return nil
}

func checkHTTPURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("not a URL")
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errors.New("want an http:// or https:// URL with a host")
	}
	return nil
}

// redactURL hides credentials (user info, and API keys in the path or query,
// which hosted RPC providers use) so a URL can be printed.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "<unparseable URL>"
	}
	if u.User != nil {
		u.User = url.User("xxxxx")
	}
	if u.RawQuery != "" {
		u.RawQuery = "xxxxx"
	}
	if len(u.Path) > 1 {
		u.Path = "/xxxxx"
		u.RawPath = ""
	}
	return u.String()
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	err := l.UnmarshalText([]byte(s))
	return l, err
}

// print writes the configuration, secrets redacted, so a person sees what
// the process is really using.
func (c config) print(w io.Writer) {
	abs, err := filepath.Abs(c.DataDir)
	if err != nil {
		abs = c.DataDir
	}
	db := "sqlite:" + c.db.DSN
	if c.db.Backend == store.Postgres {
		db = store.Redact(c.db.DSN)
	}
	rpc := "embedded dev chain on " + c.ChainAddr
	if len(c.RPC) > 0 {
		var rs []string
		for _, r := range c.RPC {
			rs = append(rs, redactURL(r))
		}
		rpc = strings.Join(rs, ", ")
	}
	ipfs := "embedded node in " + filepath.Join(abs, "ipfs")
	if c.IPFS != "" {
		ipfs = "Kubo at " + redactURL(c.IPFS)
	}
	fmt.Fprintf(w, "modelmarket %s\n", version())
	fmt.Fprintf(w, "  data dir   %s\n  database   %s\n  chain      %s\n  contracts  %s\n  ipfs       %s\n", abs, db, rpc, c.Contracts, ipfs)
}

// envOr reads variables through getenv, with a default for an unset or empty one.
func envOr(getenv func(string) string) func(key, def string) string {
	return func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
}
