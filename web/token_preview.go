package web

import (
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path"
	"strings"
	"sync"
	"time"

	"modelmarket/internal/card"
	"modelmarket/internal/inspect"
	"modelmarket/internal/listing"
	"modelmarket/web/views"
)

// Limits of the model structure a token page reads from IPFS.
const (
	// structureTimeout bounds the IPFS reads of one page view; what is not
	// read by then is left out with a note (and not cached).
	structureTimeout = 5 * time.Second
	// maxMetadataBytes caps the metadata JSON read (a folder of 10 000
	// files lists them all).
	maxMetadataBytes = 8 << 20
	// maxStructureFiles is how many files of a folder the page lists.
	maxStructureFiles = 200
	// maxInspectedWeights is how many weights files of a folder get their
	// headers read.
	maxInspectedWeights = 4
	// structureCacheSize is how many metadata CIDs the cache remembers.
	structureCacheSize = 256
	// structureWorkers bounds the concurrent IPFS readers of token pages.
	structureWorkers = 2
)

// weightsExt are the extensions of the files whose headers the page reads
// (in a folder; a single-file model is always read).
var weightsExt = map[string]bool{
	".safetensors": true, ".gguf": true, ".pt": true, ".pth": true, ".bin": true, ".pkl": true, ".pickle": true, ".ckpt": true,
}

// structureReader builds the "Structure" section of a model token's page
// from its metadata JSON and the headers of its weights, read through
// Content. Results are kept per metadata CID: everything they show is
// addressed by that CID (the files by their own CIDs inside it), so a
// cached result never goes stale.
type structureReader struct {
	content ContentReader
	log     *slog.Logger
	cache   *lru[*views.ModelStructure]
	workers chan struct{}
}

func newStructureReader(c ContentReader, log *slog.Logger) *structureReader {
	return &structureReader{
		content: c, log: log, cache: newLRU[*views.ModelStructure](structureCacheSize),
		workers: make(chan struct{}, structureWorkers),
	}
}

// Structure returns the structure of model token t, or nil when t is not a
// model with readable metadata. A read that fails or times out gives a
// structure with a Note (and what was read), never an error: the rest of
// the page does not depend on it.
func (r *structureReader) Structure(ctx context.Context, t listing.Token) *views.ModelStructure {
	if r == nil || t.Kind != listing.Model || t.MetadataState != listing.MetadataOK || t.MetadataCID == "" {
		return nil
	}
	if s, ok := r.cache.get(t.MetadataCID); ok {
		return s
	}
	ctx, cancel := context.WithTimeout(ctx, structureTimeout)
	defer cancel()
	select {
	case r.workers <- struct{}{}:
		defer func() { <-r.workers }()
	case <-ctx.Done():
		return &views.ModelStructure{Note: "The model's files could not be read right now; reload the page to try again."}
	}
	s, complete := r.read(ctx, t)
	if complete {
		r.cache.add(t.MetadataCID, s)
	}
	return s
}

// read does the work of Structure; complete is false when something was
// left out for a reason that may pass (IPFS slow or missing a block), so
// the result must not be cached.
func (r *structureReader) read(ctx context.Context, t listing.Token) (s *views.ModelStructure, complete bool) {
	s = &views.ModelStructure{}
	m, err := r.metadata(ctx, t.MetadataCID)
	if err != nil {
		r.log.WarnContext(ctx, "token metadata not read for its structure", "token_id", t.ID, "cid", t.MetadataCID, "err", err)
		s.Note = "The model's file list could not be read from IPFS right now; reload the page to try again."
		return s, false
	}
	p := m.Properties
	if p == nil || len(p.Files) == 0 {
		s.Note = "The metadata lists no files."
		return s, true
	}
	for i, f := range p.Files {
		if i == maxStructureFiles {
			s.MoreFiles = len(p.Files) - i
			break
		}
		s.Files = append(s.Files, views.NewFileRow(f.Name, f.Size, f.SHA256, cidOf(f.URI), len(f.Encryption) > 0))
	}
	complete = true
	skipped := 0
	for _, f := range p.Files {
		if len(p.Files) > 1 && !weightsExt[strings.ToLower(path.Ext(f.Name))] {
			continue
		}
		if len(s.Weights) == maxInspectedWeights {
			skipped++
			continue
		}
		w := views.WeightsView{Name: f.Name, Encrypted: len(f.Encryption) > 0}
		if !w.Encrypted {
			var ok bool
			w, ok = r.weights(ctx, f)
			complete = complete && ok
		}
		s.Weights = append(s.Weights, w)
	}
	if skipped > 0 {
		s.Note = fmt.Sprintf("The headers of the first %d weights files are shown; %d more are not.", maxInspectedWeights, skipped)
	}
	return s, complete
}

// metadata reads and parses the metadata JSON cid.
func (r *structureReader) metadata(ctx context.Context, cid string) (card.Metadata, error) {
	var m card.Metadata
	rc, err := r.content.Cat(ctx, cid)
	if err != nil {
		return m, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxMetadataBytes+1))
	if err != nil {
		return m, fmt.Errorf("read metadata %s: %w", cid, err)
	}
	if len(b) > maxMetadataBytes {
		return m, fmt.Errorf("metadata %s is over %d bytes", cid, maxMetadataBytes)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("metadata %s: %w", cid, err)
	}
	return m, nil
}

// weights reads the header of one unencrypted file with internal/inspect
// (headers only; its limits bound the reads). ok is false when the file
// could not be read for a reason that may pass.
func (r *structureReader) weights(ctx context.Context, f card.File) (w views.WeightsView, ok bool) {
	w = views.WeightsView{Name: f.Name}
	c := cidOf(f.URI)
	if c == "" {
		w.Problem = "This file is not on IPFS, so its header is not read here."
		return w, true
	}
	rc, err := r.content.Cat(ctx, c)
	if err != nil {
		r.log.WarnContext(ctx, "weights not read for their structure", "cid", c, "err", err)
		w.Problem = "This file could not be read from IPFS right now."
		return w, false
	}
	defer rc.Close()
	size, err := rc.Seek(0, io.SeekEnd)
	if err != nil {
		w.Problem = "This file could not be read from IPFS right now."
		return w, false
	}
	rep, err := inspect.Inspect(&seekReaderAt{r: rc, pos: size}, size, f.Name)
	switch {
	case errors.Is(err, inspect.ErrLimit):
		w = views.NewWeightsView(f.Name, rep)
		w.Problem = "Its header is larger than the page reads, so its structure is not shown."
		return w, true
	case errors.Is(err, inspect.ErrMalformed):
		w = views.NewWeightsView(f.Name, rep)
		// "inspect safetensors "a.safetensors": header length 9 exceeds the file: malformed file"
		why := strings.TrimSuffix(err.Error(), ": "+inspect.ErrMalformed.Error())
		if _, rest, ok := strings.Cut(why, `": `); ok {
			why = rest
		}
		w.Problem = "Its header does not parse (" + why + "), so its structure is not shown."
		return w, true
	case err != nil:
		r.log.WarnContext(ctx, "weights header not read", "cid", c, "err", err)
		w.Problem = "This file could not be read from IPFS right now."
		return w, false
	}
	w = views.NewWeightsView(f.Name, rep)
	if rep.Safetensors == nil && rep.GGUF == nil && rep.Pickle == nil {
		w.Problem = "This is not a weights format the page reads (safetensors, GGUF or a pickle)."
	}
	return w, true
}

// cidOf is the CID of an ipfs:// URI, "" for anything else.
func cidOf(uri string) string {
	c, ok := strings.CutPrefix(uri, "ipfs://")
	if !ok || strings.Contains(c, "/") {
		return ""
	}
	return c
}

// seekReaderAt is an io.ReaderAt on a reader that seeks (an IPFS file),
// seeking only when the offset is not where the last read stopped: inspect
// mostly reads forward, and a seek may reopen a stream.
type seekReaderAt struct {
	mu  sync.Mutex
	r   io.ReadSeeker
	pos int64
}

func (s *seekReaderAt) ReadAt(p []byte, off int64) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if off != s.pos {
		if _, err := s.r.Seek(off, io.SeekStart); err != nil {
			return 0, err
		}
		s.pos = off
	}
	n, err := io.ReadFull(s.r, p)
	s.pos += int64(n)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = io.EOF
	}
	return n, err
}

// lru is a small least-recently-used map, safe for concurrent use.
type lru[V any] struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent; values are *lruEntry[V]
	items map[string]*list.Element
}

type lruEntry[V any] struct {
	key string
	val V
}

func newLRU[V any](max int) *lru[V] {
	return &lru[V]{max: max, order: list.New(), items: map[string]*list.Element{}}
}

func (c *lru[V]) get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*lruEntry[V]).val, true
	}
	var zero V
	return zero, false
}

func (c *lru[V]) add(key string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		e.Value.(*lruEntry[V]).val = v
		c.order.MoveToFront(e)
		return
	}
	c.items[key] = c.order.PushFront(&lruEntry[V]{key: key, val: v})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*lruEntry[V]).key)
	}
}
