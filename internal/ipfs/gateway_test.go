package ipfs

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
)

type gatewayFixture struct {
	node *Node
	srv  *httptest.Server
	port string
}

func newGateway(t *testing.T) *gatewayFixture {
	t.Helper()
	n, _ := openNode(t)
	srv := httptest.NewServer(n.Gateway(GatewayConfig{}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	return &gatewayFixture{node: n, srv: srv, port: u.Port()}
}

// get requests path on the test server with the given Host header (empty:
// the server's 127.0.0.1 address) and extra headers. Redirects are not
// followed: both styles must answer directly.
func (f *gatewayFixture) get(t *testing.T, host, path string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, f.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	client := &http.Client{
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("GET %s (Host %q): %v", path, host, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read body of %s: %v", path, err)
	}
	return resp, body
}

func assertSandboxed(t *testing.T, resp *http.Response) {
	t.Helper()
	if got := resp.Header.Get("Content-Security-Policy"); got != "sandbox" {
		t.Errorf("Content-Security-Policy = %q, want sandbox", got)
	}
	if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
	}
}

func TestGateway_PathAndSubdomainStyleServeTheFile(t *testing.T) {
	f := newGateway(t)
	data := randomBytes(2*mib+1, 11)
	added, err := f.node.Add(context.Background(), bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := added.CID.String()
	for _, tc := range []struct{ name, host, path string }{
		{"path style on 127.0.0.1", "", "/ipfs/" + c},
		{"path style on the localhost origin", "localhost:" + f.port, "/ipfs/" + c},
		{"subdomain style", c + ".ipfs.localhost:" + f.port, "/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := f.get(t, tc.host, tc.path)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d (Location %q): %.200s", resp.StatusCode, resp.Header.Get("Location"), body)
			}
			if !bytes.Equal(body, data) {
				t.Fatalf("body is %d bytes that differ from the %d added", len(body), len(data))
			}
			assertSandboxed(t, resp)
			// The app's pages fetch content (the 3D viewer) cross-origin.
			if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("Access-Control-Allow-Origin = %q, want *", got)
			}
		})
	}
}

func TestGateway_RawBlockIsTheVerifiableBlock(t *testing.T) {
	f := newGateway(t)
	added, err := f.node.Add(context.Background(), bytes.NewReader(randomBytes(3*mib, 12)))
	if err != nil {
		t.Fatal(err)
	}
	c := added.CID.String()
	for _, tc := range []struct {
		name string
		path string
		hdr  []string
	}{
		{"?format=raw", "/ipfs/" + c + "?format=raw", nil},
		{"Accept header", "/ipfs/" + c, []string{"Accept", "application/vnd.ipld.raw"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := f.get(t, "", tc.path, tc.hdr...)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %.200s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/vnd.ipld.raw" {
				t.Errorf("Content-Type = %q", ct)
			}
			sum, err := added.CID.Prefix().Sum(body)
			if err != nil || !sum.Equals(added.CID) {
				t.Errorf("raw block hashes to %s (%v), want %s", sum, err, added.CID)
			}
			assertSandboxed(t, resp)
		})
	}
}

func TestGateway_CARVerifiesBlockByBlock(t *testing.T) {
	f := newGateway(t)
	data := randomBytes(2*mib+1, 13)
	added, err := f.node.Add(context.Background(), bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := added.CID.String()
	for _, tc := range []struct {
		name string
		path string
		hdr  []string
	}{
		{"?format=car", "/ipfs/" + c + "?format=car", nil},
		{"Accept header", "/ipfs/" + c, []string{"Accept", "application/vnd.ipld.car"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := f.get(t, "", tc.path, tc.hdr...)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %.200s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/vnd.ipld.car") {
				t.Errorf("Content-Type = %q", ct)
			}
			assertSandboxed(t, resp)

			br, err := carv2.NewBlockReader(bytes.NewReader(body))
			if err != nil {
				t.Fatalf("go-car cannot read the CAR: %v", err)
			}
			if len(br.Roots) != 1 || !br.Roots[0].Equals(added.CID) {
				t.Fatalf("CAR roots = %v, want [%s]", br.Roots, added.CID)
			}
			var leaves []byte
			nblocks := 0
			for {
				b, err := br.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("block %d: %v", nblocks, err)
				}
				nblocks++
				sum, err := b.Cid().Prefix().Sum(b.RawData())
				if err != nil || !sum.Equals(b.Cid()) {
					t.Fatalf("block %d claims %s but hashes to %s (%v)", nblocks, b.Cid(), sum, err)
				}
				if b.Cid().Type() == cid.Raw {
					leaves = append(leaves, b.RawData()...)
				}
			}
			// The root and 3 raw leaves, in DFS order: the leaves are the file.
			if nblocks != 4 {
				t.Errorf("CAR has %d blocks, want 4", nblocks)
			}
			if !bytes.Equal(leaves, data) {
				t.Error("the CAR's leaves, concatenated, are not the file")
			}
		})
	}
}

func TestGateway_HTMLWithScriptIsSandboxedAndDownloaded(t *testing.T) {
	f := newGateway(t)
	page := `<!doctype html><html><body><script>document.cookie="stolen=1"</script><p>hi</p></body></html>`
	svg := `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`
	for _, tc := range []struct{ name, body, ctPrefix string }{
		{"html", page, "text/html"},
		{"svg", svg, "image/svg+xml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			added, err := f.node.Add(context.Background(), strings.NewReader(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			for _, host := range []string{"", added.CID.String() + ".ipfs.localhost:" + f.port} {
				path := "/ipfs/" + added.CID.String()
				if host != "" {
					path = "/"
				}
				resp, body := f.get(t, host, path)
				if resp.StatusCode != http.StatusOK || string(body) != tc.body {
					t.Fatalf("Host %q: status %d, body %.100q", host, resp.StatusCode, body)
				}
				if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.ctPrefix) {
					t.Errorf("Content-Type = %q, want %s", ct, tc.ctPrefix)
				}
				assertSandboxed(t, resp)
				if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") {
					t.Errorf("Host %q: Content-Disposition = %q, want attachment", host, cd)
				}
			}
		})
	}

	// A plain file is shown inline, still sandboxed.
	added, err := f.node.Add(context.Background(), strings.NewReader("just text"))
	if err != nil {
		t.Fatal(err)
	}
	resp, _ := f.get(t, "", "/ipfs/"+added.CID.String())
	assertSandboxed(t, resp)
	if cd := resp.Header.Get("Content-Disposition"); strings.HasPrefix(cd, "attachment") {
		t.Errorf("plain text Content-Disposition = %q, want inline", cd)
	}
}

func TestGateway_UnknownCIDFailsFast(t *testing.T) {
	f := newGateway(t)
	missing := "bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm" // "a", never added
	for _, tc := range []struct{ name, host, path string }{
		{"path style", "", "/ipfs/" + missing},
		{"raw", "", "/ipfs/" + missing + "?format=raw"},
		{"car", "", "/ipfs/" + missing + "?format=car"},
		{"subdomain style", missing + ".ipfs.localhost:" + f.port, "/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			resp, body := f.get(t, tc.host, tc.path)
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("took %s, want an answer at once", took)
			}
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("status %d, want 404: %.200s", resp.StatusCode, body)
			}
			assertSandboxed(t, resp)
		})
	}
}

func TestGateway_RefusesIPNSAndOtherPaths(t *testing.T) {
	f := newGateway(t)
	for _, tc := range []struct{ host, path string }{
		{"", "/ipns/example.com"},
		{"", "/"},
		{"example-com.ipns.localhost:" + f.port, "/"},
	} {
		resp, body := f.get(t, tc.host, tc.path)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("Host %q %s: status %d, want 404: %.200s", tc.host, tc.path, resp.StatusCode, body)
		}
		assertSandboxed(t, resp)
	}
}
