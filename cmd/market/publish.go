package main

import (
	"context"
	"crypto/ecdsa"
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

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/apperr"
	"modelmarket/internal/chain"
	"modelmarket/internal/trade"
	"modelmarket/internal/verify"
)

// publishCmd is `market publish DIR --token N --key-file F`: a release
// pipeline's one command. It talks to a running `market serve` (--server)
// the way the upload page does — it signs in with the key (SIWE), sends each
// file over tus and makes the folder (POST /api/bundles), and asks the server
// to pin the new metadata (POST /api/tx/version) — so it works on the
// embedded defaults while the server holds the data dir. It then builds
// publishVersion itself from the metadata CID and the root digest it
// computed (checked against the server's), signs it with the key and sends
// it to --rpc. Exit 0: published; 1: refused or failed (not the owner, a
// revert, the server's words); 2: usage or configuration (bad key file, no
// contracts file, a server or node that does not answer).
func publishCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	env := envOr(getenv)
	fs := flag.NewFlagSet("market publish", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: market publish DIR --token N --key-file F [--note TEXT] [--server URL] [--rpc URL] [--contracts FILE] [--data-dir D]\n\n"+
			"Uploads DIR to a running market server, pins it and publishes it as the next version of token N,\n"+
			"signed with the token owner's key. Prints the version number, tx hash, root CID and root digest.\n\n")
		fs.PrintDefaults()
	}
	tokenFlag := fs.String("token", "", "the token to publish a version of (required)")
	keyFile := fs.String("key-file", "", "file holding the token owner's hex private key, mode 0600 (required)")
	note := fs.String("note", "", "what changed, stored on chain with the version")
	server := fs.String("server", env("MARKET_SERVER", "http://127.0.0.1:8080"), "the running market server's URL, as its --public-url (env MARKET_SERVER)")
	rpc := fs.String("rpc", env("MARKET_RPC", "http://127.0.0.1:8545"), "chain JSON-RPC URL to send the transaction to (env MARKET_RPC)")
	contractsFile := fs.String("contracts", env("MARKET_CONTRACTS", ""), "contract addresses JSON (env MARKET_CONTRACTS; default <data-dir>/contracts.json)")
	dataDir := fs.String("data-dir", env("MARKET_DATA_DIR", "data"), "the server's data dir, for its contracts.json (env MARKET_DATA_DIR)")
	encrypt := fs.Bool("encrypt", false, "encrypt weight files (.safetensors, .gguf, .bin, .pt, .pth, .ckpt, .pkl) for license holders only")
	var dirs []string
	for rest := args; ; { // DIR may come before the flags or after them
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return errHelpShown
			}
			return configError{err}
		}
		if fs.NArg() == 0 {
			break
		}
		dirs, rest = append(dirs, fs.Arg(0)), fs.Args()[1:]
	}
	if len(dirs) != 1 || *tokenFlag == "" || *keyFile == "" {
		fs.Usage()
		return configErrorf("publish needs one DIR, --token N and --key-file F")
	}
	token, ok := new(big.Int).SetString(strings.TrimPrefix(*tokenFlag, "#"), 10)
	if !ok || token.Sign() < 0 {
		return configErrorf("--token %q: want a token id, like 7", *tokenFlag)
	}
	if len(*note) > trade.MaxVersionNote {
		return configErrorf("--note is %d bytes; keep it under %d", len(*note), trade.MaxVersionNote)
	}
	for name, u := range map[string]string{"--server": *server, "--rpc": *rpc} {
		if err := checkHTTPURL(u); err != nil {
			return configErrorf("%s %q: %v", name, redactURL(u), err)
		}
	}
	*server = strings.TrimRight(*server, "/")
	if *contractsFile == "" {
		*contractsFile = filepath.Join(*dataDir, "contracts.json")
	}
	key, err := readKeyFile(*keyFile)
	if err != nil {
		return err
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	addrs, err := contracts.LoadAddresses(*contractsFile)
	if err != nil {
		return configErrorf("--contracts: %v", err)
	}
	if fi, err := os.Stat(dirs[0]); err != nil {
		return configErrorf("%v", err)
	} else if !fi.IsDir() {
		return configErrorf("%s is not a folder: publish takes a folder (put a single file in one)", dirs[0])
	}

	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	client, err := chain.Dial(dialCtx, []string{*rpc}, log)
	cancel()
	if err != nil {
		return configErrorf("--rpc: %v", err)
	}
	defer client.Close()
	if client.ChainID().Uint64() != addrs.ChainID {
		return configErrorf("--rpc is chain %s but --contracts is for chain %d", client.ChainID(), addrs.ChainID)
	}
	b, err := trade.New(client, addrs)
	if err != nil {
		return configError{err}
	}
	// Refuse before uploading anything: only the owner may publish.
	owner, err := b.TokenOwner(ctx, token)
	if err != nil {
		return words(err)
	}
	if owner != me {
		return fmt.Errorf("only the owner of token #%s can publish a new version of it: the key is %s, the owner %s", token, me.Hex(), owner.Hex())
	}

	fmt.Fprintf(stderr, "hashing %s…\n", dirs[0])
	root, files, err := verify.HashDir(ctx, dirs[0], nil)
	if err != nil {
		if apperr.KindOf(err) == apperr.Invalid {
			return configErrorf("%s: %s", dirs[0], apperr.Message(err))
		}
		return err
	}
	if len(files) == 0 {
		return configErrorf("%s has no files", dirs[0])
	}

	s, err := signInTo(ctx, *server, key)
	if err != nil {
		return err
	}
	var total int64
	for _, f := range files {
		total += f.Size
	}
	bar := newProgressBar(stderr, total)
	parts := make([]bundlePart, 0, len(files))
	for i, f := range files {
		bar.label = fmt.Sprintf("%d/%d %s", i+1, len(files), f.Path)
		gated := *encrypt && isWeightsFile(f.Path)
		id, err := s.uploadFile(ctx, filepath.Join(dirs[0], filepath.FromSlash(f.Path)), f, gated, bar)
		if err != nil {
			bar.finish()
			return fmt.Errorf("upload %s: %w", f.Path, err)
		}
		parts = append(parts, bundlePart{Path: f.Path, UploadID: id})
	}
	bar.finish()

	var folder struct {
		ID, CID, Digest string
	}
	if err := s.postJSON(ctx, "/api/bundles", map[string]any{"name": filepath.Base(filepath.Clean(dirs[0])), "files": parts}, &folder); err != nil {
		return fmt.Errorf("make the folder: %w", err)
	}
	if !strings.EqualFold(strings.TrimPrefix(folder.Digest, "0x"), hex.EncodeToString(root[:])) {
		return fmt.Errorf("the server computed root digest %s, this folder has %x: was a file changed during the upload?", folder.Digest, root)
	}
	fmt.Fprintf(stderr, "folder %s pinned; pinning the new metadata…\n", folder.CID)
	var built struct {
		MetadataCID string `json:"metadata_cid"`
		SHA256      string `json:"sha256"`
	}
	req := map[string]string{"token_id": token.String(), "upload_id": folder.ID, "note": *note}
	if err := s.postJSON(ctx, "/api/tx/version", req, &built); err != nil {
		return fmt.Errorf("prepare the version: %w", err)
	}
	if !strings.EqualFold(built.SHA256, hex.EncodeToString(root[:])) {
		return fmt.Errorf("the server would record digest %s, not this folder's %x", built.SHA256, root)
	}

	// The transaction is built here, from what we checked, never signed blind.
	tx, err := b.PublishVersion(ctx, me, token, built.MetadataCID, root, *note)
	if err != nil {
		return words(err)
	}
	fmt.Fprintf(stderr, "sending publishVersion from %s…\n", me.Hex())
	receipt, err := sendSigned(ctx, client, key, addrs, tx)
	if err != nil {
		return err
	}
	number := uint64(0)
	nft := mmbind.NewModelNFT()
	for _, l := range receipt.Logs {
		if ev, err := nft.UnpackVersionPublishedEvent(l); err == nil && ev.TokenId.Cmp(token) == 0 {
			number = ev.Version.Uint64() + 1
		}
	}
	fmt.Fprintf(stdout, "version  %d of token #%s\ntx       %s (block %s)\nroot     %s\ndigest   %x\nmetadata %s\n",
		number, token, receipt.TxHash.Hex(), receipt.BlockNumber, folder.CID, root, built.MetadataCID)
	return nil
}

// words turns an apperr into one line for the terminal, keeping the cause.
func words(err error) error {
	if m := apperr.Message(err); m != "" && apperr.KindOf(err) != apperr.Internal {
		if apperr.KindOf(err) == apperr.Unavailable {
			return configError{fmt.Errorf("%s: %w", m, err)}
		}
		return errors.New(m)
	}
	return err
}

// sendSigned signs tx with key, sends it and waits for its receipt; a
// reverted transaction is an error in words.
func sendSigned(ctx context.Context, client *chain.Client, key *ecdsa.PrivateKey, addrs contracts.Addresses, tx trade.Tx) (*types.Receipt, error) {
	data, err := hexutil.Decode(tx.Data)
	if err != nil {
		return nil, fmt.Errorf("built tx data: %w", err)
	}
	auth := bind.NewKeyedTransactor(key, new(big.Int).SetUint64(addrs.ChainID))
	auth.Context = ctx
	nft := bind.NewBoundContract(common.HexToAddress(tx.To), mmbind.NewModelNFT().GetABI(), client.Eth(), client.Eth(), client.Eth())
	sent, err := nft.RawTransact(auth, data)
	if err != nil {
		return nil, words(contracts.WrapRevert(err))
	}
	waitCtx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	receipt, err := bind.WaitMined(waitCtx, client.Eth(), sent.Hash())
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", sent.Hash().Hex(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transaction %s failed on chain", sent.Hash().Hex())
	}
	return receipt, nil
}

func isWeightsFile(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".safetensors", ".gguf", ".bin", ".pt", ".pth", ".ckpt", ".pkl":
		return true
	}
	return false
}

// bundlePart is one file of POST /api/bundles.
type bundlePart struct {
	Path     string `json:"path"`
	UploadID string `json:"uploadId"`
}
