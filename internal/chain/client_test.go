package chain

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"modelmarket/internal/apperr"
)

// One dev chain serves every Client test: they only read from it.
var (
	sharedOnce sync.Once
	sharedDC   *DevChain
	sharedErr  error
	sharedDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedDC != nil {
		sharedDC.Close()
	}
	if sharedDir != "" {
		os.RemoveAll(sharedDir)
	}
	os.Exit(code)
}

func sharedDev(t *testing.T) *DevChain {
	t.Helper()
	sharedOnce.Do(func() {
		sharedDir, sharedErr = os.MkdirTemp("", "chain-test-")
		if sharedErr != nil {
			return
		}
		sharedDC, sharedErr = StartDev(context.Background(), DevConfig{
			Dir: sharedDir, HTTPHost: "127.0.0.1", Logger: testLogger(),
		})
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedDC
}

// deadURL returns the URL of a port nothing listens on.
func deadURL(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr
}

// proxy is a plain HTTP reverse proxy in front of a node: a second "node"
// that a test can stop, hang or count requests on.
type proxy struct {
	*httptest.Server
	requests atomic.Int64
	hang     atomic.Bool
	stop     chan struct{} // releases hung requests
}

func newProxy(t *testing.T, target string) *proxy {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{stop: make(chan struct{})}
	rp := httputil.NewSingleHostReverseProxy(u)
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.requests.Add(1)
		if p.hang.Load() {
			// The server notices a client that hangs up only once the body is read.
			io.Copy(io.Discard, r.Body)
			select {
			case <-r.Context().Done():
			case <-p.stop:
			}
			return
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		close(p.stop)
		p.Close()
	})
	return p
}

func dial(t *testing.T, urls ...string) *Client {
	t.Helper()
	c, err := Dial(context.Background(), urls, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func TestDial_SkipsDeadNode(t *testing.T) {
	dc := sharedDev(t)
	c := dial(t, deadURL(t), dc.Endpoint())
	if got := c.ChainID(); got.Int64() != DevChainID {
		t.Errorf("ChainID() = %s, want %d", got, DevChainID)
	}
	if _, err := c.BlockNumber(context.Background()); err != nil {
		t.Fatal(err)
	}
	if c.Eth() != c.nodes[1].eth {
		t.Error("Eth() is not the live node")
	}
}

func TestDial_AllDeadNamesEachURL(t *testing.T) {
	dead1, dead2 := deadURL(t), deadURL(t)
	_, err := Dial(context.Background(), []string{dead1, dead2}, testLogger())
	if err == nil {
		t.Fatal("Dial of dead nodes: no error")
	}
	t.Logf("error: %v", err)
	msg := err.Error()
	for _, u := range []string{dead1, dead2} {
		if !strings.Contains(msg, "rpc "+u+": eth_chainId: ") {
			t.Errorf("error does not name %s: %s", u, msg)
		}
	}
	if !strings.Contains(msg, "connection refused") || strings.Contains(msg, "\n") {
		t.Errorf("want one line with the cause, got %q", msg)
	}
	if apperr.KindOf(err) != apperr.Unavailable {
		t.Errorf("kind %s, want unavailable", apperr.KindOf(err))
	}
}

func TestDial_BadURLIsNamed(t *testing.T) {
	_, err := Dial(context.Background(), []string{"ftp://127.0.0.1:1"}, nil)
	if err == nil || !strings.Contains(err.Error(), "rpc ftp://127.0.0.1:1: dial: ") {
		t.Fatalf("err = %v, want a dial error naming the URL", err)
	}
}

// otherChain is a JSON-RPC service of go-ethereum's own rpc.Server that
// answers eth_chainId with 1: the smallest real node on another chain.
type otherChain struct{}

func (otherChain) ChainId() hexutil.Big { return hexutil.Big(*big.NewInt(1)) }

func TestDial_ChainIDMismatchFails(t *testing.T) {
	dc := sharedDev(t)
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", otherChain{}); err != nil {
		t.Fatal(err)
	}
	other := httptest.NewServer(srv)
	defer other.Close()
	defer srv.Stop()

	_, err := Dial(context.Background(), []string{dc.Endpoint(), other.URL}, nil)
	if err == nil {
		t.Fatal("Dial of two chains: no error")
	}
	t.Logf("error: %v", err)
	if !strings.Contains(err.Error(), other.URL) || !strings.Contains(err.Error(), "chain id 1337") {
		t.Errorf("error should name the node and both chain ids: %v", err)
	}
}

func TestClient_FailsOverWhenNodeDiesAndComesBack(t *testing.T) {
	dc := sharedDev(t)
	p := newProxy(t, dc.Endpoint())
	addr := p.Listener.Addr().String()
	c := dial(t, p.URL, dc.Endpoint())
	c.retryAfter = 300 * time.Millisecond
	ctx := context.Background()

	if _, err := c.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if c.Eth() != c.nodes[0].eth || p.requests.Load() != 2 { // eth_chainId + eth_blockNumber
		t.Fatalf("the first node should serve: %d requests", p.requests.Load())
	}

	p.Close() // the first node dies
	start := time.Now()
	if _, err := c.BlockNumber(ctx); err != nil {
		t.Fatalf("no failover: %v", err)
	}
	t.Logf("failover on a refused connection took %s", time.Since(start))
	if c.Eth() != c.nodes[1].eth {
		t.Error("Eth() should be the second node while the first is down")
	}

	// It comes back on the same address; after the retry delay it is first again.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	back := &http.Server{Handler: p.Config.Handler}
	go back.Serve(ln)
	defer back.Close()
	time.Sleep(c.retryAfter + 50*time.Millisecond)
	before := p.requests.Load()
	if _, err := c.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if p.requests.Load() != before+1 || c.Eth() != c.nodes[0].eth {
		t.Error("the first node should serve again after its retry delay")
	}
}

func TestClient_HungNodeTimesOutToNext(t *testing.T) {
	dc := sharedDev(t)
	p := newProxy(t, dc.Endpoint())
	c := dial(t, p.URL, dc.Endpoint())
	c.callTimeout = 200 * time.Millisecond
	p.hang.Store(true)

	start := time.Now()
	if _, err := c.BlockNumber(context.Background()); err != nil {
		t.Fatalf("no failover: %v", err)
	}
	if d := time.Since(start); d < c.callTimeout || d > 5*c.callTimeout {
		t.Errorf("failover took %s, want about the call timeout %s", d, c.callTimeout)
	}
	if c.Eth() != c.nodes[1].eth {
		t.Error("the hung node should be skipped")
	}
}

func TestClient_AllDownIsUnavailable(t *testing.T) {
	dc := sharedDev(t)
	p := newProxy(t, dc.Endpoint())
	c := dial(t, p.URL)
	p.Close()
	_, err := c.BlockNumber(context.Background())
	if apperr.KindOf(err) != apperr.Unavailable || !strings.Contains(err.Error(), p.URL) {
		t.Fatalf("err = %v, want unavailable naming %s", err, p.URL)
	}
}

func TestClient_RevertIsNeverRetriedElsewhere(t *testing.T) {
	dc := sharedDev(t)
	first, second := newProxy(t, dc.Endpoint()), newProxy(t, dc.Endpoint())
	c := dial(t, first.URL, second.URL)
	first.requests.Store(0)
	second.requests.Store(0)

	// Creation code PUSH1 0 PUSH1 0 REVERT: every eth_call of it reverts.
	revert := hexutil.MustDecode("0x60006000fd")
	err := c.Do(context.Background(), "eth_call", func(ctx context.Context, eth *ethclient.Client) error {
		_, err := eth.CallContract(ctx, ethereum.CallMsg{From: dc.Accounts()[0].Address, Data: revert}, nil)
		return err
	})
	var rpcErr rpc.Error
	if !errors.As(err, &rpcErr) || !strings.Contains(err.Error(), "execution reverted") {
		t.Fatalf("err = %v, want the node's revert", err)
	}
	if IsUnavailable(err) || apperr.KindOf(err) == apperr.Unavailable {
		t.Errorf("a revert is classified unavailable: %v", err)
	}
	if first.requests.Load() != 1 || second.requests.Load() != 0 {
		t.Errorf("requests: first %d, second %d; want 1 and 0", first.requests.Load(), second.requests.Load())
	}
}

func TestClient_CancelledContextIsNotFailover(t *testing.T) {
	dc := sharedDev(t)
	first, second := newProxy(t, dc.Endpoint()), newProxy(t, dc.Endpoint())
	c := dial(t, first.URL, second.URL)
	first.hang.Store(true)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	before := second.requests.Load()
	if _, err := c.BlockNumber(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the caller's deadline", err)
	}
	if second.requests.Load() != before {
		t.Error("the caller's own deadline moved the call to another node")
	}
}

func TestIsUnavailable(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"HTTP 502", rpc.HTTPError{StatusCode: 502, Status: "502 Bad Gateway"}, true},
		{"deadline", context.DeadlineExceeded, true},
		{"unexpected EOF", errors.Join(errors.New("read"), io.ErrUnexpectedEOF), true},
		{"cancelled", context.Canceled, false},
		{"not found", ethereum.NotFound, false},
		{"client closed", rpc.ErrClientQuit, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsUnavailable(tc.err); got != tc.want {
				t.Errorf("IsUnavailable(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}
