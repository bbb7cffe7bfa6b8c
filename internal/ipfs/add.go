package ipfs

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	ipfspinner "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/multiformats/go-multihash"
)

// The parameters of Kubo's unixfs-v1-2025 import profile. Changing any of
// them changes every CID: the tests hold reference CIDs computed by Kubo.
const (
	chunkSize    = 1 << 20 // Import.UnixFSChunker "size-1048576"
	maxFileLinks = 1024    // Import.UnixFSFileMaxLinks
)

var cidBuilder = cid.V1Builder{Codec: cid.DagProtobuf, MhType: multihash.SHA2_256}

// Block writing: up to writeQueue blocks wait for blockWriters goroutines
// (8 MiB in flight at most). Writers mostly wait for the device, so more
// of them than cores keeps it busy; 8+8 was no faster here and held 10 MiB
// more.
const (
	blockWriters = 4
	writeQueue   = 4
)

// hashQueue is how many chunks may wait for the whole-file hasher: enough to
// absorb scheduling jitter between the two cores, small enough (4 MiB) to
// keep memory flat.
const hashQueue = 4

// Added is the result of a successful Add.
type Added struct {
	CID    cid.Cid  // root of the UnixFS DAG, the same CID Kubo computes
	SHA256 [32]byte // sha256 of the whole file's bytes
	Size   int64    // the file's size in bytes
}

// Add imports r as a UnixFS file in one streaming pass and pins its root
// recursively. Memory stays constant whatever the size: the importer holds
// a few 1 MiB chunks at a time while the whole-file sha256 runs on another
// goroutine fed with the same chunk buffers.
//
// Errors: reading r fails, ctx is done (errors.Is(err, context.Canceled)),
// or the store cannot be written. A failed import pins nothing; blocks it
// already wrote stay unpinned in the store.
func (n *Node) Add(ctx context.Context, r io.Reader) (Added, error) {
	start := time.Now()
	added, err := n.importFile(ctx, r)
	if err != nil {
		return Added{}, fmt.Errorf("ipfs.Add: %w", err)
	}
	// Like Kubo's adder: the DAG was just written, so pin without the
	// traversal that Pin would do to check that every block is present.
	if err := n.pins.PinWithMode(ctx, added.CID, ipfspinner.Recursive, ""); err != nil {
		return Added{}, fmt.Errorf("ipfs.Add: pin %s: %w", added.CID, err)
	}
	if err := n.pins.Flush(ctx); err != nil {
		return Added{}, fmt.Errorf("ipfs.Add: pin %s: %w", added.CID, err)
	}
	took := time.Since(start)
	n.log.DebugContext(ctx, "ipfs add", "cid", added.CID, "size", added.Size,
		"took", took.Round(time.Millisecond), "mb_per_s", float64(added.Size)/1e6/took.Seconds())
	return added, nil
}

// importFile writes r's UnixFS DAG into the store and returns its root,
// digest and size. It pins nothing.
func (n *Node) importFile(ctx context.Context, r io.Reader) (Added, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	spl := newHashingSplitter(ctx, r)
	defer spl.stop()

	// Blocks are written on background goroutines, each pushed to the
	// device and dropped from the page cache (dropBehind), while the
	// importer hashes the next chunks. (ipld.NewBufferedDAG would write
	// through flatfs batches, which create and delete a temp directory per
	// batch and rename later; measured slower here.) A leaf's chunk goes
	// back to the pool once written (or skipped) and hashed.
	dag := newAsyncWriter(ctx, n.dag, blockWriters, writeQueue, func(nd ipld.Node, stored bool) {
		if stored {
			n.dropBehind(nd.Cid())
		}
		spl.bufs.release(nd.RawData(), chunkWritten)
	})
	defer dag.Commit() // on error paths: let the writers drain and exit
	params := helpers.DagBuilderParams{
		Maxlinks:   maxFileLinks,
		RawLeaves:  true,
		CidBuilder: cidBuilder,
		Dagserv:    dag,
	}
	db, err := params.New(spl)
	if err != nil {
		return Added{}, err
	}
	root, err := balanced.Layout(db)
	if err != nil {
		return Added{}, fmt.Errorf("import: %w", err)
	}
	if err := dag.Commit(); err != nil {
		return Added{}, fmt.Errorf("write blocks: %w", err)
	}
	sum, size := spl.result()
	// The importer may have read to the end just as ctx ended; never pin
	// what the caller abandoned.
	if err := ctx.Err(); err != nil {
		return Added{}, err
	}
	return Added{CID: root.Cid(), SHA256: sum, Size: size}, nil
}

// hashingSplitter is a chunker.Splitter with Kubo's fixed-size chunking
// (the same chunks as chunker.NewSizeSplitter) that reads ahead on its own
// goroutine and hands each chunk to the importer and, through a buffered
// channel, to a goroutine that feeds the whole-file sha256. Both only read
// a chunk, so they share one buffer, which returns to the pool when both
// the hasher and the block writer are done with it: an import allocates a
// few chunks, not one per MiB, so the GC and fresh-page faults stay out of
// the way. With reading, leaf hashing, whole-file hashing and block writing
// on separate goroutines, the scheduler spreads the work over both cores;
// a synchronous tee would put both hashes on one. The channels bound
// memory: at most readAhead+hashQueue chunks wait.
type hashingSplitter struct {
	r      io.Reader
	ended  bool // r ended short of a full chunk; the reader's own
	bufs   *chunkBufs
	chunks chan chunk    // read-ahead, to the importer
	hashCh chan []byte   // to the whole-file hasher
	quit   chan struct{} // closed by stop: the reader gives up
	done   chan struct{} // closed when reader and hasher have returned
	size   int64         // written by the reader, read after done
	sum    [32]byte      // written by the hasher, read after done
	once   sync.Once
}

type chunk struct {
	b   []byte
	err error
}

// readAhead is how many chunks the reader may prepare before the importer
// asks for them.
const readAhead = 2

func newHashingSplitter(ctx context.Context, r io.Reader) *hashingSplitter {
	s := &hashingSplitter{
		r:      r,
		bufs:   newChunkBufs(),
		chunks: make(chan chunk, readAhead),
		hashCh: make(chan []byte, hashQueue),
		quit:   make(chan struct{}),
		done:   make(chan struct{}),
	}
	hashed := make(chan struct{})
	go func() {
		defer close(hashed)
		h := sha256.New()
		for b := range s.hashCh {
			h.Write(b)
			s.bufs.release(b, chunkHashed)
		}
		h.Sum(s.sum[:0])
	}()
	go func() {
		defer func() { <-hashed; close(s.done) }()
		defer close(s.hashCh)
		defer close(s.chunks)
		for {
			if err := ctx.Err(); err != nil {
				s.send(chunk{err: err})
				return
			}
			b, err := s.next()
			if len(b) > 0 {
				s.size += int64(len(b))
				select {
				case s.hashCh <- b:
				case <-s.quit:
					return
				}
			}
			if !s.send(chunk{b: b, err: err}) || err != nil {
				return
			}
		}
	}()
	return s
}

// next reads the next chunk: chunkSize bytes, fewer at the end of r (then
// io.EOF on the following call), or nil and io.EOF when r ended on a chunk
// boundary; the chunks chunker.NewSizeSplitter makes.
func (s *hashingSplitter) next() ([]byte, error) {
	if s.ended {
		return nil, io.EOF
	}
	b := s.bufs.get()
	n, err := io.ReadFull(s.r, b)
	switch {
	case err == nil:
		return b, nil
	case errors.Is(err, io.ErrUnexpectedEOF):
		s.ended = true
		return b[:n], nil
	case errors.Is(err, io.EOF):
		s.bufs.drop(b)
		return nil, io.EOF
	default:
		s.bufs.drop(b)
		return nil, fmt.Errorf("read: %w", err)
	}
}

// send hands c to the importer unless stop was called.
func (s *hashingSplitter) send(c chunk) bool {
	select {
	case s.chunks <- c:
		return true
	case <-s.quit:
		return false
	}
}

// Reader implements chunker.Splitter.
func (s *hashingSplitter) Reader() io.Reader { return s.r }

// NextBytes implements chunker.Splitter. It returns the next chunk, io.EOF
// at the end, or the error that stopped the reader (ctx done, read failed).
func (s *hashingSplitter) NextBytes() ([]byte, error) {
	c, ok := <-s.chunks
	if !ok {
		return nil, io.EOF
	}
	return c.b, c.err
}

// stop makes the reader give up, then waits for it and the hasher to
// return; safe to call more than once.
func (s *hashingSplitter) stop() {
	s.once.Do(func() { close(s.quit) })
	<-s.done
}

// result waits for the reader and hasher to finish and returns the
// whole-file digest and size. Call it once the importer has seen io.EOF.
func (s *hashingSplitter) result() ([32]byte, int64) {
	<-s.done
	return s.sum, s.size
}
