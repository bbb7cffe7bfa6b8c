package wallet_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"modelmarket/internal/wallet"
)

// example is the EIP-4361 example message with all optional fields.
const example = `https://example.com wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ExampleOrg Terms of Service: https://example.com/tos

URI: https://example.com/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Expiration Time: 2021-10-30T16:25:24Z
Not Before: 2021-09-30T16:25:24Z
Request ID: some-id
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`

func TestParseMessage_EIPExampleRoundTrips(t *testing.T) {
	m, err := wallet.ParseMessage(example)
	if err != nil {
		t.Fatal(err)
	}
	if m.Scheme != "https" || m.Domain != "example.com" || m.ChainID != 1 || m.Nonce != "32891756" ||
		m.Address != common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2") ||
		m.ExpirationTime == nil || m.NotBefore == nil || m.RequestID != "some-id" || len(m.Resources) != 2 ||
		!m.IssuedAt.Equal(time.Date(2021, 9, 30, 16, 25, 24, 0, time.UTC)) {
		t.Fatalf("parsed %+v", m)
	}
	if got := m.String(); got != example {
		t.Fatalf("String() differs:\n%s", got)
	}
	// Without statement and optional fields: address, two empty lines, URI.
	min := "example.com wants you to sign in with your Ethereum account:\n0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n\nURI: https://example.com\nVersion: 1\nChain ID: 1337\nNonce: abcdefgh1\nIssued At: 2021-09-30T16:25:24.5Z"
	m, err = wallet.ParseMessage(min)
	if err != nil {
		t.Fatal(err)
	}
	if m.Statement != "" || m.Scheme != "" || m.ChainID != 1337 {
		t.Fatalf("parsed %+v", m)
	}
}

func TestParseMessage_RejectsWhatTheGrammarDoesNot(t *testing.T) {
	tests := map[string]func(string) string{
		"empty": func(string) string { return "" },
		"lowercase address": func(s string) string {
			return strings.Replace(s, "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", 1)
		},
		"bad checksum":      func(s string) string { return strings.Replace(s, "0xC02aaA39", "0xc02aaA39", 1) },
		"CRLF":              func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
		"version 2":         func(s string) string { return strings.Replace(s, "Version: 1", "Version: 2", 1) },
		"hex chain id":      func(s string) string { return strings.Replace(s, "Chain ID: 1", "Chain ID: 0x1", 1) },
		"short nonce":       func(s string) string { return strings.Replace(s, "Nonce: 32891756", "Nonce: 1234567", 1) },
		"nonce with symbol": func(s string) string { return strings.Replace(s, "Nonce: 32891756", "Nonce: 3289175-6", 1) },
		"bad issued-at":     func(s string) string { return strings.Replace(s, "2021-09-30T16:25:24Z\nExp", "yesterday\nExp", 1) },
		"fields out of order": func(s string) string {
			return strings.Replace(s, "Version: 1\nChain ID: 1", "Chain ID: 1\nVersion: 1", 1)
		},
		"trailing line":          func(s string) string { return s + "\nHello: there" },
		"trailing newline":       func(s string) string { return s + "\n" },
		"relative URI":           func(s string) string { return strings.Replace(s, "URI: https://example.com/login", "URI: /login", 1) },
		"missing nonce":          func(s string) string { return strings.Replace(s, "Nonce: 32891756\n", "", 1) },
		"statement with newline": func(s string) string { return strings.Replace(s, "Terms of Service", "Terms\nof Service", 1) },
		"other preamble":         func(s string) string { return strings.Replace(s, "wants you to sign in", "wants you to log in", 1) },
		"domain with path": func(s string) string {
			return strings.Replace(s, "https://example.com wants", "https://example.com/x wants", 1)
		},
	}
	for name, edit := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := wallet.ParseMessage(edit(example))
			if err == nil || !strings.Contains(err.Error(), "malformed sign-in message") {
				t.Fatalf("err = %v, want malformed", err)
			}
		})
	}
	if _, err := wallet.ParseMessage(strings.Repeat("a", 9000)); err == nil || errors.Unwrap(err) == nil {
		t.Fatalf("oversized: %v", err)
	}
}
