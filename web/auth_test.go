package web

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/wallet"
)

const testOrigin = "http://127.0.0.1:8080"

// authEnv is the real server on a real store with sign-in on.
type authEnv struct {
	e   *echo.Echo
	st  *store.Store
	key *ecdsa.PrivateKey
}

func newAuthEnv(t *testing.T, target store.Target, origin string) *authEnv {
	t.Helper()
	st := storetest.Open(t, target)
	svc, err := wallet.NewService(wallet.Config{Store: st, Origin: origin, ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	e, _ := newTestServer(t, func(c *Config) {
		c.PublicOrigin = origin
		c.Wallet = svc
		c.RPCURL = "http://127.0.0.1:8545"
	})
	key, _ := crypto.GenerateKey()
	return &authEnv{e: e, st: st, key: key}
}

func (a *authEnv) post(path, origin, body string, cookie *http.Cookie, csrf string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	if cookie != nil {
		req.AddCookie(cookie)
	}
	if csrf != "" {
		req.Header.Set("X-CSRF-Token", csrf)
	}
	return serve(a.e, req)
}

// signIn runs the browser's sign-in over HTTP and returns the cookie and CSRF token.
func (a *authEnv) signIn(t *testing.T) (*http.Cookie, string) {
	t.Helper()
	addr := crypto.PubkeyToAddress(a.key.PublicKey)
	rec := a.post("/api/auth/nonce", testOrigin, `{"address":"`+addr.Hex()+`"}`, nil, "")
	wantStatus(t, rec, http.StatusOK)
	msg := decodeJSON[nonceResponse](t, rec).Message
	sig, _ := wallet.SignPersonal([]byte(msg), a.key)
	body, _ := json.Marshal(verifyRequest{Message: msg, Signature: hexutil.Encode(sig)})
	rec = a.post("/api/auth/verify", testOrigin, string(body), nil, "")
	wantStatus(t, rec, http.StatusOK)
	me := decodeJSON[meResponse](t, rec)
	if me.Address != addr.Hex() || me.CSRFToken == "" {
		t.Fatalf("verify answered %+v", me)
	}
	cookies := rec.Result().Cookies()
	if len(cookies) != 1 || cookies[0].Name != sessionCookie {
		t.Fatalf("cookies = %v", cookies)
	}
	return cookies[0], me.CSRFToken
}

func (a *authEnv) signedIn(t *testing.T, c *http.Cookie) bool {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/api/me", nil)
	req.AddCookie(c)
	return serve(a.e, req).Code == http.StatusOK
}

func (a *authEnv) sessions(t *testing.T) int64 {
	n, err := a.st.SessionCount(context.Background(), [20]byte{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSignIn_CookieFlags(t *testing.T) {
	a := newAuthEnv(t, storetest.SQLiteTarget(t), testOrigin)
	c, _ := a.signIn(t)
	if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/" || c.Secure || c.MaxAge != int((7*24*time.Hour)/time.Second) || len(c.Value) < 40 {
		t.Fatalf("cookie = %+v", c)
	}
	// Served over TLS (an https public origin): the cookie is Secure.
	tls := newAuthEnv(t, storetest.SQLiteTarget(t), "https://market.example")
	addr := crypto.PubkeyToAddress(tls.key.PublicKey)
	rec := tls.post("/api/auth/nonce", "https://market.example", `{"address":"`+addr.Hex()+`"}`, nil, "")
	msg := decodeJSON[nonceResponse](t, rec).Message
	sig, _ := wallet.SignPersonal([]byte(msg), tls.key)
	body, _ := json.Marshal(verifyRequest{Message: msg, Signature: hexutil.Encode(sig)})
	rec = tls.post("/api/auth/verify", "https://market.example", string(body), nil, "")
	wantStatus(t, rec, http.StatusOK)
	if ck := rec.Result().Cookies(); len(ck) != 1 || !ck[0].Secure || !ck[0].HttpOnly {
		t.Fatalf("TLS cookie = %+v", ck)
	}
}

func TestCSRF_RefusesAndChangesNothing(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		a := newAuthEnv(t, target, testOrigin)
		c, token := a.signIn(t)
		tests := []struct {
			name, origin, csrf string
		}{
			{"no token", testOrigin, ""},
			{"wrong token", testOrigin, token + "x"},
			{"foreign origin with the token", "http://evil.example", token},
			{"JSON without origin", "", token},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				rec := a.post("/api/auth/signout", tt.origin, "{}", c, tt.csrf)
				wantStatus(t, rec, http.StatusForbidden)
				if len(rec.Result().Cookies()) != 0 {
					t.Fatal("a refused request touched the cookie")
				}
				if !a.signedIn(t, c) || a.sessions(t) != 1 {
					t.Fatal("a refused sign-out ended the session")
				}
			})
		}
		// A form from another site (no Origin, Sec-Fetch-Site cross-site).
		form := httptest.NewRequest(http.MethodPost, "/signout", strings.NewReader(url.Values{"_csrf": {token}}.Encode()))
		form.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		form.Header.Set("Sec-Fetch-Site", "cross-site")
		form.AddCookie(c)
		wantStatus(t, serve(a.e, form), http.StatusForbidden)
		// The nonce endpoint (no session yet) still refuses a foreign origin.
		wantStatus(t, a.post("/api/auth/nonce", "http://evil.example", `{"address":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"}`, nil, ""), http.StatusForbidden)
		if !a.signedIn(t, c) {
			t.Fatal("session ended")
		}

		// Our own form with the token signs out and goes home.
		form = httptest.NewRequest(http.MethodPost, "/signout", strings.NewReader(url.Values{"_csrf": {token}}.Encode()))
		form.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		form.Header.Set("Origin", testOrigin)
		form.AddCookie(c)
		rec := serve(a.e, form)
		wantStatus(t, rec, http.StatusSeeOther)
		if ck := rec.Result().Cookies(); len(ck) != 1 || ck[0].MaxAge >= 0 {
			t.Fatalf("sign-out did not clear the cookie: %v", ck)
		}
		if a.signedIn(t, c) || a.sessions(t) != 0 {
			t.Fatal("still signed in after sign-out")
		}
	})
}

func TestSignIn_RefusedOverHTTPSetsNoCookie(t *testing.T) {
	a := newAuthEnv(t, storetest.SQLiteTarget(t), testOrigin)
	addr := crypto.PubkeyToAddress(a.key.PublicKey)
	msg := decodeJSON[nonceResponse](t, a.post("/api/auth/nonce", testOrigin, `{"address":"`+addr.Hex()+`"}`, nil, "")).Message
	other, _ := crypto.GenerateKey()
	sig, _ := wallet.SignPersonal([]byte(msg), other)
	body, _ := json.Marshal(verifyRequest{Message: msg, Signature: hexutil.Encode(sig)})
	rec := a.post("/api/auth/verify", testOrigin, string(body), nil, "")
	wantStatus(t, rec, http.StatusUnauthorized)
	if got := decodeJSON[errorBody](t, rec).Error.Message; !strings.Contains(got, "was not made by "+addr.Hex()) {
		t.Fatalf("message = %q", got)
	}
	if len(rec.Result().Cookies()) != 0 || a.sessions(t) != 0 {
		t.Fatal("a refused sign-in left a cookie or a session")
	}
	body, _ = json.Marshal(verifyRequest{Message: "hello", Signature: hexutil.Encode(sig)})
	wantStatus(t, a.post("/api/auth/verify", testOrigin, string(body), nil, ""), http.StatusBadRequest)
}

func TestHeader_SignedOutAndSignedIn(t *testing.T) {
	a := newAuthEnv(t, storetest.SQLiteTarget(t), testOrigin)
	rec := do(a.e, http.MethodGet, "/", browserAccept)
	wantStatus(t, rec, http.StatusOK)
	body := rec.Body.String()
	for _, want := range []string{"data-wallet-connect", `data-chain-id="0x539"`, "js/account.", `data-rpc-url="http://127.0.0.1:8545"`} {
		if !strings.Contains(body, want) {
			t.Errorf("signed-out page lacks %q", want)
		}
	}
	if strings.Contains(body, "csrf-token") {
		t.Error("signed-out page carries a CSRF token")
	}
	c, token := a.signIn(t)
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.AddCookie(c)
	body = serve(a.e, req).Body.String()
	addr := crypto.PubkeyToAddress(a.key.PublicKey).Hex()
	for _, want := range []string{`<meta name="csrf-token" content="` + token + `"`, addr[:6] + "…" + addr[38:], `name="_csrf" value="` + token + `"`, `action="/signout"`} {
		if !strings.Contains(body, want) {
			t.Errorf("signed-in page lacks %q", want)
		}
	}
	if strings.Contains(body, "data-wallet-connect") {
		t.Error("signed-in page still offers Connect wallet")
	}
	// Without a wallet service there is no sign-in at all.
	plain, _ := newTestServer(t, nil)
	if strings.Contains(do(plain, http.MethodGet, "/", browserAccept).Body.String(), "data-wallet") {
		t.Error("sign-in shown without a wallet service")
	}
}

func TestSession_ExpiredCookieIsClearedAndRefused(t *testing.T) {
	st := storetest.Open(t, storetest.SQLiteTarget(t))
	now := time.Now()
	svc, err := wallet.NewService(wallet.Config{Store: st, Origin: testOrigin, ChainID: 1337,
		Now: func() time.Time { return now }, IdleTimeout: 30 * time.Minute, MaxAge: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	e, _ := newTestServer(t, func(c *Config) { c.Wallet = svc })
	key, _ := crypto.GenerateKey()
	a := &authEnv{e: e, st: st, key: key}
	c, token := a.signIn(t)
	if c.MaxAge != 3600 {
		t.Fatalf("cookie Max-Age = %d, want the absolute timeout", c.MaxAge)
	}
	now = now.Add(31 * time.Minute) // idle past the timeout
	req := httptest.NewRequest(http.MethodGet, "/api/me", nil)
	req.AddCookie(c)
	rec := serve(e, req)
	wantStatus(t, rec, http.StatusUnauthorized)
	if ck := rec.Result().Cookies(); len(ck) != 1 || ck[0].Name != sessionCookie || ck[0].MaxAge >= 0 {
		t.Fatalf("expired session's cookie not cleared: %v", ck)
	}
	// The page renders signed out, and the old token no longer passes CSRF.
	req = httptest.NewRequest(http.MethodGet, "/", nil)
	req.AddCookie(c)
	if body := serve(e, req).Body.String(); !strings.Contains(body, "data-wallet-connect") {
		t.Fatal("an expired session still shows as signed in")
	}
	wantStatus(t, a.post("/api/auth/signout", testOrigin, "{}", c, token), http.StatusForbidden)
}
