package verify_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/apperr"
	"modelmarket/internal/verify"
)

// fixture: alice mints token A (file v1), publishes v2 of A, bob mints B
// with the same bytes as A's v1 and then gives B to carol.
type fixture struct {
	e                 *contractstest.Env
	alice, bob, carol contractstest.Account
	a, b              *big.Int
	v1, v2            [32]byte
	mintA, publishA   *types.Receipt
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	e, err := contractstest.NewEnv(4, contracts.DefaultDeployParams())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	f := &fixture{e: e, alice: e.Accounts[1], bob: e.Accounts[2], carol: e.Accounts[3],
		v1: sha256.Sum256([]byte("weights v1")), v2: sha256.Sum256([]byte("weights v2"))}
	f.mintA = f.send(t, f.alice, e.NFT.PackMint(f.alice.Addr, contractstest.CID("meta A1"), f.v1, f.alice.Addr, 500))
	f.a = mintedID(t, e, f.mintA)
	f.publishA = f.send(t, f.alice, e.NFT.PackPublishVersion(f.a, contractstest.DagPBCID("meta A2"), f.v2, "fine-tuned"))
	f.b = mintedID(t, e, f.send(t, f.bob, e.NFT.PackMint(f.bob.Addr, contractstest.CID("meta B1"), f.v1, f.bob.Addr, 0)))
	f.send(t, f.bob, e.NFT.PackTransferFrom(f.bob.Addr, f.carol.Addr, f.b))
	return f
}

func (f *fixture) send(t *testing.T, from contractstest.Account, data []byte) *types.Receipt {
	t.Helper()
	r, err := f.e.Send(from, f.e.Addr.ModelNFT, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mintedID(t *testing.T, e *contractstest.Env, r *types.Receipt) *big.Int {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := e.NFT.UnpackMintedEvent(l); err == nil {
			return ev.TokenId
		}
	}
	t.Fatal("no Minted event")
	return nil
}

func newService(t *testing.T, ch verify.Chain, addrs contracts.Addresses) *verify.Service {
	t.Helper()
	s, err := verify.New(ch, addrs)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLookup_FindsTokenVersionOwnerAndLatest(t *testing.T) {
	f := newFixture(t)
	s := newService(t, f.e.Client, f.e.Addr)
	ctx := context.Background()

	res, err := s.Lookup(ctx, f.v2)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matches) != 1 {
		t.Fatalf("v2: %d matches, want 1", len(res.Matches))
	}
	m := res.Matches[0]
	r := m.Records[0]
	if m.Token.ID.Cmp(f.a) != 0 || r.Version != 2 || r.Note != "fine-tuned" || !m.Latest() {
		t.Errorf("v2: token %s version %d note %q latest %v, want token %s version 2, latest", m.Token.ID, r.Version, r.Note, m.Latest(), f.a)
	}
	if r.TxHash != f.publishA.TxHash || r.Block != f.publishA.BlockNumber.Uint64() || r.Time.IsZero() {
		t.Errorf("v2 record: tx %s block %d time %v, want tx %s block %d", r.TxHash, r.Block, r.Time, f.publishA.TxHash, f.publishA.BlockNumber)
	}
	if want := cid.MustParse(contractstest.DagPBCID("meta A2")).String(); r.MetadataCID != want {
		t.Errorf("v2 metadata CID %s, want %s", r.MetadataCID, want)
	}
	if m.Token.Owner != f.alice.Addr || m.Token.Creator != f.alice.Addr || m.Token.Versions != 2 {
		t.Errorf("token A: owner %s creator %s versions %d", m.Token.Owner, m.Token.Creator, m.Token.Versions)
	}

	// v1 is in two tokens: A (an older version) and B (its only one, now carol's).
	res, err = s.Lookup(ctx, f.v1)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matches) != 2 {
		t.Fatalf("v1: %d matches, want 2", len(res.Matches))
	}
	a, b := res.Matches[0], res.Matches[1]
	if a.Token.ID.Cmp(f.a) != 0 || a.Records[0].Version != 1 || a.Latest() || a.Records[0].TxHash != f.mintA.TxHash {
		t.Errorf("v1 in A: token %s version %d latest %v tx %s, want version 1 not latest", a.Token.ID, a.Records[0].Version, a.Latest(), a.Records[0].TxHash)
	}
	if b.Token.ID.Cmp(f.b) != 0 || !b.Latest() || b.Token.Owner != f.carol.Addr || b.Token.Creator != f.bob.Addr {
		t.Errorf("v1 in B: token %s latest %v owner %s creator %s, want owner carol, creator bob", b.Token.ID, b.Latest(), b.Token.Owner, b.Token.Creator)
	}

	res, err = s.Lookup(ctx, sha256.Sum256([]byte("weights v1 with one byte changed")))
	if err != nil {
		t.Fatal(err)
	}
	if res.Found() || res.Head == 0 {
		t.Errorf("unknown digest: found %v head %d, want nothing found up to a head", res.Found(), res.Head)
	}
}

func TestCheck_MatchesVersionsOrSaysModified(t *testing.T) {
	f := newFixture(t)
	s := newService(t, f.e.Client, f.e.Addr)
	ctx := context.Background()
	for _, c := range []struct {
		name     string
		digest   [32]byte
		versions []uint64
		latest   bool
	}{
		{"v1", f.v1, []uint64{1}, false},
		{"v2", f.v2, []uint64{2}, true},
		{"modified", sha256.Sum256([]byte("weights v2!")), nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Check(ctx, c.digest, f.a)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Versions) != len(c.versions) || (len(c.versions) > 0 && got.Versions[0] != c.versions[0]) || got.Latest() != c.latest {
				t.Fatalf("versions %v latest %v, want %v latest %v", got.Versions, got.Latest(), c.versions, c.latest)
			}
			if len(got.Records) != len(c.versions) {
				t.Errorf("%d records, want %d", len(got.Records), len(c.versions))
			}
		})
	}
	_, err := s.Check(ctx, f.v1, big.NewInt(999))
	if apperr.KindOf(err) != apperr.NotFound || !strings.Contains(err.Error(), "#999 does not exist") {
		t.Errorf("missing token: %v, want NotFound saying token #999 does not exist", err)
	}
}

// cappedChain is a node with a hosted provider's eth_getLogs cap: it
// refuses ranges wider than maxBlocks, as Alchemy or Infura answer.
type cappedChain struct {
	*contractstest.Client
	maxBlocks uint64
	refused   atomic.Int32
}

func (c *cappedChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > c.maxBlocks {
		c.refused.Add(1)
		return nil, errors.New("query returned more than 10000 results. Try with this block range")
	}
	return c.Client.FilterLogs(ctx, q)
}

func TestLookup_SplitsRangesTheNodeRefuses(t *testing.T) {
	f := newFixture(t)
	capped := &cappedChain{Client: f.e.Client, maxBlocks: 2}
	s := newService(t, capped, f.e.Addr)
	res, err := s.Lookup(context.Background(), f.v1)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matches) != 2 || capped.refused.Load() == 0 {
		t.Errorf("%d matches after %d refusals, want 2 after some", len(res.Matches), capped.refused.Load())
	}
	// A node that refuses even one block is an error, not "unknown".
	capped.maxBlocks = 0
	if _, err := s.Lookup(context.Background(), f.v1); err == nil {
		t.Error("a node refusing every range: no error")
	}
}

func TestLookupCID_MetadataAndRawContent(t *testing.T) {
	f := newFixture(t)
	s := newService(t, f.e.Client, f.e.Addr)
	ctx := context.Background()

	meta := cid.MustParse(contractstest.DagPBCID("meta A2"))
	v0 := cid.NewCidV0(meta.Hash()).String() // Qm…: the same dag-pb hash
	for _, text := range []string{meta.String(), v0, "ipfs://" + meta.String() + "/metadata.json"} {
		res, err := s.LookupCID(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Matches) != 1 || res.Matches[0].Token.ID.Cmp(f.a) != 0 || res.Matches[0].Records[0].Version != 2 {
			t.Errorf("%s: %d matches, want token A version 2", text, len(res.Matches))
		}
	}

	// A small file's raw CID is its sha256: found as content.
	content := []byte("weights v1")
	mh, err := multihash.Sum(content, multihash.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.LookupCID(ctx, cid.NewCidV1(cid.Raw, mh).String())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matches) != 2 {
		t.Errorf("raw content CID: %d matches, want tokens A and B", len(res.Matches))
	}

	unknown := cid.MustParse(contractstest.CID("never minted")).String()
	if res, err := s.LookupCID(ctx, unknown); err != nil || res.Found() {
		t.Errorf("unknown CID: found %v, err %v", res.Found(), err)
	}
	if _, err := s.LookupCID(ctx, "not-a-cid"); apperr.KindOf(err) != apperr.Invalid {
		t.Errorf("garbage: %v, want Invalid", err)
	}
}

// TestHashDir_EqualsSha256sumOfSortedList checks the folder digest against
// the shell command README "Folders" gives, with names whose per-directory
// order differs from the bytewise order of whole paths.
func TestHashDir_EqualsSha256sumOfSortedList(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"a/b": "one", "a-b": "two", "config.json": "{}", "tokenizer/vocab.json": "[]", "z": ""}
	for p, body := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("z", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	root, entries, err := verify.HashDir(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(files) || entries[0].Path != "a-b" {
		t.Fatalf("entries %v, want %d sorted bytewise (a-b first), the link skipped", entries, len(files))
	}
	cmd := exec.Command("sh", "-c", `find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("no GNU find/sha256sum here: %v", err)
	}
	if got, want := strings.Fields(string(out))[0], strings.ToLower(string(hexOf(root))); got != want {
		t.Errorf("HashDir root %s, sha256sum pipeline %s", want, got)
	}
}

func hexOf(b [32]byte) []byte {
	const digits = "0123456789abcdef"
	out := make([]byte, 64)
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return out
}
