package license

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/apperr"
	"modelmarket/internal/card"
	"modelmarket/internal/seal"
)

func hexSHA(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }

func version(digest string) Version {
	var d [32]byte
	b, _ := hex.DecodeString(digest)
	copy(d[:], b)
	return Version{Number: 1, Count: 1, MetadataCID: "bafymeta", Digest: d}
}

// TestParseManifest covers what a download reads from metadata: the single
// file's envelope beside the files, a folder's per-file envelopes and root
// digest, and the entries it refuses rather than guess.
func TestParseManifest(t *testing.T) {
	env, err := seal.NewEnvelope()
	if err != nil {
		t.Fatal(err)
	}
	env.PlaintextSize = 10
	raw, _ := json.Marshal(env)
	envJSON := json.RawMessage(raw)
	a, b := hexSHA("a"), hexSHA("b")
	root := hexSHA(fmt.Sprintf("%s  a.bin\n%s  sub/b.bin\n", a, b))

	single, _ := json.Marshal(map[string]any{"name": "one", "properties": map[string]any{
		"sha256": a, "files": []card.File{{Name: "a.bin", URI: "ipfs://bafya", Size: 10, SHA256: a}}, "encryption": envJSON}})
	m, err := parseManifest(version(a), single)
	if err != nil || len(m.Files) != 1 || m.Files[0].Envelope == nil || m.Files[0].CID != "bafya" || !m.DigestOK {
		t.Fatalf("single: %+v %v", m, err)
	}
	if m, _ := parseManifest(version(b), single); m.DigestOK {
		t.Error("single: a digest that is not the file's sha256 passed")
	}

	folder, _ := json.Marshal(card.Metadata{Name: "folder", Properties: &card.Properties{SHA256: root, DigestScheme: card.DigestScheme, Files: []card.File{
		{Name: "sub/b.bin", URI: "ipfs://bafyb", Size: 10, SHA256: b, Encryption: envJSON},
		{Name: "a.bin", URI: "ipfs://bafya", Size: 3, SHA256: a},
	}}})
	m, err = parseManifest(version(root), folder)
	if err != nil || !m.DigestOK || m.Files[0].Envelope == nil || m.Files[1].Envelope != nil {
		t.Fatalf("folder: %+v %v", m, err)
	}
	if f, ok := m.File("sub/b.bin"); !ok || f.CID != "bafyb" {
		t.Errorf("File(sub/b.bin) = %+v %v", f, ok)
	}

	for name, f := range map[string]card.File{
		"climbs out":      {Name: "../etc/passwd", URI: "ipfs://bafya", Size: 3, SHA256: a},
		"absolute":        {Name: "/a.bin", URI: "ipfs://bafya", Size: 3, SHA256: a},
		"not on ipfs":     {Name: "a.bin", URI: "https://example.com/a.bin", Size: 3, SHA256: a},
		"path in uri":     {Name: "a.bin", URI: "ipfs://bafya/x", Size: 3, SHA256: a},
		"envelope size":   {Name: "a.bin", URI: "ipfs://bafya", Size: 11, SHA256: a, Encryption: envJSON},
		"bad envelope":    {Name: "a.bin", URI: "ipfs://bafya", Size: 10, SHA256: a, Encryption: json.RawMessage(`{"scheme":"rot13"}`)},
		"control in name": {Name: "a\n.bin", URI: "ipfs://bafya", Size: 3, SHA256: a},
	} {
		raw, _ := json.Marshal(card.Metadata{Properties: &card.Properties{Files: []card.File{f}}})
		if _, err := parseManifest(version(a), raw); err == nil {
			t.Errorf("%s: accepted %+v", name, f)
		}
	}
	dup, _ := json.Marshal(card.Metadata{Properties: &card.Properties{Files: []card.File{
		{Name: "a.bin", URI: "ipfs://bafya", SHA256: a}, {Name: "a.bin", URI: "ipfs://bafyb", SHA256: b}}}})
	if _, err := parseManifest(version(a), dup); err == nil || !strings.Contains(err.Error(), "repeated") {
		t.Errorf("repeated path: %v", err)
	}
}

// TestDecide_OnTheSimulatedChain checks each Reason against the contracts
// through ContractReader, and that a token that does not exist is NotFound.
func TestDecide_OnTheSimulatedChain(t *testing.T) {
	e, err := contractstest.NewEnv(4, contracts.DeployParams{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	r, err := NewContractReader(e.Client, e.Addr)
	if err != nil {
		t.Fatal(err)
	}
	s := NewService(r)
	owner, buyer, other := e.Accounts[1], e.Accounts[2], e.Accounts[3]
	id, _, err := e.Mint(owner, owner.Addr, "decide", owner.Addr, 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	decide := func(who *contractstest.Account) Access {
		t.Helper()
		if who == nil {
			a, err := s.Decide(ctx, id.Uint64(), nil)
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		a, err := s.Decide(ctx, id.Uint64(), &who.Addr)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	if a := decide(nil); a.Reason != NotSignedIn || a.Allowed() || a.Owner != owner.Addr {
		t.Errorf("signed out: %+v", a)
	}
	if a := decide(&owner); a.Reason != Owner || !a.Allowed() {
		t.Errorf("owner: %+v", a)
	}
	if a := decide(&buyer); a.Reason != NoLicense || a.Allowed() {
		t.Errorf("buyer before: %+v", a)
	}
	offer, err := e.PublishOffer(owner, id, big.NewInt(1000), 0, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.BuyLicense(buyer, offer, big.NewInt(1000)); err != nil {
		t.Fatal(err)
	}
	if a := decide(&buyer); a.Reason != Licensed || !a.Perpetual || !a.Allowed() {
		t.Errorf("perpetual licensee: %+v", a)
	}
	if a := decide(&other); a.Reason != NoLicense {
		t.Errorf("other: %+v", a)
	}
	if _, err := s.Decide(ctx, 999, &owner.Addr); apperr.KindOf(err) != apperr.NotFound {
		t.Errorf("missing token: %v (kind %v)", err, apperr.KindOf(err))
	}
	n, err := r.VersionCount(ctx, id)
	if err != nil || n != 1 {
		t.Fatalf("VersionCount = %d %v", n, err)
	}
	c, d, err := r.Version(ctx, id, 0)
	if err != nil || d != contractstest.Digest("decide") || !strings.HasPrefix(c, "b") {
		t.Errorf("Version(0) = %s %x %v", c, d, err)
	}
	if _, _, err := r.Version(ctx, id, 1); apperr.KindOf(err) != apperr.NotFound {
		t.Errorf("Version(1): %v", err)
	}
}
