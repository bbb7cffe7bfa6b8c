package inspect

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// seqReader reads a header front to back through a buffer, tracking its
// position so that every length read from the file can be checked against
// the bytes that remain before anything is allocated or skipped.
type seqReader struct {
	src   *io.SectionReader
	br    *bufio.Reader
	pos   int64
	size  int64
	order binary.ByteOrder
	buf   [8]byte
}

func newSeqReader(r io.ReaderAt, size int64) *seqReader {
	src := io.NewSectionReader(r, 0, size)
	return &seqReader{src: src, br: bufio.NewReaderSize(src, bufSize(size)), size: size, order: binary.LittleEndian}
}

// bufSize is the read buffer for a stream of n bytes: 64 KiB, less for small
// inputs (bufio's minimum is 16).
func bufSize(n int64) int { return int(max(16, min(n, 64<<10))) }

func (s *seqReader) remaining() int64 { return s.size - s.pos }

// fill reads exactly len(p) bytes; running out is ErrMalformed (the header
// promised them).
func (s *seqReader) fill(p []byte) error {
	n, err := io.ReadFull(s.br, p)
	s.pos += int64(n)
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return malformed("truncated at byte %d", s.pos)
		}
		return fmt.Errorf("read at %d: %w", s.pos, err)
	}
	return nil
}

func (s *seqReader) u8() (uint8, error) {
	err := s.fill(s.buf[:1])
	return s.buf[0], err
}

func (s *seqReader) u16() (uint16, error) {
	err := s.fill(s.buf[:2])
	return s.order.Uint16(s.buf[:2]), err
}

func (s *seqReader) u32() (uint32, error) {
	err := s.fill(s.buf[:4])
	return s.order.Uint32(s.buf[:4]), err
}

func (s *seqReader) u64() (uint64, error) {
	err := s.fill(s.buf[:8])
	return s.order.Uint64(s.buf[:8]), err
}

// skip discards n bytes after checking they exist.
func (s *seqReader) skip(n uint64) error {
	if n > uint64(s.remaining()) {
		return malformed("%d bytes needed at byte %d, %d remain", n, s.pos, s.remaining())
	}
	if err := skipBuffered(s.br, s.src, int64(n)); err != nil {
		return err
	}
	s.pos += int64(n)
	return nil
}

// skipBuffered skips n bytes of br, whose source is src. Beyond what is
// buffered it seeks instead of reading, so that skipping a multi-GB array
// or pickle payload costs nothing. The caller has checked that n bytes
// remain, so the reads after a seek past the end fail and are reported.
func skipBuffered(br *bufio.Reader, src io.ReadSeeker, n int64) error {
	if b := int64(br.Buffered()); n > b && src != nil {
		if _, err := br.Discard(int(b)); err != nil {
			return fmt.Errorf("skip: %w", err)
		}
		if _, err := src.Seek(n-b, io.SeekCurrent); err != nil {
			return fmt.Errorf("skip: %w", err)
		}
		br.Reset(src)
		return nil
	}
	if _, err := br.Discard(int(n)); err != nil {
		return malformed("truncated skipping %d bytes", n)
	}
	return nil
}

// bytesN reads n bytes into a new slice; n is checked against the remaining
// bytes and against limit first.
func (s *seqReader) bytesN(n, limit uint64) ([]byte, error) {
	if n > uint64(s.remaining()) {
		return nil, malformed("%d bytes needed at byte %d, %d remain", n, s.pos, s.remaining())
	}
	if n > limit {
		return nil, overLimit("%d byte field at byte %d, limit %d", n, s.pos, limit)
	}
	p := make([]byte, n)
	return p, s.fill(p)
}
