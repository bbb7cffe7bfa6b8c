package inspect

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"image"
	"image/png"
	"io"
	"testing"
)

// Builders of small, real files of each format, written byte by byte from
// the format specifications.

type stTensor struct {
	name  string
	dtype string
	shape []int64
	bytes int64
}

// buildSafetensors lays the tensors out back to back in the given order.
func buildSafetensors(t testing.TB, tensors []stTensor, meta map[string]string) []byte {
	t.Helper()
	hdr := map[string]any{}
	if meta != nil {
		hdr["__metadata__"] = meta
	}
	var off int64
	for _, ts := range tensors {
		hdr[ts.name] = map[string]any{"dtype": ts.dtype, "shape": ts.shape, "data_offsets": []int64{off, off + ts.bytes}}
		off += ts.bytes
	}
	js, err := json.Marshal(hdr)
	if err != nil {
		t.Fatal(err)
	}
	for len(js)%8 != 0 { // the reference writer pads with spaces
		js = append(js, ' ')
	}
	return buildSafetensorsRaw(js, off)
}

func buildSafetensorsRaw(header []byte, dataLen int64) []byte {
	var b bytes.Buffer
	_ = binary.Write(&b, binary.LittleEndian, uint64(len(header)))
	b.Write(header)
	b.Write(make([]byte, dataLen))
	return b.Bytes()
}

// ggufWriter writes GGUF v3, little-endian.
type ggufWriter struct {
	b  bytes.Buffer
	be bool // big-endian, as GGUF files converted for s390x are
}

func (w *ggufWriter) order() binary.ByteOrder {
	if w.be {
		return binary.BigEndian
	}
	return binary.LittleEndian
}
func (w *ggufWriter) u32(v uint32) { _ = binary.Write(&w.b, w.order(), v) }
func (w *ggufWriter) u64(v uint64) { _ = binary.Write(&w.b, w.order(), v) }
func (w *ggufWriter) str(s string) { w.u64(uint64(len(s))); w.b.WriteString(s) }

type ggufTensorSpec struct {
	name  string
	dims  []uint64
	typ   uint32
	bytes uint64
}

// buildGGUF writes a v3 file with the given KVs (written by the callback, so
// tests can use any value type), tensors and their zeroed data.
func buildGGUF(nkv int, kvs func(w *ggufWriter), tensors []ggufTensorSpec) []byte {
	hdr, dataLen := buildGGUFHeader(nkv, kvs, tensors)
	return append(hdr, make([]byte, dataLen)...)
}

// buildGGUFHeader writes everything up to the (aligned) data section and
// returns the data section's length.
func buildGGUFHeader(nkv int, kvs func(w *ggufWriter), tensors []ggufTensorSpec) ([]byte, int64) {
	w := &ggufWriter{}
	w.b.WriteString("GGUF")
	w.u32(3)
	w.u64(uint64(len(tensors)))
	w.u64(uint64(nkv))
	kvs(w)
	var off uint64
	for _, t := range tensors {
		w.str(t.name)
		w.u32(uint32(len(t.dims)))
		for _, d := range t.dims {
			w.u64(d)
		}
		w.u32(t.typ)
		w.u64(off)
		off += (t.bytes + 31) / 32 * 32
	}
	for w.b.Len()%32 != 0 {
		w.b.WriteByte(0)
	}
	return w.b.Bytes(), int64(off)
}

// llamaGGUF is a tiny GGUF with the KVs a llama.cpp model carries.
func llamaGGUF() []byte {
	return buildGGUF(8, func(w *ggufWriter) {
		w.str("general.architecture")
		w.u32(ggufString)
		w.str("llama")
		w.str("general.name")
		w.u32(ggufString)
		w.str("Tiny Llama")
		w.str("general.file_type")
		w.u32(ggufU32)
		w.u32(15) // Q4_K_M
		w.str("llama.context_length")
		w.u32(ggufU32)
		w.u32(4096)
		w.str("llama.embedding_length")
		w.u32(ggufU32)
		w.u32(256)
		w.str("llama.block_count")
		w.u32(ggufU64)
		w.u64(2)
		w.str("llama.rope.freq_base")
		w.u32(ggufF32)
		w.u32(0x461c4000) // 10000.0
		w.str("tokenizer.ggml.tokens")
		w.u32(ggufArray)
		w.u32(ggufString)
		w.u64(3)
		w.str("<s>")
		w.str("</s>")
		w.str("hello")
	}, []ggufTensorSpec{
		{"token_embd.weight", []uint64{256, 3}, 12, 3 * 144}, // Q4_K: 256 elements per 144-byte block
		{"output_norm.weight", []uint64{256}, 0, 256 * 4},    // F32
		{"blk.0.attn_q.weight", []uint64{32, 8}, 8, 8 * 34},  // Q8_0
	})
}

// Pickles written opcode by opcode.
var (
	// protocol 2: os.system("ls") via GLOBAL + REDUCE.
	pickleOSSystem = []byte("\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00lsq\x01\x85q\x02Rq\x03.")
	// protocol 4: builtins.eval via STACK_GLOBAL with the strings memoized.
	pickleStackEval = []byte("\x80\x04\x95\x20\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x04eval\x94\x93\x94\x8c\x0412+3\x94\x85\x94R\x94.")
	// protocol 0: a list of ints, no imports.
	pickleProto0List = []byte("(lp0\nI1\naI2\na.")
	// protocol 2 state dict shaped like torch.save's data.pkl.
	pickleStateDict = []byte("\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01X\x06\x00\x00\x00weightq\x02" +
		"ctorch._utils\n_rebuild_tensor_v2\nq\x03(X\x01\x00\x00\x000q\x04ctorch\nFloatStorage\nq\x05" +
		"tq\x06Rq\x07sh\x03h\x05.")
)

// buildTorchZip is a PyTorch ≥1.6 style archive: archive/data.pkl, a
// version file and one storage.
func buildTorchZip(t testing.TB, pkl []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range []struct {
		name string
		data []byte
	}{{"archive/data.pkl", pkl}, {"archive/version", []byte("3\n")}, {"archive/data/0", make([]byte, 64)}} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(e.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// buildGLB wraps a glTF JSON document and a binary chunk in a GLB container.
func buildGLB(doc string, bin []byte) []byte {
	for len(doc)%4 != 0 {
		doc += " "
	}
	for len(bin)%4 != 0 {
		bin = append(bin, 0)
	}
	total := 12 + 8 + len(doc)
	if len(bin) > 0 {
		total += 8 + len(bin)
	}
	var b bytes.Buffer
	le := binary.LittleEndian
	b.WriteString("glTF")
	_ = binary.Write(&b, le, uint32(2))
	_ = binary.Write(&b, le, uint32(total))
	_ = binary.Write(&b, le, uint32(len(doc)))
	_ = binary.Write(&b, le, uint32(0x4E4F534A))
	b.WriteString(doc)
	if len(bin) > 0 {
		_ = binary.Write(&b, le, uint32(len(bin)))
		_ = binary.Write(&b, le, uint32(0x004E4942))
		b.Write(bin)
	}
	return b.Bytes()
}

const triangleGLTF = `{"asset":{"version":"2.0","generator":"modelmarket test"},"scene":0,"scenes":[{"nodes":[0]}],` +
	`"nodes":[{"mesh":0},{"children":[0]}],"meshes":[{"primitives":[{"attributes":{"POSITION":0}}]}],` +
	`"materials":[{"name":"red"}],"buffers":[{"byteLength":36}],` +
	`"bufferViews":[{"buffer":0,"byteLength":36}],"accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3"}]}`

// pngEncodeTiny writes a 3×2 PNG.
func pngEncodeTiny(w io.Writer) error {
	return png.Encode(w, image.NewGray(image.Rect(0, 0, 3, 2)))
}
