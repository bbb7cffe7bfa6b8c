//go:build unix

package ipfs

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/ipld/merkledag"
	ds "github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	flatfs "github.com/ipfs/go-ds-flatfs"
)

// BenchmarkAdd256MiB measures Add (UnixFS import into flatfs on disk, CID
// and whole-file sha256 together, pin included) against plain sha256 over
// the same bytes from the same generator in the same run; the goal is
// ratio >= 0.60. It also reports the peak heap growth during one Add, at
// 64 MiB and at 256 MiB: it must not grow with the file.
//
//	go test -bench Add256 -run '^$' ./internal/ipfs
func BenchmarkAdd256MiB(b *testing.B) {
	for _, size := range []int64{64 * mib, 256 * mib} {
		b.Run(fmt.Sprintf("%dMiB", size/mib), func(b *testing.B) {
			root := b.TempDir()
			benchmarkAdd(b, size, func(i int) *Node {
				n, err := Open(context.Background(), filepath.Join(root, fmt.Sprint(i)), testLogger(b))
				if err != nil {
					b.Fatal(err)
				}
				return n
			})
		})
	}
}

// BenchmarkImport256MiBInMemory is the same pipeline into an in-memory
// block store: what our code reaches when the disk costs nothing. Next to
// BenchmarkAdd256MiB it tells the pipeline's share from the page cache's.
func BenchmarkImport256MiBInMemory(b *testing.B) {
	benchmarkAdd(b, 256*mib, func(int) *Node {
		mem := blockstore.NewBlockstore(dssync.MutexWrap(ds.NewMapDatastore()),
			blockstore.NoPrefix(), blockstore.WriteThrough(true))
		// dir and shard only serve dropBehind, which finds no file there.
		n := &Node{log: testLogger(b), dir: b.TempDir(), shard: flatfs.NextToLast(2).Func(),
			bs: newCountingBlockstore(mem, 0)}
		n.dag = merkledag.NewDAGService(blockservice.New(n.bs, nil))
		return n // no pinner: benchmarkAdd imports without pinning when pins is nil
	})
}

func benchmarkAdd(b *testing.B, size int64, newNode func(round int) *Node) {
	ctx := context.Background()
	var addTime, shaTime, addCPU time.Duration
	var maxGrowth uint64
	b.SetBytes(size)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		// A fresh store each round: the same bytes would dedupe into a
		// no-op. Rounds keep their files: deleting them makes ext4 scan its
		// recently deleted inodes on the next creates, which is not what
		// a server that never deletes pays.
		n := newNode(i)
		if n.blocks != nil {
			// Start without the previous round's writeback debt.
			if err := syncFS(filepath.Join(n.dir, blocksDirName)); err != nil {
				b.Fatal(err)
			}
		}
		start := time.Now()
		h := sha256.New()
		if _, err := io.Copy(h, testData(size)); err != nil {
			b.Fatal(err)
		}
		shaTime += time.Since(start)
		want := [32]byte(h.Sum(nil))
		runtime.GC()
		stopSampling := sampleHeap()
		b.StartTimer()

		cpu0 := processCPU()
		start = time.Now()
		var added Added
		var err error
		if n.pins != nil {
			added, err = n.Add(ctx, testData(size))
		} else {
			added, err = n.importFile(ctx, testData(size))
		}
		addTime += time.Since(start)
		addCPU += processCPU() - cpu0

		b.StopTimer()
		base, peak := stopSampling()
		if err != nil {
			b.Fatal(err)
		}
		if added.Size != size || added.SHA256 != want {
			b.Fatalf("Add gave size %d sha256 %x, want %d %x", added.Size, added.SHA256, size, want)
		}
		maxGrowth = max(maxGrowth, peak-base)
		if n.pins != nil {
			if err := n.Close(); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
	}
	total := float64(size) * float64(b.N) / 1e6
	addMBs, shaMBs := total/addTime.Seconds(), total/shaTime.Seconds()
	b.ReportMetric(addMBs, "add_MB/s")
	b.ReportMetric(shaMBs, "sha256_MB/s")
	b.ReportMetric(addMBs/shaMBs, "ratio")
	b.ReportMetric(float64(maxGrowth), "heap_growth_B")
	b.ReportMetric(addCPU.Seconds()/addTime.Seconds(), "add_cores")
}

// processCPU is the user+system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// sampleHeap records HeapInuse now and its peak, sampled every 5 ms, until
// the returned func is called.
func sampleHeap() (stop func() (base, peak uint64)) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapInuse, ms.HeapInuse
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
		}
	})
	return func() (uint64, uint64) {
		close(done)
		wg.Wait()
		runtime.ReadMemStats(&ms)
		return base, max(peak, ms.HeapInuse)
	}
}
