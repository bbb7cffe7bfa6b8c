package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/contracts"
	"modelmarket/internal/chain"
)

// A deployment made with `market deploy` on someone else's node is what
// `market serve --rpc … --contracts …` runs on.
func TestDeploy_ThenServeOnRemoteRPC(t *testing.T) {
	node := startMarket(t, append([]string{"serve", "--data-dir", filepath.Join(t.TempDir(), "node")}, freePorts...)...)

	dir := t.TempDir()
	accs, err := chain.DevAccounts(2)
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(dir, "deployer.key")
	if err := os.WriteFile(keyFile, []byte(accs[1].KeyHex()+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "addresses.json")
	deployArgs := []string{"deploy", "--rpc", "http://127.0.0.1:1", "--rpc", node.RPC, "--key-file", keyFile, "--out", out}

	// A key file others can read is refused before anything is sent.
	loose := launch(t, deployArgs...)
	if code := loose.wait(20 * time.Second); code != exitConfig || !strings.Contains(loose.errOut(), "readable by others") {
		t.Fatalf("loose key file: exit %d, stderr %q", code, loose.errOut())
	}
	if err := os.Chmod(keyFile, 0o600); err != nil {
		t.Fatal(err)
	}
	d := launch(t, deployArgs...)
	if code := d.wait(60 * time.Second); code != exitOK {
		t.Fatalf("deploy exit %d; stderr:\n%s", code, d.errOut())
	}
	var printed contracts.Addresses
	if err := json.Unmarshal([]byte(d.out()), &printed); err != nil {
		t.Fatalf("deploy stdout is not the addresses JSON: %v\n%s", err, d.out())
	}
	saved, err := contracts.LoadAddresses(out)
	if err != nil || saved != printed {
		t.Fatalf("--out file %+v (%v) differs from stdout %+v", saved, err, printed)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	eth, err := ethclient.DialContext(ctx, node.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	if err := contracts.CheckDeployed(ctx, eth, printed); err != nil {
		t.Fatal(err)
	}

	// No addresses for --rpc: a clear refusal.
	missing := launch(t, append([]string{"serve", "--data-dir", filepath.Join(dir, "nofile"), "--rpc", node.RPC}, freePorts...)...)
	if code := missing.wait(30 * time.Second); code != exitConfig || !strings.Contains(missing.errOut(), "market deploy") {
		t.Fatalf("serve --rpc without addresses: exit %d, stderr %q", code, missing.errOut())
	}

	app := startMarket(t, append([]string{"serve", "--data-dir", filepath.Join(dir, "app"), "--rpc", node.RPC, "--contracts", out}, freePorts...)...)
	waitReady(t, app.App)
	if app.RPC != "" {
		t.Fatalf("an embedded dev chain started despite --rpc: %s", app.RPC)
	}
	if !strings.Contains(app.out(), printed.ModelNFT.Hex()) {
		t.Fatalf("serve does not print the deployed ModelNFT %s", printed.ModelNFT)
	}
	if resp, _ := get(t, app.App+"/"); resp.StatusCode != http.StatusOK {
		t.Fatalf("home = %d", resp.StatusCode)
	}
	app.stop()
	node.stop()
}
