package inspect

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"
)

// The fuzz targets check three properties on any input: no panic; an error,
// if any, wraps ErrMalformed or ErrLimit; and the bytes allocated by one
// inspection stay within a fixed overhead (buffers) plus a small multiple of
// the input size — so no length read from the file is ever trusted for a
// make() before it is checked against the bytes that remain.
//
//	go test -run '^$' -fuzz FuzzSafetensors -fuzztime 20s -fuzzminimizetime 2s ./internal/inspect
//
// (-fuzzminimizetime: minimizing each new interesting input otherwise takes
// up to a minute, during which the exec count stalls.)
//
// Seeds are committed under testdata/fuzz/<target>/; regenerate them with
// INSPECT_WRITE_SEEDS=1 go test -run TestWriteFuzzSeeds ./internal/inspect.

const (
	allocOverhead = 2 << 20 // bufio buffers, JSON decoder state, zip reader
	allocPerByte  = 64      // parsed structures per input byte, generously
)

// checkBounded runs parse on data and enforces the properties above.
func checkBounded(t *testing.T, data []byte, parse func(r *bytes.Reader, size int64) (Report, error)) {
	t.Helper()
	var before, after runtime.MemStats
	// A hang would stall the fuzzer silently; make it a crash with the input.
	watchdog := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("inspection of %d bytes took over 5 s", len(data))) })
	runtime.ReadMemStats(&before)
	rep, err := parse(bytes.NewReader(data), int64(len(data)))
	runtime.ReadMemStats(&after)
	watchdog.Stop()
	if err != nil && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrLimit) {
		t.Fatalf("error of an unexpected kind: %v", err)
	}
	if got, limit := after.TotalAlloc-before.TotalAlloc, uint64(allocOverhead+allocPerByte*len(data)); got > limit {
		t.Fatalf("allocated %d bytes inspecting %d bytes (limit %d)", got, len(data), limit)
	}
	if _, err := json.Marshal(rep); err != nil {
		t.Fatalf("report does not marshal: %v", err)
	}
}

// direct calls one parser on the bytes, bypassing sniffing, then Inspect.
func direct(t *testing.T, data []byte, name string, fn func(r *bytes.Reader, size int64, rep *Report) error) {
	checkBounded(t, data, func(r *bytes.Reader, size int64) (Report, error) {
		var rep Report
		return rep, fn(r, size, &rep)
	})
	checkBounded(t, data, func(r *bytes.Reader, size int64) (Report, error) {
		return Inspect(r, size, name)
	})
}

func safetensorsSeeds(t testing.TB) [][]byte {
	return [][]byte{
		buildSafetensors(t, []stTensor{{"w", "F32", []int64{2, 2}, 16}, {"b", "F4", []int64{4}, 2}}, map[string]string{"format": "pt"}),
		buildSafetensorsRaw([]byte(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}`), 12),
		buildSafetensorsRaw([]byte(`{}`), 0),
	}
}

func ggufSeeds() [][]byte {
	return [][]byte{
		llamaGGUF(),
		buildGGUF(1, func(w *ggufWriter) { w.str("k"); arrays(w, 2) }, nil),
		buildGGUF(1, func(w *ggufWriter) { w.str("general.alignment"); w.u32(ggufU32); w.u32(64) },
			[]ggufTensorSpec{{"t", []uint64{64}, 2, 36}}),
	}
}

func pickleSeeds(t testing.TB) [][]byte {
	return [][]byte{pickleOSSystem, pickleStackEval, pickleProto0List, pickleStateDict, buildTorchZip(t, pickleStackEval)}
}

func gltfSeeds() [][]byte {
	return [][]byte{buildGLB(triangleGLTF, make([]byte, 36)), []byte(triangleGLTF)}
}

func FuzzSafetensors(f *testing.F) {
	for _, s := range safetensorsSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		direct(t, data, "m.safetensors", func(r *bytes.Reader, size int64, rep *Report) error {
			return inspectSafetensors(r, size, rep)
		})
	})
}

func FuzzGGUF(f *testing.F) {
	for _, s := range ggufSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		direct(t, data, "m.gguf", func(r *bytes.Reader, size int64, rep *Report) error {
			return inspectGGUF(r, size, rep)
		})
	})
}

func FuzzPickle(f *testing.F) {
	for _, s := range pickleSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		direct(t, data, "m.pkl", func(r *bytes.Reader, size int64, rep *Report) error {
			return inspectPickle(r, size, rep)
		})
		checkBounded(t, data, func(r *bytes.Reader, size int64) (Report, error) {
			var rep Report
			return rep, inspectZip(r, size, &rep)
		})
	})
}

func FuzzGLTF(f *testing.F) {
	for _, s := range gltfSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		direct(t, data, "m.glb", func(r *bytes.Reader, size int64, rep *Report) error {
			return inspectGLB(r, size, rep)
		})
		direct(t, data, "m.gltf", func(r *bytes.Reader, size int64, rep *Report) error {
			return inspectGLTFJSON(r, size, rep)
		})
	})
}

// TestWriteFuzzSeeds writes the seeds above as corpus files, so that they
// are committed and run by plain `go test` too.
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("INSPECT_WRITE_SEEDS") == "" {
		t.Skip("set INSPECT_WRITE_SEEDS=1 to regenerate testdata/fuzz")
	}
	targets := map[string][][]byte{
		"FuzzSafetensors": safetensorsSeeds(t),
		"FuzzGGUF":        ggufSeeds(),
		"FuzzPickle":      pickleSeeds(t),
		"FuzzGLTF":        gltfSeeds(),
	}
	for target, seeds := range targets {
		dir := filepath.Join("testdata", "fuzz", target)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, s := range seeds {
			body := "go test fuzz v1\n[]byte(" + strconv.Quote(string(s)) + ")\n"
			name := fmt.Sprintf("seed-%x", sha256.Sum256(s))[:21]
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// FuzzInspect runs the whole dispatch (sniffing, images, SVG, zip) on
// mixed seeds.
func FuzzInspect(f *testing.F) {
	var png bytes.Buffer
	_ = pngEncodeTiny(&png)
	for _, s := range [][]byte{png.Bytes(), []byte(`<svg onload="x()"/>`), []byte("RIFF\x00\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x01\x00\x00"), buildTorchZip(f, pickleStateDict)} {
		f.Add(s, "file.bin")
	}
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		checkBounded(t, data, func(r *bytes.Reader, size int64) (Report, error) {
			return Inspect(r, size, name)
		})
	})
}
