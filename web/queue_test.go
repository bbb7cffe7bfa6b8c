package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
)

// queueServer serves GET /page through q; each request announces itself on
// entered and holds its slot until release is closed.
func queueServer(t *testing.T, q *pageQueue, entered chan<- struct{}, release <-chan struct{}, running, most *atomic.Int32) *httptest.Server {
	t.Helper()
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		p := classify(err)
		c.String(p.status, p.message)
	}
	e.GET("/page", func(c echo.Context) error {
		n := running.Add(1)
		defer running.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		entered <- struct{}{}
		<-release
		return c.String(http.StatusOK, "page")
	}, q.limit)
	srv := httptest.NewServer(e)
	t.Cleanup(srv.Close)
	return srv
}

// getCode GETs url and returns the status code, 0 when no answer came.
func getCode(url string) int {
	resp, err := http.Get(url)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestPageQueue_RunsAtMostItsSlotsAndServesEveryone(t *testing.T) {
	var running, most atomic.Int32
	entered := make(chan struct{}, 16)
	release := make(chan struct{})
	srv := queueServer(t, newPageQueue(2, 10*time.Second), entered, release, &running, &most)

	const n = 7
	codes := make(chan int, n)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() { codes <- getCode(srv.URL + "/page") })
	}
	<-entered
	<-entered
	select {
	case <-entered:
		t.Fatal("a third request ran while two held the slots")
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != http.StatusOK {
			t.Fatalf("a queued request got %d, want 200", c)
		}
	}
	if m := most.Load(); m != 2 {
		t.Fatalf("at most %d ran at once, want 2", m)
	}
}

func TestPageQueue_BusyAfterTheWaitAndNoSlotLeaks(t *testing.T) {
	var running, most atomic.Int32
	entered := make(chan struct{}, 16)
	release := make(chan struct{})
	q := newPageQueue(1, 100*time.Millisecond)
	srv := queueServer(t, q, entered, release, &running, &most)

	first := make(chan int, 1)
	go func() { first <- getCode(srv.URL + "/page") }()
	<-entered

	// Waits past the limit: a clear 503 with Retry-After, handler not run.
	resp, err := http.Get(srv.URL + "/page")
	if err != nil {
		t.Fatal(err)
	}
	body := new(strings.Builder)
	_, _ = io.Copy(body, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(body.String(), "very busy") {
		t.Fatalf("queued past the wait: %d Retry-After %q %q", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}

	// A client that leaves while queued gives up its place.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/page", nil)
	if _, err := http.DefaultClient.Do(req); err == nil {
		t.Fatal("a request whose client left was answered")
	}

	close(release)
	if c := <-first; c != http.StatusOK {
		t.Fatalf("the request holding the slot got %d", c)
	}
	// The slot is free again: neither the refused nor the abandoned request kept it.
	if len(q.slots) != 0 {
		t.Fatalf("%d slots still taken after every request ended", len(q.slots))
	}
	resp, err = http.Get(srv.URL + "/page")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || most.Load() != 1 {
		t.Fatalf("after the queue emptied: %d, at most %d at once", resp.StatusCode, most.Load())
	}
}
