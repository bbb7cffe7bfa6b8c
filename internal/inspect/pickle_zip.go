package inspect

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Limits for zip archives (PyTorch's torch.save format since 1.6).
const (
	maxZipPickles     = 16      // .pkl entries scanned per archive
	maxZipPickleBytes = 1 << 30 // uncompressed bytes of one .pkl entry
)

// inspectZip opens the archive's central directory (archive/zip reads only
// the directory; entry data is read on demand) and scans every .pkl entry.
// A zip without pickles is reported as an ordinary zip.
func inspectZip(r io.ReaderAt, size int64, rep *Report) error {
	rep.MediaType = "application/zip"
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return malformed("zip: %v", err)
	}
	var pickles []*zip.File
	torchScript := false
	for _, f := range zr.File {
		switch {
		case path.Ext(f.Name) == ".pkl":
			pickles = append(pickles, f)
		case path.Ext(f.Name) == ".py" && strings.Contains(f.Name, "/code/"):
			torchScript = true
		}
	}
	if len(pickles) == 0 {
		return nil
	}
	rep.Kind = KindPickle
	rep.MediaType = "application/octet-stream"
	info := &PickleInfo{Container: "pytorch-zip", Complete: true, Warning: PickleWarning, Imports: []PickleImport{}}
	rep.Pickle = info
	if torchScript {
		rep.Warnings = append(rep.Warnings, "This is a TorchScript archive: it contains Python code (code/*.py) that torch.jit.load compiles and runs.")
	}
	if len(pickles) > maxZipPickles {
		info.Complete = false
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("Only the first %d of %d pickles in the archive were scanned.", maxZipPickles, len(pickles)))
		pickles = pickles[:maxZipPickles]
	}
	sc := newPickleScanner(info)
	for _, f := range pickles {
		info.Files = append(info.Files, f.Name)
		if err := scanZipPickle(sc, f); err != nil {
			info.Complete = false
			return fmt.Errorf("zip entry %q: %w", f.Name, err)
		}
	}
	return nil
}

// scanZipPickle scans one entry; a declared size above the limit is refused
// before anything is decompressed, and the limit also caps what is read.
func scanZipPickle(sc *pickleScanner, f *zip.File) error {
	if f.UncompressedSize64 > maxZipPickleBytes {
		return overLimit("%d byte pickle, limit %d", f.UncompressedSize64, maxZipPickleBytes)
	}
	rc, err := f.Open()
	if err != nil {
		return malformed("open: %v", err)
	}
	defer rc.Close()
	return sc.scan(rc, int64(f.UncompressedSize64), false)
}
