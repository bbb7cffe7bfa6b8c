package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/chain"
	"modelmarket/internal/upload"
)

// runVerify runs `market verify args…` and returns its exit code and output.
func runVerify(t *testing.T, env []string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(marketBin, append([]string{"verify"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
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

// TestVerifyCLI_FoundUnknownModified runs the binary against a chain with
// no `market serve` anywhere: a dev chain in this test process, the
// contracts deployed and the files recorded with the bindings, as any
// wallet would. Then it closes that chain and verifies from the data dir
// alone, as a person would after stopping the server.
func TestVerifyCLI_FoundUnknownModified(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dataDir := filepath.Join(t.TempDir(), "data")
	dev, err := chain.StartDev(ctx, chain.DevConfig{Dir: filepath.Join(dataDir, "chain")})
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	t.Cleanup(func() {
		if !closed {
			dev.Close()
		}
	})
	eth, err := ethclient.DialContext(ctx, dev.Endpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	addrs, err := contracts.Deploy(ctx, eth, bind.NewKeyedTransactor(dev.Accounts()[0].Key, dev.ChainID()), contracts.DefaultDeployParams())
	if err != nil {
		t.Fatal(err)
	}
	addrsFile := filepath.Join(dataDir, "contracts.json")
	if err := contracts.SaveAddresses(addrsFile, addrs); err != nil {
		t.Fatal(err)
	}

	files := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(files, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	v1 := bytes.Repeat([]byte("weights v1 "), 100_000)
	v2 := bytes.Repeat([]byte("weights v2 "), 100_000)
	v1Path, v2Path := write("v1.bin", v1), write("v2.bin", v2)
	changed := bytes.Clone(v2)
	changed[len(changed)/2] ^= 1
	changedPath := write("v2-changed.bin", changed)
	unknownPath := write("other.bin", []byte("never recorded"))
	folder := filepath.Join(files, "tiny-llm")
	write("tiny-llm/config.json", []byte(`{"layers":2}`))
	write("tiny-llm/tokenizer/vocab.json", []byte(`["a","b"]`))
	root := upload.RootDigest([]upload.BundleFile{
		{Path: "config.json", SHA256: sha256.Sum256([]byte(`{"layers":2}`))},
		{Path: "tokenizer/vocab.json", SHA256: sha256.Sum256([]byte(`["a","b"]`))},
	})

	creator := dev.Accounts()[1]
	nft := mmbind.NewModelNFT()
	c := bind.NewBoundContract(addrs.ModelNFT, nft.GetABI(), eth, eth, eth)
	send := func(data []byte) {
		t.Helper()
		tx, err := c.RawTransact(bind.NewKeyedTransactor(creator.Key, dev.ChainID()), data)
		if err != nil {
			t.Fatal(err)
		}
		if r, err := bind.WaitMined(ctx, eth, tx.Hash()); err != nil || r.Status != 1 {
			t.Fatalf("tx %s: %v", tx.Hash(), err)
		}
	}
	meta := func(seed string) []byte {
		sum := sha256.Sum256([]byte(seed))
		return append([]byte{0x01, 0x55, 0x12, 0x20}, sum[:]...)
	}
	send(nft.PackMint(creator.Address, meta("A1"), sha256.Sum256(v1), creator.Address, 500))      // token 1
	send(nft.PackPublishVersion(big.NewInt(1), meta("A2"), sha256.Sum256(v2), "longer training")) // its v2
	send(nft.PackMint(creator.Address, meta("B1"), root, creator.Address, 0))                     // token 2: a folder
	rpcArgs := []string{"--rpc", dev.Endpoint(), "--contracts", addrsFile}

	for _, c := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"old version", []string{v1Path}, 0, []string{"FOUND: token #1, version 1 of 2 (a newer version exists: version 2)", "owner     " + creator.Address.Hex()}},
		{"latest version", []string{v2Path}, 0, []string{"FOUND: token #1, version 2 of 2 (the latest version)", "note      longer training"}},
		{"folder", []string{folder}, 0, []string{"2 files", "FOUND: token #2, version 1 of 1"}},
		{"unknown", []string{unknownPath}, 1, []string{"UNKNOWN: no token on chain 1337 records this sha256"}},
		{"matches token", []string{v1Path, "--token", "1"}, 0, []string{"MATCHES: token #1, version 1 of 2"}},
		{"one byte changed", []string{changedPath, "--token", "1"}, 1, []string{"MODIFIED: this file does not match token #1's recorded versions"}},
		{"no such token", []string{v1Path, "--token", "99"}, 2, nil},
		{"no file", []string{}, 2, nil},
		{"missing file", []string{filepath.Join(files, "nope")}, 2, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runVerify(t, nil, append(c.args, rpcArgs...)...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, c.code, out, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
		})
	}

	// A chain nobody answers on: a clear configuration error, exit 2.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + ln.Addr().String()
	ln.Close()
	code, out, errOut := runVerify(t, nil, v1Path, "--rpc", dead, "--contracts", addrsFile)
	if code != 2 || !strings.Contains(errOut, "cannot reach the chain") {
		t.Errorf("dead node: exit %d, stderr %q, stdout %q; want 2 and 'cannot reach the chain'", code, errOut, out)
	}

	// The server (here: the chain) stopped: verify opens the data dir's chain itself.
	if err := dev.Close(); err != nil {
		t.Fatal(err)
	}
	closed = true
	code, out, errOut = runVerify(t, []string{"MARKET_RPC=", "MARKET_CONTRACTS="}, "--data-dir", dataDir, changedPath, "--token", "1")
	if code != 1 || !strings.Contains(out, "MODIFIED") {
		t.Errorf("from the data dir: exit %d\nstdout:\n%s\nstderr:\n%s\nwant 1 and MODIFIED", code, out, errOut)
	}
	code, out, errOut = runVerify(t, []string{"MARKET_RPC=", "MARKET_CONTRACTS="}, v2Path, "--data-dir", dataDir)
	if code != 0 || !strings.Contains(out, "version 2 of 2 (the latest version)") {
		t.Errorf("from the data dir: exit %d\nstdout:\n%s\nstderr:\n%s\nwant 0 and version 2", code, out, errOut)
	}
}
