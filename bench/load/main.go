// Command load measures browse, search and token pages under load: the real
// web server (web.New with the marketplace on, sign-in on, a trade.Builder
// on an embedded dev chain with our contracts deployed, the status strip
// from the chain, an embedded IPFS node and the database) over a catalogue
// of -tokens tokens, beside the same Echo server answering a byte-identical
// copy of a browse page from memory (/__static, same middleware, same
// headers), in the same run, on loopback.
//
//	go run ./bench/load [-conns 200] [-duration 10s] [-tokens 10000] [-db sqlite|postgres]
//
// Before the targets, every token page is fetched once (-crawl, as a
// crawler after a deploy), so the token target measures a warm cache.
//
// Each target runs for -duration from -conns keep-alive connections, after
// a -warm period that is not counted (connections open, caches fill);
// latencies are exact percentiles over every counted request. Static runs
// first and last; the ratios use its better figures (the stricter goal).
//
// Traffic: browse draws its page (half on page 1, the rest up to page 20),
// sort, kind, "listed" and format filters at random; search draws one or
// two words from the 60 title words by a Zipf law (a few popular queries,
// a long tail), sometimes with a kind; token pages draw ids uniformly over
// the whole catalogue. Requests are anonymous (no session cookie), the
// main case; "browse (signed in)" sends a real session cookie (SIWE sign-in
// with a dev key) and shows the uncached path, since personalized pages are
// never cached.
//
// The catalogue is written as the indexer writes it (events folded by
// store.ApplyIndexBatch, then the metadata), so the rows and the search
// index are the real ones. -db postgres makes a fresh database on the
// server in MARKET_TEST_POSTGRES and drops it at the end.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/labstack/echo/v4"

	"modelmarket/contracts"
	"modelmarket/internal/chain"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/trade"
	"modelmarket/internal/wallet"
	"modelmarket/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

type options struct {
	conns      int
	duration   time.Duration
	warm       time.Duration
	tokens     int
	db         string
	only       string
	cpuprofile string
	crawl      bool
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	var o options
	fs.IntVar(&o.conns, "conns", 200, "concurrent keep-alive connections")
	fs.DurationVar(&o.duration, "duration", 10*time.Second, "measured time per target")
	fs.DurationVar(&o.warm, "warm", 2*time.Second, "unmeasured warm-up per target")
	fs.IntVar(&o.tokens, "tokens", 10_000, "tokens in the catalogue")
	fs.StringVar(&o.db, "db", "sqlite", "sqlite or postgres (a fresh database on MARKET_TEST_POSTGRES)")
	fs.StringVar(&o.only, "only", "", "comma-separated target names to run (static always runs)")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the measured runs (server and load generator) here")
	fs.BoolVar(&o.crawl, "crawl", true, "fetch every token page once before the targets (a crawler after a deploy)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))

	env, err := setup(ctx, o, log)
	if env != nil {
		defer env.close()
	}
	if err != nil {
		return err
	}
	client := newClient(o.conns)
	fmt.Printf("catalogue %d tokens on %s (seeded in %v, minted on the dev chain in %v), indexed head %d, %d connections, %v per target (+%v warm-up), GOMAXPROCS %d\n",
		o.tokens, o.db, env.seedTime.Round(time.Millisecond), env.mintTime.Round(time.Millisecond), env.head, o.conns, o.duration, o.warm, runtime.GOMAXPROCS(0))
	fmt.Printf("page sizes: browse %d B, token %d B, search %d B; load before: %s\n",
		env.sizes["browse"], env.sizes["token"], env.sizes["search"], loadavg())

	if o.crawl {
		took, err := crawl(ctx, client, env.base, o.tokens)
		if err != nil {
			return err
		}
		fmt.Printf("crawled %d token pages in %v (%.0f/s, page renders with chain reads)\n", o.tokens, took.Round(time.Millisecond), float64(o.tokens)/took.Seconds())
	}
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}

	targets := env.targets(o.tokens)
	want := map[string]bool{}
	for n := range strings.SplitSeq(o.only, ",") {
		if n = strings.TrimSpace(n); n != "" {
			want[n] = true
		}
	}
	static := targets[0]
	var results []result
	results = append(results, runTarget(ctx, client, env.base, static, o.conns, o.warm, o.duration, 1))
	for i, t := range targets[1:] {
		if len(want) > 0 && !want[t.name] {
			continue
		}
		results = append(results, runTarget(ctx, client, env.base, t, o.conns, o.warm, o.duration, uint64(i+2)))
	}
	results = append(results, runTarget(ctx, client, env.base, static, o.conns, o.warm, o.duration, 99))
	if ctx.Err() != nil {
		return ctx.Err()
	}
	printTable(os.Stdout, targets, results)
	fmt.Printf("load after: %s\n", loadavg())
	return nil
}

// env is the running server and what the targets need.
type env struct {
	base     string
	head     uint64
	seedTime time.Duration
	mintTime time.Duration
	sizes    map[string]int
	cookie   string // a live session's cookie, for the signed-in target
	closers  []func()
}

func (e *env) close() {
	for i := len(e.closers) - 1; i >= 0; i-- {
		e.closers[i]()
	}
}

func setup(ctx context.Context, o options, log *slog.Logger) (*env, error) {
	e := &env{sizes: map[string]int{}}
	dir, err := os.MkdirTemp("", "bench-load-")
	if err != nil {
		return nil, err
	}
	e.closers = append(e.closers, func() { os.RemoveAll(dir) })

	target, dropDB, err := openTarget(ctx, o.db, dir)
	if err != nil {
		return e, err
	}
	if dropDB != nil {
		e.closers = append(e.closers, dropDB)
	}
	// Under deliberate overload every query is "slow": log only errors.
	st, err := store.Open(ctx, target, slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})))
	if err != nil {
		return e, fmt.Errorf("open %s: %w", o.db, err)
	}
	e.closers = append(e.closers, func() { st.Close() })

	node, err := ipfs.Open(ctx, filepath.Join(dir, "ipfs"), log)
	if err != nil {
		return e, err
	}
	e.closers = append(e.closers, func() { node.Close() })

	dev, err := chain.StartDev(ctx, chain.DevConfig{Dir: filepath.Join(dir, "chain"), Logger: log})
	if err != nil {
		return e, err
	}
	e.closers = append(e.closers, func() { dev.Close() })
	client := dev.Client()
	deployer := dev.Accounts()[0]
	addrs, err := contracts.Deploy(ctx, client.Eth(), bind.NewKeyedTransactor(deployer.Key, dev.ChainID()), contracts.DefaultDeployParams())
	if err != nil {
		return e, fmt.Errorf("deploy contracts: %w", err)
	}
	builder, err := trade.New(client, addrs)
	if err != nil {
		return e, err
	}

	start := time.Now()
	if err := mintOnChain(ctx, client.Eth(), dev.ChainID(), dev.Accounts(), addrs.ModelNFT, o.tokens); err != nil {
		return e, fmt.Errorf("mint on the dev chain: %w", err)
	}
	e.mintTime = time.Since(start)

	start = time.Now()
	chainID := dev.ChainID().Uint64()
	e.head, err = seedCatalogue(ctx, st, o.tokens, chainID, strings.ToLower(addrs.ModelNFT.Hex()))
	if err != nil {
		return e, err
	}
	e.seedTime = time.Since(start)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return e, err
	}
	e.base = "http://" + ln.Addr().String()
	signIn, err := wallet.NewService(wallet.Config{Store: st, Origin: e.base, ChainID: chainID, Logger: log})
	if err != nil {
		return e, err
	}
	h, err := web.New(web.Config{
		Logger: log, Version: "bench", PublicOrigin: e.base, GatewayOrigin: "http://localhost:8081",
		Status:    statusFunc(client, node, st),
		Wallet:    signIn,
		ChainName: "modelmarket dev", RPCURL: dev.Endpoint(),
		Market: &web.MarketConfig{Listings: listing.NewService(st), Trade: builder},
	})
	if err != nil {
		return e, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	go srv.Serve(ln)
	e.closers = append(e.closers, func() { srv.Close() })

	// The static twin: a browse page captured once, answered from memory
	// with the same Content-Type through the same middleware.
	body, ctype, err := get(ctx, e.base+"/browse", "")
	if err != nil {
		return e, err
	}
	h.GET("/__static", func(c echo.Context) error { return c.Blob(http.StatusOK, ctype, body) })
	e.sizes["browse"] = len(body)
	if b, _, err := get(ctx, e.base+"/token/"+strconv.Itoa(o.tokens/2), ""); err == nil {
		e.sizes["token"] = len(b)
	} else {
		return e, err
	}
	if b, _, err := get(ctx, e.base+"/browse?q=lantern", ""); err == nil {
		e.sizes["search"] = len(b)
	} else {
		return e, err
	}
	if e.cookie, err = signInCookie(ctx, signIn, dev); err != nil {
		return e, err
	}
	return e, nil
}

// openTarget returns a SQLite file under dir, or a fresh PostgreSQL
// database and the func that drops it.
func openTarget(ctx context.Context, db, dir string) (store.Target, func(), error) {
	switch db {
	case "sqlite":
		return store.Target{Backend: store.SQLite, DSN: filepath.Join(dir, "market.db")}, nil, nil
	case "postgres":
		return freshPostgres(ctx)
	}
	return store.Target{}, nil, fmt.Errorf("-db %q: want sqlite or postgres", db)
}

func statusFunc(client *chain.Client, node *ipfs.Node, st *store.Store) func(context.Context) web.Status {
	return func(ctx context.Context) web.Status {
		s := web.Status{ChainID: client.ChainID().Uint64(), DBBackend: string(st.Backend())}
		if h, err := client.BlockNumber(ctx); err != nil {
			s.ChainErr = err.Error()
		} else {
			s.ChainHeight = h
		}
		if ns, err := node.Stat(ctx); err != nil {
			s.IPFSErr = err.Error()
		} else {
			s.IPFSBlocks = ns.Blocks
		}
		if err := st.Ping(ctx); err != nil {
			s.DBErr = err.Error()
		}
		return s
	}
}

func get(ctx context.Context, u, cookie string) ([]byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", err
	}
	if cookie != "" {
		req.Header.Set("Cookie", cookie)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, "", err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("GET %s: %s: %.300s", u, resp.Status, b)
	}
	return b, resp.Header.Get("Content-Type"), nil
}

// targets lists static first, then the pages.
func (e *env) targets(tokens int) []target {
	words := append(append([]string{}, adjectives...), nouns...)
	sorts := []string{"", "", "price_asc", "price_desc", "most_licensed"}
	kinds := []string{"", "", "art", "model"}
	browse := func(rng *rand.Rand) string {
		v := url.Values{}
		if p := 1 + int(rng.ExpFloat64()*2); p > 1 {
			v.Set("page", strconv.Itoa(min(p, 20)))
		}
		if s := sorts[rng.IntN(len(sorts))]; s != "" {
			v.Set("sort", s)
		}
		k := kinds[rng.IntN(len(kinds))]
		if k != "" {
			v.Set("kind", k)
		}
		if rng.IntN(4) == 0 {
			v.Set("listed", "1")
		}
		if k == "model" && rng.IntN(4) == 0 {
			v.Set("format", formats[rng.IntN(len(formats))])
		}
		return "/browse?" + v.Encode()
	}
	zipf := func(rng *rand.Rand) string {
		z := rand.NewZipf(rng, 1.1, 1, uint64(len(words)-1))
		return words[z.Uint64()]
	}
	search := func(rng *rand.Rand) string {
		v := url.Values{}
		q := zipf(rng)
		if rng.IntN(3) == 0 {
			q += " " + zipf(rng)
		}
		v.Set("q", q)
		if rng.IntN(4) == 0 {
			v.Set("kind", kinds[2+rng.IntN(2)])
		}
		return "/browse?" + v.Encode()
	}
	token := func(rng *rand.Rand) string { return "/token/" + strconv.Itoa(1+rng.IntN(tokens)) }
	return []target{
		{name: "static", url: func(*rand.Rand) string { return "/__static" }},
		{name: "browse", url: browse, maxP99: 3, minRPS: 0.30},
		{name: "search", url: search, maxP99: 5},
		{name: "token", url: token, maxP99: 3, minRPS: 0.30},
		{name: "browse (signed in)", url: browse, cookie: e.cookie},
	}
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		out, _ := exec.Command("uptime").Output()
		return strings.TrimSpace(string(out))
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:3], " ")
}
