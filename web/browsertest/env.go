// Package browsertest runs the real app and a real headless Chromium for UI
// tests, with a test wallet injected into every page: it announces itself by
// EIP-6963, speaks EIP-1193, signs with a dev key in Go and sends to the
// app's dev chain, like MetaMask. A UI test is a few lines:
//
//	func TestMain(m *testing.M) { browsertest.Main(m) }
//
//	func TestSomething(t *testing.T) {
//		env := browsertest.Shared(t)       // one app + one browser per package
//		p := env.NewPage(t, browsertest.PageOptions{})
//		p.Go("/")
//		p.SignIn()                         // Connect wallet → chooser → sign
//		p.WaitText(".account-button", "0xf39F")
//		p.FullScreenshot("signed-in")      // look at it
//	}
//
// On failure each page saves failure.png and console.log to ArtifactDir.
package browsertest

import (
	"fmt"
	"os"
	"sync"
	"testing"
)

// Env is a running app and a browser to look at it with.
type Env struct {
	App     *App
	Browser *Browser
}

// NewPage opens an isolated tab (own cookies) on the env's app.
func (e *Env) NewPage(t testing.TB, opts PageOptions) *Page {
	t.Helper()
	return e.Browser.NewPage(t, e.App, opts)
}

// Start runs a fresh app (own data dir, SQLite, free ports, embedded dev
// chain) and browser for this test only; both stop when it ends. extraArgs
// go to `market serve`. Prefer Shared: starting takes a few seconds.
func Start(t testing.TB, extraArgs ...string) *Env {
	t.Helper()
	env, err := start(t.TempDir(), extraArgs...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.stop(t.Logf) })
	return env
}

func start(dir string, extraArgs ...string) (*Env, error) {
	if err := os.MkdirAll(dir+"/chromium", 0o700); err != nil {
		return nil, err
	}
	app, err := startApp(dir+"/data", extraArgs...)
	if err != nil {
		return nil, err
	}
	b, err := newBrowser(dir + "/chromium")
	if err != nil {
		app.Stop()
		return nil, err
	}
	return &Env{App: app, Browser: b}, nil
}

func (e *Env) stop(logf func(string, ...any)) {
	e.Browser.Close()
	if err := e.App.Stop(); err != nil {
		logf("stop market: %v\nstderr:\n%s", err, e.App.Stderr())
	}
}

var (
	sharedOnce sync.Once
	shared     *Env
	sharedDir  string
	sharedErr  error
)

// Shared returns the package's one app and browser, started on first use and
// stopped by Main. Tests that share it must not depend on each other's
// state: use a fresh page (own cookies) and, if needed, another dev account.
func Shared(t testing.TB) *Env {
	t.Helper()
	sharedOnce.Do(func() {
		sharedDir, sharedErr = os.MkdirTemp("", "browsertest-env-")
		if sharedErr == nil {
			shared, sharedErr = start(sharedDir)
		}
	})
	if sharedErr != nil {
		t.Fatalf("browsertest: %v", sharedErr)
	}
	return shared
}

// Main is TestMain for packages with browser tests: it runs the tests, then
// stops the shared app and browser and removes the built binary.
func Main(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.stop(func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) })
	}
	if sharedDir != "" {
		os.RemoveAll(sharedDir)
	}
	removeBinary()
	os.Exit(code)
}
