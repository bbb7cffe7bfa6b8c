package upload_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/apperr"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/upload"
)

// dirBuilder is the service's DirBuilder on a real embedded node (as
// cmd/market wires it).
type dirBuilder struct{ n *ipfs.Node }

func (d dirBuilder) BuildDir(ctx context.Context, files []upload.DirEntry) (string, error) {
	dfs := make([]ipfs.DirFile, len(files))
	for i, f := range files {
		c, err := cid.Decode(f.CID)
		if err != nil {
			return "", err
		}
		dfs[i] = ipfs.DirFile{Path: f.Path, CID: c}
	}
	root, err := d.n.AddDir(ctx, dfs)
	return root.String(), err
}

// failingBundles is the real store whose bundle inserts fail while fail is set.
type failingBundles struct {
	*store.Store
	fail bool
}

func (f *failingBundles) CreateBundle(ctx context.Context, b upload.Bundle) error {
	if f.fail {
		return errors.New("database went away")
	}
	return f.Store.CreateBundle(ctx, b)
}

// downDirs is IPFS failing while the directory is built.
type downDirs struct{}

func (downDirs) BuildDir(context.Context, []upload.DirEntry) (string, error) {
	return "", apperr.E(apperr.Unavailable, "The IPFS node does not answer.")
}

type bundleEnv struct {
	svc  *upload.Service
	rows *failingBundles
	node *ipfs.Node
}

func newBundleEnv(t *testing.T, target store.Target, dirs upload.DirBuilder) bundleEnv {
	t.Helper()
	ctx := context.Background()
	rows := &failingBundles{Store: storetest.Open(t, target)}
	node, err := ipfs.Open(ctx, filepath.Join(t.TempDir(), "ipfs"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	if dirs == nil {
		dirs = dirBuilder{node}
	}
	svc, err := upload.NewService(upload.Config{Store: rows.Store, Importer: nodeImporter{node}, Bundles: rows, Dirs: dirs,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	return bundleEnv{svc: svc, rows: rows, node: node}
}

// finish uploads data as a finished upload of owner.
func (e bundleEnv) finish(t *testing.T, id, owner, name string, data []byte) upload.Upload {
	t.Helper()
	u, err := e.svc.Finish(context.Background(), upload.Finished{ID: id, Owner: owner, Name: name,
		MediaType: "application/octet-stream", Size: int64(len(data)), File: bytes.NewReader(data)})
	if err != nil {
		t.Fatalf("Finish %s: %v", id, err)
	}
	return u
}

const alice, bob = "0x00000000000000000000000000000000000A11CE", "0x0000000000000000000000000000000000000B0B"

// modelFolder is a small model folder: path → bytes.
var modelFolder = map[string][]byte{
	"config.json":                []byte(`{"hidden_size": 8}`),
	"model-00001-of-00002.bin":   bytes.Repeat([]byte{1}, 70000),
	"model-00002-of-00002.bin":   bytes.Repeat([]byte{2}, 30000),
	"tokenizer/vocab.txt":        []byte("a\nb\nc\n"),
	"tokenizer/special/eos.json": []byte(`{}`),
	"empty.txt":                  {},
}

func (e bundleEnv) uploadFolder(t *testing.T, owner string) []upload.BundleInput {
	t.Helper()
	var in []upload.BundleInput
	for p, data := range modelFolder {
		id := fmt.Sprintf("%x", sha256.Sum256([]byte(owner+p)))[:32]
		e.finish(t, id, owner, filepath.Base(p), data)
		in = append(in, upload.BundleInput{Path: p, UploadID: id})
	}
	return in
}

func TestCreateBundle_RecordsDirectoryListAndDigest(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		e := newBundleEnv(t, target, nil)
		in := e.uploadFolder(t, alice)
		b, err := e.svc.CreateBundle(ctx, upload.BundleRequest{Owner: alice, Name: "tiny-llm", Files: in})
		if err != nil {
			t.Fatalf("CreateBundle: %v", err)
		}
		if !upload.IsBundleID(b.ID) || b.Name != "tiny-llm" || len(b.Files) != len(modelFolder) {
			t.Fatalf("bundle = %+v", b)
		}
		var total int64
		for i, f := range b.Files {
			data := modelFolder[f.Path]
			total += int64(len(data))
			if f.SHA256 != sha256.Sum256(data) || f.Size != int64(len(data)) {
				t.Errorf("file %q: sha256/size do not match its bytes", f.Path)
			}
			if i > 0 && b.Files[i-1].Path >= f.Path {
				t.Errorf("files not sorted: %q before %q", b.Files[i-1].Path, f.Path)
			}
		}
		if b.Size != total {
			t.Errorf("Size = %d, want %d", b.Size, total)
		}
		if pinned, err := e.node.IsPinned(ctx, cid.MustParse(b.CID)); err != nil || !pinned {
			t.Errorf("root pinned = %v, %v", pinned, err)
		}
		got, err := e.svc.Bundle(ctx, alice, b.ID)
		if err != nil || got.CID != b.CID || got.Digest != b.Digest || len(got.Files) != len(b.Files) {
			t.Fatalf("Bundle = %+v, %v", got, err)
		}
		if _, err := e.svc.Bundle(ctx, bob, b.ID); apperr.KindOf(err) != apperr.NotFound {
			t.Errorf("another owner's Bundle = %v, want NotFound", err)
		}
		// The same folder again is the same bundle (a retry after a lost answer).
		again, err := e.svc.CreateBundle(ctx, upload.BundleRequest{Owner: alice, Name: "other name", Files: in})
		if err != nil || again.ID != b.ID {
			t.Errorf("second CreateBundle = %s, %v; want %s", again.ID, err, b.ID)
		}
		if list, err := e.svc.Bundles(ctx, alice, 10); err != nil || len(list) != 1 {
			t.Errorf("Bundles = %d, %v; want 1", len(list), err)
		}
	})
}

func TestCreateBundle_RefusesWithClearWords(t *testing.T) {
	e := newBundleEnv(t, storetest.SQLiteTarget(t), nil)
	ctx := context.Background()
	u := e.finish(t, "0123456789abcdef0123456789abcdef", alice, "a.bin", []byte("a"))
	bobs := e.finish(t, "fedcba9876543210fedcba9876543210", bob, "b.bin", []byte("b"))
	long := strings.Repeat("x", 256)
	for _, tc := range []struct {
		name  string
		files []upload.BundleInput
		words string
	}{
		{"no files", nil, "at least one file"},
		{"dot dot", []upload.BundleInput{{"a/../b", u.ID}}, "contains . or .."},
		{"absolute", []upload.BundleInput{{"/etc/a", u.ID}}, "is absolute"},
		{"empty segment", []upload.BundleInput{{"a//b", u.ID}}, "empty folder name"},
		{"trailing slash", []upload.BundleInput{{"a/", u.ID}}, "empty folder name"},
		{"backslash", []upload.BundleInput{{`a\b`, u.ID}}, "backslash"},
		{"newline", []upload.BundleInput{{"a\nb", u.ID}}, "control character"},
		{"long name", []upload.BundleInput{{long, u.ID}}, "longer than 255"},
		{"long path", []upload.BundleInput{{strings.Repeat("abcdefghi/", 103) + "x", u.ID}}, "longer than 1024"},
		{"twice", []upload.BundleInput{{"a", u.ID}, {"a", u.ID}}, "twice"},
		{"file and folder", []upload.BundleInput{{"a", u.ID}, {"a/b", u.ID}}, "is a file"},
		{"not finished", []upload.BundleInput{{"a", "nope"}}, "not one of your finished uploads"},
		{"someone else's", []upload.BundleInput{{"a", bobs.ID}}, "not one of your finished uploads"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.svc.CreateBundle(ctx, upload.BundleRequest{Owner: alice, Files: tc.files})
			var ae *apperr.Error
			if !errors.As(err, &ae) || ae.Kind != apperr.Invalid || !strings.Contains(ae.Message, tc.words) {
				t.Fatalf("CreateBundle = %v; want Invalid saying %q", err, tc.words)
			}
		})
	}
	if list, _ := e.svc.Bundles(ctx, alice, 10); len(list) != 0 {
		t.Errorf("%d bundles recorded by refused requests", len(list))
	}
}

// TestCreateBundle_FailureLeavesNoPinAndNoRow: IPFS down, or the database
// failing after the directory was pinned, leaves neither a row nor a root
// pin; the file uploads stay.
func TestCreateBundle_FailureLeavesNoPinAndNoRow(t *testing.T) {
	ctx := context.Background()
	t.Run("ipfs down", func(t *testing.T) {
		e := newBundleEnv(t, storetest.SQLiteTarget(t), downDirs{})
		in := e.uploadFolder(t, alice)
		_, err := e.svc.CreateBundle(ctx, upload.BundleRequest{Owner: alice, Files: in})
		if apperr.KindOf(err) != apperr.Unavailable {
			t.Fatalf("CreateBundle = %v, want Unavailable", err)
		}
		if list, _ := e.svc.Bundles(ctx, alice, 10); len(list) != 0 {
			t.Errorf("%d bundle rows after a failed build", len(list))
		}
		if us, _ := e.svc.List(ctx, alice, 100); len(us) != len(modelFolder) {
			t.Errorf("%d uploads left, want %d", len(us), len(modelFolder))
		}
	})
	t.Run("row fails", func(t *testing.T) {
		e := newBundleEnv(t, storetest.SQLiteTarget(t), nil)
		in := e.uploadFolder(t, alice)
		e.rows.fail = true
		_, err := e.svc.CreateBundle(ctx, upload.BundleRequest{Owner: alice, Files: in})
		if err == nil {
			t.Fatal("CreateBundle succeeded with a failing store")
		}
		// Build the same directory on the side to learn its root.
		e.rows.fail = false
		b, err := e.svc.CreateBundle(ctx, upload.BundleRequest{Owner: alice, Files: in})
		if err != nil {
			t.Fatal(err)
		}
		root := cid.MustParse(b.CID)
		// Now fail again for bob's copy of the same folder: alice's row
		// holds the root, so it must stay pinned.
		bobIn := e.uploadFolder(t, bob)
		e.rows.fail = true
		if _, err := e.svc.CreateBundle(ctx, upload.BundleRequest{Owner: bob, Files: bobIn}); err == nil {
			t.Fatal("bob's CreateBundle succeeded with a failing store")
		}
		if pinned, _ := e.node.IsPinned(ctx, root); !pinned {
			t.Error("a failed bundle unpinned a root another bundle holds")
		}
		// And with no other holder, the failed bundle's root is unpinned.
		e2 := newBundleEnv(t, storetest.SQLiteTarget(t), nil)
		in2 := e2.uploadFolder(t, alice)
		e2.rows.fail = true
		if _, err := e2.svc.CreateBundle(ctx, upload.BundleRequest{Owner: alice, Files: in2}); err == nil {
			t.Fatal("CreateBundle succeeded with a failing store")
		}
		if pinned, _ := e2.node.IsPinned(ctx, root); pinned {
			t.Error("the root of a failed bundle is still pinned")
		}
		if ok, _ := e2.node.Has(ctx, root); !ok {
			t.Error("test is wrong: the failed build did not write the root (same folder, same CID)")
		}
		if us, _ := e2.svc.List(ctx, alice, 100); len(us) != len(modelFolder) {
			t.Errorf("%d uploads left, want %d", len(us), len(modelFolder))
		}
	})
}

// TestRootDigest_EqualsSha256sumOfSortedList checks the README's command
// against the Go definition on a real folder with awkward names (spaces,
// upper case, UTF-8, nesting), when find, sort, xargs and sha256sum exist.
func TestRootDigest_EqualsSha256sumOfSortedList(t *testing.T) {
	files := map[string]string{
		"config.json":           "{}",
		"B upper.txt":           "B",
		"a/b/c.bin":             "c",
		"a/b c/d.txt":           "d",
		"a-b.txt":               "dash",
		"é/ü.txt":               "utf8",
		"tokenizer/vocab.json":  "vocab",
		"tokenizer.json":        "tok",
		"empty":                 "",
		"z/deep/deeper/x.y.z.w": "deep",
	}
	var bfs []upload.BundleFile
	dir := t.TempDir()
	for p, data := range files {
		if err := upload.ValidateBundlePath(p); err != nil {
			t.Fatal(err)
		}
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		bfs = append(bfs, upload.BundleFile{Path: p, SHA256: sha256.Sum256([]byte(data))})
	}
	got := upload.RootDigest(bfs)
	if !strings.Contains(upload.DigestList(bfs), hex.EncodeToString(sha256.New().Sum(nil))+"  empty\n") {
		t.Errorf("DigestList lacks the empty file's line:\n%s", upload.DigestList(bfs))
	}
	for _, tool := range []string{"find", "sort", "xargs", "sha256sum", "sh"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed: the shell check is skipped", tool)
		}
	}
	cmd := exec.Command("sh", "-c", `find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("shell: %v", err)
	}
	shell := strings.Fields(string(out))[0]
	if shell != hex.EncodeToString(got[:]) {
		t.Errorf("RootDigest = %x, the README's shell command = %s\nlist:\n%s", got, shell, upload.DigestList(bfs))
	}
}
