package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/glebarez/sqlite"
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"modelmarket/internal/listing"
	"modelmarket/internal/moderation"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/wallet"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestPageCache_BoundsAndGenerations(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	p := newPageCache(3, 100, 2*time.Second, clock.now)
	gen1, gen2 := generation(1, "s"), generation(2, "s")
	body := func(n int) []byte { return []byte(strings.Repeat("x", n)) }

	p.put(gen1, "a", body(10))
	p.put(gen1, "b", body(10))
	p.put(gen1, "c", body(10))
	if _, ok := p.get(gen1, "a"); !ok { // a is now the most recently used
		t.Fatal("a missing")
	}
	p.put(gen1, "d", body(10)) // over 3 entries: b, the least recently used, goes
	if _, ok := p.get(gen1, "b"); ok {
		t.Error("b kept past the entry bound")
	}
	for _, k := range []string{"a", "c", "d"} {
		if _, ok := p.get(gen1, k); !ok {
			t.Errorf("%s evicted instead of the least recently used", k)
		}
	}
	p.put(gen1, "big", body(26)) // over a quarter of the byte budget: not kept
	if _, ok := p.get(gen1, "big"); ok {
		t.Error("an entry over a quarter of the byte budget was kept")
	}
	for i := range 10 { // 10 × 20 bytes over a 100-byte budget
		p.put(gen1, fmt.Sprint("k", i), body(20))
		if n, b := p.len(); n > 3 || b > 100 {
			t.Fatalf("after %d puts: %d entries, %d bytes; bounds are 3 and 100", i+1, n, b)
		}
	}

	// A new generation drops everything; a page of an older one is not kept.
	p.put(gen2, "x", body(10))
	if n, _ := p.len(); n != 1 {
		t.Errorf("%d entries after a new generation, want 1", n)
	}
	if _, ok := p.get(gen1, "x"); ok {
		t.Error("a page served to a request of another generation")
	}
	p.put(gen1, "old", body(10))
	if _, ok := p.get(gen2, "old"); ok {
		t.Error("a page rendered for an older head was stored in the newer generation")
	}
	if _, ok := p.get(gen2, "x"); !ok {
		t.Error("a late page of an older head wiped the newer generation")
	}

	// No entry outlives the max age.
	clock.add(2 * time.Second)
	if _, ok := p.get(gen2, "x"); ok {
		t.Error("an entry was served after its max age")
	}
}

func TestRecent_OneReadPerTTL(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	var reads atomic.Int64
	fail := atomic.Bool{}
	r := newRecent(time.Second, clock.now, func(context.Context) (int64, error) {
		if fail.Load() {
			return 0, errors.New("down")
		}
		time.Sleep(5 * time.Millisecond) // the others pile up behind the read
		return reads.Add(1), nil
	})
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			if v, err := r.get(context.Background()); err != nil || v != 1 {
				t.Errorf("get = %d, %v; want 1", v, err)
			}
		})
	}
	wg.Wait()
	if n := reads.Load(); n != 1 {
		t.Fatalf("%d reads for 50 concurrent gets within the TTL, want 1", n)
	}
	// Past the TTL one request reads again; those arriving meanwhile go on
	// with the old value instead of queueing behind the read.
	clock.add(time.Second)
	started, release := make(chan struct{}), make(chan struct{})
	slow := newRecent(time.Second, clock.now, func(context.Context) (int64, error) {
		if reads.Load() > 1 {
			close(started)
			<-release
		}
		return reads.Add(1), nil
	})
	slow.get(context.Background())
	clock.add(time.Second)
	done := make(chan int64)
	go func() { v, _ := slow.get(context.Background()); done <- v }()
	<-started
	if v, err := slow.get(context.Background()); err != nil || v != 2 {
		t.Errorf("during a refresh: %d, %v; want the old value 2 at once", v, err)
	}
	close(release)
	if v := <-done; v != 3 {
		t.Errorf("the refreshing request got %d, want 3", v)
	}
	clock.add(time.Second)
	if v, _ := r.get(context.Background()); v != 4 {
		t.Fatalf("after the TTL: %d, want a new read (4)", v)
	}
	clock.add(time.Second)
	fail.Store(true)
	if _, err := r.get(context.Background()); err == nil {
		t.Fatal("a failed read returned no error")
	}
	fail.Store(false)
	if v, _ := r.get(context.Background()); v != 5 {
		t.Fatalf("after a failed read: %d, want a new read (5), the failure not kept", v)
	}
}

// cacheEnv is the real server with sign-in and the marketplace on one
// SQLite store, whose index head the test moves as the indexer would.
type cacheEnv struct {
	e      *echo.Echo
	st     *store.Store
	target store.Target
	svc    *wallet.Service
	logs   *syncBuffer
	head   uint64
}

func newCacheEnv(t *testing.T) *cacheEnv {
	t.Helper()
	target := storetest.SQLiteTarget(t)
	st := storetest.Open(t, target)
	svc, err := wallet.NewService(wallet.Config{Store: st, Origin: testOrigin, ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	e, logs := newTestServer(t, func(c *Config) {
		c.PublicOrigin = testOrigin
		c.Wallet = svc
		c.RPCURL = "http://127.0.0.1:8545"
		c.Market = &MarketConfig{Listings: listing.NewService(st)}
	})
	env := &cacheEnv{e: e, st: st, target: target, svc: svc, logs: logs}
	// The browse catalogue, unlisted: a listed token's page reads the fee
	// from the chain, which these tests do not run.
	seedMarket(t, target, browseCatalogue)
	if err := rawSQLite(t, target).Exec(`UPDATE tokens SET listed = FALSE, seller = '', price = '', price_key = ''`).Error; err != nil {
		t.Fatal(err)
	}
	return env
}

// advance moves the indexed head one block (a batch without events) and
// waits out the server's trust in the old head.
func (c *cacheEnv) advance(t *testing.T) {
	t.Helper()
	c.head++
	ref := listing.BlockRef{Number: c.head, Hash: fmt.Sprintf("0x%064x", c.head)}
	if err := c.st.ApplyIndexBatch(context.Background(), listing.IndexBatch{Blocks: []listing.BlockRef{ref},
		Cursor: listing.IndexCursor{ChainID: 1337, Block: ref}}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(headTTL + 50*time.Millisecond)
}

// signIn opens a session for a new key and returns its cookie header and
// address.
func (c *cacheEnv) signIn(t *testing.T) (cookie, address, csrf string) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	m, err := c.svc.NewMessage(context.Background(), addr)
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := wallet.SignPersonal([]byte(m.String()), key)
	sess, token, err := c.svc.SignIn(context.Background(), m.String(), hexutil.Encode(sig))
	if err != nil {
		t.Fatal(err)
	}
	return sessionCookie + "=" + token, addr.Hex(), sess.CSRFToken
}

func (c *cacheEnv) get(t *testing.T, path, cookie string) (body, cache string) {
	t.Helper()
	req := newRequest(http.MethodGet, path)
	req.Header.Set("Accept", browserAccept)
	if cookie != "" {
		req.Header.Set("Cookie", cookie)
	}
	rec := serve(c.e, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d; log: %s", path, rec.Code, c.logs)
	}
	return rec.Body.String(), rec.Header().Get(cacheHeader)
}

func TestPageCache_NewHeadShowsNewState(t *testing.T) {
	env := newCacheEnv(t)
	for _, path := range []string{"/token/1", "/browse?kind=art", "/"} {
		if _, cache := env.get(t, path, ""); cache != "miss" {
			t.Errorf("%s before the index applied anything: X-Cache %q, want miss (nothing cached at head 0)", path, cache)
		}
	}
	env.advance(t)
	for _, path := range []string{"/token/1", "/browse?kind=art", "/"} {
		env.get(t, path, "")
		body, cache := env.get(t, path, "")
		if cache != "hit" || !strings.Contains(body, "Aurora over fjords") {
			t.Fatalf("%s again at the same head: X-Cache %q, want hit with the token", path, cache)
		}
	}
	// The index changes the token (here by hand) and moves on: the next
	// page shows the new state.
	raw := rawSQLite(t, env.target)
	if err := raw.Exec(`UPDATE tokens SET title = 'Borealis at dawn' WHERE token_id = 1`).Error; err != nil {
		t.Fatal(err)
	}
	env.advance(t)
	for _, path := range []string{"/token/1", "/browse?kind=art", "/"} {
		body, cache := env.get(t, path, "")
		if cache != "miss" || !strings.Contains(body, "Borealis at dawn") || strings.Contains(body, "Aurora over fjords") {
			t.Errorf("%s after the head moved: X-Cache %q, new title shown %v", path, cache, strings.Contains(body, "Borealis at dawn"))
		}
	}
	// Equivalent queries share an entry; a different one does not.
	env.get(t, "/browse?kind=art&sort=newest&page=1", "")
	if _, cache := env.get(t, "/browse?page=1&kind=ART", ""); cache != "hit" {
		t.Errorf("the same query written differently: X-Cache %q, want hit", cache)
	}
	if _, cache := env.get(t, "/browse?kind=model", ""); cache != "miss" {
		t.Errorf("another query: X-Cache %q, want miss", cache)
	}
}

func TestPageCache_PendingMetadataIsNotStored(t *testing.T) {
	env := newCacheEnv(t)
	raw := rawSQLite(t, env.target)
	if err := raw.Exec(`UPDATE tokens SET metadata_state = 'pending', title = '' WHERE token_id = 2`).Error; err != nil {
		t.Fatal(err)
	}
	env.advance(t)
	env.get(t, "/token/2", "")
	if _, cache := env.get(t, "/token/2", ""); cache != "miss" {
		t.Errorf("token page still loading its metadata: X-Cache %q, want miss (never stored)", cache)
	}
	env.get(t, "/browse", "")
	if _, cache := env.get(t, "/browse", ""); cache != "miss" {
		t.Errorf("browse page showing a token still loading: X-Cache %q, want miss", cache)
	}
	env.get(t, "/token/1", "")
	if _, cache := env.get(t, "/token/1", ""); cache != "hit" {
		t.Errorf("a settled token's page: X-Cache %q, want hit", cache)
	}
}

func TestPageCache_NoPageCrossesPeople(t *testing.T) {
	env := newCacheEnv(t)
	env.advance(t)
	aliceCookie, alice, aliceCSRF := env.signIn(t)
	bobCookie, bob, bobCSRF := env.signIn(t)

	// Token pages are left out here: a signed-in token page reads the
	// chain (license and review state), which this test does not run; the
	// session check they pass is the same one as these pages'.
	for _, path := range []string{"/browse", "/browse?kind=art", "/"} {
		// Alice first: her page must not be kept for anyone.
		body, cache := env.get(t, path, aliceCookie)
		if cache != "" || !strings.Contains(body, alice) || !strings.Contains(body, aliceCSRF) {
			t.Fatalf("%s for Alice: X-Cache %q, her address shown %v", path, cache, strings.Contains(body, alice))
		}
		anon, _ := env.get(t, path, "")
		anon2, cache := env.get(t, path, "")
		if cache != "hit" || anon2 != anon {
			t.Fatalf("%s anonymous, twice: X-Cache %q", path, cache)
		}
		for _, secret := range []string{alice, aliceCSRF, bob, bobCSRF} {
			if strings.Contains(anon, secret) {
				t.Errorf("%s anonymous page shows a signed-in person's %q", path, secret)
			}
		}
		// Bob after the anonymous page was cached: he gets his own.
		body, cache = env.get(t, path, bobCookie)
		if cache != "" || !strings.Contains(body, bob) || !strings.Contains(body, bobCSRF) || strings.Contains(body, alice) {
			t.Errorf("%s for Bob: X-Cache %q, his address %v, Alice's %v", path, cache,
				strings.Contains(body, bob), strings.Contains(body, alice))
		}
	}
}

// rawSQLite opens a second connection to the store's file, to change rows
// as the indexer would.
func rawSQLite(t *testing.T, target store.Target) *gorm.DB {
	t.Helper()
	db, err := gorm.Open(sqlite.Open("file:"+target.DSN+"?_pragma=busy_timeout(10000)"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	})
	return db
}

// TestCatalogueVersion_MovesWithEveryChange checks, on both databases, that
// the version pages are keyed on with a long expiry moves with everything
// that changes the catalogue without a new head: metadata arriving or
// failing, and moderation hiding or restoring a token; and that a cached
// page is not served across such a change.
func TestCatalogueVersion_MovesWithEveryChange(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		st := storetest.Open(t, target)
		m := newVersionedMarketCache(st.CatalogueVersion, func(context.Context) Status { return Status{ChainID: 1337} })
		if _, ok := m.generation(ctx); ok {
			t.Fatal("a generation before the index applied anything")
		}

		ref := listing.BlockRef{Number: 5, Hash: fmt.Sprintf("0x%064x", 5)}
		const cid = "bafkreiversion"
		ev := func(kind listing.ActivityKind, log uint, account, to string, data string) listing.ChainEvent {
			return listing.ChainEvent{TxHash: fmt.Sprintf("0x%064x", 1), LogIndex: log, Block: 5, BlockHash: ref.Hash,
				BlockTime: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Contract: "0x" + strings.Repeat("ab", 20),
				Kind: string(kind), TokenID: 1, HasToken: true, Account: account, Counterparty: to, Data: data}
		}
		creator := "0x" + strings.Repeat("12", 20)
		err := st.ApplyIndexBatch(ctx, listing.IndexBatch{Events: []listing.ChainEvent{
			ev(listing.Transferred, 0, "0x"+strings.Repeat("00", 20), creator, ""),
			ev(listing.Minted, 1, creator, "", mintData(t, cid)),
		}, Blocks: []listing.BlockRef{ref}, Cursor: listing.IndexCursor{ChainID: 1337, Block: ref}})
		if err != nil {
			t.Fatal(err)
		}
		versions := []string{}
		step := func(what string, moved bool) {
			t.Helper()
			head, v, err := st.CatalogueVersion(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if head != 5 {
				t.Fatalf("%s: head %d, want 5", what, head)
			}
			if len(versions) > 0 {
				last := versions[len(versions)-1]
				if moved && (v == last || !newerGen(v, last)) {
					t.Errorf("%s: version %q after %q, want a newer one", what, v, last)
				}
				if !moved && v != last {
					t.Errorf("%s: version moved from %q to %q", what, last, v)
				}
			}
			versions = append(versions, v)
		}
		step("after the mint", true)
		if tok, err := st.Token(ctx, 1); err != nil || tok.MetadataCID != cid {
			t.Fatalf("seeded token: %+v, %v", tok, err)
		}

		// A page cached now is not served once the metadata arrives.
		time.Sleep(headTTL + 50*time.Millisecond) // the cache read head 0 above
		gen, ok := m.generation(ctx)
		if !ok {
			t.Fatal("no generation at head 5")
		}
		m.pages.put(gen, "token/1", []byte("Token #1, metadata loading"))
		if err := st.SetTokenMetadata(ctx, 1, cid, listing.TokenMetadata{Kind: listing.Art, Title: "Aurora"}); err != nil {
			t.Fatal(err)
		}
		step("metadata arrived", true)
		time.Sleep(headTTL + 50*time.Millisecond)
		if gen2, _ := m.generation(ctx); gen2 == gen {
			t.Error("the cache's generation did not move with the metadata")
		} else if _, ok := m.pages.get(gen2, "token/1"); ok {
			t.Error("a page of the old metadata was served")
		}

		if err := st.SetTokenMetadata(ctx, 1, "bafkreianother", listing.TokenMetadata{Title: "x"}); err != nil {
			t.Fatal(err)
		}
		step("metadata of another CID (no row changed)", false)
		if err := st.TokenMetadataFailed(ctx, 1, cid, true, time.Now()); err != nil {
			t.Fatal(err)
		}
		step("metadata unusable", true)

		admin := "0x" + strings.Repeat("34", 20)
		for _, a := range []moderation.Action{moderation.ActionHide, moderation.ActionRestore} {
			if _, err := st.Act(ctx, moderation.Entry{At: time.Now().UTC().Truncate(time.Microsecond), Admin: admin,
				Action: a, Target: moderation.TokenTargetOf(1), Reason: "test"}); err != nil {
				t.Fatal(err)
			}
			step(string(a), true)
		}
	})
}

func TestNewerGen_OrdersCountersNotHashes(t *testing.T) {
	v := func(head, meta, mod int, hash string) string {
		return versionGeneration(fmt.Sprintf("%020d.%020d.%020d.%s", head, meta, mod, hash), "strip")
	}
	for _, c := range []struct {
		have, got string
		newer     bool
	}{
		{v(5, 1, 0, "0xaa"), v(5, 0, 0, "0xaa"), true},
		{v(5, 0, 0, "0xaa"), v(5, 1, 0, "0xaa"), false},
		{v(6, 0, 0, "0xaa"), v(5, 9, 9, "0xaa"), true},
		{v(5, 0, 3, "0xaa"), v(5, 0, 2, "0xaa"), true},
		// A reorg re-applied to the same height: neither is older, so the
		// new state's pages replace the old ones.
		{v(5, 0, 0, "0xff"), v(5, 0, 0, "0x00"), false},
		{v(5, 0, 0, "0x00"), v(5, 0, 0, "0xff"), false},
		{generation(7, "s"), generation(6, "s"), true},
	} {
		if got := newerGen(c.have, c.got); got != c.newer {
			t.Errorf("newerGen(%q, %q) = %v, want %v", c.have, c.got, got, c.newer)
		}
	}
}

func mintData(t *testing.T, cid string) string {
	b, err := json.Marshal(listing.EventData{CID: cid, Digest: "0x" + strings.Repeat("01", 32), RoyaltyReceiver: "0x" + strings.Repeat("12", 20)})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
