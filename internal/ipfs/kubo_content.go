package ipfs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/gateway"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"

	"modelmarket/internal/apperr"
)

// Cat opens the UnixFS file c held by Kubo. It asks Kubo for the file's
// size first (/api/v0/files/stat), then streams /api/v0/cat; Seek costs a
// new request from the new offset on the next Read. ctx bounds the
// reader's whole life. The caller must Close it.
//
// Errors: apperr.NotFound when the root block is not held by Kubo,
// apperr.Invalid when c is not a file, apperr.Unavailable when Kubo does not
// answer. A block missing deeper in the DAG surfaces as a read error.
func (k *Kubo) Cat(ctx context.Context, c cid.Cid) (io.ReadSeekCloser, error) {
	var st struct {
		Size int64
		Type string
	}
	if err := k.call(ctx, "files/stat", url.Values{"arg": {"/ipfs/" + c.String()}}, &st); err != nil {
		return nil, fmt.Errorf("ipfs.Cat %s: %w", c, err)
	}
	if st.Type != "file" {
		return nil, fmt.Errorf("ipfs.Cat %s: %w", c, apperr.Wrap(apperr.Invalid, "This content is not a file.",
			fmt.Errorf("kubo says its type is %q", st.Type)))
	}
	return &kuboReader{ctx: ctx, k: k, c: c, size: st.Size}, nil
}

// kuboReader reads a file from /api/v0/cat, reopening the stream at its
// offset after a Seek.
type kuboReader struct {
	ctx  context.Context
	k    *Kubo
	c    cid.Cid
	size int64
	off  int64
	body io.ReadCloser // nil until the next Read after open or Seek
}

func (r *kuboReader) Read(p []byte) (int, error) {
	if r.off >= r.size {
		return 0, io.EOF
	}
	if r.body == nil {
		args := url.Values{"arg": {r.c.String()}, "offset": {strconv.FormatInt(r.off, 10)}}
		resp, err := r.k.post(r.ctx, "cat", args, nil, "")
		if err != nil {
			return 0, fmt.Errorf("ipfs.Cat %s at %d: %w", r.c, r.off, err)
		}
		r.body = resp.Body
	}
	n, err := r.body.Read(p)
	r.off += int64(n)
	if errors.Is(err, io.EOF) && r.off < r.size {
		err = fmt.Errorf("ipfs.Cat %s: stream ended at %d of %d bytes: %w", r.c, r.off, r.size, io.ErrUnexpectedEOF)
	} else if err != nil && !errors.Is(err, io.EOF) {
		err = fmt.Errorf("ipfs.Cat %s at %d: %w", r.c, r.off, err)
	}
	return n, err
}

func (r *kuboReader) Seek(offset int64, whence int) (int64, error) {
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.off + offset
	case io.SeekEnd:
		abs = r.size + offset
	default:
		return r.off, fmt.Errorf("ipfs.Cat %s: seek: invalid whence %d", r.c, whence)
	}
	if abs < 0 {
		return r.off, fmt.Errorf("ipfs.Cat %s: seek to negative offset %d", r.c, abs)
	}
	if abs != r.off && r.body != nil {
		r.body.Close()
		r.body = nil
	}
	r.off = abs
	return abs, nil
}

func (r *kuboReader) Close() error {
	if r.body != nil {
		r.body.Close()
		r.body = nil
	}
	return nil
}

// Gateway serves the files Kubo holds through our own gateway handler (the
// same boxo gateway and sandbox as Node.Gateway), reading blocks from
// /api/v0/block/get and checking each against its CID. Kubo's own gateway
// is never exposed: it sets none of our security headers.
func (k *Kubo) Gateway(cfg GatewayConfig) http.Handler {
	bserv := blockservice.New(kuboBlocks{k}, nil)
	backend, err := gateway.NewBlocksBackend(bserv)
	if err != nil {
		// NewBlocksBackend fails only on bad options; we pass none.
		panic(fmt.Sprintf("ipfs: kubo gateway backend: %v", err))
	}
	return gatewayHandler(cfg, backend, k.Has, k.Cat)
}

// kuboBlocks is a read-only blockstore over Kubo's block API.
type kuboBlocks struct{ k *Kubo }

var _ blockstore.Blockstore = kuboBlocks{}

var errReadOnly = errors.New("ipfs: the Kubo gateway blockstore is read-only")

// maxBlockSize is the largest block Kubo accepts (bitswap's limit); a
// larger answer is not a block.
const maxBlockSize = 2 << 20

func (b kuboBlocks) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	resp, err := b.k.post(ctx, "block/get", url.Values{"arg": {c.String()}}, nil, "")
	if apperr.KindOf(err) == apperr.NotFound {
		return nil, ipld.ErrNotFound{Cid: c}
	}
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(resp.Body, maxBlockSize+1)); err != nil {
		return nil, b.k.unavailable(fmt.Errorf("/api/v0/block/get %s: %w", c, err))
	}
	if buf.Len() > maxBlockSize {
		return nil, fmt.Errorf("kubo %s: block %s is larger than %d bytes", b.k.base, c, maxBlockSize)
	}
	// Never trust the bytes: they go to browsers under this CID.
	sum, err := c.Prefix().Sum(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("kubo %s: block %s: %w", b.k.base, c, err)
	}
	if !sum.Equals(c) {
		return nil, fmt.Errorf("kubo %s: block %s: %w", b.k.base, c, blocks.ErrWrongHash)
	}
	return blocks.NewBlockWithCid(buf.Bytes(), c)
}

func (b kuboBlocks) Has(ctx context.Context, c cid.Cid) (bool, error) { return b.k.Has(ctx, c) }

func (b kuboBlocks) GetSize(ctx context.Context, c cid.Cid) (int, error) {
	n, err := b.k.blockSize(ctx, c)
	if apperr.KindOf(err) == apperr.NotFound {
		return -1, ipld.ErrNotFound{Cid: c}
	}
	return n, err
}

func (kuboBlocks) Put(context.Context, blocks.Block) error             { return errReadOnly }
func (kuboBlocks) PutMany(context.Context, []blocks.Block) error       { return errReadOnly }
func (kuboBlocks) DeleteBlock(context.Context, cid.Cid) error          { return errReadOnly }
func (kuboBlocks) AllKeysChan(context.Context) (<-chan cid.Cid, error) { return nil, errReadOnly }
