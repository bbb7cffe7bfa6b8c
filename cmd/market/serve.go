package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"modelmarket/contracts"
	"modelmarket/internal/chain"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/store"
	"modelmarket/web"
)

// shutdownBudget bounds the whole stop: drain HTTP, then close chain, IPFS
// and the database.
const shutdownBudget = 10 * time.Second

// app is the running graph; closers run in reverse order of opening.
type app struct {
	log     *slog.Logger
	closers []func() error
}

func (a *app) onClose(f func() error) { a.closers = append(a.closers, f) }

func (a *app) close() {
	for i := len(a.closers) - 1; i >= 0; i-- {
		if err := a.closers[i](); err != nil {
			a.log.Warn("close", "err", err)
		}
	}
	a.closers = nil
}

// serve runs `market serve` until ctx is cancelled (SIGINT/SIGTERM).
// Everything is checked in an order that writes nothing before the
// configuration is known to be good: flags, then remote chain nodes, then the
// data dir (created and locked), then database, IPFS and chain.
func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) (err error) {
	cfg, err := parseConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	log := newLogger(cfg, stderr)
	cfg.print(stdout)
	a := &app{log: log}
	defer a.close()

	// Remote chain nodes first: an unreachable --rpc must leave no data dir behind.
	var client *chain.Client
	if len(cfg.RPC) > 0 {
		dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
		client, err = chain.Dial(dialCtx, cfg.RPC, log.With("component", "chain"))
		cancel()
		if err != nil {
			return configErrorf("--rpc: %v", err)
		}
		a.onClose(func() error { client.Close(); return nil })
	}

	// Kubo too, for the same reason.
	var kubo *ipfs.Kubo
	if cfg.IPFS != "" {
		dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
		kubo, err = ipfs.DialKubo(dialCtx, cfg.IPFS, log.With("component", "kubo"))
		cancel()
		if err != nil {
			return configErrorf("--ipfs: %v", err)
		}
		a.onClose(kubo.Close)
	}

	created, err := makeDataDir(cfg.DataDir)
	if err != nil {
		return err
	}
	defer func() {
		// A first start that failed leaves nothing half-written behind.
		if err != nil && created {
			a.close()
			os.RemoveAll(cfg.DataDir)
		}
	}()
	lock, err := lockDataDir(cfg.DataDir)
	if err != nil {
		return err
	}
	a.onClose(func() error { lock.release(); return nil })

	appLn, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return configErrorf("--addr %s: %v", cfg.Addr, errors.Unwrap(err))
	}
	a.onClose(func() error { appLn.Close(); return nil })
	gwLn, err := net.Listen("tcp", cfg.GatewayAddr)
	if err != nil {
		return configErrorf("--gateway-addr %s: %v", cfg.GatewayAddr, errors.Unwrap(err))
	}
	a.onClose(func() error { gwLn.Close(); return nil })
	publicURL := cfg.PublicURL
	if publicURL == "" {
		publicURL = "http://" + net.JoinHostPort(listenHost(cfg.Addr, "127.0.0.1"), portOf(appLn))
	}
	gatewayURL := cfg.GatewayURL
	if gatewayURL == "" {
		gatewayURL = "http://" + net.JoinHostPort("localhost", portOf(gwLn))
	}

	openCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	st, err := store.Open(openCtx, cfg.db, log)
	if err != nil {
		if cfg.db.Backend == store.Postgres {
			return configErrorf("--db %s: %v", store.Redact(cfg.db.DSN), err)
		}
		return fmt.Errorf("database: %w", err)
	}
	a.onClose(st.Close)
	inst, err := st.EnsureInstance(openCtx)
	if err != nil {
		return fmt.Errorf("database: %w", err)
	}

	var node ipfs.Content = kubo
	if kubo == nil {
		embedded, err := ipfs.Open(openCtx, filepath.Join(cfg.DataDir, "ipfs"), log.With("component", "ipfs"))
		if err != nil {
			return fmt.Errorf("ipfs: %w", err)
		}
		a.onClose(embedded.Close)
		node = embedded
	}

	var dev *chain.DevChain
	if client == nil {
		host, port := splitHostPort(cfg.ChainAddr)
		dev, err = chain.StartDev(openCtx, chain.DevConfig{
			Dir:         filepath.Join(cfg.DataDir, "chain"),
			HTTPHost:    host,
			HTTPPort:    port,
			CORSOrigins: []string{publicURL},
			Logger:      log.With("component", "devchain"),
		})
		if err != nil {
			return configErrorf("embedded dev chain on %s: %v", cfg.ChainAddr, err)
		}
		a.onClose(dev.Close)
		client = dev.Client()
		a.onClose(func() error { client.Close(); return nil })
	}
	var addrs contracts.Addresses
	if dev != nil {
		addrs, err = ensureDevContracts(openCtx, client.Eth(), dev, cfg.Contracts, log.With("component", "contracts"))
		if err != nil {
			return fmt.Errorf("contracts on the dev chain: %w", err)
		}
	} else if addrs, err = loadRemoteContracts(openCtx, client.Eth(), cfg.Contracts); err != nil {
		return err
	}
	stopIndexer, err := startIndexer(ctx, client, st, node, addrs, cfg.Confirmations, log)
	if err != nil {
		return err
	}
	a.onClose(func() error { stopIndexer(3 * time.Second); return nil })

	signIn, err := newSignIn(ctx, a, st, client, dev, publicURL, log)
	if err != nil {
		return err
	}
	uploads, err := newUploads(ctx, a, cfg, st, node, log)
	if err != nil {
		return err
	}
	market, err := newMarket(client, addrs, st, node, cfg.DataDir)
	if err != nil {
		return err
	}
	mod, err := newModeration(cfg, st, market, log)
	if err != nil {
		return err
	}
	handler, err := web.New(web.Config{
		Logger:        log.With("component", "web"),
		Version:       version(),
		PublicOrigin:  publicURL,
		GatewayOrigin: gatewayURL,
		Status:        statusFunc(client, node, st),
		Checks: []web.Check{
			{Name: "chain", Check: func(ctx context.Context) error { _, err := client.BlockNumber(ctx); return err }},
			{Name: "ipfs", Check: node.Ready},
			{Name: "db", Check: st.Ping},
		},
		Dev:        devNetwork(dev),
		Wallet:     signIn.Service,
		ChainName:  signIn.ChainName,
		RPCURL:     signIn.RPCURL,
		Uploads:    uploads,
		Cards:      st,
		Market:     market,
		Moderation: mod,
		PageSlots:  cfg.PageSlots,
		PageWait:   cfg.PageWait,
	})
	if err != nil {
		return configErrorf("web: %v", err)
	}
	gwHost := hostOf(gatewayURL)
	appSrv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	gwSrv := &http.Server{Handler: node.Gateway(ipfs.GatewayConfig{Hostname: gwHost}), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}

	serveErr := make(chan error, 2)
	go func() { serveErr <- fmt.Errorf("app server: %w", appSrv.Serve(appLn)) }()
	go func() { serveErr <- fmt.Errorf("gateway server: %w", gwSrv.Serve(gwLn)) }()

	height, _ := client.BlockNumber(ctx)
	fmt.Fprintf(stdout, "\n  app        %s\n  gateway    %s\n  chain id   %s, height %d\n  instance   %s (%s)\n", publicURL, gatewayURL, client.ChainID(), height, inst.ID, st.Backend())
	fmt.Fprintf(stdout, "  contracts  ModelNFT %s, Marketplace %s, LicenseManager %s, Reviews %s\n", addrs.ModelNFT.Hex(), addrs.Marketplace.Hex(), addrs.LicenseManager.Hex(), addrs.Reviews.Hex())
	if dev != nil {
		printDevAccounts(stdout, dev)
	}
	fmt.Fprintf(stdout, "\nmodelmarket is ready at %s — Ctrl-C stops it.\n", publicURL)
	log.Info("ready", "app", publicURL, "gateway", gatewayURL, "chain_id", client.ChainID(), "height", height)

	var runErr error
	select {
	case <-ctx.Done():
		log.Info("stopping", "reason", "signal")
	case runErr = <-serveErr:
		log.Error("server stopped", "err", runErr)
	}
	stopCtx, stopCancel := context.WithTimeout(context.Background(), shutdownBudget-2*time.Second)
	defer stopCancel()
	if err := appSrv.Shutdown(stopCtx); err != nil {
		log.Warn("app server shutdown", "err", err)
		appSrv.Close()
	}
	if err := gwSrv.Shutdown(stopCtx); err != nil {
		log.Warn("gateway shutdown", "err", err)
		gwSrv.Close()
	}
	a.close()
	log.Info("stopped")
	return runErr
}

// makeDataDir creates the data dir if needed and reports whether it did.
func makeDataDir(dir string) (bool, error) {
	fi, err := os.Stat(dir)
	switch {
	case err == nil && !fi.IsDir():
		return false, configErrorf("data dir %s is a file, not a directory", dir)
	case err == nil:
		return false, nil
	case !errors.Is(err, os.ErrNotExist):
		return false, configErrorf("data dir %s cannot be created or read: %v", dir, errors.Unwrap(err))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return false, configErrorf("data dir %s cannot be created: %v", dir, errors.Unwrap(err))
	}
	return true, nil
}

func statusFunc(client *chain.Client, node ipfs.Content, st *store.Store) func(context.Context) web.Status {
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

func devNetwork(dev *chain.DevChain) *web.DevNetwork {
	if dev == nil {
		return nil
	}
	n := &web.DevNetwork{RPCURL: dev.Endpoint(), ChainID: dev.ChainID().Uint64()}
	for _, acc := range dev.Accounts() {
		n.Accounts = append(n.Accounts, acc.Address.Hex())
	}
	return n
}

func printDevAccounts(w io.Writer, dev *chain.DevChain) {
	fmt.Fprintf(w, "\nDev chain JSON-RPC %s (chain id %s). In MetaMask: add this network, then import a key below.\n", dev.Endpoint(), dev.ChainID())
	fmt.Fprintln(w, "Dev accounts: the public Hardhat/Anvil test mnemonic; everyone knows these keys, never send them real funds.")
	for i, acc := range dev.Accounts() {
		fmt.Fprintf(w, "  (%d) %s  key %s\n", i, acc.Address.Hex(), acc.KeyHex())
	}
}

func newLogger(cfg config, w io.Writer) *slog.Logger {
	level, _ := parseLevel(cfg.LogLevel)
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func portOf(ln net.Listener) string {
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}

// listenHost is the host browsers should use for a listen address: an
// unspecified host (":8080", "0.0.0.0:8080") becomes def.
func listenHost(addr, def string) string {
	host, _, _ := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		return def
	}
	return host
}

func splitHostPort(addr string) (string, int) {
	host, port, _ := net.SplitHostPort(addr)
	p, _ := strconv.Atoi(port)
	return host, p
}

func hostOf(origin string) string {
	u, err := url.Parse(origin)
	if err != nil {
		return "localhost"
	}
	return u.Hostname()
}
