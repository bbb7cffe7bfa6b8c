package web

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/listing"
	"modelmarket/internal/moderation"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/wallet"
)

// modEnv is the real server with sign-in, uploads, the read model and
// moderation on a real store; env.cookie is a signed-in non-admin.
type modEnv struct {
	*uploadEnv
	e        *echo.Echo
	mod      *moderation.Service
	adminKey *ecdsa.PrivateKey
	noFollow *http.Client
}

func newModEnv(t *testing.T, target store.Target) *modEnv {
	t.Helper()
	env := newUploadEnv(t, target, 0, 0)
	adminKey, _ := crypto.GenerateKey()
	mod, err := moderation.NewService(moderation.Config{Store: env.st, Admins: []string{crypto.PubkeyToAddress(adminKey.PublicKey).Hex()}})
	if err != nil {
		t.Fatal(err)
	}
	env.srv.Close()
	e, _ := newTestServer(t, func(c *Config) {
		c.PublicOrigin = testOrigin
		c.Wallet = env.walletSv
		c.Uploads = &env.cfg
		c.Market = &MarketConfig{Listings: listing.NewService(env.st)}
		c.Moderation = mod
	})
	env.srv = httptest.NewServer(e)
	t.Cleanup(env.srv.Close)
	env.client = env.srv.Client()
	noFollow := *env.client
	noFollow.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &modEnv{uploadEnv: env, e: e, mod: mod, adminKey: adminKey, noFollow: &noFollow}
}

// send makes one request; a form body when body has no leading "{".
func (m *modEnv) send(t *testing.T, method, path, body string, cookie *http.Cookie, csrf string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(method, m.srv.URL+path, strings.NewReader(body))
	if body != "" {
		if strings.HasPrefix(body, "{") {
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Accept", "application/json")
		} else {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
	}
	if method != http.MethodGet && method != http.MethodHead {
		req.Header.Set("Origin", testOrigin)
	}
	if cookie != nil {
		req.AddCookie(cookie)
	}
	if csrf != "" {
		req.Header.Set("X-CSRF-Token", csrf)
	}
	res, err := m.noFollow.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// TestAdminRoutes_AllRequireTheRole enumerates the router's routes under
// /admin, so a route added without the role check fails here.
func TestAdminRoutes_AllRequireTheRole(t *testing.T) {
	m := newModEnv(t, storetest.SQLiteTarget(t))
	adminCookie, adminCSRF := m.signIn(t, m.adminKey)
	var routes []*echo.Route
	for _, r := range m.e.Routes() {
		if r.Path == "/admin" || strings.HasPrefix(r.Path, "/admin/") {
			routes = append(routes, r)
		}
	}
	if len(routes) < 6 {
		t.Fatalf("found %d /admin routes; the moderation routes are not registered", len(routes))
	}
	sawAct := false
	for _, r := range routes {
		method := r.Method
		if method == echo.RouteNotFound {
			method = http.MethodGet // the group's catch-all: any unknown /admin path
		}
		path := strings.ReplaceAll(r.Path, "*", "anything")
		for _, seg := range strings.Split(path, "/") {
			if strings.HasPrefix(seg, ":") {
				path = strings.Replace(path, seg, "7", 1)
			}
		}
		body := ""
		if method == http.MethodPost {
			body = "target=token%3A7&action=hide&reason=test+reason"
			sawAct = sawAct || r.Path == "/admin/act"
		}
		t.Run(method+" "+r.Path, func(t *testing.T) {
			res, _ := m.send(t, method, path, body, nil, "")
			switch method {
			case http.MethodGet, http.MethodHead:
				if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/signin?next=") {
					t.Fatalf("anonymous: %d Location %q, want 303 to /signin", res.StatusCode, res.Header.Get("Location"))
				}
			default:
				if res.StatusCode != http.StatusUnauthorized && res.StatusCode != http.StatusForbidden {
					t.Fatalf("anonymous %s: %d, want 401 or 403", method, res.StatusCode)
				}
			}
			res, text := m.send(t, method, path, body, m.cookie, m.csrf)
			if res.StatusCode != http.StatusForbidden {
				t.Fatalf("signed-in non-admin: %d, want 403; %.200s", res.StatusCode, text)
			}
			if method == http.MethodGet && !strings.Contains(text, "for the marketplace&#39;s admins") {
				t.Fatalf("403 page does not say why: %.300s", text)
			}
			// The admin passes the check (the catch-all then answers 404).
			res, _ = m.send(t, method, path, body, adminCookie, adminCSRF)
			if res.StatusCode == http.StatusForbidden || res.StatusCode == http.StatusUnauthorized {
				t.Fatalf("admin refused: %d", res.StatusCode)
			}
		})
	}
	if !sawAct {
		t.Fatal("POST /admin/act was not among the enumerated routes")
	}
	// Nothing a refused request asked for happened; the admin's did.
	n, _, err := moderation.Verify(context.Background(), m.st)
	if err != nil || n != 1 {
		t.Fatalf("audit log after the route sweep: %d entries, %v (want the admin's one)", n, err)
	}
}

func TestSignIn_PageSendsOnWhenSignedIn(t *testing.T) {
	m := newModEnv(t, storetest.SQLiteTarget(t))
	res, text := m.send(t, http.MethodGet, "/signin?next=/admin/queue", "", nil, "")
	if res.StatusCode != http.StatusOK || !strings.Contains(text, "Sign in to continue") {
		t.Fatalf("anonymous /signin: %d", res.StatusCode)
	}
	for next, want := range map[string]string{"/admin/queue": "/admin/queue", "//evil.example/": "/", "https://evil.example/": "/"} {
		res, _ = m.send(t, http.MethodGet, "/signin?next="+url.QueryEscape(next), "", m.cookie, "")
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != want {
			t.Fatalf("signed in, next=%s: %d → %q, want %q", next, res.StatusCode, res.Header.Get("Location"), want)
		}
	}
}

// TestBan_RefusesSignInUploadAndList: a banned address cannot get a nonce,
// cannot sign in with a message it already holds, and a session that slipped
// past the ban's revocation can neither upload nor list; nothing is stored.
func TestBan_RefusesSignInUploadAndList(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		m := newModEnv(t, target)
		user := crypto.PubkeyToAddress(m.key.PublicKey)
		sum := sha256.Sum256([]byte(m.cookie.Value))
		sess, err := m.st.Session(ctx, hex.EncodeToString(sum[:]))
		if err != nil {
			t.Fatal(err)
		}
		// A message issued before the ban, signed, not yet sent.
		msg, err := m.walletSv.NewMessage(ctx, user)
		if err != nil {
			t.Fatal(err)
		}
		sig, _ := wallet.SignPersonal([]byte(msg.String()), m.key)

		acct, _ := moderation.AccountTargetOf(user.Hex())
		admin := crypto.PubkeyToAddress(m.adminKey.PublicKey).Hex()
		if _, err := m.mod.Act(ctx, admin, acct, moderation.ActionBan, "Sells stolen weights"); err != nil {
			t.Fatal(err)
		}
		const words = "This address is banned from this marketplace: Sells stolen weights"
		// The ban ended the session.
		if res, _ := m.send(t, http.MethodGet, "/api/me", "", m.cookie, ""); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("/api/me after the ban: %d", res.StatusCode)
		}
		res, text := m.send(t, http.MethodPost, "/api/auth/nonce", `{"address":"`+user.Hex()+`"}`, nil, "")
		if res.StatusCode != http.StatusForbidden || !strings.Contains(text, words) {
			t.Fatalf("nonce for a banned address: %d %s", res.StatusCode, text)
		}
		body, _ := json.Marshal(verifyRequest{Message: msg.String(), Signature: hexutil.Encode(sig)})
		res, text = m.send(t, http.MethodPost, "/api/auth/verify", string(body), nil, "")
		if res.StatusCode != http.StatusForbidden || !strings.Contains(text, words) || len(res.Cookies()) != 0 {
			t.Fatalf("verify for a banned address: %d %s", res.StatusCode, text)
		}
		if fresh, err := m.st.ConsumeNonce(ctx, msg.Nonce, msg.IssuedAt); err != nil || !fresh {
			t.Fatalf("the refused sign-in used the nonce: %v %v", fresh, err)
		}

		// A session created in the instant before the ban landed.
		if err := m.st.CreateSession(ctx, sess); err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequest(http.MethodPost, m.srv.URL+tusBase+"/", nil)
		req.Header.Set("Tus-Resumable", "1.0.0")
		req.Header.Set("Upload-Length", "5")
		req.Header.Set("Upload-Metadata", "filename "+base64.StdEncoding.EncodeToString([]byte("w.bin")))
		req.Header.Set("X-CSRF-Token", m.csrf)
		req.AddCookie(m.cookie)
		up, err := m.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		upText, _ := io.ReadAll(up.Body)
		up.Body.Close()
		if up.StatusCode != http.StatusForbidden || !strings.Contains(string(upText), words) {
			t.Fatalf("tus POST of a banned address: %d %.300s", up.StatusCode, upText)
		}
		if p := m.partials(t); len(p) != 0 || m.rows(t) != 0 {
			t.Fatalf("a refused upload left %v and %d rows", p, m.rows(t))
		}
		res, text = m.send(t, http.MethodPost, "/api/tx/list", `{"token_id":"7","price":"1"}`, m.cookie, m.csrf)
		if res.StatusCode != http.StatusForbidden || !strings.Contains(text, words) {
			t.Fatalf("list by a banned address: %d %s", res.StatusCode, text)
		}
	})
}

func TestHiddenToken_TradeRefusedAndReportsFlow(t *testing.T) {
	ctx := context.Background()
	m := newModEnv(t, storetest.SQLiteTarget(t))
	admin := crypto.PubkeyToAddress(m.adminKey.PublicKey).Hex()
	if _, err := m.mod.Act(ctx, admin, moderation.TokenTargetOf(7), moderation.ActionHide, "Malware in the pickle"); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/tx/list", "/api/tx/price", "/api/tx/buy"} {
		res, text := m.send(t, http.MethodPost, path, `{"token_id":"7","price":"1","price_wei":"1"}`, m.cookie, m.csrf)
		if res.StatusCode != http.StatusForbidden || !strings.Contains(text, "hidden by moderation (Malware in the pickle)") {
			t.Fatalf("%s on a hidden token: %d %s", path, res.StatusCode, text)
		}
	}
	// The token page says it was hidden, and why.
	res, text := m.send(t, http.MethodGet, "/token/7", "", nil, "")
	if res.StatusCode != http.StatusOK || !strings.Contains(text, "This token was hidden by moderation") || !strings.Contains(text, "Malware in the pickle") {
		t.Fatalf("hidden token page: %d %.300s", res.StatusCode, text)
	}
	// Reports: an account may be reported (tokens need the read model);
	// the second open report and a bad reason are refused in words.
	other := "account:0x1111111111111111111111111111111111111111"
	form := url.Values{"target": {other}, "reason": {"impersonation"}, "note": {"Pretends to be a lab."}, "_csrf": {m.csrf}}.Encode()
	res, text = m.send(t, http.MethodPost, "/report", form, m.cookie, "")
	if res.StatusCode != http.StatusCreated || !strings.Contains(text, "your report is in the queue") {
		t.Fatalf("report: %d %.300s", res.StatusCode, text)
	}
	res, text = m.send(t, http.MethodPost, "/report", form, m.cookie, "")
	if res.StatusCode != http.StatusConflict || !strings.Contains(text, "already reported") {
		t.Fatalf("second report: %d %.300s", res.StatusCode, text)
	}
	bad := url.Values{"target": {"account:0x2222222222222222222222222222222222222222"}, "reason": {"boring"}, "_csrf": {m.csrf}}.Encode()
	if res, text = m.send(t, http.MethodPost, "/report", bad, m.cookie, ""); res.StatusCode != http.StatusBadRequest || !strings.Contains(text, "Choose a reason") {
		t.Fatalf("bad reason: %d", res.StatusCode)
	}
	if res, _ = m.send(t, http.MethodGet, "/report?target=token:999", "", m.cookie, ""); res.StatusCode != http.StatusNotFound {
		t.Fatalf("report of an unknown token: %d", res.StatusCode)
	}
	// The audit feed chains the entry from genesis.
	res, text = m.send(t, http.MethodGet, "/audit.json", "", nil, "")
	var feed auditFeed
	if err := json.Unmarshal([]byte(text), &feed); err != nil || len(feed.Entries) != 1 || feed.Entries[0].PrevHash != moderation.GenesisHash {
		t.Fatalf("audit.json: %d %v %s", res.StatusCode, err, text)
	}
}

func TestAuthNonce_RateLimitedPerClient(t *testing.T) {
	env := newAuthEnv(t, storetest.SQLiteTarget(t), testOrigin)
	body := `{"address":"0x1111111111111111111111111111111111111111"}`
	for i := range nonceBurst {
		if rec := env.post("/api/auth/nonce", testOrigin, body, nil, ""); rec.Code != http.StatusOK {
			t.Fatalf("nonce %d: %d", i+1, rec.Code)
		}
	}
	rec := env.post("/api/auth/nonce", testOrigin, body, nil, "")
	if rec.Code != http.StatusTooManyRequests || !strings.Contains(rec.Body.String(), "Too many sign-in attempts") || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("nonce past the burst: %d %s", rec.Code, rec.Body.String())
	}
}
