//go:build linux

// Command download measures licensed downloads through the real handler
// (web.New with downloads on, GET /token/:id/files/NAME over HTTP on
// loopback, signed in with SIWE): a gated file decrypted on the fly next to
// the same plaintext stored unencrypted, in the same run, and prints MB/s,
// the ratio (goal: the decrypting download at ≥ 70 % of the plain one) and
// the memory of the process while serving (goal: flat, whatever the size).
//
//	go run ./bench/download [-size 1GiB] [-runs 2]
//
// Everything is real and in this process: contracts on the simulated chain
// (the access decision asks it at each request), an embedded IPFS node in a
// temp dir, a master key, SQLite for sessions. The file is generated on the
// fly (deterministic, every chunk distinct) straight into the importer: for
// the gated token through the seal cipher. Both downloads make the server
// check the whole file's sha256 before its last bytes, and the client hashes
// what it receives and compares with the on-chain digest, as a careful
// downloader does; both costs are in both figures.
//
// Memory: RssAnon (heap, stacks, buffers; not the mapped binary) is sampled
// every 20 ms during each download; the peak is printed beside the figure
// before it, and VmHWM at the end.
package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/card"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/license"
	"modelmarket/internal/listing"
	"modelmarket/internal/seal"
	"modelmarket/internal/store"
	"modelmarket/internal/wallet"
	"modelmarket/web"
)

const mib = 1 << 20

func main() {
	size := flag.String("size", "1GiB", "file size: bytes or with a KiB/MiB/GiB suffix")
	runs := flag.Int("runs", 2, "rounds (plain, then gated); the best time of each is kept")
	flag.Parse()
	n, err := parseSize(*size)
	if err == nil && *runs < 1 {
		err = errors.New("-runs must be at least 1")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "download:", err)
		os.Exit(2)
	}
	if err := run(context.Background(), n, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "download:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, size int64, runs int) error {
	dir, err := os.MkdirTemp("", "bench-download-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))

	env, err := contractstest.NewEnv(2, contracts.DeployParams{})
	if err != nil {
		return err
	}
	defer env.Close()
	node, err := ipfs.Open(ctx, filepath.Join(dir, "ipfs"), log)
	if err != nil {
		return err
	}
	defer node.Close()
	key, err := seal.LoadOrCreateMasterKey(dir)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, store.Target{Backend: store.SQLite, DSN: filepath.Join(dir, "market.db")}, log)
	if err != nil {
		return err
	}
	defer st.Close()

	owner := env.Accounts[1]
	fmt.Printf("download bench: %s file, generated on the fly; %d rounds\n", formatSize(size), runs)
	t0 := time.Now()
	plainID, digest, err := mintFile(ctx, env, node, owner, size, nil)
	if err != nil {
		return fmt.Errorf("plain token: %w", err)
	}
	gatedID, gatedDigest, err := mintFile(ctx, env, node, owner, size, key)
	if err != nil {
		return fmt.Errorf("gated token: %w", err)
	}
	if digest != gatedDigest {
		return errors.New("the generator is not deterministic")
	}
	fmt.Printf("  setup (generate + import twice, one encrypted): %.1f s\n", time.Since(t0).Seconds())

	reader, err := license.NewContractReader(env.Client, env.Addr)
	if err != nil {
		return err
	}
	const origin = "http://127.0.0.1:8080"
	svc, err := wallet.NewService(wallet.Config{Store: st, Origin: origin, ChainID: 1337})
	if err != nil {
		return err
	}
	handler, err := web.New(web.Config{
		Logger: log, PublicOrigin: origin, GatewayOrigin: "http://localhost:8081",
		Status: func(context.Context) web.Status { return web.Status{} },
		Wallet: svc,
		Market: &web.MarketConfig{Listings: listing.NewService(st), Downloads: license.NewDownloads(reader, content{node}, key)},
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()
	cookie, err := signIn(base, origin, owner)
	if err != nil {
		return fmt.Errorf("sign in: %w", err)
	}

	best := map[string]time.Duration{}
	peak := map[string]int64{}
	before := rssAnon()
	for range runs {
		for _, c := range []struct {
			name string
			id   *big.Int
		}{{"plain", plainID}, {"gated", gatedID}} {
			debug.FreeOSMemory() // start each download from the same floor
			d, p, err := download(base, cookie, c.id, size, digest)
			if err != nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
			if b, ok := best[c.name]; !ok || d < b {
				best[c.name] = d
			}
			peak[c.name] = max(peak[c.name], p)
		}
	}
	mbps := func(d time.Duration) float64 { return float64(size) / 1e6 / d.Seconds() }
	fmt.Printf("  %-44s %8.1f MB/s  (%.2f s)  peak RssAnon %s\n", "plain file, through the handler", mbps(best["plain"]), best["plain"].Seconds(), formatSize(peak["plain"]))
	fmt.Printf("  %-44s %8.1f MB/s  (%.2f s)  peak RssAnon %s\n", "gated file, decrypted on the fly", mbps(best["gated"]), best["gated"].Seconds(), formatSize(peak["gated"]))
	ratio := best["plain"].Seconds() / best["gated"].Seconds()
	verdict := "meets"
	if ratio < 0.70 {
		verdict = "MISSES"
	}
	fmt.Printf("  decrypting / plain: %.0f %% (goal ≥ 70 %%: %s)\n", 100*ratio, verdict)
	fmt.Printf("  RssAnon before the downloads %s; VmHWM of the process %s (includes the generator, the importer and the mapped binary)\n",
		formatSize(before), formatSize(procStatus("VmHWM")))
	return nil
}

// mintFile imports a generated file (encrypted with key when not nil) and
// mints a token whose metadata lists it, as the app's mint writes it.
func mintFile(ctx context.Context, env *contractstest.Env, node *ipfs.Node, owner contractstest.Account, size int64, key *seal.MasterKey) (*big.Int, string, error) {
	h := sha256.New()
	src := io.TeeReader(io.LimitReader(newGenerator(), size), h)
	var envJSON json.RawMessage
	var added ipfs.Added
	var err error
	if key == nil {
		added, err = node.Add(ctx, src)
	} else {
		e, cerr := seal.NewEnvelope()
		if cerr != nil {
			return nil, "", cerr
		}
		c, cerr := key.Cipher(e)
		if cerr != nil {
			return nil, "", cerr
		}
		ct := c.EncryptReader(src)
		added, err = node.Add(ctx, ct)
		ct.Close()
		e.PlaintextSize, e.PlaintextSHA256 = size, hex.EncodeToString(h.Sum(nil))
		envJSON, _ = json.Marshal(e)
	}
	if err != nil {
		return nil, "", fmt.Errorf("import: %w", err)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	props := map[string]any{"sha256": sum, "files": []card.File{{Name: "model.bin", URI: "ipfs://" + added.CID.String(), Size: size, SHA256: sum}}}
	if envJSON != nil {
		props["encryption"] = envJSON
	}
	raw, _ := json.Marshal(map[string]any{"name": "bench", "properties": props})
	meta, err := node.Add(ctx, bytes.NewReader(raw))
	if err != nil {
		return nil, "", err
	}
	var dg [32]byte
	copy(dg[:], h.Sum(nil))
	r, err := env.Send(owner, env.Addr.ModelNFT, env.NFT.PackMint(owner.Addr, meta.CID.Bytes(), dg, owner.Addr, 0), nil)
	if err != nil {
		return nil, "", fmt.Errorf("mint: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := env.NFT.UnpackMintedEvent(l); err == nil {
			return ev.TokenId, sum, nil
		}
	}
	return nil, "", errors.New("mint: no Minted event")
}

// download fetches the token's file, hashing it, and returns the time and
// the peak RssAnon sampled meanwhile.
func download(base string, cookie *http.Cookie, id *big.Int, size int64, digest string) (time.Duration, int64, error) {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var peak int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			peak = max(peak, rssAnon())
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	start := time.Now()
	req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/token/%s/files/model.bin", base, id), nil)
	req.AddCookie(cookie)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		close(stop)
		wg.Wait()
		return 0, 0, err
	}
	h := sha256.New()
	n, err := io.CopyBuffer(h, res.Body, make([]byte, 256<<10))
	res.Body.Close()
	d := time.Since(start)
	close(stop)
	wg.Wait()
	switch {
	case err != nil:
		return 0, 0, err
	case res.StatusCode != http.StatusOK:
		return 0, 0, fmt.Errorf("status %d", res.StatusCode)
	case n != size || hex.EncodeToString(h.Sum(nil)) != digest:
		return 0, 0, fmt.Errorf("got %d bytes with another sha256 than the chain's", n)
	}
	return d, peak, nil
}

// signIn runs SIWE over HTTP as acc and returns the session cookie.
func signIn(base, origin string, acc contractstest.Account) (*http.Cookie, error) {
	post := func(path string, body any) (*http.Response, []byte, error) {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest(http.MethodPost, base+path, bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json")
		req.Header.Set("Origin", origin)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, nil, err
		}
		defer res.Body.Close()
		out, err := io.ReadAll(res.Body)
		if err == nil && res.StatusCode != http.StatusOK {
			err = fmt.Errorf("%s: %d %s", path, res.StatusCode, out)
		}
		return res, out, err
	}
	_, out, err := post("/api/auth/nonce", map[string]string{"address": acc.Addr.Hex()})
	if err != nil {
		return nil, err
	}
	var nonce struct{ Message string }
	if err := json.Unmarshal(out, &nonce); err != nil {
		return nil, err
	}
	sig, err := wallet.SignPersonal([]byte(nonce.Message), acc.Key)
	if err != nil {
		return nil, err
	}
	res, _, err := post("/api/auth/verify", map[string]string{"message": nonce.Message, "signature": hexutil.Encode(sig)})
	if err != nil {
		return nil, err
	}
	for _, c := range res.Cookies() {
		if c.Value != "" {
			return c, nil
		}
	}
	return nil, errors.New("no session cookie")
}

// content is license.Content on the embedded node.
type content struct{ n *ipfs.Node }

func (c content) Cat(ctx context.Context, s string) (io.ReadSeekCloser, error) {
	id, err := cid.Decode(s)
	if err != nil {
		return nil, err
	}
	return c.n.Cat(ctx, id)
}

// generator is an endless deterministic stream whose 1 MiB chunks all
// differ (a repeated chunk would be stored once and flatter the figures).
type generator struct {
	r   *rand.PCG
	buf []byte
	off int
}

func newGenerator() *generator {
	return &generator{r: rand.NewPCG(7, 11), buf: make([]byte, mib), off: mib}
}

func (g *generator) Read(p []byte) (int, error) {
	if g.off == len(g.buf) {
		for i := 0; i < len(g.buf); i += 8 {
			v := g.r.Uint64()
			for j := range 8 {
				g.buf[i+j] = byte(v >> (8 * j))
			}
		}
		g.off = 0
	}
	n := copy(p, g.buf[g.off:])
	g.off += n
	return n, nil
}

func rssAnon() int64 { return procStatus("RssAnon") }

// procStatus reads a "kB" field of /proc/self/status in bytes; 0 if absent.
func procStatus(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	for suffix, m := range map[string]int64{"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30} {
		if v, ok := strings.CutSuffix(s, suffix); ok {
			s, mult = v, m
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n * mult, nil
}

func formatSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KiB", n>>10)
}
