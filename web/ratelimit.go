package web

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// Sign-in nonces: each POST /api/auth/nonce writes a row, so one client IP
// may ask for nonceBurst at once and one more every nonceEvery (30 a minute),
// far above what a person signing in needs.
const (
	nonceBurst = 30
	nonceEvery = 2 * time.Second
)

// rateLimiter is a token bucket per key (a client IP), in memory: each key
// may spend burst requests at once and regains one every per. Each replica
// counts on its own, which is enough to stop one client from filling the
// nonce table.
type rateLimiter struct {
	mu      sync.Mutex
	burst   float64
	per     time.Duration
	now     func() time.Time
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newRateLimiter(burst int, per time.Duration) *rateLimiter {
	return &rateLimiter{burst: float64(burst), per: per, now: time.Now, buckets: map[string]*bucket{}}
}

// allow spends one token of key's bucket and reports whether there was one.
func (l *rateLimiter) allow(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	// Full buckets carry no information: drop them now and then so the map
	// holds only clients seen in the last few minutes.
	if now.Sub(l.swept) > time.Minute {
		for k, b := range l.buckets {
			if l.refill(b, now) >= l.burst {
				delete(l.buckets, k)
			}
		}
		l.swept = now
	}
	b := l.buckets[key]
	if b == nil {
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[key] = b
	}
	b.tokens, b.at = l.refill(b, now), now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func (l *rateLimiter) refill(b *bucket, now time.Time) float64 {
	return min(l.burst, b.tokens+float64(now.Sub(b.at))/float64(l.per))
}

// clientIP is the connection's peer address. Forwarded-for headers are not
// trusted: any client could name any address there and escape its bucket.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
