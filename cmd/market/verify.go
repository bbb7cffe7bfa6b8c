package main

import (
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modelmarket/contracts"
	"modelmarket/internal/apperr"
	"modelmarket/internal/chain"
	"modelmarket/internal/verify"
)

// errNotVerified ends `market verify` with exit 1: the file is unknown to
// the chain, or (with --token) differs from every version of that token.
var errNotVerified = errors.New("not verified")

// verifyCmd is `market verify FILE|DIR`: hash the file (or the folder's root
// digest, as uploads compute it) and ask the chain which token records it,
// from its logs and views alone: no server, no database. With no --rpc it
// reads the embedded dev chain of --data-dir, in process when `market serve`
// is stopped, else through the running one's JSON-RPC. Exit 0: found (and,
// with --token, one of that token's versions); 1: unknown or modified; 2:
// usage or configuration.
func verifyCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	env := envOr(getenv)
	fs := flag.NewFlagSet("market verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: market verify FILE|DIR [--rpc URL] [--contracts FILE] [--token N]\n\n"+
			"Finds the token and version that record FILE (its sha256) or DIR (its root digest) on chain.\n"+
			"Exit status: 0 found, 1 unknown or modified, 2 usage or configuration error.\n\n")
		fs.PrintDefaults()
	}
	var rpcs []string
	fs.Var(&listFlag{vals: &rpcs}, "rpc", "chain JSON-RPC URL, repeatable (env MARKET_RPC; default: the embedded dev chain of --data-dir)")
	contractsFile := fs.String("contracts", env("MARKET_CONTRACTS", ""), "contract addresses JSON (env MARKET_CONTRACTS; default <data-dir>/contracts.json)")
	dataDir := fs.String("data-dir", env("MARKET_DATA_DIR", "data"), "the app's data dir, for the dev chain and its contracts.json (env MARKET_DATA_DIR)")
	chainAddr := fs.String("chain-addr", env("MARKET_CHAIN_ADDR", "127.0.0.1:8545"), "JSON-RPC address of a running `market serve`'s dev chain (env MARKET_CHAIN_ADDR)")
	tokenFlag := fs.String("token", "", "also compare with this token's recorded versions: exit 1 (modified) when none matches")
	if v := getenv("MARKET_RPC"); v != "" {
		for _, u := range strings.Split(v, ",") {
			if u = strings.TrimSpace(u); u != "" {
				rpcs = append(rpcs, u)
			}
		}
	}
	// FILE may come before the flags or after them.
	var paths []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return errHelpShown
			}
			return configError{err}
		}
		if fs.NArg() == 0 {
			break
		}
		paths, rest = append(paths, fs.Arg(0)), fs.Args()[1:]
	}
	if len(paths) != 1 {
		fs.Usage()
		return configErrorf("verify takes one FILE or DIR, got %d", len(paths))
	}
	var token *big.Int
	if *tokenFlag != "" {
		t, ok := new(big.Int).SetString(strings.TrimPrefix(*tokenFlag, "#"), 10)
		if !ok || t.Sign() < 0 {
			return configErrorf("--token %q: want a token id, like 7", *tokenFlag)
		}
		token = t
	}
	for _, u := range rpcs {
		if err := checkHTTPURL(u); err != nil {
			return configErrorf("--rpc %q: %v", redactURL(u), err)
		}
	}
	if *contractsFile == "" {
		*contractsFile = filepath.Join(*dataDir, "contracts.json")
	}
	fi, err := os.Stat(paths[0])
	if err != nil {
		return configErrorf("%v", err)
	}

	// Hash first: it needs no chain, and a typo in the path fails fast.
	var digest [32]byte
	if fi.IsDir() {
		start := time.Now()
		root, files, err := verify.HashDir(ctx, paths[0], nil)
		if err != nil {
			if apperr.KindOf(err) == apperr.Invalid {
				return configErrorf("%s: %s", paths[0], apperr.Message(err))
			}
			return err
		}
		digest = root
		fmt.Fprintf(stdout, "folder %s: %d files, hashed in %s\n", paths[0], len(files), time.Since(start).Round(time.Millisecond))
		for _, f := range files {
			fmt.Fprintf(stdout, "  %x  %s\n", f.SHA256, f.Path)
		}
		fmt.Fprintf(stdout, "root digest %x (sha256 of the sorted list above, README \"Folders\")\n", digest)
	} else {
		sum, n, err := verify.HashFile(ctx, paths[0])
		if err != nil {
			return err
		}
		digest = sum
		fmt.Fprintf(stdout, "file %s: %d bytes\nsha256 %x\n", paths[0], n, digest)
	}

	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	client, addrs, closeChain, err := verifyChain(ctx, rpcs, *dataDir, *chainAddr, *contractsFile, log)
	if err != nil {
		return err
	}
	defer closeChain()
	svc, err := verify.New(client, addrs)
	if err != nil {
		return err
	}
	lookupCtx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	if token != nil {
		c, err := svc.Check(lookupCtx, digest, token)
		if apperr.KindOf(err) == apperr.NotFound {
			return configErrorf("--token: %s", apperr.Message(err))
		}
		if err != nil {
			return fmt.Errorf("verify: %w", err)
		}
		return printCheck(stdout, addrs.ChainID, c)
	}
	res, err := svc.Lookup(lookupCtx, digest)
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	return printLookup(stdout, addrs, res)
}

// verifyChain connects to the chain: the --rpc nodes; or, without them,
// the data dir's dev chain, opened here when no `market serve` holds the
// data dir, else the running one's JSON-RPC. It loads and checks the
// contract addresses. Every failure is a configuration error (exit 2).
func verifyChain(ctx context.Context, rpcs []string, dataDir, chainAddr, contractsFile string, log *slog.Logger) (*chain.Client, contracts.Addresses, func(), error) {
	var closers []func()
	closeAll := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	fail := func(err error) (*chain.Client, contracts.Addresses, func(), error) {
		closeAll()
		return nil, contracts.Addresses{}, nil, err
	}
	chainDir := filepath.Join(dataDir, "chain")
	if len(rpcs) == 0 {
		if _, err := os.Stat(chainDir); err != nil {
			return fail(configErrorf("no --rpc given and no dev chain in --data-dir %s: pass --rpc URL (and --contracts FILE) of the chain the token lives on", dataDir))
		}
		if lock, err := lockDataDir(dataDir); err == nil {
			// `market serve` is stopped: read its chain right here.
			closers = append(closers, lock.release)
			dev, err := chain.StartDev(ctx, chain.DevConfig{Dir: chainDir, Logger: log})
			if err != nil {
				return fail(configErrorf("dev chain in %s: %v", chainDir, err))
			}
			closers = append(closers, func() { dev.Close() })
			client := dev.Client()
			closers = append(closers, client.Close)
			addrs, err := contracts.LoadAddresses(contractsFile)
			if err != nil {
				return fail(configErrorf("--contracts %s: %v", contractsFile, err))
			}
			if err := contracts.CheckDeployed(ctx, client.Eth(), addrs); err != nil {
				return fail(configErrorf("--contracts %s: %v", contractsFile, err))
			}
			return client, addrs, closeAll, nil
		}
		rpcs = []string{"http://" + chainAddr}
	}
	dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	client, err := chain.Dial(dialCtx, rpcs, log)
	cancel()
	if err != nil {
		return fail(configErrorf("cannot reach the chain (%s): %v", redactURL(strings.Join(rpcs, ", ")), err))
	}
	closers = append(closers, client.Close)
	addrs, err := loadRemoteContracts(ctx, client.Eth(), contractsFile)
	if err != nil {
		return fail(err)
	}
	return client, addrs, closeAll, nil
}

func printLookup(w io.Writer, addrs contracts.Addresses, res verify.Result) error {
	if !res.Found() {
		fmt.Fprintf(w, "UNKNOWN: no token on chain %d records this sha256 (ModelNFT %s, blocks %d–%d searched).\n",
			addrs.ChainID, addrs.ModelNFT, addrs.DeployBlock, res.Head)
		return fmt.Errorf("%w: no token records this file", errNotVerified)
	}
	for _, m := range res.Matches {
		for _, r := range m.Records {
			fmt.Fprintf(w, "FOUND: token #%s, version %d of %d (%s)\n", m.Token.ID, r.Version, m.Token.Versions, latestWords(r.Version, m.Token.Versions))
			printRecord(w, m.Token, r)
		}
	}
	return nil
}

func printCheck(w io.Writer, chainID uint64, c verify.TokenCheck) error {
	if !c.Matches() {
		fmt.Fprintf(w, "MODIFIED: this file does not match token #%s's recorded versions (%d on chain %d; the latest has sha256 %s).\n",
			c.Token.ID, c.Token.Versions, chainID, hex.EncodeToString(c.Token.LatestDigest[:]))
		return fmt.Errorf("%w: the file does not match token #%s", errNotVerified, c.Token.ID)
	}
	for _, v := range c.Versions {
		fmt.Fprintf(w, "MATCHES: token #%s, version %d of %d (%s)\n", c.Token.ID, v, c.Token.Versions, latestWords(v, c.Token.Versions))
		r := verify.Record{Version: v}
		for _, rec := range c.Records {
			if rec.Version == v {
				r = rec
			}
		}
		printRecord(w, c.Token, r)
	}
	return nil
}

func latestWords(v, count uint64) string {
	if v == count {
		return "the latest version"
	}
	return fmt.Sprintf("a newer version exists: version %d", count)
}

func printRecord(w io.Writer, t verify.Token, r verify.Record) {
	fmt.Fprintf(w, "  creator   %s\n  owner     %s\n", t.Creator, t.Owner)
	if r.TxHash == ([32]byte{}) {
		fmt.Fprintln(w, "  recorded  (this node keeps no logs that old)")
		return
	}
	when := ""
	if !r.Time.IsZero() {
		when = ", " + r.Time.UTC().Format("2006-01-02 15:04:05 UTC")
	}
	fmt.Fprintf(w, "  recorded  tx %s, block %d%s\n", r.TxHash, r.Block, when)
	if r.MetadataCID != "" {
		fmt.Fprintf(w, "  metadata  ipfs://%s\n", r.MetadataCID)
	}
	if r.Note != "" {
		fmt.Fprintf(w, "  note      %s\n", r.Note)
	}
}
