package ipfs

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// syncFS makes every written file of the file system holding dir durable:
// one syncfs(2) instead of an fsync per block file.
func syncFS(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("syncfs %s: %w", dir, err)
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fmt.Errorf("syncfs %s: %w", dir, err)
	}
	return nil
}
