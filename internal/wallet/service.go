package wallet

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/internal/apperr"
)

// Session is one signed-in browser. The cookie holds a random token; the store
// keys the row by the token's sha256 (IDHash), so the table alone cannot be
// replayed as cookies.
type Session struct {
	IDHash     string
	Address    common.Address
	ChainID    uint64
	CSRFToken  string // sent back by the page with every state-changing request
	CreatedAt  time.Time
	LastSeenAt time.Time
	ExpiresAt  time.Time // the absolute end, whatever the activity
}

// ErrNotFound is what a Store returns for a missing session.
var ErrNotFound = errors.New("not found")

// Store is the persistence the wallet needs; internal/store implements it on
// SQLite and PostgreSQL. Methods return an error only when the database fails,
// except where noted.
type Store interface {
	// CreateNonce records an issued nonce valid until expiresAt.
	CreateNonce(ctx context.Context, nonce string, expiresAt time.Time) error
	// ConsumeNonce deletes the nonce and reports whether it existed and was
	// still valid at now. Of concurrent calls with one nonce at most one gets true.
	ConsumeNonce(ctx context.Context, nonce string, now time.Time) (bool, error)
	// CreateSession stores a new session.
	CreateSession(ctx context.Context, s Session) error
	// Session returns the session with idHash, or ErrNotFound.
	Session(ctx context.Context, idHash string) (Session, error)
	// TouchSession sets the session's LastSeenAt.
	TouchSession(ctx context.Context, idHash string, lastSeen time.Time) error
	// DeleteSession removes the session; deleting a missing one is no error.
	DeleteSession(ctx context.Context, idHash string) error
	// DeleteExpired removes nonces that expired and sessions whose absolute
	// end is before now.
	DeleteExpired(ctx context.Context, now time.Time) error
}

// Config configures a Service.
type Config struct {
	Store Store
	// Origin is the app's public origin ("http://127.0.0.1:8080"): sign-in
	// messages must name its host as domain and its origin in the URI.
	Origin string
	// ChainID is the chain the app works on; messages for others are refused.
	ChainID uint64
	// Contracts, when set, lets contract wallets sign in (EIP-1271).
	Contracts ContractCaller
	Logger    *slog.Logger
	// Now is the clock (time.Now when nil); tests move it.
	Now func() time.Time
	// IdleTimeout ends a session not used for this long (default 24 h);
	// MaxAge ends any session this long after sign-in (default 7 days).
	IdleTimeout time.Duration
	MaxAge      time.Duration
}

const (
	// NonceTTL is how long an issued nonce may be used, and the oldest
	// issued-at a message may carry.
	NonceTTL = 10 * time.Minute
	// clockSkew tolerates a browser clock slightly ahead of ours.
	clockSkew = time.Minute
	// touchEvery limits LastSeenAt writes to one per minute per session.
	touchEvery = time.Minute
	// Statement is the sentence our sign-in messages carry.
	Statement = "Sign in to modelmarket. This request costs nothing and allows no transaction."
)

// Service issues nonces, verifies sign-in messages and manages sessions.
// It is safe for concurrent use.
type Service struct {
	store     Store
	origin    *url.URL
	chainID   uint64
	contracts ContractCaller
	log       *slog.Logger
	now       func() time.Time
	idle      time.Duration
	maxAge    time.Duration
}

// NewService checks cfg. It fails when Store is nil, Origin is not an http(s)
// origin, or ChainID is 0.
func NewService(cfg Config) (*Service, error) {
	if cfg.Store == nil {
		return nil, errors.New("wallet: Store is required")
	}
	u, err := url.Parse(cfg.Origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("wallet: origin %q is not an http(s) origin", cfg.Origin)
	}
	if cfg.ChainID == 0 {
		return nil, errors.New("wallet: ChainID is required")
	}
	s := &Service{
		store: cfg.Store, origin: &url.URL{Scheme: u.Scheme, Host: u.Host}, chainID: cfg.ChainID,
		contracts: cfg.Contracts, log: cfg.Logger, now: cfg.Now, idle: cfg.IdleTimeout, maxAge: cfg.MaxAge,
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.idle <= 0 {
		s.idle = 24 * time.Hour
	}
	if s.maxAge <= 0 {
		s.maxAge = 7 * 24 * time.Hour
	}
	return s, nil
}

// ChainID is the chain sign-in messages must name.
func (s *Service) ChainID() uint64 { return s.chainID }

// MaxAge is a session's absolute lifetime (for the cookie's Max-Age).
func (s *Service) MaxAge() time.Duration { return s.maxAge }

// Secure reports whether the app is served over TLS (cookies get Secure).
func (s *Service) Secure() bool { return s.origin.Scheme == "https" }

// NewMessage issues a fresh nonce (128 random bits, single use, valid for
// NonceTTL) and returns the message that address should sign to sign in.
// It fails only when the store does.
func (s *Service) NewMessage(ctx context.Context, address common.Address) (*Message, error) {
	nonce := randomToken(16, false)
	now := s.now().UTC().Truncate(time.Second)
	exp := now.Add(NonceTTL)
	if err := s.store.CreateNonce(ctx, nonce, exp); err != nil {
		return nil, fmt.Errorf("wallet: issue nonce: %w", err)
	}
	return &Message{
		Scheme: s.origin.Scheme, Domain: s.origin.Host, Address: address, Statement: Statement,
		URI: s.origin.String(), Version: "1", ChainID: s.chainID, Nonce: nonce,
		IssuedAt: now, ExpirationTime: &exp,
	}, nil
}

// SignIn verifies a signed EIP-4361 message and opens a session. It returns
// the session and the token for the cookie. Errors (no session is created):
//   - apperr.Invalid: the message does not follow EIP-4361 or the signature is
//     not 65 bytes of hex;
//   - apperr.Unauthorized, with a message that says which check failed: another
//     domain, URI or chain id, issued too long ago or in the future, expired,
//     not yet valid, an unknown/used/expired nonce, or a signature that is not
//     the address's;
//   - anything else: the store or the chain failed.
func (s *Service) SignIn(ctx context.Context, message, signature string) (Session, string, error) {
	m, err := ParseMessage(message)
	if err != nil {
		return Session{}, "", apperr.Wrap(apperr.Invalid, "The sign-in message is not a valid Sign-In with Ethereum message.", err)
	}
	sig, err := decodeSignature(signature)
	if err != nil || len(sig) < 65 {
		return Session{}, "", apperr.Wrap(apperr.Invalid, "The signature is not a valid Ethereum signature.", err)
	}
	now := s.now()
	if err := s.check(m, now); err != nil {
		return Session{}, "", err
	}
	hash := PersonalHash([]byte(message))
	ok := false
	if signer, err := recoverEOA(hash, sig); err == nil && signer == m.Address {
		ok = true
	} else if s.contracts != nil {
		if ok, err = verifyContract(ctx, s.contracts, m.Address, hash, sig); err != nil {
			return Session{}, "", fmt.Errorf("wallet: EIP-1271 check: %w", err)
		}
	}
	if !ok {
		return Session{}, "", apperr.E(apperr.Unauthorized, "The signature was not made by "+m.Address.Hex()+".")
	}
	// Last, so a forged or mistaken attempt does not burn the real one's nonce.
	fresh, err := s.store.ConsumeNonce(ctx, m.Nonce, now)
	if err != nil {
		return Session{}, "", fmt.Errorf("wallet: consume nonce: %w", err)
	}
	if !fresh {
		return Session{}, "", apperr.E(apperr.Unauthorized, "This sign-in request was already used or has expired. Please sign in again.")
	}
	token := randomToken(32, true)
	sess := Session{
		IDHash: hashToken(token), Address: m.Address, ChainID: m.ChainID, CSRFToken: randomToken(32, true),
		CreatedAt: now.UTC(), LastSeenAt: now.UTC(), ExpiresAt: now.UTC().Add(s.maxAge),
	}
	if err := s.store.CreateSession(ctx, sess); err != nil {
		return Session{}, "", fmt.Errorf("wallet: create session: %w", err)
	}
	s.log.InfoContext(ctx, "signed in", "address", m.Address.Hex())
	return sess, token, nil
}

// check applies the EIP-4361 verification rules that need no signature.
func (s *Service) check(m *Message, now time.Time) error {
	deny := func(msg string) error { return apperr.E(apperr.Unauthorized, msg) }
	if m.Domain != s.origin.Host || (m.Scheme != "" && m.Scheme != s.origin.Scheme) {
		return deny("This sign-in message is for another site (" + m.Domain + "), not " + s.origin.Host + ".")
	}
	u, err := url.Parse(m.URI)
	if err != nil || u.Scheme != s.origin.Scheme || u.Host != s.origin.Host {
		return deny("This sign-in message names another address (" + m.URI + ") than " + s.origin.String() + ".")
	}
	if m.ChainID != s.chainID {
		return deny(fmt.Sprintf("This sign-in message is for chain %d; this site works on chain %d. Switch networks in your wallet and try again.", m.ChainID, s.chainID))
	}
	if m.IssuedAt.After(now.Add(clockSkew)) {
		return deny("This sign-in message was issued in the future: check your computer's clock.")
	}
	if m.IssuedAt.Before(now.Add(-NonceTTL)) {
		return deny("This sign-in message is too old. Please sign in again.")
	}
	if m.ExpirationTime != nil && !now.Before(*m.ExpirationTime) {
		return deny("This sign-in message has expired. Please sign in again.")
	}
	if m.NotBefore != nil && now.Add(clockSkew).Before(*m.NotBefore) {
		return deny("This sign-in message is not valid yet.")
	}
	return nil
}

// Authenticate returns the live session of a cookie token. It fails with
// apperr.Unauthorized when the token is unknown, idle for longer than the
// idle timeout, or past the absolute end (the row is then deleted), and
// otherwise only when the store fails.
func (s *Service) Authenticate(ctx context.Context, token string) (Session, error) {
	if token == "" {
		return Session{}, apperr.E(apperr.Unauthorized, "Please sign in.")
	}
	id := hashToken(token)
	sess, err := s.store.Session(ctx, id)
	if errors.Is(err, ErrNotFound) {
		return Session{}, apperr.E(apperr.Unauthorized, "Your session has ended. Please sign in again.")
	}
	if err != nil {
		return Session{}, fmt.Errorf("wallet: read session: %w", err)
	}
	now := s.now()
	if !now.Before(sess.ExpiresAt) || !now.Before(sess.LastSeenAt.Add(s.idle)) {
		if err := s.store.DeleteSession(ctx, id); err != nil {
			return Session{}, fmt.Errorf("wallet: delete expired session: %w", err)
		}
		return Session{}, apperr.E(apperr.Unauthorized, "Your session has ended. Please sign in again.")
	}
	if now.Sub(sess.LastSeenAt) >= touchEvery {
		if err := s.store.TouchSession(ctx, id, now.UTC()); err != nil {
			return Session{}, fmt.Errorf("wallet: touch session: %w", err)
		}
		sess.LastSeenAt = now.UTC()
	}
	return sess, nil
}

// SignOut deletes the token's session; an unknown token is no error.
func (s *Service) SignOut(ctx context.Context, token string) error {
	if token == "" {
		return nil
	}
	if err := s.store.DeleteSession(ctx, hashToken(token)); err != nil {
		return fmt.Errorf("wallet: sign out: %w", err)
	}
	return nil
}

// Sweep deletes expired nonces and sessions; main runs it now and then.
func (s *Service) Sweep(ctx context.Context) error {
	if err := s.store.DeleteExpired(ctx, s.now().UTC()); err != nil {
		return fmt.Errorf("wallet: sweep: %w", err)
	}
	return nil
}

// CSRFValid compares a submitted token with the session's in constant time.
func CSRFValid(sess Session, submitted string) bool {
	return submitted != "" && subtle.ConstantTimeCompare([]byte(sess.CSRFToken), []byte(submitted)) == 1
}

// randomToken returns n random bytes as URL-safe base64 or, for nonces (which
// EIP-4361 limits to letters and digits), as hex.
func randomToken(n int, b64 bool) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go ≥ 1.24)
	if b64 {
		return base64.RawURLEncoding.EncodeToString(b)
	}
	return hex.EncodeToString(b)
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
