// Package wallet signs people in with their Ethereum wallet: Sign-In with
// Ethereum (EIP-4361) messages, their verification (EOA signatures and
// EIP-1271 contract wallets), single-use nonces and server-side sessions.
// It declares the ports it needs (Store, ContractCaller) and imports no
// storage, transport or chain-client library.
package wallet

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Message is a parsed EIP-4361 message. Optional times are nil when absent.
type Message struct {
	Scheme         string // "" when the message names no scheme
	Domain         string // RFC 3986 authority, e.g. "127.0.0.1:8080"
	Address        common.Address
	Statement      string // "" when absent
	URI            string
	Version        string // always "1"
	ChainID        uint64
	Nonce          string
	IssuedAt       time.Time
	ExpirationTime *time.Time
	NotBefore      *time.Time
	RequestID      string
	Resources      []string
}

const (
	preambleSuffix = " wants you to sign in with your Ethereum account:"
	// maxMessageLen bounds what we parse: a real message is a few hundred bytes.
	maxMessageLen = 8 << 10
)

// errMalformed is the cause of every parse failure; the text says which line.
var errMalformed = errors.New("malformed sign-in message")

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errMalformed, fmt.Sprintf(format, args...))
}

// ParseMessage parses s strictly by the grammar of EIP-4361: lines in the
// specified order, separated by "\n" only, an EIP-55 checksummed address,
// version 1, a decimal chain id, an alphanumeric nonce of at least 8
// characters and RFC 3339 times. Anything else, trailing text included, is an
// error wrapping a description of the first offending line.
func ParseMessage(s string) (*Message, error) {
	if len(s) > maxMessageLen {
		return nil, malformed("longer than %d bytes", maxMessageLen)
	}
	if strings.ContainsRune(s, '\r') {
		return nil, malformed("lines must end with LF only")
	}
	lines := strings.Split(s, "\n")
	p := &lineReader{lines: lines}
	m := &Message{}

	pre, ok := p.next()
	if !ok || !strings.HasSuffix(pre, preambleSuffix) {
		return nil, malformed("line 1 must be %q", "<domain>"+preambleSuffix)
	}
	authority := strings.TrimSuffix(pre, preambleSuffix)
	if scheme, rest, found := strings.Cut(authority, "://"); found {
		if !validScheme(scheme) {
			return nil, malformed("invalid scheme %q", scheme)
		}
		m.Scheme, authority = scheme, rest
	}
	if !validAuthority(authority) {
		return nil, malformed("invalid domain %q", authority)
	}
	m.Domain = authority

	addr, _ := p.next()
	if !common.IsHexAddress(addr) || !strings.HasPrefix(addr, "0x") || common.HexToAddress(addr).Hex() != addr {
		return nil, malformed("line 2 must be an EIP-55 checksummed address, got %q", addr)
	}
	m.Address = common.HexToAddress(addr)

	if l, _ := p.next(); l != "" {
		return nil, malformed("line 3 must be empty")
	}
	// Either "statement LF LF" or just "LF" before the URI line.
	l, _ := p.next()
	if l != "" {
		if !validStatement(l) {
			return nil, malformed("invalid statement")
		}
		m.Statement = l
		if l2, _ := p.next(); l2 != "" {
			return nil, malformed("the statement must be followed by an empty line")
		}
	}

	var err error
	if m.URI, err = p.field("URI"); err != nil {
		return nil, err
	}
	if u, perr := url.Parse(m.URI); perr != nil || u.Scheme == "" || strings.ContainsAny(m.URI, " \t") {
		return nil, malformed("URI %q is not an absolute URI", m.URI)
	}
	if m.Version, err = p.field("Version"); err != nil {
		return nil, err
	}
	if m.Version != "1" {
		return nil, malformed("version must be 1, got %q", m.Version)
	}
	chainID, err := p.field("Chain ID")
	if err != nil {
		return nil, err
	}
	if m.ChainID, err = parseDecimal(chainID); err != nil {
		return nil, malformed("chain id %q is not a decimal number", chainID)
	}
	if m.Nonce, err = p.field("Nonce"); err != nil {
		return nil, err
	}
	if !validNonce(m.Nonce) {
		return nil, malformed("nonce must be at least 8 letters or digits")
	}
	issued, err := p.field("Issued At")
	if err != nil {
		return nil, err
	}
	if m.IssuedAt, err = parseTime(issued); err != nil {
		return nil, malformed("issued-at %q is not an RFC 3339 time", issued)
	}
	if v, ok := p.optional("Expiration Time"); ok {
		t, err := parseTime(v)
		if err != nil {
			return nil, malformed("expiration time %q is not an RFC 3339 time", v)
		}
		m.ExpirationTime = &t
	}
	if v, ok := p.optional("Not Before"); ok {
		t, err := parseTime(v)
		if err != nil {
			return nil, malformed("not-before %q is not an RFC 3339 time", v)
		}
		m.NotBefore = &t
	}
	if v, ok := p.optional("Request ID"); ok {
		if !validPchars(v) {
			return nil, malformed("invalid request id")
		}
		m.RequestID = v
	}
	if l, ok := p.peek(); ok && l == "Resources:" {
		p.next()
		for {
			l, ok := p.peek()
			if !ok || !strings.HasPrefix(l, "- ") {
				break
			}
			p.next()
			r := strings.TrimPrefix(l, "- ")
			if u, err := url.Parse(r); err != nil || u.Scheme == "" || strings.ContainsAny(r, " \t") {
				return nil, malformed("resource %q is not an absolute URI", r)
			}
			m.Resources = append(m.Resources, r)
		}
	}
	if l, ok := p.peek(); ok {
		return nil, malformed("unexpected line %q", truncate(l, 40))
	}
	return m, nil
}

// String formats m by the EIP-4361 grammar; ParseMessage(m.String()) gives m back.
func (m *Message) String() string {
	var b strings.Builder
	if m.Scheme != "" {
		b.WriteString(m.Scheme + "://")
	}
	b.WriteString(m.Domain + preambleSuffix + "\n")
	b.WriteString(m.Address.Hex() + "\n\n")
	if m.Statement != "" {
		b.WriteString(m.Statement + "\n")
	}
	b.WriteString("\n")
	b.WriteString("URI: " + m.URI + "\n")
	b.WriteString("Version: " + m.Version + "\n")
	b.WriteString("Chain ID: " + strconv.FormatUint(m.ChainID, 10) + "\n")
	b.WriteString("Nonce: " + m.Nonce + "\n")
	b.WriteString("Issued At: " + m.IssuedAt.UTC().Format(time.RFC3339))
	if m.ExpirationTime != nil {
		b.WriteString("\nExpiration Time: " + m.ExpirationTime.UTC().Format(time.RFC3339))
	}
	if m.NotBefore != nil {
		b.WriteString("\nNot Before: " + m.NotBefore.UTC().Format(time.RFC3339))
	}
	if m.RequestID != "" {
		b.WriteString("\nRequest ID: " + m.RequestID)
	}
	if len(m.Resources) > 0 {
		b.WriteString("\nResources:")
		for _, r := range m.Resources {
			b.WriteString("\n- " + r)
		}
	}
	return b.String()
}

type lineReader struct {
	lines []string
	i     int
}

func (p *lineReader) next() (string, bool) {
	if p.i >= len(p.lines) {
		return "", false
	}
	p.i++
	return p.lines[p.i-1], true
}

func (p *lineReader) peek() (string, bool) {
	if p.i >= len(p.lines) {
		return "", false
	}
	return p.lines[p.i], true
}

// field reads the required line "<name>: <value>".
func (p *lineReader) field(name string) (string, error) {
	l, ok := p.next()
	v, found := strings.CutPrefix(l, name+": ")
	if !ok || !found || v == "" {
		return "", malformed("expected the line %q", name+": …")
	}
	return v, nil
}

// optional reads "<name>: <value>" if it is the next line.
func (p *lineReader) optional(name string) (string, bool) {
	l, ok := p.peek()
	if !ok {
		return "", false
	}
	v, found := strings.CutPrefix(l, name+": ")
	if !found {
		return "", false
	}
	p.next()
	return v, true
}

func parseDecimal(s string) (uint64, error) {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return 0, errMalformed
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errMalformed
		}
	}
	return strconv.ParseUint(s, 10, 64)
}

// parseTime accepts RFC 3339 date-times (with fractional seconds).
func parseTime(s string) (time.Time, error) {
	return time.Parse(time.RFC3339Nano, s)
}

func validScheme(s string) bool {
	if s == "" || !isAlpha(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// validAuthority accepts [userinfo@]host[:port] with RFC 3986 characters.
func validAuthority(s string) bool {
	if s == "" {
		return false
	}
	u, err := url.Parse("x://" + s)
	if err != nil || u.Host == "" || u.Path != "" || u.RawQuery != "" || u.Fragment != "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isUnreserved(c) && !strings.ContainsRune("!$&'()*+,;=:@[]%", rune(c)) {
			return false
		}
	}
	return true
}

// validStatement: printable ASCII reserved/unreserved characters and spaces, no LF.
func validStatement(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isUnreserved(c) && c != ' ' && !strings.ContainsRune(":/?#[]@!$&'()*+,;=", rune(c)) {
			return false
		}
	}
	return true
}

func validPchars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isUnreserved(c) && !strings.ContainsRune("%!$&'()*+,;=:@", rune(c)) {
			return false
		}
	}
	return true
}

func validNonce(s string) bool {
	if len(s) < 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUnreserved(c byte) bool {
	return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
