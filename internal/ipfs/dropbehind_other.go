//go:build !linux

package ipfs

import "github.com/ipfs/go-cid"

// dropBehind needs sync_file_range(2), which only Linux has; elsewhere
// blocks stay in the page cache until the OS writes them back.
func (n *Node) dropBehind(cid.Cid) {}
