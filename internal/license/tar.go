package license

import (
	"archive/tar"
	"context"
	"fmt"
	"io"
	"strings"
	"time"
)

// SumsFile is the name of the checksum list WriteTar appends: the lines
// "<sha256>  <path>" that `sha256sum -c SHA256SUMS` checks.
const SumsFile = "SHA256SUMS"

func sums(m Manifest) string {
	var b strings.Builder
	for _, f := range m.Files {
		fmt.Fprintf(&b, "%s  %s\n", f.SHA256, f.Path)
	}
	return b.String()
}

// WriteTar streams every file of m (plaintext, decrypted on the fly) into an
// uncompressed tar archive on w, in the manifest's order, then SHA256SUMS
// (unless a file already has that name). Weights do not compress, and a tar
// streams: no index at the end to hold back, unlike a zip. Each file
// goes through Open, so a file that fails authentication stops the archive
// with an error wrapping seal.ErrAuthentication before its last bytes.
func (d *Downloads) WriteTar(ctx context.Context, w io.Writer, m Manifest) error {
	tw := tar.NewWriter(w)
	for _, f := range m.Files {
		if err := d.tarFile(ctx, tw, f); err != nil {
			return err
		}
	}
	if _, taken := m.File(SumsFile); !taken {
		s := sums(m)
		if err := tw.WriteHeader(tarHeader(SumsFile, int64(len(s)))); err != nil {
			return fmt.Errorf("tar %s: %w", SumsFile, err)
		}
		if _, err := io.WriteString(tw, s); err != nil {
			return fmt.Errorf("tar %s: %w", SumsFile, err)
		}
	}
	if err := tw.Close(); err != nil {
		return fmt.Errorf("tar: %w", err)
	}
	return nil
}

func (d *Downloads) tarFile(ctx context.Context, tw *tar.Writer, f File) error {
	r, err := d.Open(ctx, f)
	if err != nil {
		return err
	}
	defer r.Close()
	if err := tw.WriteHeader(tarHeader(f.Path, f.Size)); err != nil {
		return fmt.Errorf("tar %s: %w", f.Path, err)
	}
	if _, err := io.CopyN(tw, r, f.Size); err != nil {
		return fmt.Errorf("tar %s: %w", f.Path, err)
	}
	return nil
}

// tarHeader is a plain file entry; the fixed time makes the archive of a
// version the same bytes every time. Go picks USTAR, or PAX for long names.
func tarHeader(name string, size int64) *tar.Header {
	return &tar.Header{
		Typeflag: tar.TypeReg, Name: name, Size: size, Mode: 0o644,
		ModTime: time.Unix(0, 0),
	}
}
