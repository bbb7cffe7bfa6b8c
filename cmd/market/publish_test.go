package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/chain"
	"modelmarket/internal/trade"
	"modelmarket/internal/verify"
)

// runPublish runs `market publish args…` and returns its exit code and output.
func runPublish(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(marketBin, append([]string{"publish"}, args...)...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, out.String(), errOut.String()
	case errors.As(err, &ee):
		return ee.ExitCode(), out.String(), errOut.String()
	}
	t.Fatal(err)
	return 0, "", ""
}

func writeKey(t *testing.T, dir, name string, a chain.DevAccount, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(hex.EncodeToString(crypto.FromECDSA(a.Key))+"\n"), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil { // umask may have narrowed it
		t.Fatal(err)
	}
	return p
}

// TestPublishCLI_FolderBecomesVersion2: against a running `market serve` on
// its embedded defaults, `market publish DIR` signs in with the owner's key,
// uploads the folder over tus, pins it and publishes it as version 2: the
// chain records the folder's root digest (as `market verify` computes it)
// and the printed metadata CID. A non-owner's key is refused before any
// upload (exit 1, in words); a key file others can read or that holds no
// key is a configuration error (exit 2).
func TestPublishCLI_FolderBecomesVersion2(t *testing.T) {
	dataDir := filepath.Join(t.TempDir(), "data")
	p := startMarket(t, append([]string{"serve", "--data-dir", dataDir}, freePorts...)...)
	waitReady(t, p.App)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	addrs, err := contracts.LoadAddresses(filepath.Join(dataDir, "contracts.json"))
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.DialContext(ctx, p.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	accounts, err := chain.DevAccounts(3)
	if err != nil {
		t.Fatal(err)
	}
	owner, other := accounts[1], accounts[2]

	// Version 1, minted as any wallet would.
	nft := mmbind.NewModelNFT()
	c := bind.NewBoundContract(addrs.ModelNFT, nft.GetABI(), eth, eth, eth)
	meta := sha256.Sum256([]byte("publish-cli v1 metadata"))
	tx, err := c.RawTransact(bind.NewKeyedTransactor(owner.Key, big1337()), nft.PackMint(owner.Address, append([]byte{0x01, 0x55, 0x12, 0x20}, meta[:]...),
		sha256.Sum256([]byte("v1")), owner.Address, 0))
	if err != nil {
		t.Fatal(err)
	}
	r, err := bind.WaitMined(ctx, eth, tx.Hash())
	if err != nil || r.Status != 1 {
		t.Fatalf("mint: %v", err)
	}
	ev, err := nft.UnpackMintedEvent(r.Logs[len(r.Logs)-1])
	if err != nil {
		t.Fatal(err)
	}
	token := ev.TokenId.String()

	dir := t.TempDir()
	folder := filepath.Join(dir, "tiny-llm-v2")
	for name, body := range map[string]string{
		"config.json":          `{"layers":4}`,
		"tokenizer/vocab.json": `["a","b","c"]`,
		"model.bin":            strings.Repeat("weights v2 ", 50_000),
	} {
		p := filepath.Join(folder, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	root, _, err := verify.HashDir(ctx, folder, nil)
	if err != nil {
		t.Fatal(err)
	}
	ownerKey := writeKey(t, dir, "owner.key", owner, 0o600)
	common := []string{"--token", token, "--server", p.App, "--rpc", p.RPC, "--data-dir", dataDir}

	// A non-owner is refused before anything is uploaded.
	code, _, errOut := runPublish(t, append([]string{folder, "--key-file", writeKey(t, dir, "other.key", other, 0o600)}, common...)...)
	if code != 1 || !strings.Contains(errOut, "only the owner of token #"+token) || strings.Contains(errOut, "upload [") {
		t.Errorf("non-owner: exit %d, stderr %q; want 1 and a refusal in words before any upload", code, errOut)
	}
	// Key files: readable by others, or not a key.
	code, _, errOut = runPublish(t, append([]string{folder, "--key-file", writeKey(t, dir, "open.key", owner, 0o644)}, common...)...)
	if code != 2 || !strings.Contains(errOut, "readable by others") {
		t.Errorf("open key file: exit %d, stderr %q; want 2", code, errOut)
	}
	junk := filepath.Join(dir, "junk.key")
	if err := os.WriteFile(junk, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runPublish(t, append([]string{folder, "--key-file", junk}, common...)...)
	if code != 2 || !strings.Contains(errOut, "does not hold a hex private key") {
		t.Errorf("junk key file: exit %d, stderr %q; want 2", code, errOut)
	}

	start := time.Now()
	code, out, errOut := runPublish(t, append([]string{folder, "--key-file", ownerKey, "--note", "nightly: four layers"}, common...)...)
	if code != 0 {
		t.Fatalf("publish: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	t.Logf("market publish took %v\nstdout:\n%s", time.Since(start).Round(time.Millisecond), out)
	if !strings.Contains(errOut, "upload [##############################] 100%") {
		t.Errorf("no finished progress bar on stderr:\n%s", errOut)
	}
	if !strings.Contains(out, "version  2 of token #"+token) || !strings.Contains(out, "digest   "+hex.EncodeToString(root[:])) {
		t.Errorf("stdout does not name version 2 and the root digest %x:\n%s", root, out)
	}
	b, err := trade.New(eth, addrs)
	if err != nil {
		t.Fatal(err)
	}
	v, err := b.Version(ctx, ev.TokenId, 2)
	if err != nil {
		t.Fatal(err)
	}
	if v.Digest != root || !strings.Contains(out, "metadata "+v.MetadataCID) {
		t.Errorf("chain records version 2 as %+v; want digest %x and the printed metadata CID", v, root)
	}
	// The root CID printed is the folder the server pinned.
	rootCID := match(t, reRoot, out)
	res, _ := get(t, p.Gateway+"/ipfs/"+rootCID+"/config.json")
	if res.StatusCode != 200 {
		t.Errorf("gateway GET %s/config.json: %d", rootCID, res.StatusCode)
	}
}

var reRoot = regexp.MustCompile(`(?m)^root +(\S+)$`)

func big1337() *big.Int { return big.NewInt(chain.DevChainID) }
