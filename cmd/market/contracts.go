package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/contracts"
	"modelmarket/internal/chain"
)

// ensureDevContracts returns the contracts of the embedded dev chain: the
// addresses saved in path when they still hold code on this chain, otherwise
// a fresh deployment from dev account #0, saved to path. A dev chain wiped
// apart from its address file is redeployed with a warning.
func ensureDevContracts(ctx context.Context, eth *ethclient.Client, dev *chain.DevChain, path string, log *slog.Logger) (contracts.Addresses, error) {
	saved, err := contracts.LoadAddresses(path)
	switch {
	case err == nil:
		if err := contracts.CheckDeployed(ctx, eth, saved); err == nil {
			return saved, nil
		} else if !errors.Is(err, contracts.ErrNotDeployed) {
			return contracts.Addresses{}, err
		}
		log.Warn("saved contract addresses are not on this chain; deploying again", "file", path)
	case !errors.Is(err, fs.ErrNotExist):
		return contracts.Addresses{}, err
	}
	deployer := dev.Accounts()[0]
	auth := bind.NewKeyedTransactor(deployer.Key, dev.ChainID())
	deployCtx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	start := time.Now()
	addrs, err := contracts.Deploy(deployCtx, eth, auth, contracts.DefaultDeployParams())
	if err != nil {
		return contracts.Addresses{}, err
	}
	if err := contracts.SaveAddresses(path, addrs); err != nil {
		return contracts.Addresses{}, err
	}
	log.Info("contracts deployed", "model_nft", addrs.ModelNFT, "marketplace", addrs.Marketplace,
		"license_manager", addrs.LicenseManager, "reviews", addrs.Reviews, "block", addrs.DeployBlock, "took", time.Since(start).Round(time.Millisecond))
	return addrs, nil
}

// loadRemoteContracts reads the addresses `market deploy` wrote and checks
// that they hold code on the chain behind --rpc.
func loadRemoteContracts(ctx context.Context, eth *ethclient.Client, path string) (contracts.Addresses, error) {
	addrs, err := contracts.LoadAddresses(path)
	if errors.Is(err, fs.ErrNotExist) {
		return addrs, configErrorf("--contracts %s: no contract addresses there; deploy first: market deploy --rpc URL --key-file F --out %s", path, path)
	}
	if err != nil {
		return addrs, configErrorf("--contracts: %v", err)
	}
	if err := contracts.CheckDeployed(ctx, eth, addrs); err != nil {
		return addrs, configErrorf("--contracts %s: %v", path, err)
	}
	return addrs, nil
}

// deployCmd is `market deploy`: deploy and wire the four contracts on the
// chain behind --rpc from the key in --key-file, print the addresses as JSON
// (and write them to --out).
func deployCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("market deploy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var rpcs []string
	fs.Var(&listFlag{vals: &rpcs}, "rpc", "chain JSON-RPC URL, repeatable (required)")
	keyFile := fs.String("key-file", "", "file holding the deployer's hex private key (required)")
	out := fs.String("out", "", "also write the addresses to this file (atomically)")
	p := contracts.DefaultDeployParams()
	feeBps := fs.Uint("fee-bps", uint(p.FeeBps), "platform fee on sales, basis points")
	licenseFeeBps := fs.Uint("license-fee-bps", uint(p.LicenseFeeBps), "platform fee on licenses, basis points")
	maxFeeBps := fs.Uint("max-fee-bps", uint(p.MaxFeeBps), "immutable cap on both fees, basis points")
	feeRecipient := fs.String("fee-recipient", "", "address receiving fees (default: the deployer)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelpShown
		}
		return configError{err}
	}
	if len(rpcs) == 0 || *keyFile == "" {
		return configErrorf("deploy needs --rpc URL and --key-file FILE")
	}
	for _, u := range rpcs {
		if err := checkHTTPURL(u); err != nil {
			return configErrorf("--rpc %q: %v", redactURL(u), err)
		}
	}
	if *feeBps > 10_000 || *licenseFeeBps > 10_000 || *maxFeeBps > 10_000 {
		return configErrorf("fees are basis points: at most 10000")
	}
	p.FeeBps, p.LicenseFeeBps, p.MaxFeeBps = uint16(*feeBps), uint16(*licenseFeeBps), uint16(*maxFeeBps)
	if *feeRecipient != "" {
		if !common.IsHexAddress(*feeRecipient) {
			return configErrorf("--fee-recipient %q is not an address", *feeRecipient)
		}
		p.FeeRecipient = common.HexToAddress(*feeRecipient)
	}
	if err := p.Validate(); err != nil {
		return configError{err}
	}
	key, err := readKeyFile(*keyFile)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	client, err := chain.Dial(dialCtx, rpcs, log)
	cancel()
	if err != nil {
		return configErrorf("--rpc: %v", err)
	}
	defer client.Close()
	auth := bind.NewKeyedTransactor(key, client.ChainID())
	fmt.Fprintf(stderr, "deploying from %s on chain %s…\n", auth.From, client.ChainID())
	deployCtx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	addrs, err := contracts.Deploy(deployCtx, client.Eth(), auth, p)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	if *out != "" {
		if err := contracts.SaveAddresses(*out, addrs); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(addrs)
}

// readKeyFile reads a hex private key (with or without 0x). It refuses a
// file others can read: a deployer key owns the contracts.
func readKeyFile(path string) (*ecdsa.PrivateKey, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, configErrorf("--key-file: %v", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, configErrorf("--key-file %s is readable by others (mode %v): chmod 600 it", path, fi.Mode().Perm())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, configErrorf("--key-file: %v", err)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, configErrorf("--key-file %s does not hold a hex private key", path)
	}
	return key, nil
}
