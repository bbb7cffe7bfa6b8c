package ipfs

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/boxo/files"
	"github.com/ipfs/boxo/ipld/merkledag"
	unixfs "github.com/ipfs/boxo/ipld/unixfs"
	unixfspb "github.com/ipfs/boxo/ipld/unixfs/pb"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"modelmarket/internal/apperr"
)

// dirAdder is what these tests need beyond Content: both implementations
// have AddDir.
type dirAdder interface {
	Content
	AddDir(ctx context.Context, files []DirFile) (cid.Cid, error)
}

// treeFile is one file of a test folder: its path and how to make its bytes
// (a fresh reader each call, so big files are generated, never held).
type treeFile struct {
	path string
	size int64
	seed uint64 // testDataFrom(seed, size)
}

func (f treeFile) open() io.Reader { return testDataFrom(f.seed, f.size) }

// hamtEntries is how many files the test puts in one directory: about 60
// bytes of dag-pb link each, 5000 are over the profile's 256 KiB threshold,
// so that directory must become a HAMT.
const hamtEntries = 5000

// nestedFolder is the folder of the parity test: nested folders, an empty
// file, 1 byte, exactly 1 MiB, 1 MiB + 1, and one directory large enough to
// be sharded. Seeds differ from other tests' so Kubo's shared node holds
// nothing of it beforehand.
func nestedFolder() []treeFile {
	fs := []treeFile{
		{"config.json", 300, 9100},
		{"empty.txt", 0, 9101},
		{"one-byte.bin", 1, 9102},
		{"weights/exactly-1MiB.bin", mib, 9103},
		{"weights/1MiB-plus-1.bin", mib + 1, 9104},
		{"tokenizer/deep/nested/vocab.txt", 5000, 9105},
		{"tokenizer/merges.txt", 7000, 9106},
	}
	for i := range hamtEntries {
		// Eight distinct contents under 5000 names: the directory is big,
		// the bytes are few.
		fs = append(fs, treeFile{fmt.Sprintf("shards/part-%05d-of-%05d.bin", i, hamtEntries), 64, 9200 + uint64(i%8)})
	}
	return fs
}

// nestedFolderCID is Kubo v0.42.0's `ipfs add -r` of nestedFolder() (a
// node with `ipfs config profile apply unixfs-v1-2025`), so the embedded
// node is checked even where no Kubo runs.
const nestedFolderCID = "bafybeif2ok5q6qgmgvgwu5wpsxjzc55nh6yw5mayjqds6hybnpz4z2fjpq"

// addTree adds each distinct content of fs once and returns the DirFiles.
func addTree(t *testing.T, c Content, fs []treeFile) []DirFile {
	t.Helper()
	type key struct {
		seed uint64
		size int64
	}
	added := map[key]cid.Cid{}
	var out []DirFile
	for _, f := range fs {
		k := key{f.seed, f.size}
		if _, ok := added[k]; !ok {
			a, err := c.Add(context.Background(), f.open())
			if err != nil {
				t.Fatalf("Add %s: %v", f.path, err)
			}
			added[k] = a.CID
		}
		out = append(out, DirFile{Path: f.path, CID: added[k]})
	}
	return out
}

// kuboAddR asks the test Kubo what `ipfs add -r root/` gives for fs (with
// only-hash: nothing is stored or pinned), streaming each file's bytes.
func kuboAddR(t *testing.T, fs []treeFile) string {
	t.Helper()
	k, ok := openTestKubo(t).(*Kubo)
	if !ok {
		t.Fatal("openTestKubo did not return *Kubo")
	}
	top := testTree{}
	for _, f := range fs {
		d := top
		segs := strings.Split(f.path, "/")
		for _, s := range segs[:len(segs)-1] {
			sub, ok := d[s].(testTree)
			if !ok {
				sub = testTree{}
				d[s] = sub
			}
			d = sub
		}
		d[segs[len(segs)-1]] = f
	}
	root := files.NewMapDirectory(map[string]files.Node{"root": toFiles(top)})
	mfr := files.NewMultiFileReader(root, true, false)
	args := maps.Clone(kuboAddParams)
	args.Set("only-hash", "true")
	args.Set("pin", "false")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	resp, err := k.post(ctx, "add", args, mfr, "multipart/form-data; boundary="+mfr.Boundary())
	if err != nil {
		t.Fatalf("kubo add -r: %v", err)
	}
	c, err := readAddAnswer(resp)
	if err != nil {
		t.Fatalf("kubo add -r: %v", err)
	}
	return c
}

// testTree is a folder for kuboAddR: names to treeFile or testTree.
type testTree map[string]any

// toFiles turns t into boxo's files.Directory, each file a reader made
// when the tree is built (the bytes are generated as Kubo reads them).
func toFiles(t testTree) files.Directory {
	out := map[string]files.Node{}
	for name, n := range t {
		switch n := n.(type) {
		case testTree:
			out[name] = toFiles(n)
		case treeFile:
			out[name] = files.NewReaderFile(n.open())
		}
	}
	return files.NewMapDirectory(out)
}

// TestAddDir_MatchesKuboAddR protects the folder promise: a directory built
// from already-imported file CIDs has the root CID that `ipfs add -r` gives
// the same folder under the unixfs-v1-2025 profile, nested folders, edge
// sizes and a HAMT-sharded directory included.
func TestAddDir_MatchesKuboAddR(t *testing.T) {
	fs := nestedFolder()
	live := ""
	if os.Getenv("MARKET_TEST_KUBO_API") != "" {
		live = kuboAddR(t, fs)
		if live != nestedFolderCID {
			t.Errorf("live Kubo add -r = %s, recorded %s (Kubo or its profile changed?)", live, nestedFolderCID)
		}
	}
	eachContent(t, func(t *testing.T, c Content) {
		da := c.(dirAdder)
		ctx := context.Background()
		dfs := addTree(t, c, fs)
		start := time.Now()
		root, err := da.AddDir(ctx, dfs)
		if err != nil {
			t.Fatalf("AddDir: %v", err)
		}
		t.Logf("AddDir of %d files: %s", len(dfs), time.Since(start).Round(time.Millisecond))
		if root.String() != nestedFolderCID {
			t.Errorf("root = %s, Kubo's add -r = %s", root, nestedFolderCID)
		}
		if pinned, err := c.IsPinned(ctx, root); err != nil || !pinned {
			t.Errorf("IsPinned(root) = %v, %v; want true", pinned, err)
		}
		if n, ok := c.(*Node); ok {
			checkShardsIsHAMT(t, n, root)
		}
		// Built again (a retry), it is the same root and still succeeds.
		again, err := da.AddDir(ctx, dfs)
		if err != nil || again != root {
			t.Errorf("second AddDir = %s, %v; want %s", again, err, root)
		}
	})
}

// TestAddDir_300MiBFileMatchesKubo checks a folder whose file spans many
// 1 MiB leaves and two levels of the balanced DAG, streamed (never in
// memory) on both sides. Only with a Kubo to compare with.
func TestAddDir_300MiBFileMatchesKubo(t *testing.T) {
	if os.Getenv("MARKET_TEST_KUBO_API") == "" {
		t.Skip("needs MARKET_TEST_KUBO_API: the reference is Kubo's add -r")
	}
	if testing.Short() {
		t.Skip("300 MiB skipped with -short")
	}
	fs := []treeFile{
		{"model/model.safetensors", 300 * mib, 9300},
		{"model/config.json", 512, 9301},
	}
	start := time.Now()
	want := kuboAddR(t, fs)
	t.Logf("Kubo add -r --only-hash of 300 MiB: %s", time.Since(start).Round(time.Millisecond))
	n, _ := openNode(t)
	start = time.Now()
	dfs := addTree(t, n, fs)
	t.Logf("embedded Add of 300 MiB: %s", time.Since(start).Round(time.Millisecond))
	root, err := n.AddDir(context.Background(), dfs)
	if err != nil {
		t.Fatalf("AddDir: %v", err)
	}
	if root.String() != want {
		t.Errorf("root = %s, Kubo's add -r = %s", root, want)
	}
}

func TestAddDir_RefusesBadPaths(t *testing.T) {
	n, _ := openNode(t)
	ctx := context.Background()
	a, err := n.Add(ctx, bytes.NewReader([]byte("x")))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		paths []string
	}{
		{"none", nil},
		{"empty segment", []string{"a//b"}},
		{"dot dot", []string{"a/../b"}},
		{"absolute", []string{"/a"}},
		{"twice", []string{"a/b", "a/b"}},
		{"file and folder", []string{"a", "a/b"}},
		{"folder and file", []string{"a/b", "a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var dfs []DirFile
			for _, p := range tc.paths {
				dfs = append(dfs, DirFile{Path: p, CID: a.CID})
			}
			_, err := n.AddDir(ctx, dfs)
			if apperr.KindOf(err) != apperr.Invalid {
				t.Fatalf("AddDir(%q) = %v, want an Invalid error", tc.paths, err)
			}
		})
	}
}

// TestAddDir_MissingFilePinsNothing: a file root that is not stored fails
// the build before any block is written or pinned.
func TestAddDir_MissingFilePinsNothing(t *testing.T) {
	eachContent(t, func(t *testing.T, c Content) {
		ctx := context.Background()
		a, err := c.Add(ctx, bytes.NewReader([]byte("present "+t.Name())))
		if err != nil {
			t.Fatal(err)
		}
		missing, err := cid.V1Builder{Codec: cid.Raw, MhType: multihash.SHA2_256}.Sum(randomBytes(64, uint64(time.Now().UnixNano())))
		if err != nil {
			t.Fatal(err)
		}
		before := statBlocks(t, c)
		_, err = c.(dirAdder).AddDir(ctx, []DirFile{{"a.txt", a.CID}, {"b.txt", missing}})
		if apperr.KindOf(err) != apperr.NotFound {
			t.Fatalf("AddDir with a missing file = %v, want NotFound", err)
		}
		if after := statBlocks(t, c); before >= 0 && after != before {
			t.Errorf("blocks %d → %d: a failed AddDir wrote blocks", before, after)
		}
	})
}

func statBlocks(t *testing.T, c Content) int64 {
	t.Helper()
	st, err := c.Stat(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Blocks
}

// checkShardsIsHAMT makes sure the test crosses the sharding threshold (and
// the top directory does not): otherwise parity would prove less.
func checkShardsIsHAMT(t *testing.T, n *Node, root cid.Cid) {
	t.Helper()
	ctx := context.Background()
	typeOf := func(c cid.Cid) unixfspb.Data_DataType {
		nd, err := n.dag.Get(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		pn, ok := nd.(*merkledag.ProtoNode)
		if !ok {
			t.Fatalf("%s is not dag-pb", c)
		}
		fsn, err := unixfs.FSNodeFromBytes(pn.Data())
		if err != nil {
			t.Fatal(err)
		}
		return fsn.Type()
	}
	if got := typeOf(root); got != unixfs.TDirectory {
		t.Errorf("root type = %v, want a plain directory", got)
	}
	nd, err := n.dag.Get(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	l, _, err := nd.ResolveLink([]string{"shards"})
	if err != nil {
		t.Fatal(err)
	}
	if got := typeOf(l.Cid); got != unixfs.THAMTShard {
		t.Errorf("shards/ type = %v, want a HAMT shard (%d entries)", got, hamtEntries)
	}
}
