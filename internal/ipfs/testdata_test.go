package ipfs

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
)

const mib = 1 << 20

var (
	baseOnce  sync.Once
	baseBlock []byte
)

// testData returns size deterministic bytes, fast enough not to slow down a
// benchmark: one MiB of ChaCha8 output (fixed seed) repeated, with the first
// 8 bytes of each MiB XORed with that MiB's index, so no two 1 MiB chunks are
// equal (the block store would store a repeated chunk once).
func testData(size int64) io.Reader { return testDataFrom(0, size) }

// testDataFrom is testData whose MiB indexes start at first: streams with
// different first share no chunk.
func testDataFrom(first uint64, size int64) io.Reader {
	baseOnce.Do(func() {
		var seed [32]byte
		copy(seed[:], "modelmarket ipfs test vectors v1")
		baseBlock = make([]byte, mib)
		_, _ = rand.NewChaCha8(seed).Read(baseBlock)
	})
	return &patternReader{first: first, size: size}
}

type patternReader struct {
	first     uint64
	off, size int64
}

func (p *patternReader) Read(b []byte) (int, error) {
	if p.off >= p.size {
		return 0, io.EOF
	}
	if rem := p.size - p.off; int64(len(b)) > rem {
		b = b[:rem]
	}
	n := 0
	for n < len(b) {
		idx, in := p.first+uint64(p.off/mib), p.off%mib
		c := copy(b[n:], baseBlock[in:])
		for i := in; i < 8 && i < in+int64(c); i++ {
			b[n+int(i-in)] ^= byte(idx >> (8 * i))
		}
		n += c
		p.off += int64(c)
	}
	return n, nil
}

// openNode opens a node on a fresh temp dir and closes it with the test.
func openNode(t testing.TB) (*Node, string) {
	t.Helper()
	dir := t.TempDir()
	n, err := Open(context.Background(), dir, testLogger(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return n, dir
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}
