package ipfs

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"
)

// BenchmarkKuboAdd measures Add through Kubo's HTTP RPC (multipart stream,
// our sha256 on the way) on the node named by MARKET_TEST_KUBO_API. Each
// round adds new bytes (testDataFrom), so Kubo never finds the blocks
// already stored.
//
//	MARKET_TEST_KUBO_API=$(scripts/kubo start DIR | cut -d= -f2) \
//	  go test -bench KuboAdd -run '^$' ./internal/ipfs
func BenchmarkKuboAdd(b *testing.B) {
	for _, size := range []int64{64 * mib, 256 * mib} {
		b.Run(fmt.Sprintf("%dMiB", size/mib), func(b *testing.B) {
			k := benchKubo(b)
			ctx := context.Background()
			b.SetBytes(size)
			seed := uint64(time.Now().UnixNano()) << 16
			for i := 0; b.Loop(); i++ {
				if _, err := k.Add(ctx, testDataFrom(seed+uint64(i)<<12, size)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func benchKubo(b *testing.B) *Kubo {
	b.Helper()
	api := os.Getenv("MARKET_TEST_KUBO_API")
	if api == "" {
		b.Skip("no Kubo: set MARKET_TEST_KUBO_API")
	}
	k, err := DialKubo(context.Background(), api, testLogger(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { k.Close() })
	return k
}
