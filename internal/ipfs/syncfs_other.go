//go:build !linux

package ipfs

import (
	"fmt"
	"os"
)

// syncFS has no syncfs(2) outside Linux: fsync the block directory itself,
// which the OS may or may not extend to the files below it.
func syncFS(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
