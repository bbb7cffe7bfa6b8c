package browsertest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// App is one running `market serve` on free ports with its own data dir and
// the embedded dev chain, started from the binary built by this package.
type App struct {
	URL     string // the app's origin, e.g. http://127.0.0.1:41234
	Gateway string // the IPFS gateway's origin
	RPC     string // the dev chain's JSON-RPC URL
	DataDir string

	cmd     *exec.Cmd
	mu      sync.Mutex
	stdout  strings.Builder
	stderr  strings.Builder
	exited  chan struct{}
	exitErr error
}

var (
	buildOnce sync.Once
	buildDir  string
	buildBin  string
	buildErr  error
)

// binary builds cmd/market once per test process (the Go build cache makes
// it a few seconds when nothing changed).
func binary() (string, error) {
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "browsertest-bin-")
		if buildErr != nil {
			return
		}
		buildBin = filepath.Join(buildDir, "market")
		cmd := exec.Command("go", "build", "-o", buildBin, "modelmarket/cmd/market")
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build modelmarket/cmd/market: %w\n%s", err, out)
		}
	})
	return buildBin, buildErr
}

func removeBinary() {
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
}

var (
	reApp     = regexp.MustCompile(`(?m)^  app +(\S+)$`)
	reGateway = regexp.MustCompile(`(?m)^  gateway +(\S+)$`)
	reRPC     = regexp.MustCompile(`(?m)^Dev chain JSON-RPC (\S+) `)
)

// startApp launches the binary on free ports and waits until it is ready.
// extraArgs are appended to the serve flags (e.g. "--db", "postgres://…").
func startApp(dataDir string, extraArgs ...string) (*App, error) {
	bin, err := binary()
	if err != nil {
		return nil, err
	}
	args := append([]string{"serve", "--addr", "127.0.0.1:0", "--gateway-addr", "127.0.0.1:0", "--chain-addr", "127.0.0.1:0",
		"--data-dir", dataDir}, extraArgs...)
	a := &App{DataDir: dataDir, cmd: exec.Command(bin, args...), exited: make(chan struct{})}
	a.cmd.Env = append(os.Environ(), "MARKET_LOG_LEVEL=info")
	outR, err := a.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	errR, err := a.cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := a.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start market: %w", err)
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go a.copy(&wg, outR, &a.stdout)
	go a.copy(&wg, errR, &a.stderr)
	go func() {
		wg.Wait()
		a.exitErr = a.cmd.Wait()
		close(a.exited)
	}()
	deadline := time.After(90 * time.Second)
	for {
		out := a.Stdout()
		if strings.Contains(out, "modelmarket is ready at") {
			a.URL = find(reApp, out)
			a.Gateway = find(reGateway, out)
			a.RPC = find(reRPC, out)
			if a.URL == "" || a.RPC == "" {
				a.Stop()
				return nil, fmt.Errorf("market is ready but printed no app or dev chain URL:\n%s", out)
			}
			return a, nil
		}
		select {
		case <-a.exited:
			return nil, fmt.Errorf("market exited before ready: %v\nstdout:\n%s\nstderr:\n%s", a.exitErr, out, a.Stderr())
		case <-deadline:
			a.Stop()
			return nil, fmt.Errorf("market not ready after 90s\nstdout:\n%s\nstderr:\n%s", out, a.Stderr())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func find(re *regexp.Regexp, s string) string {
	if m := re.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

func (a *App) copy(wg *sync.WaitGroup, r io.Reader, into *strings.Builder) {
	defer wg.Done()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		a.mu.Lock()
		into.WriteString(sc.Text() + "\n")
		a.mu.Unlock()
	}
}

// Stdout and Stderr return what the app printed so far (its log is on stderr).
func (a *App) Stdout() string { a.mu.Lock(); defer a.mu.Unlock(); return a.stdout.String() }
func (a *App) Stderr() string { a.mu.Lock(); defer a.mu.Unlock(); return a.stderr.String() }

// Stop interrupts the app (a clean shutdown, as Ctrl-C) and kills it after 15 s.
func (a *App) Stop() error {
	select {
	case <-a.exited:
		return a.exitErr
	default:
	}
	_ = a.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-a.exited:
	case <-time.After(15 * time.Second):
		_ = a.cmd.Process.Kill()
		<-a.exited
		return errors.New("market did not stop within 15 s of SIGINT: killed")
	}
	var ee *exec.ExitError
	if errors.As(a.exitErr, &ee) {
		return fmt.Errorf("market exited with %v", a.exitErr)
	}
	return a.exitErr
}
