package wallet_test

import (
	"context"
	"crypto/ecdsa"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"modelmarket/internal/apperr"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/wallet"
)

const origin = "http://127.0.0.1:8080"

// clock is a test clock the service reads through Config.Now.
type clock struct{ t time.Time }

func (c *clock) now() time.Time      { return c.t }
func (c *clock) add(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock               { return &clock{t: time.Now().UTC().Truncate(time.Second)} }
func sign(t *testing.T, msg string, key *ecdsa.PrivateKey) string {
	t.Helper()
	sig, err := wallet.SignPersonal([]byte(msg), key)
	if err != nil {
		t.Fatal(err)
	}
	return hexutil.Encode(sig)
}

func newService(t *testing.T, st *store.Store, c *clock) *wallet.Service {
	t.Helper()
	s, err := wallet.NewService(wallet.Config{Store: st, Origin: origin, ChainID: 1337, Now: c.now,
		IdleTimeout: time.Hour, MaxAge: 4 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func sessions(t *testing.T, st *store.Store) int64 {
	t.Helper()
	n, err := st.SessionCount(context.Background(), [20]byte{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSignIn_FullFlowAndSignOut(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		c := newClock()
		svc := newService(t, st, c)
		key, _ := crypto.GenerateKey()
		addr := crypto.PubkeyToAddress(key.PublicKey)

		m, err := svc.NewMessage(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Nonce) < 24 || m.Domain != "127.0.0.1:8080" || m.URI != origin || m.ChainID != 1337 {
			t.Fatalf("message %+v", m)
		}
		sess, token, err := svc.SignIn(ctx, m.String(), sign(t, m.String(), key))
		if err != nil {
			t.Fatal(err)
		}
		if sess.Address != addr || len(token) < 40 || sess.CSRFToken == "" || sess.IDHash == token {
			t.Fatalf("session %+v token %q", sess, token)
		}
		got, err := svc.Authenticate(ctx, token)
		if err != nil || got.Address != addr || got.CSRFToken != sess.CSRFToken {
			t.Fatalf("Authenticate = %+v, %v", got, err)
		}
		if !wallet.CSRFValid(got, sess.CSRFToken) || wallet.CSRFValid(got, "x") || wallet.CSRFValid(got, "") {
			t.Fatal("CSRFValid")
		}
		if err := svc.SignOut(ctx, token); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Authenticate(ctx, token); apperr.KindOf(err) != apperr.Unauthorized {
			t.Fatalf("after sign-out: %v", err)
		}
		if n := sessions(t, st); n != 0 {
			t.Fatalf("%d sessions after sign-out", n)
		}
	})
}

func TestSignIn_RejectsAndCreatesNoSession(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		c := newClock()
		svc := newService(t, st, c)
		key, _ := crypto.GenerateKey()
		other, _ := crypto.GenerateKey()
		addr := crypto.PubkeyToAddress(key.PublicKey)

		// Replay: a message signed and used once cannot be used again.
		used, _ := svc.NewMessage(ctx, addr)
		usedSig := sign(t, used.String(), key)
		if _, _, err := svc.SignIn(ctx, used.String(), usedSig); err != nil {
			t.Fatal(err)
		}
		base := sessions(t, st)

		tests := []struct {
			name    string
			edit    func(m *wallet.Message)
			signer  *ecdsa.PrivateKey
			raw     func(msg string) string
			kind    apperr.Kind
			message string
		}{
			{name: "replayed nonce", edit: func(m *wallet.Message) { m.Nonce = used.Nonce }, kind: apperr.Unauthorized, message: "already used"},
			{name: "unknown nonce", edit: func(m *wallet.Message) { m.Nonce = "abcdefgh12345678" }, kind: apperr.Unauthorized, message: "already used or has expired"},
			{name: "other domain", edit: func(m *wallet.Message) { m.Domain = "evil.example" }, kind: apperr.Unauthorized, message: "another site"},
			{name: "other port", edit: func(m *wallet.Message) { m.Domain = "127.0.0.1:9999" }, kind: apperr.Unauthorized, message: "another site"},
			{name: "other scheme", edit: func(m *wallet.Message) { m.Scheme = "https" }, kind: apperr.Unauthorized, message: "another site"},
			{name: "other URI", edit: func(m *wallet.Message) { m.URI = "https://evil.example/login" }, kind: apperr.Unauthorized, message: "another address"},
			{name: "other chain id", edit: func(m *wallet.Message) { m.ChainID = 1 }, kind: apperr.Unauthorized, message: "chain 1; this site works on chain 1337"},
			{name: "expired", edit: func(m *wallet.Message) { e := c.t.Add(-time.Second); m.ExpirationTime = &e }, kind: apperr.Unauthorized, message: "expired"},
			{name: "issued too long ago", edit: func(m *wallet.Message) { m.IssuedAt = c.t.Add(-11 * time.Minute); m.ExpirationTime = nil }, kind: apperr.Unauthorized, message: "too old"},
			{name: "issued in the future", edit: func(m *wallet.Message) { m.IssuedAt = c.t.Add(5 * time.Minute) }, kind: apperr.Unauthorized, message: "future"},
			{name: "not yet valid", edit: func(m *wallet.Message) { nb := c.t.Add(5 * time.Minute); m.NotBefore = &nb }, kind: apperr.Unauthorized, message: "not valid yet"},
			{name: "signed by another key", signer: other, kind: apperr.Unauthorized, message: "was not made by " + addr.Hex()},
			{name: "malformed message", raw: func(msg string) string { return strings.Replace(msg, "Version: 1", "Version: one", 1) }, kind: apperr.Invalid, message: "not a valid Sign-In with Ethereum message"},
			{name: "garbage", raw: func(string) string { return "please let me in" }, kind: apperr.Invalid, message: "not a valid Sign-In"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				m, err := svc.NewMessage(ctx, addr)
				if err != nil {
					t.Fatal(err)
				}
				if tt.edit != nil {
					tt.edit(m)
				}
				msg := m.String()
				if tt.raw != nil {
					msg = tt.raw(msg)
				}
				signer := key
				if tt.signer != nil {
					signer = tt.signer
				}
				_, token, err := svc.SignIn(ctx, msg, sign(t, msg, signer))
				if err == nil || apperr.KindOf(err) != tt.kind || !strings.Contains(apperr.Message(err), tt.message) {
					t.Fatalf("err = %v (kind %v), want %v containing %q", err, apperr.KindOf(err), tt.kind, tt.message)
				}
				if token != "" {
					t.Fatal("a token was returned")
				}
				if n := sessions(t, st); n != base {
					t.Fatalf("sessions = %d, want %d", n, base)
				}
			})
		}

		// A bad signature does not burn the nonce of the real sign-in.
		m, _ := svc.NewMessage(ctx, addr)
		if _, _, err := svc.SignIn(ctx, m.String(), sign(t, m.String(), other)); err == nil {
			t.Fatal("wrong signer accepted")
		}
		if _, _, err := svc.SignIn(ctx, m.String(), sign(t, m.String(), key)); err != nil {
			t.Fatalf("real sign-in after a forged one: %v", err)
		}
		// A nonce that outlived NonceTTL is refused even with a fresh-looking message.
		m, _ = svc.NewMessage(ctx, addr)
		c.add(wallet.NonceTTL + time.Second)
		m.IssuedAt, m.ExpirationTime = c.t, nil
		if _, _, err := svc.SignIn(ctx, m.String(), sign(t, m.String(), key)); err == nil || !strings.Contains(apperr.Message(err), "expired") {
			t.Fatalf("stale nonce: %v", err)
		}
	})
}

func TestSession_IdleAndAbsoluteExpiry(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		c := newClock()
		svc := newService(t, st, c) // idle 1 h, absolute 4 h
		key, _ := crypto.GenerateKey()
		signIn := func() string {
			m, _ := svc.NewMessage(ctx, crypto.PubkeyToAddress(key.PublicKey))
			_, token, err := svc.SignIn(ctx, m.String(), sign(t, m.String(), key))
			if err != nil {
				t.Fatal(err)
			}
			return token
		}

		idle := signIn()
		c.add(59 * time.Minute)
		if _, err := svc.Authenticate(ctx, idle); err != nil {
			t.Fatalf("used within the idle timeout: %v", err)
		}
		c.add(61 * time.Minute)
		if _, err := svc.Authenticate(ctx, idle); apperr.KindOf(err) != apperr.Unauthorized {
			t.Fatalf("idle for 61 min: %v", err)
		}

		active := signIn()
		for range 7 { // used every 30 min for 3.5 h: the idle timeout never strikes
			c.add(30 * time.Minute)
			if _, err := svc.Authenticate(ctx, active); err != nil {
				t.Fatal(err)
			}
		}
		c.add(30 * time.Minute)
		// 4 h after sign-in the absolute timeout has ended it.
		if _, err := svc.Authenticate(ctx, active); apperr.KindOf(err) != apperr.Unauthorized {
			t.Fatalf("after the absolute timeout: %v", err)
		}
		if n := sessions(t, st); n != 0 {
			t.Fatalf("expired sessions left: %d", n)
		}
		// Sweep removes expired nonces and sessions nobody came back for.
		signIn()
		svc.NewMessage(ctx, crypto.PubkeyToAddress(key.PublicKey))
		c.add(5 * time.Hour)
		if err := svc.Sweep(ctx); err != nil {
			t.Fatal(err)
		}
		if n := sessions(t, st); n != 0 {
			t.Fatalf("sweep left %d sessions", n)
		}
	})
}
