package web

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"modelmarket/internal/card"
	"modelmarket/internal/seal"
)

// bigPlain is a generated plaintext of n bytes: a 1 MiB random block with
// the block's index written into its first 8 bytes, so no two blocks are
// equal and nothing is held but the one block.
type bigPlain struct {
	block  []byte
	n, off int64
}

func newBigPlain(n int64) *bigPlain {
	return &bigPlain{block: seededBytes(99, 1<<20), n: n}
}

func (p *bigPlain) Read(b []byte) (int, error) {
	if p.off >= p.n {
		return 0, io.EOF
	}
	in := p.off % int64(len(p.block))
	if in == 0 {
		binary.LittleEndian.PutUint64(p.block, uint64(p.off/int64(len(p.block))))
	}
	k := min(int64(len(b)), int64(len(p.block))-in, p.n-p.off)
	copy(b, p.block[in:in+k])
	p.off += k
	return int(k), nil
}

// TestDownload_MultiGBEncryptedResumes: a 4.25 GiB gated file (past the
// 32-bit offsets, ~4,350 segments) is encrypted into IPFS as a stream,
// minted, and downloaded by its owner: the client stops after 2.1 GiB and
// resumes with Range + If-Range from there; the sha256 of what it got is
// the one on chain. A range read near the end is exact too.
func TestDownload_MultiGBEncryptedResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 4.25 GiB")
	}
	const size = 4<<30 + 1<<28 + 12345
	d := newDLEnv(t)
	owner := d.chain.Accounts[1]
	ctx := context.Background()

	// Encrypt and import as one stream, hashing the plaintext on the way.
	env, err := seal.NewEnvelope()
	if err != nil {
		t.Fatal(err)
	}
	c, err := d.key.Cipher(env)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	ct := c.EncryptReader(io.TeeReader(newBigPlain(size), h))
	added, err := d.node.Add(ctx, ct)
	ct.Close()
	if err != nil {
		t.Fatal(err)
	}
	digest := hex.EncodeToString(h.Sum(nil))
	env.PlaintextSize, env.PlaintextSHA256 = size, digest
	envJSON, _ := json.Marshal(env)
	f := card.File{Name: "weights.bin", URI: "ipfs://" + added.CID.String(), Size: size, SHA256: digest}
	meta := map[string]any{"name": "Big gated", "properties": map[string]any{
		"format": "safetensors", "sha256": digest, "files": []card.File{f}, "encryption": json.RawMessage(envJSON)}}
	id := d.mint(owner, meta, digest)
	ck := d.signIn(owner)
	file := fmt.Sprintf("/token/%s/files/weights.bin", id)

	out, err := d.chain.Call(d.chain.Addr.ModelNFT, d.chain.NFT.PackVersion(id, big.NewInt(0)))
	if err != nil {
		t.Fatal(err)
	}
	v, err := d.chain.NFT.UnpackVersion(out)
	if err != nil {
		t.Fatal(err)
	}
	onChain := hex.EncodeToString(v.Digest[:])

	// The first attempt stops after 2.1 GiB.
	req, _ := http.NewRequest(http.MethodGet, d.srv.URL+file, nil)
	req.AddCookie(ck)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Length") != fmt.Sprint(size) {
		t.Fatalf("first attempt: %d, Content-Length %s", res.StatusCode, res.Header.Get("Content-Length"))
	}
	got := sha256.New()
	const stop = 2<<30 + 1<<27 + 777
	if n, err := io.CopyN(got, res.Body, stop); err != nil || n != stop {
		t.Fatalf("first attempt read %d: %v", n, err)
	}
	res.Body.Close()

	// Resume from the byte after the last one received.
	req, _ = http.NewRequest(http.MethodGet, d.srv.URL+file, nil)
	req.AddCookie(ck)
	req.Header.Set("Range", fmt.Sprintf("bytes=%d-", int64(stop)))
	req.Header.Set("If-Range", res.Header.Get("ETag"))
	res2, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res2.Body.Close()
	want := fmt.Sprintf("bytes %d-%d/%d", int64(stop), int64(size-1), int64(size))
	if res2.StatusCode != http.StatusPartialContent || res2.Header.Get("Content-Range") != want {
		t.Fatalf("resume: %d, Content-Range %q, want %q", res2.StatusCode, res2.Header.Get("Content-Range"), want)
	}
	n, err := io.Copy(got, res2.Body)
	if err != nil || n != size-stop {
		t.Fatalf("resume read %d of %d: %v", n, int64(size-stop), err)
	}
	if sum := hex.EncodeToString(got.Sum(nil)); sum != onChain || sum != digest {
		t.Fatalf("stopped + resumed download sha256 %s; on chain %s", sum, onChain)
	}

	// A range past 4 GiB is the generator's bytes exactly.
	from := int64(size - 3<<20 - 5)
	res3, tail, err := d.get(file, ck, "Range", fmt.Sprintf("bytes=%d-%d", from, from+99))
	if err != nil || res3.StatusCode != http.StatusPartialContent || len(tail) != 100 {
		t.Fatalf("range past 4 GiB: %d, %d bytes, %v", res3.StatusCode, len(tail), err)
	}
	p := newBigPlain(size)
	if _, err := io.CopyN(io.Discard, p, from); err != nil {
		t.Fatal(err)
	}
	wantTail := make([]byte, 100)
	if _, err := io.ReadFull(p, wantTail); err != nil {
		t.Fatal(err)
	}
	if string(tail) != string(wantTail) {
		t.Fatalf("range past 4 GiB differs from the file: %x… vs %x…", tail[:8], wantTail[:8])
	}
	if strings.Contains(d.logs.String(), "download cut short") {
		t.Fatalf("a download was cut short: %s", d.logs.String())
	}
}
