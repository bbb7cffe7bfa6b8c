package ipfs

import (
	"os"

	"github.com/ipfs/go-cid"
	"golang.org/x/sys/unix"
)

// dropBehind writes the block file of c to the device now and drops its
// pages from the page cache. An import streams GBs that nobody reads soon:
// left in the cache they would evict what is read (the database, popular
// files) and pile up as dirty pages for Close to flush. Dropping them also
// lets the next block reuse the same few pages, which matters on VMs that
// back fresh guest memory lazily: measured here, buffered writes of new
// 1 MiB files cost 2–3.4 ns/B of CPU, drop-behind 0.3–0.5 ns/B (2 GB/s).
// It is an optimization only: errors are ignored (the block is written
// either way).
func (n *Node) dropBehind(c cid.Cid) {
	f, err := os.Open(n.blockPath(c))
	if err != nil {
		return
	}
	defer f.Close()
	fd := int(f.Fd())
	const flags = unix.SYNC_FILE_RANGE_WAIT_BEFORE | unix.SYNC_FILE_RANGE_WRITE | unix.SYNC_FILE_RANGE_WAIT_AFTER
	if unix.SyncFileRange(fd, 0, 0, flags) == nil {
		_ = unix.Fadvise(fd, 0, 0, unix.FADV_DONTNEED)
	}
}
