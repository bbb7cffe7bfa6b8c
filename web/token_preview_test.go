package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"github.com/ipfs/go-cid"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"modelmarket/internal/card"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// nodeReader is ContentReader on a real embedded IPFS node (what
// cmd/market wires), counting the files it opens so a test can see the
// cache at work.
type nodeReader struct {
	n    *ipfs.Node
	cats atomic.Int64
}

func (r *nodeReader) Cat(ctx context.Context, s string) (io.ReadSeekCloser, error) {
	r.cats.Add(1)
	c, err := cid.Decode(s)
	if err != nil {
		return nil, err
	}
	return r.n.Cat(ctx, c)
}

func openNode(t *testing.T) *ipfs.Node {
	t.Helper()
	n, err := ipfs.Open(context.Background(), filepath.Join(t.TempDir(), "ipfs"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

func addBytes(t *testing.T, n *ipfs.Node, b []byte) string {
	t.Helper()
	a, err := n.Add(context.Background(), bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return a.CID.String()
}

// testWeights is a safetensors file of 60 tensors: even ones F32 [64, 64],
// odd ones F16 [32, 64]; 184,320 parameters.
func testWeights(t *testing.T) []byte {
	t.Helper()
	header := map[string]any{"__metadata__": map[string]string{"format": "pt"}}
	var off int64
	for i := range 60 {
		dtype, shape, size := "F32", []int{64, 64}, int64(64*64*4)
		if i%2 == 1 {
			dtype, shape, size = "F16", []int{32, 64}, 32*64*2
		}
		header[fmt.Sprintf("layers.%02d.weight", i)] = map[string]any{"dtype": dtype, "shape": shape, "data_offsets": []int64{off, off + size}}
		off += size
	}
	h, err := json.Marshal(header)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	binary.Write(&out, binary.LittleEndian, uint64(len(h)))
	out.Write(h)
	for i := range off {
		out.WriteByte(byte(i))
	}
	return out.Bytes()
}

// testGGUF is a GGUF v3 file: llama, Q4_K_M, context 4096, and two F32
// tensors (256×4 and 256: 1,280 parameters).
func testGGUF() []byte {
	var b bytes.Buffer
	u32 := func(v uint32) { binary.Write(&b, binary.LittleEndian, v) }
	u64 := func(v uint64) { binary.Write(&b, binary.LittleEndian, v) }
	str := func(s string) { u64(uint64(len(s))); b.WriteString(s) }
	const typeU32, typeString = 4, 8
	b.WriteString("GGUF")
	u32(3)
	u64(2) // tensors
	u64(3) // KVs
	str("general.architecture")
	u32(typeString)
	str("llama")
	str("general.file_type")
	u32(typeU32)
	u32(15)
	str("llama.context_length")
	u32(typeU32)
	u32(4096)
	var off uint64
	for _, t := range []struct {
		name string
		dims []uint64
	}{{"token_embd.weight", []uint64{256, 4}}, {"output_norm.weight", []uint64{256}}} {
		str(t.name)
		u32(uint32(len(t.dims)))
		n := uint64(1)
		for _, d := range t.dims {
			u64(d)
			n *= d
		}
		u32(0) // F32
		u64(off)
		off += n * 4
	}
	for b.Len()%32 != 0 {
		b.WriteByte(0)
	}
	b.Write(make([]byte, off))
	return b.Bytes()
}

// testPickle references os.system: the static scan must call it dangerous.
var testPickle = []byte("\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00lsq\x01\x85q\x02Rq\x03.")

func sha(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }

// seedModelToken writes one model token row pointing at metadataCID.
func seedModelToken(t *testing.T, target store.Target, id uint64, kind, title, metadataCID, format, animation string, params int64) {
	t.Helper()
	db, err := gorm.Open(sqlite.Open("file:"+target.DSN+"?_pragma=busy_timeout(10000)"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	}()
	err = db.Exec(`INSERT INTO tokens (token_id, creator, owner, metadata_cid, digest, royalty_receiver, minted_block,
		minted_at, mint_tx, metadata_state, kind, title, format, animation_url, parameter_count)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		id, creatorA, creatorA, metadataCID, "0x00", creatorA, id, time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC),
		fmt.Sprintf("0xmint%d", id), "ok", kind, title, format, animation, params).Error
	if err != nil {
		t.Fatal(err)
	}
}

func metadataJSON(t *testing.T, name string, files []card.File) []byte {
	t.Helper()
	m := card.Metadata{Name: name, Properties: &card.Properties{Format: "safetensors", Files: files}}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestTokenPage_ModelStructure: a model token's page lists the files its
// metadata names (size, sha256) and what the safetensors header says — the
// first 50 tensors, "and 10 more", the parameter count and bytes by dtype —
// read from a real IPFS node; an encrypted file says only license holders
// see its structure; a pickle shows the warning and its dangerous import;
// a GGUF shows architecture, quantization and context length; a damaged
// header says so in words.
// A second view reads nothing from IPFS (cached); metadata that is not on
// the node yet gives a note, and the page shows the structure once it is.
func TestTokenPage_ModelStructure(t *testing.T) {
	node := openNode(t)
	reader := &nodeReader{n: node}
	target := storetest.SQLiteTarget(t)
	st := storetest.Open(t, target)
	e, _ := newTestServer(t, func(c *Config) {
		c.Market = &MarketConfig{Listings: listing.NewService(st), Content: reader}
	})

	weights := testWeights(t)
	weightsCID := addBytes(t, node, weights)
	pickleCID := addBytes(t, node, testPickle)
	config := []byte(`{"hidden_size": 64}`)
	configCID := addBytes(t, node, config)
	folder := metadataJSON(t, "Tiny folder model", []card.File{
		{Name: "config.json", URI: "ipfs://" + configCID, Size: int64(len(config)), SHA256: sha(config)},
		{Name: "model.safetensors", URI: "ipfs://" + weightsCID, Size: int64(len(weights)), SHA256: sha(weights)},
		{Name: "private/extra.safetensors", URI: "ipfs://" + pickleCID, Size: 123456789, SHA256: strings.Repeat("ab", 32),
			Encryption: json.RawMessage(`{"scheme":"tink-streaming-aead-v1"}`)},
	})
	seedModelToken(t, target, 1, "model", "Tiny folder model", addBytes(t, node, folder), "safetensors", "", 184320)
	pickled := metadataJSON(t, "Pickled", []card.File{{Name: "weights.pt", URI: "ipfs://" + pickleCID, Size: int64(len(testPickle)), SHA256: sha(testPickle)}})
	seedModelToken(t, target, 2, "model", "Pickled", addBytes(t, node, pickled), "pickle", "", 0)

	gguf := testGGUF()
	ggufMeta := metadataJSON(t, "Tiny llama", []card.File{{Name: "tiny.gguf", URI: "ipfs://" + addBytes(t, node, gguf), Size: int64(len(gguf)), SHA256: sha(gguf)}})
	seedModelToken(t, target, 4, "model", "Tiny llama", addBytes(t, node, ggufMeta), "gguf", "", 1280)

	damaged := append([]byte{0x10, 0, 0, 0, 0, 0, 0, 0}, []byte(`{"a": {"dtype": "F32"`)...)
	damagedMeta := metadataJSON(t, "Damaged", []card.File{{Name: "bad.safetensors", URI: "ipfs://" + addBytes(t, node, damaged), Size: int64(len(damaged)), SHA256: sha(damaged)}})
	seedModelToken(t, target, 5, "model", "Damaged", addBytes(t, node, damagedMeta), "safetensors", "", 0)

	// Metadata whose CID is known but whose bytes this node does not hold yet.
	later := metadataJSON(t, "Arrives later", []card.File{{Name: "late.safetensors", URI: "ipfs://" + weightsCID, Size: int64(len(weights)), SHA256: sha(weights)}})
	laterCID := addBytes(t, openNode(t), later)
	seedModelToken(t, target, 3, "model", "Arrives later", laterCID, "safetensors", "", 0)

	page := func(id int) string {
		t.Helper()
		rec := serve(e, newRequest(http.MethodGet, fmt.Sprintf("/token/%d", id)))
		if rec.Code != http.StatusOK {
			t.Fatalf("/token/%d: %d %.300s", id, rec.Code, rec.Body.String())
		}
		return rec.Body.String()
	}
	check := func(name, body string, want, not []string) {
		t.Helper()
		for _, w := range want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: the page lacks %q", name, w)
			}
		}
		for _, n := range not {
			if strings.Contains(body, n) {
				t.Errorf("%s: the page shows %q", name, n)
			}
		}
	}

	body := page(1)
	check("folder", body, []string{
		`data-token-structure`,
		`data-structure-file="config.json"`, `data-structure-file="model.safetensors"`, `data-structure-file="private/extra.safetensors"`,
		sha(weights), sha(config), "117.7 MiB", // 123456789 bytes
		`data-structure-weights="model.safetensors"`,
		"<code>layers.00.weight</code>", "<code>layers.49.weight</code>", "… and 10 more tensors.",
		`<td>F32</td><td>[64, 64]</td><td>4,096</td>`, `<td>F16</td><td>[32, 64]</td><td>2,048</td>`,
		`data-structure-fact="Parameters"><dt>Parameters</dt><dd>184,320</dd>`,
		`data-structure-fact="Tensors"><dt>Tensors</dt><dd>60</dd>`,
		`data-structure-fact="Bytes by dtype"><dt>Bytes by dtype</dt><dd>F16 120.0 KiB, F32 480.0 KiB</dd>`,
		`data-structure-weights="private/extra.safetensors"`, "Encrypted: the structure is shown to license holders.",
	}, []string{"<code>layers.50.weight</code>", "data-structure-pickle", "data-token-animation", "js/token3d"})
	if strings.Count(body, "data-structure-weights=") != 2 {
		t.Errorf("config.json is not weights: want 2 weights sections, got %d", strings.Count(body, "data-structure-weights="))
	}

	check("pickle", page(2), []string{`data-structure-weights="weights.pt"`, "data-structure-pickle",
		"This file can run code when it is loaded.", "<code>os.system (dangerous)</code>"}, []string{"data-structure-tensors"})

	check("gguf", page(4), []string{`data-structure-weights="tiny.gguf"`,
		`data-structure-fact="Architecture"><dt>Architecture</dt><dd>llama</dd>`,
		`data-structure-fact="Quantization"><dt>Quantization</dt><dd>Q4_K_M</dd>`,
		`data-structure-fact="Context length"><dt>Context length</dt><dd>4,096</dd>`,
		`data-structure-fact="Parameters"><dt>Parameters</dt><dd>1,280</dd>`,
		"<code>token_embd.weight</code>", `<td>F32</td><td>[256, 4]</td><td>1,024</td>`}, nil)

	check("damaged", page(5), []string{`data-structure-weights="bad.safetensors"`, "data-structure-problem", "Its header does not parse ("},
		[]string{"data-structure-tensors"})

	// Cached: the same pages again open nothing on IPFS.
	before := reader.cats.Load()
	page(1)
	page(2)
	page(4)
	if n := reader.cats.Load() - before; n != 0 {
		t.Errorf("second views opened %d files on IPFS, want 0 (cached by metadata CID)", n)
	}

	// Not there yet: a note, and no cached failure once it arrives.
	check("missing", page(3), []string{"data-structure-note", "could not be read from IPFS right now"}, []string{"late.safetensors"})
	if got := addBytes(t, node, later); got != laterCID {
		t.Fatalf("metadata CID %s on one node, %s on the other", laterCID, got)
	}
	check("arrived", page(3), []string{`data-structure-weights="late.safetensors"`, "<code>layers.00.weight</code>"}, []string{"data-structure-note"})
}

// TestTokenPage_AnimationSlot: an art token with an animation_url gets the
// slot js/token3d.js fills (the gateway URL, the image as poster) and no
// model structure; a model page without a content reader still renders.
func TestTokenPage_AnimationSlot(t *testing.T) {
	target := storetest.SQLiteTarget(t)
	st := storetest.Open(t, target)
	e, _ := newTestServer(t, func(c *Config) { c.Market = &MarketConfig{Listings: listing.NewService(st)} })
	seedModelToken(t, target, 1, "art", "Chair", "bafymeta", "", "ipfs://bafychair", 0)
	seedModelToken(t, target, 2, "model", "No reader", "bafymeta2", "safetensors", "", 0)

	rec := serve(e, newRequest(http.MethodGet, "/token/1"))
	body := rec.Body.String()
	for _, w := range []string{`data-token-animation data-src="http://localhost:8081/ipfs/bafychair"`, "/static/js/token3d.", "Loading the preview…"} {
		if !strings.Contains(body, w) {
			t.Errorf("art page lacks %q", w)
		}
	}
	if strings.Contains(body, "data-token-structure") {
		t.Error("art page shows a model structure")
	}
	rec = serve(e, newRequest(http.MethodGet, "/token/2"))
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "data-token-structure") || strings.Contains(rec.Body.String(), "token3d") {
		t.Errorf("model page without a content reader: %d", rec.Code)
	}
}

// TestSeekReaderAt_ReadsLikeAFile: the ReaderAt inspect reads through
// returns the bytes at any offset, in any order, and io.EOF at the end.
func TestSeekReaderAt_ReadsLikeAFile(t *testing.T) {
	data := []byte("0123456789abcdef")
	f, err := os.CreateTemp(t.TempDir(), "f")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.Write(data)
	r := &seekReaderAt{r: f, pos: -1}
	for _, c := range []struct {
		off  int64
		n    int
		want string
		eof  bool
	}{{0, 4, "0123", false}, {4, 4, "4567", false}, {2, 3, "234", false}, {14, 4, "ef", true}, {16, 1, "", true}} {
		p := make([]byte, c.n)
		n, err := r.ReadAt(p, c.off)
		if string(p[:n]) != c.want || (err == io.EOF) != c.eof || (err != nil && err != io.EOF) {
			t.Errorf("ReadAt(%d, %d) = %q, %v; want %q (eof %v)", c.off, c.n, p[:n], err, c.want, c.eof)
		}
	}
}

// TestLRU_EvictsLeastRecentlyUsed keeps the cache bounded.
func TestLRU_EvictsLeastRecentlyUsed(t *testing.T) {
	c := newLRU[int](2)
	c.add("a", 1)
	c.add("b", 2)
	c.get("a") // a is now the most recent
	c.add("c", 3)
	if _, ok := c.get("b"); ok {
		t.Error("b survived; it was the least recently used")
	}
	for k, want := range map[string]int{"a": 1, "c": 3} {
		if v, ok := c.get(k); !ok || v != want {
			t.Errorf("get(%s) = %d, %v", k, v, ok)
		}
	}
}
