package ipfs

import (
	"context"
	"sync"

	ipld "github.com/ipfs/go-ipld-format"
)

// asyncWriter writes the importer's blocks on background goroutines, so
// that writing (and waiting for the device, see dropBehind) overlaps with
// the importer hashing the next chunks. The queue bounds memory to a few
// blocks.
type asyncWriter struct {
	ipld.DAGService // Get etc. pass through; the importer only adds

	ctx    context.Context
	queue  chan ipld.Node
	wg     sync.WaitGroup
	mu     sync.Mutex
	err    error
	closed bool
}

// newAsyncWriter starts writers goroutines that add each queued node to dst
// and then call done with it and whether it was stored; nodes skipped after
// an error are passed with false. done may be nil.
func newAsyncWriter(ctx context.Context, dst ipld.DAGService, writers, depth int, done func(nd ipld.Node, stored bool)) *asyncWriter {
	w := &asyncWriter{DAGService: dst, ctx: ctx, queue: make(chan ipld.Node, depth)}
	for range writers {
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			for nd := range w.queue {
				stored := false
				if w.firstErr() == nil { // else drain
					err := dst.Add(ctx, nd)
					w.setErr(err)
					stored = err == nil
				}
				if done != nil {
					done(nd, stored)
				}
			}
		}()
	}
	return w
}

func (w *asyncWriter) firstErr() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// setErr records err unless nil or an error was already recorded.
func (w *asyncWriter) setErr(err error) {
	if err == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
}

// Add queues nd; it fails with the first write error seen so far.
func (w *asyncWriter) Add(ctx context.Context, nd ipld.Node) error {
	if err := w.firstErr(); err != nil {
		return err
	}
	select {
	case w.queue <- nd:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-w.ctx.Done():
		return w.ctx.Err()
	}
}

func (w *asyncWriter) AddMany(ctx context.Context, nds []ipld.Node) error {
	for _, nd := range nds {
		if err := w.Add(ctx, nd); err != nil {
			return err
		}
	}
	return nil
}

// Commit waits for every queued block to be written and returns the first
// error. Call it once, after the last Add.
func (w *asyncWriter) Commit() error {
	w.mu.Lock()
	if !w.closed {
		w.closed = true
		close(w.queue)
	}
	w.mu.Unlock()
	w.wg.Wait()
	return w.firstErr()
}

// chunkPool holds idle chunk buffers, shared by all imports.
var chunkPool = sync.Pool{New: func() any { return new([chunkSize]byte) }}

// Who still reads a chunk handed out by chunkBufs.get.
const (
	chunkHashed  uint8 = 1 << iota // the whole-file hasher
	chunkWritten                   // the block writer
)

// chunkBufs lends an import its chunk buffers from chunkPool and takes each
// back once both its readers (chunkHashed, chunkWritten) have released it.
// A chunk that never comes back (an import that failed half-way) is left to
// the GC.
type chunkBufs struct {
	mu      sync.Mutex
	readers map[*byte]uint8 // first byte of a lent chunk → who still reads it
}

func newChunkBufs() *chunkBufs { return &chunkBufs{readers: map[*byte]uint8{}} }

// get lends a chunk of chunkSize bytes.
func (c *chunkBufs) get() []byte {
	b := chunkPool.Get().(*[chunkSize]byte)
	c.mu.Lock()
	c.readers[&b[0]] = chunkHashed | chunkWritten
	c.mu.Unlock()
	return b[:]
}

// release records that who is done with b (a chunk or a slice of one from
// its start) and returns the chunk to the pool when nobody reads it any
// more. Other slices (a dag-pb node's bytes) are ignored, as is a second
// release by the same reader.
func (c *chunkBufs) release(b []byte, who uint8) {
	if cap(b) != chunkSize {
		return
	}
	p := &b[:1][0]
	c.mu.Lock()
	left, ok := c.readers[p]
	if ok {
		left &^= who
		if left == 0 {
			delete(c.readers, p)
		} else {
			c.readers[p] = left
		}
	}
	c.mu.Unlock()
	if ok && left == 0 {
		chunkPool.Put((*[chunkSize]byte)(b[:chunkSize]))
	}
}

// drop takes back a chunk that was lent but never handed on.
func (c *chunkBufs) drop(b []byte) { c.release(b, chunkHashed|chunkWritten) }
