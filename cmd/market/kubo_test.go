package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"
	"time"

	"modelmarket/internal/ipfs"
)

// With --ipfs the app keeps content in Kubo: a file added there is served by
// our own (sandboxed) gateway, and no embedded blockstore is created.
func TestServe_KuboBackend(t *testing.T) {
	api := os.Getenv("MARKET_TEST_KUBO_API")
	if api == "" {
		if os.Getenv("MARKET_TEST_REQUIRE_KUBO") != "" {
			t.Fatal("MARKET_TEST_KUBO_API is required but not set")
		}
		t.Skip("no Kubo: set MARKET_TEST_KUBO_API (./scripts/test does)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	kubo, err := ipfs.DialKubo(ctx, api, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer kubo.Close()
	data := make([]byte, 2<<20+7)
	rand.Read(data)
	added, err := kubo.Add(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}

	dataDir := filepath.Join(t.TempDir(), "data")
	p := startMarket(t, append([]string{"serve", "--data-dir", dataDir, "--ipfs", api}, freePorts...)...)
	waitReady(t, p.App)
	checkGatewayFile(t, p.Gateway, added.CID, data)
	if _, err := os.Stat(filepath.Join(dataDir, "ipfs")); !os.IsNotExist(err) {
		t.Fatalf("an embedded blockstore was created despite --ipfs (stat: %v)", err)
	}
	p.stop()
}
