package ipfs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/apperr"
)

func randomBytes(n int, seed uint64) []byte {
	b := make([]byte, n)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func catAll(t *testing.T, n *Node, c cid.Cid) []byte {
	t.Helper()
	r, err := n.Cat(context.Background(), c)
	if err != nil {
		t.Fatalf("Cat %s: %v", c, err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("read %s: %v", c, err)
	}
	return b
}

func TestAddCat_RoundTripIsByteIdentical(t *testing.T) {
	n, _ := openNode(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		size int
	}{
		{"empty", 0},
		{"one byte", 1},
		{"exactly 1 MiB", mib},
		{"2 MiB + 1", 2*mib + 1},
		{"5 MiB + 12345 random", 5*mib + 12345},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := randomBytes(tc.size, uint64(tc.size))
			got, err := n.Add(ctx, bytes.NewReader(data))
			if err != nil {
				t.Fatalf("Add: %v", err)
			}
			if got.Size != int64(tc.size) {
				t.Errorf("Size = %d, want %d", got.Size, tc.size)
			}
			if want := sha256.Sum256(data); got.SHA256 != want {
				t.Errorf("SHA256 = %x, want %x", got.SHA256, want)
			}
			if back := catAll(t, n, got.CID); !bytes.Equal(back, data) {
				t.Fatalf("Cat returned %d bytes that differ from the %d added", len(back), len(data))
			}
			pinned, err := n.IsPinned(ctx, got.CID)
			if err != nil || !pinned {
				t.Errorf("IsPinned = %v, %v; want true", pinned, err)
			}
		})
	}
}

func TestCat_SeeksInsideALargeFile(t *testing.T) {
	n, _ := openNode(t)
	ctx := context.Background()
	data := randomBytes(3*mib+7, 42)
	added, err := n.Add(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	r, err := n.Cat(ctx, added.CID)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	off := int64(2*mib - 3) // straddles the second and third chunk
	if _, err := r.Seek(off, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 10)
	if _, err := io.ReadFull(r, buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf, data[off:off+10]) {
		t.Errorf("bytes at %d = %x, want %x", off, buf, data[off:off+10])
	}
}

func TestCat_UnknownCIDIsNotFound(t *testing.T) {
	n, _ := openNode(t)
	c, _ := cid.Decode("bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm") // "a", never added
	_, err := n.Cat(context.Background(), c)
	if apperr.KindOf(err) != apperr.NotFound {
		t.Fatalf("Cat of a missing CID: err = %v (kind %v), want NotFound", err, apperr.KindOf(err))
	}
	if ok, err := n.Has(context.Background(), c); err != nil || ok {
		t.Errorf("Has = %v, %v; want false", ok, err)
	}
	if err := n.Pin(context.Background(), c); apperr.KindOf(err) != apperr.NotFound {
		t.Errorf("Pin of a missing CID: err = %v, want NotFound", err)
	}
}

func TestNode_ContentAndPinsSurviveReopen(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	n, err := Open(ctx, dir, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	data := randomBytes(2*mib+1, 7)
	added, err := n.Add(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	other, err := n.Add(ctx, strings.NewReader("unpinned later"))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Unpin(ctx, other.CID); err != nil {
		t.Fatal(err)
	}
	before, err := n.Stat(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 3 leaves + 1 root, and the small file's single raw leaf.
	if before.Blocks != 5 {
		t.Errorf("Stat.Blocks = %d, want 5", before.Blocks)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}

	n, err = Open(ctx, dir, testLogger(t))
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer n.Close()
	if err := n.Ready(ctx); err != nil {
		t.Errorf("Ready after reopen: %v", err)
	}
	if back := catAll(t, n, added.CID); !bytes.Equal(back, data) {
		t.Error("content changed across Close and Open")
	}
	for c, want := range map[cid.Cid]bool{added.CID: true, other.CID: false} {
		if pinned, err := n.IsPinned(ctx, c); err != nil || pinned != want {
			t.Errorf("IsPinned(%s) after reopen = %v, %v; want %v", c, pinned, err, want)
		}
	}
	after, err := n.Stat(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Blocks != before.Blocks || after.DiskBytes == 0 {
		t.Errorf("Stat after reopen = %+v, before %+v", after, before)
	}
}

func TestAdd_ReaddingStoresNothingNew(t *testing.T) {
	n, _ := openNode(t)
	ctx := context.Background()
	data := randomBytes(3*mib, 3)
	first, err := n.Add(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	s1, _ := n.Stat(ctx)
	second, err := n.Add(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	s2, _ := n.Stat(ctx)
	if !first.CID.Equals(second.CID) || s1.Blocks != s2.Blocks || s1.Blocks != 4 {
		t.Errorf("re-add: CIDs %s, %s; blocks %d then %d (want 4 both)", first.CID, second.CID, s1.Blocks, s2.Blocks)
	}
	if err := n.Pin(ctx, first.CID); err != nil {
		t.Errorf("Pin of a pinned CID: %v", err)
	}
	if err := n.Unpin(ctx, first.CID); err != nil {
		t.Fatal(err)
	}
	if err := n.Unpin(ctx, first.CID); err != nil {
		t.Errorf("Unpin of an unpinned CID: %v", err)
	}
	if err := n.Pin(ctx, first.CID); err != nil {
		t.Errorf("Pin of a stored DAG: %v", err)
	}
	if ok, _ := n.IsPinned(ctx, first.CID); !ok {
		t.Error("not pinned after Pin")
	}
}

// cancelAfter is a reader that cancels ctx once it has served limit bytes,
// then keeps serving: the import itself must notice.
type cancelAfter struct {
	r      io.Reader
	limit  int64
	read   int64
	cancel context.CancelFunc
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += int64(n)
	if c.read >= c.limit {
		c.cancel()
	}
	return n, err
}

func TestAdd_CancelledImportPinsNothing(t *testing.T) {
	n, _ := openNode(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := &cancelAfter{r: testData(64 * mib), limit: 5 * mib, cancel: cancel}
	_, err := n.Add(ctx, r)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Add err = %v, want context.Canceled", err)
	}
	if r.read >= 64*mib {
		t.Errorf("the import read all %d bytes after cancellation", r.read)
	}
	var pins int
	for p := range n.pins.RecursiveKeys(context.Background(), false) {
		if p.Err != nil {
			t.Fatal(p.Err)
		}
		pins++
	}
	if pins != 0 {
		t.Errorf("%d pins after a cancelled import, want 0", pins)
	}
}

// failingReader fails after some bytes, like a dropped upload.
type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("connection reset")
	}
	k := min(len(p), f.n)
	f.n -= k
	return k, nil
}

func TestAdd_ReadErrorIsWrappedAndPinsNothing(t *testing.T) {
	n, _ := openNode(t)
	_, err := n.Add(context.Background(), &failingReader{n: 3*mib + 5})
	if err == nil || !strings.Contains(err.Error(), "connection reset") {
		t.Fatalf("Add err = %v, want the reader's error", err)
	}
	for p := range n.pins.RecursiveKeys(context.Background(), false) {
		t.Errorf("pinned %s after a failed import", p.Pin.Key)
	}
}

func TestOpen_SecondOpenOnSameDirFailsWithoutHarm(t *testing.T) {
	n, dir := openNode(t)
	ctx := context.Background()
	data := randomBytes(mib+3, 9)
	added, err := n.Add(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if second, err := Open(ctx, dir, testLogger(t)); err == nil {
		second.Close()
		t.Fatal("a second Open on the same dir succeeded")
	}
	if back := catAll(t, n, added.CID); !bytes.Equal(back, data) {
		t.Error("first node's content changed after the refused second Open")
	}
	if _, err := n.Add(ctx, strings.NewReader("still writable")); err != nil {
		t.Errorf("first node cannot write after the refused second Open: %v", err)
	}
}

func TestReady_FailsAfterClose(t *testing.T) {
	dir := t.TempDir()
	n, err := Open(context.Background(), dir, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Ready(context.Background()); err != nil {
		t.Fatalf("Ready: %v", err)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := n.Ready(context.Background()); err == nil {
		t.Error("Ready after Close = nil, want an error")
	}
}

// recount walks the block store, as Open does.
func recount(t *testing.T, n *Node) int64 {
	t.Helper()
	c, err := countBlocks(context.Background(), n.bs.Blockstore)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestStat_ConcurrentIdenticalImportsCountEachBlockOnce(t *testing.T) {
	n, _ := openNode(t)
	ctx := context.Background()
	data := randomBytes(8*mib, 5)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() {
			_, err := n.Add(ctx, bytes.NewReader(data))
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	st, err := n.Stat(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := recount(t, n); st.Blocks != want || want != 9 {
		t.Errorf("Stat.Blocks = %d, blocks on disk %d, want 9", st.Blocks, want)
	}
}

func TestAdd_EveryBlockFileIsWhereDropBehindLooks(t *testing.T) {
	n, _ := openNode(t)
	ctx := context.Background()
	if _, err := n.Add(ctx, bytes.NewReader(randomBytes(2*mib+1, 8))); err != nil {
		t.Fatal(err)
	}
	keys, err := n.bs.AllKeysChan(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for c := range keys {
		found++
		if _, err := os.Stat(n.blockPath(c)); err != nil {
			t.Errorf("block %s: %v", c, err)
		}
	}
	if found != 4 {
		t.Errorf("%d blocks, want 4", found)
	}
}
