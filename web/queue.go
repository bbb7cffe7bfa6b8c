package web

import (
	"runtime"
	"time"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
)

// Catalogue pages (home, browse and search, token pages, profiles and
// their JSON) are answered by at most a few requests at a time, the others
// waiting their turn in arrival order.
//
// Why: under a crowd (bench/load: 200 connections on 2 cores) Go shares the
// CPU among every runnable request. A search the page cache has not seen
// needs ~3 ms of CPU; sliced 100 ways among cache hits it took 400 ms, and
// the search p99 was 25-30x a static page's. Queued, a request waits its
// turn and then runs nearly alone, so a slow page costs its own time plus
// the queue's, and the queue moves as fast as the CPU allows.
//
// Token pages have a queue of their own: a render asks the chain (offers,
// versions), and a slow or dead RPC node must not hold the slots browse and
// search need, which read the database only.
const (
	// pageSlotsPerCPU: more slots than CPUs, so a page waiting on the
	// chain (a token page's offers and versions) or the database does not
	// leave a CPU idle; few enough that each runs at near full speed.
	pageSlotsPerCPU = 4
	// pageQueueWait is how long a request may wait for a slot before the
	// server says it is busy: past that, the person is better served by a
	// clear answer than by a page that may never come.
	pageQueueWait = 10 * time.Second
)

// pageQueue admits requests to the pages it guards, first come first served
// (a channel's blocked senders are woken in order).
type pageQueue struct {
	slots chan struct{}
	wait  time.Duration
}

// newPageQueue returns a queue with n slots (n ≤ 0: pageSlotsPerCPU per
// CPU Go may use) and the longest wait for one (≤ 0: pageQueueWait).
func newPageQueue(n int, wait time.Duration) *pageQueue {
	if n <= 0 {
		n = pageSlotsPerCPU * runtime.GOMAXPROCS(0)
	}
	if wait <= 0 {
		wait = pageQueueWait
	}
	return &pageQueue{slots: make(chan struct{}, n), wait: wait}
}

// limit is route middleware: next runs once a slot is free. A request that
// waits longer than q.wait gets 503 with Retry-After; one whose client left
// while waiting is dropped without running.
func (q *pageQueue) limit(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		select {
		case q.slots <- struct{}{}: // a free slot: no timer to set up
		default:
			if ok, err := q.await(c); !ok {
				return err // nil when the client left
			}
		}
		defer func() { <-q.slots }()
		return next(c)
	}
}

// await waits for a slot; ok reports whether it got one (and must give it
// back). Otherwise err is the answer, nil when the client has left.
func (q *pageQueue) await(c echo.Context) (ok bool, err error) {
	timer := time.NewTimer(q.wait)
	defer timer.Stop()
	select {
	case q.slots <- struct{}{}:
		return true, nil
	case <-timer.C:
		c.Response().Header().Set("Retry-After", "5")
		return false, apperr.E(apperr.Unavailable, "The marketplace is very busy right now. Please try again in a few seconds.")
	case <-c.Request().Context().Done():
		// Nobody is left to read an answer; say so in the access log.
		c.Response().Status = statusClientClosed
		return false, nil
	}
}

// statusClientClosed is the access log's status for a request whose client
// went away before it was answered (nginx's 499; never sent).
const statusClientClosed = 499
