package web

import (
	"bytes"
	"container/list"
	"context"
	"crypto/sha256"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"modelmarket/internal/card"
)

// The marketplace's anonymous pages (home, browse and search, token pages)
// are the same bytes for every visitor until the index moves, so they are
// kept rendered. What makes this safe:
//
//   - Only requests without a session are served from or stored into the
//     cache: a signed-in page carries the person's address, CSRF token and
//     owner actions, and is always rendered for them.
//   - Every entry belongs to a generation: the indexed head (re-read every
//     headTTL) and the status strip (re-read every statusTTL, so a new chain
//     block also starts a new generation). A new generation drops every
//     entry, so a page never outlives the index state it shows by more than
//     headTTL plus one read of the head.
//   - The index also changes without a new head in two ways: a token's
//     metadata JSON arrives after its mint, and moderation hides a token.
//     A page that shows a token whose metadata is still pending is never
//     stored. With only the head to key on, no entry is served after
//     pageMaxAge, which bounds how long a browse page can miss a token
//     whose metadata just arrived. With the catalogue version
//     (store.CatalogueVersion: head, head hash, a metadata counter and the
//     moderation audit log's last entry, all moved in the transaction of
//     the change) in place of the head, those changes start a generation
//     too, and entries may live versionedPageMaxAge, a bound for what no
//     key names (a bug), not for freshness.
//   - A page that could not read part of what it shows (the platform fee from
//     the chain, the home page's sections) is not stored.
//   - Memory is bounded by entries and by bytes (least recently used first).
const (
	headTTL             = 250 * time.Millisecond
	statusTTL           = time.Second
	pageMaxAge          = 10 * time.Second
	versionedPageMaxAge = 10 * time.Minute
	pageCacheEntries    = 32768
	pageCacheBytes      = 256 << 20
	markdownMemoSize    = 16 << 20
)

// recent is a value read at most ttl ago, give or take one read. Readers
// share the last value without locking; when it is too old, one of them
// reads it again while the others go on with the old value (they wait only
// for the very first read), so the source sees one read per ttl however many
// requests arrive, and a slow read (a database busy with a burst) slows one
// request, not all. A failed read is returned to its reader but not kept.
type recent[T any] struct {
	ttl  time.Duration
	now  func() time.Time
	read func(ctx context.Context) (T, error)

	mu   sync.Mutex // held while reading
	last atomic.Pointer[stamped[T]]
}

type stamped[T any] struct {
	v  T
	at time.Time
}

func newRecent[T any](ttl time.Duration, now func() time.Time, read func(ctx context.Context) (T, error)) *recent[T] {
	return &recent[T]{ttl: ttl, now: now, read: read}
}

func (r *recent[T]) get(ctx context.Context) (T, error) {
	s := r.last.Load()
	if s != nil && r.now().Sub(s.at) < r.ttl {
		return s.v, nil
	}
	if s != nil {
		if !r.mu.TryLock() {
			return s.v, nil // another request is reading it now
		}
	} else {
		r.mu.Lock()
	}
	defer r.mu.Unlock()
	if s := r.last.Load(); s != nil && r.now().Sub(s.at) < r.ttl {
		return s.v, nil // read by the request we waited for
	}
	v, err := r.read(ctx)
	if err != nil {
		return v, err
	}
	r.last.Store(&stamped[T]{v: v, at: r.now()})
	return v, nil
}

// pageCache holds rendered pages of one generation, least recently used
// first out. It is safe for concurrent use.
type pageCache struct {
	maxEntries int
	maxBytes   int
	maxAge     time.Duration
	now        func() time.Time

	mu    sync.Mutex
	gen   string
	lru   list.List // of *pageEntry, most recently used at the front
	items map[string]*list.Element
	bytes int
}

type pageEntry struct {
	key    string
	body   []byte
	stored time.Time
}

func newPageCache(maxEntries, maxBytes int, maxAge time.Duration, now func() time.Time) *pageCache {
	return &pageCache{maxEntries: maxEntries, maxBytes: maxBytes, maxAge: maxAge, now: now, items: map[string]*list.Element{}}
}

// get returns the page stored under key in generation gen.
func (p *pageCache) get(gen, key string) ([]byte, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if gen != p.gen {
		return nil, false
	}
	el, ok := p.items[key]
	if !ok {
		return nil, false
	}
	e := el.Value.(*pageEntry)
	if p.now().Sub(e.stored) >= p.maxAge {
		p.remove(el)
		return nil, false
	}
	p.lru.MoveToFront(el)
	return e.body, true
}

// put stores body under key in generation gen. A newer generation than the
// cache's drops every entry first; an older one (a page rendered while the
// index moved on) is not stored. A body larger than a quarter of the byte
// budget is not stored either.
func (p *pageCache) put(gen, key string, body []byte) {
	if len(body) > p.maxBytes/4 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if gen != p.gen {
		if newerGen(p.gen, gen) {
			return
		}
		p.gen, p.items, p.bytes = gen, map[string]*list.Element{}, 0
		p.lru.Init()
	}
	if el, ok := p.items[key]; ok {
		p.remove(el)
	}
	p.items[key] = p.lru.PushFront(&pageEntry{key: key, body: body, stored: p.now()})
	p.bytes += len(body)
	for p.lru.Len() > p.maxEntries || p.bytes > p.maxBytes {
		p.remove(p.lru.Back())
	}
}

func (p *pageCache) remove(el *list.Element) {
	e := p.lru.Remove(el).(*pageEntry)
	delete(p.items, e.key)
	p.bytes -= len(e.body)
}

// len reports the number of entries and their bytes.
func (p *pageCache) len() (entries, bytes int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.lru.Len(), p.bytes
}

// generation names the index state a page shows: the indexed head, then the
// status strip's words.
func generation(head uint64, strip string) string {
	return versionGeneration(headVersion(head), strip)
}

// versionGeneration is generation for a catalogue version.
func versionGeneration(version, strip string) string { return version + "|" + strip }

// headVersion is the catalogue version when only the head is known.
func headVersion(head uint64) string { return fmt.Sprintf("%020d", head) }

// newerGen compares the ordered part of the versions only (zero-padded
// counters: text order is numeric order): a request that read an older
// state must not wipe the entries of a newer one. Versions that differ
// only in the rest (a reorg's head hash at the same height) are not older.
func newerGen(have, got string) bool {
	return orderedPart(have) > orderedPart(got)
}

func orderedPart(gen string) string {
	n := strings.IndexFunc(gen, func(r rune) bool { return r != '.' && (r < '0' || r > '9') })
	if n < 0 {
		return gen
	}
	return gen[:n]
}

// catalogue is the index state pages show: the indexed head (0 before the
// first batch) and a version naming it (see store.CatalogueVersion).
type catalogue struct {
	head    uint64
	version string
}

// marketCache is the server's caching of what the chain has not changed.
type marketCache struct {
	head    *recent[catalogue]
	status  *recent[Status]
	pages   *pageCache
	flights flights
	// markdown keeps rendered token descriptions (signed-in pages use it
	// too: it holds nothing personal).
	markdown *markdownMemo
}

// newVersionedMarketCache keys pages on the catalogue version (for
// store.CatalogueVersion), which also moves with metadata and moderation,
// so entries live versionedPageMaxAge.
func newVersionedMarketCache(version func(ctx context.Context) (uint64, string, error), status func(ctx context.Context) Status) *marketCache {
	return newMarketCacheOf(func(ctx context.Context) (catalogue, error) {
		h, v, err := version(ctx)
		return catalogue{head: h, version: v}, err
	}, versionedPageMaxAge, status)
}

func newMarketCacheOf(read func(ctx context.Context) (catalogue, error), maxAge time.Duration, status func(ctx context.Context) Status) *marketCache {
	now := time.Now
	return &marketCache{
		head: newRecent(headTTL, now, read),
		status: newRecent(statusTTL, now, func(ctx context.Context) (Status, error) {
			ctx, cancel := context.WithTimeout(ctx, statusTimeout)
			defer cancel()
			return status(ctx), nil
		}),
		pages:    newPageCache(pageCacheEntries, pageCacheBytes, maxAge, now),
		markdown: newMarkdownMemo(markdownMemoSize),
	}
}

// generation returns the current generation; ok is false when the indexed
// head cannot be read or the index has applied nothing yet (head 0: there
// is no state to key on, and rows may be written before the first batch).
// Then nothing is cached.
func (m *marketCache) generation(ctx context.Context) (string, bool) {
	cat, err := m.head.get(ctx)
	if err != nil || cat.head == 0 {
		return "", false
	}
	st, _ := m.status.get(ctx)
	var b strings.Builder
	for _, it := range stripItems(st) {
		b.WriteString(it.Key + "=" + it.Value + "/" + it.State() + ";")
	}
	return versionGeneration(cat.version, b.String()), true
}

// renderMarkdown is card.Render for descriptions, through the memo when
// the marketplace caches.
func (s *server) renderMarkdown(markdown string) (string, error) {
	render := func(md string) (string, error) { return card.Render(md, s.gateway) }
	if s.cache == nil {
		return render(markdown)
	}
	return s.cache.markdown.render(markdown, render)
}

// pageStatus is the status the layout's strip shows: at most statusTTL old
// when the marketplace caches pages (every page then shows the same strip
// as the cached ones), asked for now otherwise.
func (s *server) pageStatus(ctx context.Context) Status {
	if s.cache != nil {
		st, _ := s.cache.status.get(ctx)
		return st
	}
	return s.currentStatus(ctx)
}

// cacheHeader tells load tests and curious people whether the page came
// from the cache; it says nothing about the page's content.
const cacheHeader = "X-Cache"

// cachedPage answers an anonymous GET from the page cache when it holds key
// for the current generation. Otherwise build renders the page; it reports
// whether the page may be stored (false when part of it could not be read
// now or is about to change, e.g. metadata still loading). Signed-in
// requests always get a fresh page, never stored.
func (s *server) cachedPage(c echo.Context, key string, build func() (templ.Component, bool, error)) error {
	ctx := c.Request().Context()
	if s.cache == nil || session(c) != nil || c.Request().Method != http.MethodGet {
		comp, _, err := build()
		if err != nil {
			return err
		}
		return render(c, http.StatusOK, comp)
	}
	gen, genOK := s.cache.generation(ctx)
	if !genOK {
		return s.renderUncached(c, build)
	}
	if body, ok := s.cache.pages.get(gen, key); ok {
		c.Response().Header().Set(cacheHeader, "hit")
		return c.HTMLBlob(http.StatusOK, body)
	}
	// One request renders a missing page; the others asking for it at the
	// same time wait for that render instead of repeating it.
	f, leader := s.cache.flights.join(gen + "\x00" + key)
	if !leader {
		select {
		case <-f.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if f.body != nil {
			c.Response().Header().Set(cacheHeader, "hit")
			return c.HTMLBlob(http.StatusOK, f.body)
		}
		return s.renderUncached(c, build) // the leader's page could not be shared
	}
	var shared []byte
	defer func() { s.cache.flights.finish(gen+"\x00"+key, f, shared) }()
	comp, storable, err := build()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := comp.Render(ctx, &buf); err != nil {
		return fmt.Errorf("render %s: %w", c.Request().URL.Path, err)
	}
	body := buf.Bytes()
	if storable {
		s.cache.pages.put(gen, key, body)
		shared = body
	}
	c.Response().Header().Set(cacheHeader, "miss")
	return c.HTMLBlob(http.StatusOK, body)
}

func (s *server) renderUncached(c echo.Context, build func() (templ.Component, bool, error)) error {
	comp, _, err := build()
	if err != nil {
		return err
	}
	c.Response().Header().Set(cacheHeader, "miss")
	return render(c, http.StatusOK, comp)
}

// flights are the page renders under way, by generation and key.
type flights struct {
	mu sync.Mutex
	m  map[string]*flight
}

type flight struct {
	done chan struct{}
	body []byte // set before done closes; nil when the page could not be shared
}

// join returns the flight for key and whether the caller leads it (and must
// call finish).
func (fs *flights) join(key string) (*flight, bool) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if f, ok := fs.m[key]; ok {
		return f, false
	}
	if fs.m == nil {
		fs.m = map[string]*flight{}
	}
	f := &flight{done: make(chan struct{})}
	fs.m[key] = f
	return f, true
}

func (fs *flights) finish(key string, f *flight, body []byte) {
	fs.mu.Lock()
	delete(fs.m, key)
	fs.mu.Unlock()
	f.body = body
	close(f.done)
}

// markdownMemo remembers rendered descriptions: card.Render is a pure
// function of the Markdown (and the server's fixed gateway), and it is the
// most expensive part of a token page, so its result is kept by the
// Markdown's sha256, least recently used out past maxBytes. Being a pure
// function's memo, it can never be stale and needs no generation.
type markdownMemo struct {
	maxBytes int

	mu    sync.Mutex
	lru   list.List // of *memoEntry
	items map[[32]byte]*list.Element
	bytes int
}

type memoEntry struct {
	key  [32]byte
	html string
}

func newMarkdownMemo(maxBytes int) *markdownMemo {
	return &markdownMemo{maxBytes: maxBytes, items: map[[32]byte]*list.Element{}}
}

// render returns render(markdown), from the memo when it holds it.
func (m *markdownMemo) render(markdown string, render func(string) (string, error)) (string, error) {
	key := sha256.Sum256([]byte(markdown))
	m.mu.Lock()
	if el, ok := m.items[key]; ok {
		m.lru.MoveToFront(el)
		m.mu.Unlock()
		return el.Value.(*memoEntry).html, nil
	}
	m.mu.Unlock()
	html, err := render(markdown)
	if err != nil || len(html) > m.maxBytes/4 {
		return html, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.items[key]; !ok {
		m.items[key] = m.lru.PushFront(&memoEntry{key: key, html: html})
		m.bytes += len(html)
		for m.bytes > m.maxBytes {
			e := m.lru.Remove(m.lru.Back()).(*memoEntry)
			delete(m.items, e.key)
			m.bytes -= len(e.html)
		}
	}
	return html, nil
}
