package ipfs

import (
	"context"
	"sync"

	"github.com/ipfs/go-cid"
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
// and then call written with its CID (nil: nothing).
func newAsyncWriter(ctx context.Context, dst ipld.DAGService, writers, depth int, written func(cid.Cid)) *asyncWriter {
	w := &asyncWriter{DAGService: dst, ctx: ctx, queue: make(chan ipld.Node, depth)}
	for range writers {
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			for nd := range w.queue {
				if w.firstErr() != nil {
					continue // drain
				}
				if err := dst.Add(ctx, nd); err != nil {
					w.setErr(err)
				} else if written != nil {
					written(nd.Cid())
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

func (w *asyncWriter) setErr(err error) {
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
