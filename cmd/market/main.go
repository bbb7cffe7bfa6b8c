// Command market is modelmarket's one binary: it serves the web app, runs or
// connects to the chain, keeps content in IPFS, and indexes the contracts.
//
//	market [serve] [flags]   run the app (the default)
//	market deploy --rpc URL --key-file F   deploy the contracts, print their addresses
//	market version           print the version
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// Exit codes: 0 ok, 1 a failure while running, 2 bad configuration or
// environment (bad flag, unusable data dir, unreachable dependency at start).
const (
	exitOK     = 0
	exitFail   = 1
	exitConfig = 2
)

// configError marks an error the person starting market can fix by changing
// how they start it; it exits 2.
type configError struct{ err error }

func (e configError) Error() string { return e.err.Error() }
func (e configError) Unwrap() error { return e.err }

func configErrorf(format string, args ...any) error {
	return configError{fmt.Errorf(format, args...)}
}

// run is main without the process: tests call it in-process.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	cmd, rest := "serve", args
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, rest = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "serve":
		err = serve(ctx, rest, getenv, stdout, stderr)
	case "deploy":
		err = deployCmd(ctx, rest, getenv, stdout, stderr)
	case "reindex":
		err = reindexCmd(ctx, rest, getenv, stdout, stderr)
	case "audit":
		err = auditCmd(ctx, rest, getenv, stdout, stderr)
	case "verify":
		err = verifyCmd(ctx, rest, getenv, stdout, stderr)
	case "publish":
		err = publishCmd(ctx, rest, getenv, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "market", version())
	case "help":
		fmt.Fprint(stdout, usage)
	default:
		err = configErrorf("unknown command %q (commands: serve, deploy, reindex, verify, publish, audit, version, help)", cmd)
	}
	return exitCode(err, stderr)
}

// exitCode prints err as one line on stderr and picks the exit code.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, errHelpShown) {
		return exitOK
	}
	fmt.Fprintln(stderr, "market:", err)
	var ce configError
	if errors.As(err, &ce) {
		return exitConfig
	}
	return exitFail
}

const usage = `market — a marketplace for AI models and art as ERC-721 tokens

Usage:
  market [serve] [flags]   run the app (default; 'market serve -h' lists the flags)
  market deploy --rpc URL --key-file F [--out FILE]
                           deploy and wire the contracts; print their addresses as JSON
  market reindex [flags]   drop the chain read model and rebuild it from the chain (the serve flags)
  market verify FILE|DIR [--rpc URL] [--contracts FILE] [--token N]
                           which token and version record this file, from the chain alone (exit 1: unknown or modified)
  market publish DIR --token N --key-file F [--note TEXT] [--server URL] [--rpc URL]
                           upload a folder through the running server and publish it as the token's next version
  market audit verify [--db URL]
                           recompute the moderation audit log's hash chain (exit 1 names the first bad entry)
  market version           print the version
`
