package inspect

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestInspect_Safetensors(t *testing.T) {
	b := buildSafetensors(t, []stTensor{
		{"embed.weight", "BF16", []int64{10, 4}, 80},
		{"layer.0.weight", "F32", []int64{4, 4}, 64},
		{"layer.0.bias", "F32", []int64{4}, 16},
		{"scale", "F16", []int64{}, 2},
	}, map[string]string{"format": "pt"})
	// Sniffed by content, whatever the name.
	rep := mustInspect(t, b, "model.bin")
	st := rep.Safetensors
	if rep.Kind != KindSafetensors || st == nil {
		t.Fatalf("got %+v", rep)
	}
	if st.TensorCount != 4 || st.ParameterCount != 40+16+4+1 || st.Metadata["format"] != "pt" {
		t.Fatalf("totals %+v", st)
	}
	if st.BytesByDtype["F32"] != 80 || st.BytesByDtype["BF16"] != 80 || st.ParamsByDtype["F16"] != 1 {
		t.Fatalf("by dtype %+v %+v", st.BytesByDtype, st.ParamsByDtype)
	}
	// Header order is kept (json.Marshal sorted the keys when building).
	if st.Tensors[0].Name != "embed.weight" || st.Tensors[0].Offset != 8+st.HeaderBytes || st.Tensors[0].Params != 40 {
		t.Fatalf("tensor 0 %+v", st.Tensors[0])
	}
	if len(rep.Warnings) != 0 {
		t.Fatalf("warnings %q", rep.Warnings)
	}
}

func TestInspect_SafetensorsListIsBoundedTotalsAreNot(t *testing.T) {
	var ts []stTensor
	for i := range 250 {
		ts = append(ts, stTensor{fmt.Sprintf("t%03d", i), "U8", []int64{3}, 3})
	}
	st := mustInspect(t, buildSafetensors(t, ts, nil), "x.safetensors").Safetensors
	if len(st.Tensors) != MaxReportTensors || st.TensorCount != 250 || st.ParameterCount != 750 {
		t.Fatalf("listed %d, count %d, params %d", len(st.Tensors), st.TensorCount, st.ParameterCount)
	}
}

func TestInspect_SafetensorsMalformed(t *testing.T) {
	hdr := func(s string, dataLen int64) []byte { return buildSafetensorsRaw([]byte(s), dataLen) }
	cases := map[string][]byte{
		"overlap":        hdr(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}`, 12),
		"out of range":   hdr(`{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}`, 8),
		"wrong length":   hdr(`{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}`, 8),
		"negative dim":   hdr(`{"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,0]}}`, 8),
		"huge shape":     hdr(`{"a":{"dtype":"U8","shape":[4294967296,4294967296,4294967296],"data_offsets":[0,8]}}`, 8),
		"unknown dtype":  hdr(`{"a":{"dtype":"Q4","shape":[1],"data_offsets":[0,1]}}`, 8),
		"duplicate name": hdr(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"a":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}}`, 2),
		"junk after":     hdr(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}xx`, 1),
		"header longer":  append(binary.LittleEndian.AppendUint64(nil, 1<<40), []byte("{}")...),
		"metadata types": hdr(`{"__metadata__":{"n":1}}`, 0),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			rep, err := inspectBytes(t, b, "m.safetensors")
			t.Log(err)
			checkBounded(t, b, func(r *bytes.Reader, size int64) (Report, error) { return Inspect(r, size, "m.safetensors") })
			if !errors.Is(err, ErrMalformed) || rep.Kind != KindSafetensors {
				t.Fatalf("err = %v, kind %s", err, rep.Kind)
			}
		})
	}
}

func TestInspect_SafetensorsGapIsAWarning(t *testing.T) {
	b := buildSafetensorsRaw([]byte(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[4,5]}}`), 8)
	rep := mustInspect(t, b, "m.safetensors")
	if len(rep.Warnings) != 1 || rep.Safetensors.ParameterCount != 1 {
		t.Fatalf("got %+v", rep)
	}
}

func TestInspect_GGUF(t *testing.T) {
	rep := mustInspect(t, llamaGGUF(), "tiny.gguf")
	g := rep.GGUF
	if rep.Kind != KindGGUF || g == nil {
		t.Fatalf("got %+v", rep)
	}
	if g.Version != 3 || g.KVCount != 8 || g.TensorCount != 3 || g.Architecture != "llama" || g.Name != "Tiny Llama" {
		t.Fatalf("header %+v", g)
	}
	if g.FileType != 15 || g.Quantization != "Q4_K_M" || g.ContextLength != 4096 || g.EmbeddingLength != 256 || g.BlockCount != 2 {
		t.Fatalf("kvs %+v", g)
	}
	if g.ParameterCount != 768+256+256 || g.TensorTypes["Q4_K"] != 1 || g.TensorTypes["Q8_0"] != 1 || g.BytesByType["F32"] != 1024 {
		t.Fatalf("tensors %+v", g)
	}
	if g.Metadata["tokenizer.ggml.tokens"] != "[3]string" || g.Metadata["llama.rope.freq_base"] != float64(10000) {
		t.Fatalf("metadata %v", g.Metadata)
	}
	if g.Tensors[1].Name != "output_norm.weight" || g.Tensors[1].Offset%32 != 0 || g.Tensors[1].Bytes != 1024 {
		t.Fatalf("tensor %+v", g.Tensors[1])
	}
}

func TestInspect_GGUFMalformed(t *testing.T) {
	good := llamaGGUF()
	patch := func(off int, v uint64) []byte {
		b := append([]byte{}, good...)
		binary.LittleEndian.PutUint64(b[off:], v)
		return b
	}
	cases := map[string][]byte{
		"version 1":       append([]byte("GGUF\x01\x00\x00\x00"), good[8:]...),
		"huge kv count":   patch(16, 1<<62),
		"huge tensors":    patch(8, 1<<40),
		"truncated":       good[:200],
		"key past end":    patch(24, 1<<50),
		"data past end":   good[:len(good)-64],
		"bad value type":  buildGGUF(1, func(w *ggufWriter) { w.str("k"); w.u32(99) }, nil),
		"array past end":  buildGGUF(1, func(w *ggufWriter) { w.str("k"); w.u32(ggufArray); w.u32(ggufU64); w.u64(1 << 60) }, nil),
		"deep arrays":     buildGGUF(1, func(w *ggufWriter) { w.str("k"); arrays(w, 5) }, nil),
		"bad alignment":   buildGGUF(1, func(w *ggufWriter) { w.str("general.alignment"); w.u32(ggufU32); w.u32(3) }, nil),
		"unknown type":    buildGGUF(0, func(*ggufWriter) {}, []ggufTensorSpec{{"t", []uint64{4}, 200, 16}}),
		"partial block":   buildGGUF(0, func(*ggufWriter) {}, []ggufTensorSpec{{"t", []uint64{33}, 2, 64}}),
		"too many dims":   buildGGUF(0, func(*ggufWriter) {}, []ggufTensorSpec{{"t", make([]uint64, 9), 0, 0}}),
		"huge dimensions": buildGGUF(0, func(*ggufWriter) {}, []ggufTensorSpec{{"t", []uint64{1 << 40, 1 << 40}, 0, 0}}),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := inspectBytes(t, b, "m.gguf")
			t.Log(err)
			checkBounded(t, b, func(r *bytes.Reader, size int64) (Report, error) { return Inspect(r, size, "m.gguf") })
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("err = %v", err)
			}
		})
	}
}

func TestInspect_GGUFBigEndian(t *testing.T) {
	w := &ggufWriter{be: true}
	w.b.WriteString("GGUF")
	w.u32(3)
	w.u64(1) // tensors
	w.u64(1) // kvs
	w.str("general.architecture")
	w.u32(ggufString)
	w.str("gpt2")
	w.str("w")
	w.u32(1)
	w.u64(8)
	w.u32(0) // F32
	w.u64(0)
	for w.b.Len()%32 != 0 {
		w.b.WriteByte(0)
	}
	w.b.Write(make([]byte, 32))
	g := mustInspect(t, w.b.Bytes(), "be.gguf").GGUF
	if !g.BigEndian || g.Architecture != "gpt2" || g.ParameterCount != 8 || g.Tensors[0].Bytes != 32 {
		t.Fatalf("got %+v", g)
	}
}

// arrays writes depth nested arrays, the innermost empty.
func arrays(w *ggufWriter, depth int) {
	w.u32(ggufArray)
	for range depth - 1 {
		w.u32(ggufArray)
		w.u64(1)
	}
	w.u32(ggufU8)
	w.u64(0)
}

func TestInspect_PickleImports(t *testing.T) {
	cases := []struct {
		name      string
		data      []byte
		dangerous bool
		imports   []string // module.name:safety
	}{
		{"evil.pkl", pickleOSSystem, true, []string{"os.system:dangerous"}},
		{"evil.pt", pickleStackEval, true, []string{"builtins.eval:dangerous"}},
		{"list.pkl", pickleProto0List, false, nil},
		{"legacy.pth", pickleStateDict, false, []string{"collections.OrderedDict:safe", "torch._utils._rebuild_tensor_v2:safe", "torch.FloatStorage:safe"}},
		{"unresolved.pkl", []byte("\x80\x04K\x01K\x02\x93."), true, []string{"?.?:dangerous"}},
		{"custom.ckpt", []byte("\x80\x02cmylib.models\nNet\nq\x00."), false, []string{"mylib.models.Net:unknown"}},
		{"subprocess.pkl", []byte("csubprocess\nPopen\n."), true, []string{"subprocess.Popen:dangerous"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := mustInspect(t, c.data, c.name)
			p := rep.Pickle
			if rep.Kind != KindPickle || p == nil || p.Warning != PickleWarning || !p.Complete || p.Container != "pickle" {
				t.Fatalf("got %+v", rep)
			}
			if p.Dangerous != c.dangerous {
				t.Fatalf("dangerous = %v", p.Dangerous)
			}
			var got []string
			for _, im := range p.Imports {
				got = append(got, im.Module+"."+im.Name+":"+im.Safety)
			}
			if strings.Join(got, ",") != strings.Join(c.imports, ",") {
				t.Fatalf("imports %q, want %q", got, c.imports)
			}
		})
	}
}

func TestInspect_LegacyTorchStreamScansEveryPickle(t *testing.T) {
	// Legacy torch.save writes several pickles back to back, then raw data.
	b := append(append(append([]byte{}, pickleStateDict...), pickleOSSystem...), 0x00, 0xff, 0x13)
	p := mustInspect(t, b, "old.bin").Pickle
	if !p.Dangerous || len(p.Imports) != 4 {
		t.Fatalf("got %+v", p)
	}
}

func TestInspect_LegacyTorchStreamStopsBeforeStorageBytes(t *testing.T) {
	// Five pickles, then storage data that happens to start like PROTO.
	var b []byte
	for range 5 {
		b = append(b, pickleStateDict...)
	}
	b = append(b, 0x80, 0, 0, 0, 0, 0, 0, 0, 0xde, 0xad)
	if p := mustInspect(t, b, "old.pt").Pickle; !p.Complete || p.Dangerous {
		t.Fatalf("got %+v", p)
	}
}

func TestInspect_PyTorchZip(t *testing.T) {
	rep := mustInspect(t, buildTorchZip(t, pickleStateDict), "pytorch_model.bin")
	p := rep.Pickle
	if rep.Kind != KindPickle || p.Container != "pytorch-zip" || p.Dangerous || len(p.Files) != 1 || p.Files[0] != "archive/data.pkl" {
		t.Fatalf("got %+v %+v", rep, p)
	}
	if len(p.Imports) != 3 || p.Protocol != 2 {
		t.Fatalf("imports %+v", p.Imports)
	}
	evil := mustInspect(t, buildTorchZip(t, pickleStackEval), "model.pt").Pickle
	if !evil.Dangerous || evil.Imports[0].Module != "builtins" || evil.Imports[0].Name != "eval" {
		t.Fatalf("evil %+v", evil)
	}
}

func TestInspect_PlainZipIsOther(t *testing.T) {
	b := buildTorchZip(t, nil)
	b = []byte(strings.Replace(string(b), "data.pkl", "data.txt", -1))
	rep := mustInspect(t, b, "bundle.zip")
	if rep.Kind != KindOther || rep.MediaType != "application/zip" {
		t.Fatalf("got %+v", rep)
	}
}

func TestInspect_PickleMalformed(t *testing.T) {
	cases := map[string][]byte{
		"no stop":         []byte("\x80\x02K\x01"),
		"invalid opcode":  []byte("\x80\x02\xff."),
		"bad protocol":    []byte("\x80\x09."),
		"length past end": []byte("\x80\x04\x8d\xff\xff\xff\xff\xff\xff\x00\x00."),
		"negative length": []byte("\x80\x02T\xff\xff\xff\xff."),
		"unterminated":    []byte("\x80\x02cos\nsys"),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			rep, err := inspectBytes(t, b, "x.pkl")
			t.Log(err)
			checkBounded(t, b, func(r *bytes.Reader, size int64) (Report, error) { return Inspect(r, size, "x.pkl") })
			if !errors.Is(err, ErrMalformed) || rep.Pickle == nil || rep.Pickle.Complete || rep.Pickle.Warning == "" {
				t.Fatalf("err = %v, rep %+v", err, rep.Pickle)
			}
		})
	}
}
