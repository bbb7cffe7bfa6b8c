package verify

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"modelmarket/internal/upload"
)

// FileEntry is one file of a hashed folder.
type FileEntry struct {
	Path   string // inside the folder, "/"-separated
	Size   int64
	SHA256 [32]byte
}

// HashFile returns the sha256 of the file at path, reading it once in a
// stream (memory stays flat for any size). It stops when ctx ends.
func HashFile(ctx context.Context, path string) ([32]byte, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return [32]byte{}, 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.CopyBuffer(h, ctxReader{ctx, f}, make([]byte, 1<<20))
	if err != nil {
		return [32]byte{}, 0, fmt.Errorf("read %s: %w", path, err)
	}
	return [32]byte(h.Sum(nil)), n, nil
}

// HashDir hashes every regular file under dir (symbolic links and other
// special files are skipped, as `find -type f` does) and returns the
// folder's root digest exactly as an upload computes it (upload.RootDigest;
// README "Folders") with the files sorted by path. Paths the upload would
// refuse are refused here too (apperr.Invalid).
func HashDir(ctx context.Context, dir string, progress func(FileEntry)) ([32]byte, []FileEntry, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			paths = append(paths, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return [32]byte{}, nil, err
	}
	if err := upload.ValidateBundlePaths(paths); err != nil {
		return [32]byte{}, nil, err
	}
	files := make([]upload.BundleFile, 0, len(paths))
	entries := make([]FileEntry, 0, len(paths))
	slices.Sort(paths) // bytewise, as RootDigest orders them (WalkDir's order differs: "a/b" before "a-b")
	for _, p := range paths {
		sum, n, err := HashFile(ctx, filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return [32]byte{}, nil, err
		}
		files = append(files, upload.BundleFile{Path: p, Size: n, SHA256: sum})
		e := FileEntry{Path: p, Size: n, SHA256: sum}
		entries = append(entries, e)
		if progress != nil {
			progress(e)
		}
	}
	return upload.RootDigest(files), entries, nil
}

// ctxReader fails reads once ctx has ended, so a long hash can be stopped.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
