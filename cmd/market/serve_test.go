package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ipfs/go-cid"
	car "github.com/ipld/go-car/v2"

	"modelmarket/contracts"
	"modelmarket/internal/chain"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// addFiles imports files into the data dir's IPFS node while market is not
// running (the app holds the node while it runs), as later upload code will.
func addFiles(t *testing.T, dataDir string, files ...[]byte) []cid.Cid {
	t.Helper()
	ctx := context.Background()
	node, err := ipfs.Open(ctx, filepath.Join(dataDir, "ipfs"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	var cids []cid.Cid
	for _, f := range files {
		added, err := node.Add(ctx, bytes.NewReader(f))
		if err != nil {
			t.Fatal(err)
		}
		cids = append(cids, added.CID)
	}
	return cids
}

func TestServe_EndToEndSurvivesRestart(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		dataDir := filepath.Join(t.TempDir(), "data")
		args := append([]string{"serve", "--data-dir", dataDir}, freePorts...)
		if target.Backend == store.Postgres {
			args = append(args, "--db", target.DSN)
		}
		weights := make([]byte, 3<<20+12345) // several 1 MiB chunks: a real DAG, not one block
		rand.Read(weights)
		page := []byte(`<!doctype html><title>x</title><script>document.cookie</script>`)
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			t.Fatal(err)
		}
		cids := addFiles(t, dataDir, weights, page)

		p := startMarket(t, args...)
		waitReady(t, p.App)

		// A transaction from a dev account is mined.
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		eth, err := ethclient.DialContext(ctx, p.RPC)
		if err != nil {
			t.Fatal(err)
		}
		defer eth.Close()
		receipt := sendTransfer(ctx, t, eth)
		if receipt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transfer failed: %+v", receipt)
		}
		height, err := eth.BlockNumber(ctx)
		if err != nil || height < receipt.BlockNumber.Uint64() {
			t.Fatalf("height %d (%v) below the receipt's block %d", height, err, receipt.BlockNumber)
		}

		// The file comes back byte-identical, and as a CAR that verifies block by block.
		checkGatewayFile(t, p.Gateway, cids[0], weights)
		checkCAR(t, p.Gateway, cids[0], weights)
		checkSandboxedHTML(t, p.Gateway, cids[1])

		// The status strip reports what runs.
		_, body := get(t, p.App+"/api/status")
		var st struct {
			Chain struct{ ID, Height uint64 }
			IPFS  struct{ Blocks int64 }
			DB    struct{ Backend string }
		}
		if err := json.Unmarshal(body, &st); err != nil {
			t.Fatalf("status %s: %v", body, err)
		}
		if st.Chain.ID != 1337 || st.Chain.Height != height || st.IPFS.Blocks < 5 || st.DB.Backend != string(target.Backend) {
			t.Fatalf("status = %+v, want chain 1337 at %d, ≥5 blocks, %s", st, height, target.Backend)
		}

		// A second instance on the same data dir fails fast; the first keeps serving.
		second := launch(t, args...)
		if code := second.wait(15 * time.Second); code != exitConfig {
			t.Fatalf("second instance exit code %d, want %d; stderr:\n%s", code, exitConfig, second.errOut())
		}
		if lines := strings.Split(strings.TrimSpace(second.errOut()), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "in use by another market process") {
			t.Fatalf("second instance stderr = %q, want one line saying the data dir is in use", second.errOut())
		}
		if resp, _ := get(t, p.App+"/healthz"); resp.StatusCode != http.StatusOK {
			t.Fatalf("first instance /healthz = %d after the second start", resp.StatusCode)
		}

		// The dev chain deployed the contracts on its first start and saved where.
		addrFile := filepath.Join(dataDir, "contracts.json")
		addrs, err := contracts.LoadAddresses(addrFile)
		if err != nil {
			t.Fatal(err)
		}
		if err := contracts.CheckDeployed(ctx, eth, addrs); err != nil {
			t.Fatal(err)
		}
		savedAddrs, _ := os.ReadFile(addrFile)

		instance := p.Instance
		p.stop()

		// Everything survives a restart: chain height, the row, the pinned file.
		p2 := startMarket(t, args...)
		waitReady(t, p2.App)
		eth2, err := ethclient.DialContext(ctx, p2.RPC)
		if err != nil {
			t.Fatal(err)
		}
		defer eth2.Close()
		if h2, err := eth2.BlockNumber(ctx); err != nil || h2 != height {
			t.Fatalf("height after restart = %d (%v), want %d", h2, err, height)
		}
		if p2.Instance != instance {
			t.Fatalf("instance row after restart = %s, want %s", p2.Instance, instance)
		}
		checkGatewayFile(t, p2.Gateway, cids[0], weights)
		// The second start reuses the deployment instead of deploying again.
		if again, _ := os.ReadFile(addrFile); !bytes.Equal(again, savedAddrs) {
			t.Fatalf("contract addresses changed across restart:\n%s\n%s", savedAddrs, again)
		}
		if !strings.Contains(p2.out(), addrs.Marketplace.Hex()) {
			t.Fatalf("second start does not print the saved Marketplace %s", addrs.Marketplace)
		}
		p2.stop()

		node, err := ipfs.Open(ctx, filepath.Join(dataDir, "ipfs"), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer node.Close()
		if pinned, err := node.IsPinned(ctx, cids[0]); err != nil || !pinned {
			t.Fatalf("file pinned after restart = %v, %v", pinned, err)
		}
	})
}

func waitReady(t *testing.T, app string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, body := get(t, app+"/readyz")
		if resp.StatusCode == http.StatusOK && bytes.Contains(body, []byte(`"ready"`)) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz never ready: %d %s", resp.StatusCode, body)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func sendTransfer(ctx context.Context, t *testing.T, eth *ethclient.Client) *types.Receipt {
	t.Helper()
	accs, err := chain.DevAccounts(6)
	if err != nil {
		t.Fatal(err)
	}
	from, to := accs[0], accs[5]
	nonce, err := eth.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.MustSignNewTx(from.Key, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000,
		To: &to.Address, Value: big.NewInt(params.Ether),
	})
	if err := eth.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	receipt, err := chain.WaitMined(ctx, eth, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	return receipt
}

func checkGatewayFile(t *testing.T, gateway string, c cid.Cid, want []byte) {
	t.Helper()
	resp, body := get(t, gateway+"/ipfs/"+c.String())
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, want) {
		t.Fatalf("gateway /ipfs/%s: %d, %d bytes, identical=%v", c, resp.StatusCode, len(body), bytes.Equal(body, want))
	}
}

// checkCAR fetches the trustless CAR and checks it with go-car, an
// independent reader: every block's bytes hash to its CID, the root is the
// file's CID, and the raw leaves concatenate to the file.
func checkCAR(t *testing.T, gateway string, root cid.Cid, want []byte) {
	t.Helper()
	resp, body := get(t, gateway+"/ipfs/"+root.String()+"?format=car")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/vnd.ipld.car") {
		t.Fatalf("CAR: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	br, err := car.NewBlockReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Roots) != 1 || !br.Roots[0].Equals(root) {
		t.Fatalf("CAR roots = %v, want [%s]", br.Roots, root)
	}
	var leaves bytes.Buffer
	n := 0
	for {
		blk, err := br.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		sum, err := blk.Cid().Prefix().Sum(blk.RawData())
		if err != nil || !sum.Equals(blk.Cid()) {
			t.Fatalf("block %d: bytes do not hash to %s", n, blk.Cid())
		}
		if blk.Cid().Prefix().Codec == cid.Raw {
			leaves.Write(blk.RawData())
		}
		n++
	}
	if n < 5 || !bytes.Equal(leaves.Bytes(), want) {
		t.Fatalf("CAR: %d blocks, leaves identical to the file = %v", n, bytes.Equal(leaves.Bytes(), want))
	}
}

func checkSandboxedHTML(t *testing.T, gateway string, c cid.Cid) {
	t.Helper()
	resp, _ := get(t, gateway+"/ipfs/"+c.String())
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("html: %d", resp.StatusCode)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "sandbox") {
		t.Fatalf("html CSP = %q, want sandbox", csp)
	}
	if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Fatalf("html X-Content-Type-Options = %q", got)
	}
}

func TestServe_BadConfigExits2WithOneLineAndWritesNothing(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		dataDir string
		args    []string
		want    string
	}{
		{"unwritable data dir", filepath.Join(file, "data"), nil, "cannot be created"},
		{"malformed --db", "", []string{"--db", "postgres://nohost"}, "--db"},
		{"unsupported --db", "", []string{"--db", "mysql://u:secret@db/x"}, "unsupported database URL"},
		{"unreachable --rpc", "", []string{"--rpc", "http://127.0.0.1:1"}, "http://127.0.0.1:1"},
		{"not a URL --rpc", "", []string{"--rpc", "ws//x"}, "--rpc"},
		{"unreachable --ipfs", "", []string{"--ipfs", "http://127.0.0.1:1"}, "kubo http://127.0.0.1:1"},
		{"unknown flag", "", []string{"--nope"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dataDir := tt.dataDir
			if dataDir == "" {
				dataDir = filepath.Join(t.TempDir(), "data")
			}
			args := append(append([]string{"serve", "--data-dir", dataDir}, freePorts...), tt.args...)
			p := launch(t, args...)
			if code := p.wait(30 * time.Second); code != exitConfig {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, exitConfig, p.errOut())
			}
			stderr := strings.TrimSpace(p.errOut())
			if tt.name == "unknown flag" { // the flag package adds the usage
				stderr = strings.Split(stderr, "\n")[0]
			}
			if strings.Count(stderr, "\n") != 0 || !strings.Contains(stderr, tt.want) {
				t.Fatalf("stderr = %q, want one line containing %q", stderr, tt.want)
			}
			if strings.Contains(stderr, "secret") {
				t.Fatalf("stderr leaks a password: %q", stderr)
			}
			if _, err := os.Stat(dataDir); !errors.Is(err, os.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
				t.Fatalf("data dir %s exists after a failed start (err %v)", dataDir, err)
			}
		})
	}
}
