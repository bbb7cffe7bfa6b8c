package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The tests run the real binary as a subprocess, as a person would.
var marketBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "market-bin-")
	if err != nil {
		panic(err)
	}
	marketBin = filepath.Join(dir, "market")
	build := exec.Command("go", "build", "-o", marketBin, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("build market: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// proc is one running `market serve`.
type proc struct {
	t       *testing.T
	cmd     *exec.Cmd
	mu      sync.Mutex
	stdout  strings.Builder
	stderr  strings.Builder
	exited  chan struct{}
	exitErr error

	App, Gateway, RPC, Instance string
}

var (
	reApp      = regexp.MustCompile(`(?m)^  app +(\S+)$`)
	reGateway  = regexp.MustCompile(`(?m)^  gateway +(\S+)$`)
	reRPC      = regexp.MustCompile(`(?m)^Dev chain JSON-RPC (\S+) `)
	reInstance = regexp.MustCompile(`(?m)^  instance +([0-9a-f]{32}) `)
)

// freePorts are the flags that put every listener on a port the kernel picks.
var freePorts = []string{"--addr", "127.0.0.1:0", "--gateway-addr", "127.0.0.1:0", "--chain-addr", "127.0.0.1:0"}

// startMarket starts the binary and waits until it prints that it is ready.
func startMarket(t *testing.T, args ...string) *proc {
	t.Helper()
	p := launch(t, args...)
	deadline := time.After(60 * time.Second)
	for {
		out := p.out()
		if strings.Contains(out, "modelmarket is ready at") {
			p.App = match(t, reApp, out)
			p.Gateway = match(t, reGateway, out)
			if m := reRPC.FindStringSubmatch(out); m != nil {
				p.RPC = m[1]
			}
			p.Instance = match(t, reInstance, out)
			return p
		}
		select {
		case <-p.exited:
			t.Fatalf("market exited before ready: %v\nstdout:\n%s\nstderr:\n%s", p.exitErr, p.out(), p.errOut())
		case <-deadline:
			t.Fatalf("market not ready after 60s\nstdout:\n%s\nstderr:\n%s", p.out(), p.errOut())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func launch(t *testing.T, args ...string) *proc {
	t.Helper()
	p := &proc{t: t, cmd: exec.Command(marketBin, args...), exited: make(chan struct{})}
	p.cmd.Env = append(os.Environ(), "MARKET_LOG_LEVEL=info")
	outR, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	errR, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go p.copy(&wg, outR, &p.stdout)
	go p.copy(&wg, errR, &p.stderr)
	go func() {
		wg.Wait()
		p.exitErr = p.cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			p.cmd.Process.Kill()
			<-p.exited
		}
		if t.Failed() {
			t.Logf("stderr of market %v:\n%s", args, p.errOut())
		}
	})
	return p
}

func (p *proc) copy(wg *sync.WaitGroup, r io.Reader, into *strings.Builder) {
	defer wg.Done()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		p.mu.Lock()
		into.WriteString(sc.Text() + "\n")
		p.mu.Unlock()
	}
}

func (p *proc) out() string    { p.mu.Lock(); defer p.mu.Unlock(); return p.stdout.String() }
func (p *proc) errOut() string { p.mu.Lock(); defer p.mu.Unlock(); return p.stderr.String() }

// wait waits for the process to exit and returns its exit code.
func (p *proc) wait(timeout time.Duration) int {
	p.t.Helper()
	select {
	case <-p.exited:
	case <-time.After(timeout):
		p.t.Fatalf("market still running after %s\nstderr:\n%s", timeout, p.errOut())
	}
	return p.cmd.ProcessState.ExitCode()
}

// stop sends SIGINT and expects a clean exit within the shutdown budget.
func (p *proc) stop() {
	p.t.Helper()
	start := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		p.t.Fatal(err)
	}
	if code := p.wait(shutdownBudget + 2*time.Second); code != 0 {
		p.t.Fatalf("exit code %d after SIGINT\nstderr:\n%s", code, p.errOut())
	}
	if took := time.Since(start); took > shutdownBudget {
		p.t.Fatalf("shutdown took %s, budget %s", took, shutdownBudget)
	}
}

func match(t *testing.T, re *regexp.Regexp, s string) string {
	t.Helper()
	m := re.FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("output has no %s:\n%s", re, s)
	}
	return m[1]
}

func get(t *testing.T, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: read body: %v", url, err)
	}
	return resp, body
}
