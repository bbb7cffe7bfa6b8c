package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// target is one kind of request the load generator sends.
type target struct {
	name string
	// url returns the next request's path and query, drawn with rng.
	url func(rng *rand.Rand) string
	// cookie, when set, is sent as the Cookie header (a signed-in person).
	cookie string
	// goal: the p99 ratio to static at most, and the throughput ratio at
	// least (0: no throughput goal).
	maxP99, minRPS float64
}

// result is what one target's run measured.
type result struct {
	name     string
	requests int
	errors   int // transport errors and non-200 answers
	hits     int // answers served from the page cache (X-Cache: hit)
	bytes    int64
	rps      float64
	p50, p99 time.Duration
}

// newClient returns a keep-alive client that holds one connection per
// worker to the server.
func newClient(conns int) *http.Client {
	return &http.Client{Transport: &http.Transport{
		MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns,
		IdleConnTimeout: time.Minute, DisableCompression: true,
	}}
}

// runTarget sends t's requests from conns workers for d (after warm for the
// connections and caches to settle, not counted) and measures them.
func runTarget(ctx context.Context, client *http.Client, base string, t target, conns int, warm, d time.Duration, seed uint64) result {
	var (
		counting atomic.Bool
		wg       sync.WaitGroup
		mu       sync.Mutex
		all      []time.Duration
		res      = result{name: t.name}
	)
	stop := time.Now().Add(warm + d)
	var start time.Time
	for w := range conns {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(seed, uint64(w)))
			lat := make([]time.Duration, 0, 4096)
			var errs, hits int
			var bytes int64
			for time.Now().Before(stop) && ctx.Err() == nil {
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+t.url(rng), nil)
				req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
				if t.cookie != "" {
					req.Header.Set("Cookie", t.cookie)
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				var n int64
				ok := err == nil
				if ok {
					n, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					ok = err == nil && resp.StatusCode == http.StatusOK
				}
				el := time.Since(t0)
				if !counting.Load() {
					continue
				}
				lat = append(lat, el)
				bytes += n
				if !ok {
					errs++
				} else if resp.Header.Get("X-Cache") == "hit" {
					hits++
				}
			}
			mu.Lock()
			all = append(all, lat...)
			res.errors += errs
			res.hits += hits
			res.bytes += bytes
			mu.Unlock()
		})
	}
	time.Sleep(warm)
	start = time.Now()
	counting.Store(true)
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(all)
	res.requests = len(all)
	res.rps = float64(len(all)) / elapsed.Seconds()
	res.p50, res.p99 = percentile(all, 0.50), percentile(all, 0.99)
	return res
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// crawl fetches every token page once from a few connections, as a
// crawler does after a deploy, and returns how long it took. Run before
// the targets, it makes the token target measure the steady state of a
// long-lived page cache instead of its first minutes (a page that expires
// sooner is rendered again on demand, as without the crawl).
func crawl(ctx context.Context, client *http.Client, base string, tokens int) (time.Duration, error) {
	const workers = 8
	start := time.Now()
	var next atomic.Int64
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for id := next.Add(1); id <= int64(tokens) && ctx.Err() == nil; id = next.Add(1) {
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/token/%d", base, id), nil)
				resp, err := client.Do(req)
				if err != nil {
					errs[w] = err
					return
				}
				_, err = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != http.StatusOK {
					errs[w] = fmt.Errorf("crawl token %d: %s %v", id, resp.Status, err)
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return 0, err
		}
	}
	return time.Since(start), ctx.Err()
}
