package inspect

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// countingReaderAt counts the bytes a parser reads.
type countingReaderAt struct {
	f *os.File
	n atomic.Int64
}

func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.f.ReadAt(p, off)
	c.n.Add(int64(n))
	return n, err
}

// sparseFile writes head at the start of a file of the given size; the rest
// is a hole, so multi-GB files cost no disk and no time.
func sparseFile(t *testing.T, head []byte, size int64, tail []byte) *countingReaderAt {
	t.Helper()
	f, err := os.Create(filepath.Join(t.TempDir(), "big"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	if _, err := f.Write(head); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(tail, size-int64(len(tail))); err != nil {
		t.Fatal(err)
	}
	return &countingReaderAt{f: f}
}

// The parsers read headers only: on multi-GB files they read well under a
// megabyte, and 64-bit offsets and counts come out right.
func TestInspect_MultiGBFilesReadHeadersOnly(t *testing.T) {
	const big = 6 << 30
	t.Run("safetensors", func(t *testing.T) {
		hdr := []byte(`{"big":{"dtype":"U8","shape":[6442450944],"data_offsets":[0,6442450944]},` +
			`"tail":{"dtype":"F32","shape":[2],"data_offsets":[6442450944,6442450952]}}`)
		head := append(binary.LittleEndian.AppendUint64(nil, uint64(len(hdr))), hdr...)
		r := sparseFile(t, head, int64(len(head))+big+8, nil)
		rep, err := Inspect(r, int64(len(head))+big+8, "big.safetensors")
		if err != nil {
			t.Fatal(err)
		}
		if rep.Safetensors.ParameterCount != big+2 || rep.Safetensors.BytesByDtype["U8"] != big {
			t.Fatalf("got %+v", rep.Safetensors)
		}
		if r.n.Load() > 1<<20 {
			t.Fatalf("read %d bytes", r.n.Load())
		}
	})
	t.Run("gguf", func(t *testing.T) {
		// F16 [65536, 32768]: 2^31 elements, 4 GiB of data.
		hdr, dataLen := buildGGUFHeader(0, func(*ggufWriter) {}, []ggufTensorSpec{{"w", []uint64{1 << 16, 1 << 15}, 1, 4 << 30}})
		size := int64(len(hdr)) + dataLen
		r := sparseFile(t, hdr, size, nil)
		rep, err := Inspect(r, size, "big.gguf")
		if err != nil {
			t.Fatal(err)
		}
		if rep.GGUF.ParameterCount != 1<<31 || rep.GGUF.BytesByType["F16"] != 4<<30 {
			t.Fatalf("got %+v", rep.GGUF)
		}
		if r.n.Load() > 1<<20 {
			t.Fatalf("read %d bytes", r.n.Load())
		}
	})
	t.Run("pickle payload is skipped, not read", func(t *testing.T) {
		// protocol 4: BINBYTES8 of 6 GiB, then os.system after it.
		head := append([]byte("\x80\x04\x8e"), binary.LittleEndian.AppendUint64(nil, big)...)
		tail := []byte("0cos\nsystem\n.")
		size := int64(len(head)) + big + int64(len(tail))
		r := sparseFile(t, head, size, tail)
		rep, err := Inspect(r, size, "big.pkl")
		if err != nil {
			t.Fatal(err)
		}
		if !rep.Pickle.Dangerous || rep.Pickle.Imports[0].Name != "system" {
			t.Fatalf("got %+v", rep.Pickle)
		}
		if r.n.Load() > 1<<20 {
			t.Fatalf("read %d bytes", r.n.Load())
		}
	})
}
