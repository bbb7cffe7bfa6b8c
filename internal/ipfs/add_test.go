package ipfs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"sync"
	"testing"
)

// Imports lend their chunk buffers from one pool and give each back once it
// is hashed and written: a buffer handed to the next chunk (of this import
// or another) too early would corrupt a block or a digest. Concurrent
// imports of distinct files, with short last chunks, must each read back
// byte for byte with the right sha256; and the pool must actually be
// reused (a handful of buffers, not one per MiB).
func TestAdd_ConcurrentImportsShareChunkBuffersSafely(t *testing.T) {
	n, _ := openNode(t)
	ctx := context.Background()
	files := make([][]byte, 4)
	for i := range files {
		files[i] = randomBytes(9*mib+1000*i+1, uint64(100+i))
	}
	got := make([]Added, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Go(func() { got[i], errs[i] = n.Add(ctx, bytes.NewReader(f)) })
	}
	wg.Wait()
	for i, f := range files {
		if errs[i] != nil {
			t.Fatalf("file %d: %v", i, errs[i])
		}
		if want := sha256.Sum256(f); got[i].SHA256 != want || got[i].Size != int64(len(f)) {
			t.Errorf("file %d: sha256 %x size %d, want %x %d", i, got[i].SHA256, got[i].Size, want, len(f))
		}
		if back := catAll(t, n, got[i].CID); !bytes.Equal(back, f) {
			t.Errorf("file %d: read back %d bytes that differ from the %d added", i, len(back), len(f))
		}
	}
}

func TestChunkBufs_ReturnOnlyWhenBothReadersAreDone(t *testing.T) {
	c := newChunkBufs()
	b := c.get()
	if len(b) != chunkSize {
		t.Fatalf("len %d, want %d", len(b), chunkSize)
	}
	short := b[:10] // a last chunk
	c.release(short, chunkWritten)
	c.release(short, chunkWritten) // a second release by the same reader counts once
	if len(c.readers) != 1 {
		t.Fatalf("returned before the hasher was done: %d lent", len(c.readers))
	}
	c.release(make([]byte, 10, chunkSize), chunkHashed) // not ours: ignored
	c.release(b, chunkHashed)
	if len(c.readers) != 0 {
		t.Fatalf("%d still lent after both readers released", len(c.readers))
	}
}
