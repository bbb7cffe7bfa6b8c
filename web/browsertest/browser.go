package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// ChromiumPath is Debian's Chromium, which scripts/test installs.
const ChromiumPath = "/usr/bin/chromium"

// Timeout bounds each Page helper call.
const Timeout = 20 * time.Second

// Browser is one headless Chromium. Pages opened on it are isolated from
// each other (each has its own browser context: cookies, storage).
type Browser struct {
	ctx    context.Context
	cancel func()
}

// newBrowser starts Chromium with the flags FACTS.md lists.
func newBrowser(userDataDir string) (*Browser, error) {
	if _, err := os.Stat(ChromiumPath); err != nil {
		return nil, fmt.Errorf("no chromium at %s (apt-get install chromium; ./scripts/test does): %w", ChromiumPath, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		// WebGL (the 3D preview) without a GPU: Chromium 148 no longer falls back
		// to SwiftShader by itself; with this flag it does (WebGL 2 on ANGLE/Vulkan).
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		// The site scrolls smoothly (scroll-behavior: smooth) except for
		// people who ask for reduced motion. A smooth scroll still running
		// when a test clicks moves the element away from the coordinates the
		// click was aimed at, and the click lands on something else; with
		// reduced motion every scroll is instant.
		chromedp.Flag("force-prefers-reduced-motion", true),
		chromedp.UserDataDir(userDataDir),
		chromedp.WindowSize(1280, 800),
	}
	// Chromium has been seen to crash at start-up (crashpad: "no stack
	// mapping") while other test packages load the 2 cores and the disk with
	// multi-GB files; a second try then starts it. A browser that never
	// starts still fails every test with the last error.
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, bcancel := chromedp.NewContext(actx)
		if err = chromedp.Run(bctx); err == nil { // starts the browser
			return &Browser{ctx: bctx, cancel: func() { bcancel(); acancel() }}, nil
		}
		bcancel()
		acancel()
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return nil, fmt.Errorf("start chromium (3 attempts): %w", err)
}

// Close stops the browser.
func (b *Browser) Close() { b.cancel() }

// Page is one tab with the test wallet installed (unless NoWallet), a
// console log, and helpers that fail the test with a clear message. When the
// test fails, a full-page screenshot and the console log are saved to its
// artifact directory (see ArtifactDir).
type Page struct {
	T      testing.TB
	App    *App
	Wallet *Wallet // nil when the page was opened with NoWallet

	ctx     context.Context
	mu      sync.Mutex
	console []string
}

// PageOptions shapes a new page.
type PageOptions struct {
	NoWallet bool // a browser without any wallet
	Wallet   WalletOptions
}

// NewPage opens an isolated tab on the app with a test wallet.
func (b *Browser) NewPage(t testing.TB, app *App, opts PageOptions) *Page {
	t.Helper()
	ctx, cancel, err := b.newTab()
	if err != nil {
		t.Fatalf("open tab: %v", err)
	}
	p := &Page{T: t, App: app, ctx: ctx}
	chromedp.ListenTarget(ctx, p.record)
	if err := chromedp.Run(ctx, log.Enable()); err != nil {
		cancel()
		t.Fatalf("open tab: %v", err)
	}
	if !opts.NoWallet {
		id, err := chainIDOf(ctx, app)
		if err == nil {
			p.Wallet, err = newWallet(ctx, app.RPC, id, opts.Wallet)
		}
		if err == nil {
			err = p.Wallet.attach(ctx, opts.Wallet)
		}
		if err != nil {
			cancel()
			t.Fatalf("install test wallet: %v", err)
		}
	}
	t.Cleanup(func() {
		if t.Failed() {
			p.saveFailure()
		}
		cancel()
		if p.Wallet != nil {
			p.Wallet.close()
		}
	})
	return p
}

// newTab opens a tab in a browser context of its own (cookies, storage).
// chromedp.WithNewBrowserContext fails on new-headless Chromium ("no browser
// is open"): the target must be created with a window of its own.
func (b *Browser) newTab() (context.Context, func(), error) {
	var bcID cdp.BrowserContextID
	var tID target.ID
	err := chromedp.Run(b.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		ctx = cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser)
		var err error
		if bcID, err = target.CreateBrowserContext().WithDisposeOnDetach(true).Do(ctx); err != nil {
			return fmt.Errorf("create browser context: %w", err)
		}
		tID, err = target.CreateTarget("about:blank").WithBrowserContextID(bcID).WithNewWindow(true).Do(ctx)
		if err != nil {
			return fmt.Errorf("create target: %w", err)
		}
		return nil
	}))
	if err != nil {
		return nil, nil, err
	}
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(tID))
	return ctx, func() {
		cancel()
		dctx, dcancel := context.WithTimeout(b.ctx, 5*time.Second)
		defer dcancel()
		_ = chromedp.Run(dctx, chromedp.ActionFunc(func(ctx context.Context) error {
			return target.DisposeBrowserContext(bcID).Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
		}))
	}, nil
}

var (
	chainIDMu    sync.Mutex
	chainIDCache = map[string]uint64{}
)

// chainIDOf asks the app's dev chain for its id once.
func chainIDOf(ctx context.Context, app *App) (uint64, error) {
	chainIDMu.Lock()
	defer chainIDMu.Unlock()
	if id, ok := chainIDCache[app.RPC]; ok {
		return id, nil
	}
	w, err := newWallet(ctx, app.RPC, 1, WalletOptions{})
	if err != nil {
		return 0, err
	}
	defer w.close()
	id, err := w.eth.ChainID(ctx)
	if err != nil {
		return 0, fmt.Errorf("chain id of %s: %w", app.RPC, err)
	}
	chainIDCache[app.RPC] = id.Uint64()
	return id.Uint64(), nil
}

func (p *Page) record(ev any) {
	var line string
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		var parts []string
		for _, a := range e.Args {
			if a.Value != nil {
				parts = append(parts, string(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		line = fmt.Sprintf("console.%s: %s", e.Type, strings.Join(parts, " "))
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		line = fmt.Sprintf("exception: %s (%s:%d)", msg, d.URL, d.LineNumber)
	case *log.EventEntryAdded:
		line = fmt.Sprintf("log.%s [%s]: %s %s", e.Entry.Level, e.Entry.Source, e.Entry.Text, e.Entry.URL)
	default:
		return
	}
	p.mu.Lock()
	p.console = append(p.console, line)
	p.mu.Unlock()
}

// Console returns the console messages, exceptions and browser log entries
// (CSP violations among them) seen so far.
func (p *Page) Console() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.console...)
}

// Run runs chromedp actions with the page's Timeout and fails the test on error.
func (p *Page) Run(what string, actions ...chromedp.Action) {
	p.T.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, Timeout)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		p.T.Fatalf("%s: %v", what, err)
	}
}

// Go opens path on the app and waits for the page's body.
func (p *Page) Go(path string) {
	p.T.Helper()
	p.Run("open "+path, chromedp.Navigate(p.App.URL+path), chromedp.WaitReady("body", chromedp.ByQuery))
}

// The helpers below ask the page with JavaScript, never with chromedp's
// node ids: those name nodes of the document chromedp last saw, and right
// after a navigation (a link a test clicked, a page reloading itself) a
// query can fail with "No node with given id found" although the element
// is there.

// evalUntil evaluates expr until it gives a value other than null, stored
// in res (may be nil), or ctx ends. An evaluation that fails or hangs while
// the page navigates is tried again.
func evalUntil(ctx context.Context, expr string, res any) error {
	var err error
	for {
		var raw []byte
		actx, cancel := context.WithTimeout(ctx, time.Second)
		err = chromedp.Evaluate(expr, &raw).Do(actx)
		cancel()
		if err == nil && len(raw) > 0 && string(raw) != "null" {
			if res == nil {
				return nil
			}
			return json.Unmarshal(raw, res)
		}
		select {
		case <-ctx.Done():
			if err == nil {
				err = errors.New("still not there when the wait ran out")
			}
			return err
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// waitJS is evalUntil for up to Timeout; the test fails with what if it
// runs out.
func (p *Page) waitJS(what, expr string, res any) {
	p.T.Helper()
	p.Run(what, chromedp.ActionFunc(func(ctx context.Context) error { return evalUntil(ctx, expr, res) }))
}

// visibleJS is the first element matching sel when it is visible (it has a
// box and is not visibility: hidden), else null.
func visibleJS(sel string) string {
	return `(() => {
		const e = document.querySelector(` + strconv.Quote(sel) + `);
		if (!e || !(e.offsetWidth || e.offsetHeight || e.getClientRects().length)) return null;
		return getComputedStyle(e).visibility === 'hidden' ? null : e;
	})()`
}

// SetValue is an action for Page.Run that sets the value of the first
// element matching sel and fires input and change, as chromedp.SetValue
// does, but found with JavaScript (see above): it waits, up to the
// action's context, for the element to exist.
func SetValue(sel, value string) chromedp.Action {
	expr := `(() => {
		const e = document.querySelector(` + strconv.Quote(sel) + `);
		if (!e) return null;
		e.value = ` + strconv.Quote(value) + `;
		e.dispatchEvent(new Event('input', { bubbles: true }));
		e.dispatchEvent(new Event('change', { bubbles: true }));
		return true;
	})()`
	return chromedp.ActionFunc(func(ctx context.Context) error {
		if err := evalUntil(ctx, expr, nil); err != nil {
			return fmt.Errorf("set the value of %s: %w", sel, err)
		}
		return nil
	})
}

// Type is an action for Page.Run that focuses the first element matching
// sel (found with JavaScript, waiting for it to exist) and types text into
// it as key presses, as chromedp.SendKeys does ("\n" presses Enter).
func Type(sel, text string) chromedp.Action {
	focus := `(() => {
		const e = document.querySelector(` + strconv.Quote(sel) + `);
		if (!e) return null;
		e.focus();
		return document.activeElement === e ? true : null;
	})()`
	return chromedp.ActionFunc(func(ctx context.Context) error {
		if err := evalUntil(ctx, focus, nil); err != nil {
			return fmt.Errorf("type into %s: %w", sel, err)
		}
		return chromedp.KeyEvent(text).Do(ctx)
	})
}

// Click clicks the first element matching the CSS selector with the mouse,
// once it is visible and the page's scripts have run, and checks that the
// element received the click. A click aimed at an element that moved in
// between (a late layout shift on a page under load) lands on whatever is
// there now; Click says so in the log and clicks again, up to three times.
func (p *Page) Click(sel string) {
	p.T.Helper()
	p.WaitLoaded()
	for attempt := 1; ; attempt++ {
		// Centred first, instantly (the sticky site header covers the top of
		// the viewport), then aimed at the middle of the element's first box
		// (a link wrapped over two lines has two).
		var at struct{ X, Y float64 }
		p.waitJS("click "+sel, `(() => {
			const el = `+visibleJS(sel)+`;
			if (!el) return null;
			const probe = { hit: false, target: '' };
			window.__clickProbe = probe;
			el.addEventListener('click', () => { probe.hit = true; }, { capture: true, once: true });
			document.addEventListener('click', (e) => { probe.target = (e.target.outerHTML ?? '').slice(0, 120); }, { capture: true, once: true });
			el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
			const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
			return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
		})()`, &at)
		p.Run("click "+sel, chromedp.MouseClickXY(at.X, at.Y))
		// No probe, or no page to ask: the click navigated (a link, a
		// native submit), so it was not lost.
		var res struct {
			Gone, Hit bool
			Target    string
		}
		ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
		err := chromedp.Run(ctx, chromedp.Evaluate(`(() => {
			const p = window.__clickProbe;
			return p ? { gone: false, hit: p.hit, target: p.target } : { gone: true, hit: false, target: '' };
		})()`, &res))
		cancel()
		if err != nil || res.Gone || res.Hit {
			return
		}
		if attempt == 3 {
			p.T.Fatalf("click %s: three clicks missed it (the last landed on %q)", sel, res.Target)
		}
		p.T.Logf("click %s missed it and landed on %q; clicking again", sel, res.Target)
	}
}

// WaitLoaded waits until the document has loaded and run its module scripts.
// A page the app reloads by itself (trade.js once the index has a sale) shows
// its elements before its modules attach their listeners; a click in between
// submits a form natively or hits a button nothing listens to, and is lost.
func (p *Page) WaitLoaded() {
	p.T.Helper()
	p.waitJS("the page never finished loading", `document.readyState === 'complete' ? true : null`, nil)
}

// Text returns the visible text (innerText) of the first element matching
// sel, waiting for it to exist; a hidden element's text is "".
func (p *Page) Text(sel string) string {
	p.T.Helper()
	var s string
	p.waitJS("text of "+sel, `(() => {
		const e = document.querySelector(`+strconv.Quote(sel)+`);
		if (!e) return null;
		return (e.offsetWidth || e.offsetHeight || e.getClientRects().length) ? e.innerText : '';
	})()`, &s)
	return s
}

// WaitVisible waits until an element matching sel is visible.
func (p *Page) WaitVisible(sel string) {
	p.T.Helper()
	p.waitJS("wait for "+sel, `(`+visibleJS(sel)+`) ? true : null`, nil)
}

// WaitText waits until the element matching sel contains want.
func (p *Page) WaitText(sel, want string) string {
	p.T.Helper()
	deadline := time.Now().Add(Timeout)
	var last string
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(p.ctx, time.Second)
		err := chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf(
			`(() => { const e = document.querySelector(%q); return e ? e.textContent : ""; })()`, sel), &last))
		cancel()
		if err == nil && strings.Contains(last, want) {
			return last
		}
		time.Sleep(50 * time.Millisecond)
	}
	p.T.Fatalf("%s never contained %q; last text %q", sel, want, last)
	return ""
}

// Exists reports whether an element matches sel right now.
func (p *Page) Exists(sel string) bool {
	p.T.Helper()
	var ok bool
	p.Run("look for "+sel, chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q) !== null`, sel), &ok))
	return ok
}

// Eval evaluates a JavaScript expression and stores its value in res (may be nil).
func (p *Page) Eval(expr string, res any) {
	p.T.Helper()
	p.Run("evaluate "+expr, chromedp.Evaluate(expr, res, func(e *runtime.EvaluateParams) *runtime.EvaluateParams {
		return e.WithAwaitPromise(true)
	}))
}

// Cookies returns the browser's cookies for the app.
func (p *Page) Cookies() []*network.Cookie {
	p.T.Helper()
	var cookies []*network.Cookie
	p.Run("read cookies", chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		cookies, err = network.GetCookies().WithURLs([]string{p.App.URL}).Do(ctx)
		return err
	}))
	return cookies
}

// Cookie returns the app's cookie called name, or nil.
func (p *Page) Cookie(name string) *network.Cookie {
	p.T.Helper()
	for _, c := range p.Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// FullScreenshot saves a PNG of the whole page as <name>.png in the test's
// artifact directory and returns its path. Look at the pages you build.
func (p *Page) FullScreenshot(name string) string {
	p.T.Helper()
	var png []byte
	p.Run("screenshot", chromedp.FullScreenshot(&png, 100))
	path := filepath.Join(ArtifactDir(p.T), safeName(name)+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.T.Fatalf("save screenshot: %v", err)
	}
	return path
}

// Screenshot saves a PNG of the visible viewport (1280×800) as <name>.png in
// the test's artifact directory and returns its path: the header and what a
// person sees first, without the rest of a long page.
func (p *Page) Screenshot(name string) string {
	p.T.Helper()
	var png []byte
	p.Run("screenshot", chromedp.CaptureScreenshot(&png))
	path := filepath.Join(ArtifactDir(p.T), safeName(name)+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.T.Fatalf("save screenshot: %v", err)
	}
	return path
}

// saveFailure keeps what a person needs to see why a browser test failed.
func (p *Page) saveFailure() {
	dir := ArtifactDir(p.T)
	// A test with two wallets has two pages: name each page's files by its
	// account so the second does not overwrite the first.
	suffix := ""
	if p.Wallet != nil {
		suffix = "-" + strings.ToLower(p.Wallet.Account.Address.Hex()[2:8])
	}
	ctx, cancel := context.WithTimeout(p.ctx, 10*time.Second)
	defer cancel()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err == nil {
		os.WriteFile(filepath.Join(dir, "failure"+suffix+".png"), png, 0o644)
	}
	var url string
	_ = chromedp.Run(ctx, chromedp.Location(&url))
	body := "url: " + url + "\n" + strings.Join(p.Console(), "\n") + "\n"
	if p.Wallet != nil {
		body += "\nwallet requests:\n"
		for _, r := range p.Wallet.Requests() {
			body += r.Method + " " + string(r.Params) + "\n"
		}
	}
	os.WriteFile(filepath.Join(dir, "console"+suffix+".log"), []byte(body), 0o644)
	p.T.Logf("browser failure artifacts (screenshot, console log): %s", dir)
}

// ArtifactDir is where a test's screenshots and logs go: t.ArtifactDir()
// under `go test -artifacts -outputdir DIR`, otherwise
// $TMPDIR/modelmarket-artifacts/<test name>, which outlives the test run so
// a failure can be looked at.
func ArtifactDir(t testing.TB) string {
	if f := flag.Lookup("test.artifacts"); f != nil && f.Value.String() == "true" {
		if a, ok := t.(interface{ ArtifactDir() string }); ok {
			return a.ArtifactDir()
		}
	}
	dir := filepath.Join(os.TempDir(), "modelmarket-artifacts", safeName(t.Name()))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("artifact dir: %v", err)
	}
	return dir
}

var unsafeChars = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

func safeName(s string) string { return unsafeChars.ReplaceAllString(s, "_") }
