package inspect

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"strings"
)

// GGUFInfo is the parsed header of a GGUF file (llama.cpp's format).
type GGUFInfo struct {
	Version     uint32 `json:"version"` // 2 or 3
	BigEndian   bool   `json:"big_endian,omitempty"`
	TensorCount int64  `json:"tensor_count"`
	KVCount     int64  `json:"kv_count"`

	Architecture string `json:"architecture,omitempty"` // general.architecture
	Name         string `json:"name,omitempty"`         // general.name
	// FileType is general.file_type (-1 when absent); Quantization its name.
	FileType        int64  `json:"file_type"`
	Quantization    string `json:"quantization,omitempty"`
	ContextLength   uint64 `json:"context_length,omitempty"`   // <arch>.context_length
	EmbeddingLength uint64 `json:"embedding_length,omitempty"` // <arch>.embedding_length
	BlockCount      uint64 `json:"block_count,omitempty"`      // <arch>.block_count
	Alignment       uint64 `json:"alignment"`

	ParameterCount int64            `json:"parameter_count"`
	TensorTypes    map[string]int64 `json:"tensor_types"`  // tensors per GGML type
	BytesByType    map[string]int64 `json:"bytes_by_type"` // data bytes per GGML type
	// Metadata holds the scalar KVs (strings cut at 1 KiB) and a summary of
	// each array ("[151936]string"), at most maxGGUFMetadata entries.
	Metadata map[string]any `json:"metadata"`
	// Tensors lists the first MaxReportTensors tensor infos; Shape is in
	// GGML order (innermost dimension first).
	Tensors []Tensor `json:"tensors"`
}

const (
	maxGGUFKey       = 64 << 10 // key and tensor-name length
	maxGGUFValueKept = 1 << 10  // string values kept in Metadata (longer ones are cut)
	maxGGUFMetadata  = 1024
	maxGGUFDims      = 8 // GGML has 4; leave room, refuse absurd counts
	maxGGUFDepth     = 3 // nested arrays
)

// GGUF metadata value types.
const (
	ggufU8 = iota
	ggufI8
	ggufU16
	ggufI16
	ggufU32
	ggufI32
	ggufF32
	ggufBool
	ggufString
	ggufArray
	ggufU64
	ggufI64
	ggufF64
)

var ggufTypeNames = []string{"u8", "i8", "u16", "i16", "u32", "i32", "f32", "bool", "string", "array", "u64", "i64", "f64"}

// ggufFixedSize is the byte size of each fixed-size value type (0 otherwise).
var ggufFixedSize = []uint64{1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8}

// inspectGGUF parses the header, the metadata KVs and the tensor infos, and
// checks every tensor's data range against the file size.
func inspectGGUF(r io.ReaderAt, size int64, rep *Report) error {
	rep.Kind = KindGGUF
	rep.MediaType = "application/octet-stream"
	s := newSeqReader(r, size)
	var magic [4]byte
	if err := s.fill(magic[:]); err != nil {
		return err
	}
	if string(magic[:]) != "GGUF" {
		return malformed("gguf: magic %q", magic[:])
	}
	version, err := s.u32()
	if err != nil {
		return err
	}
	info := &GGUFInfo{FileType: -1, Alignment: 32, TensorTypes: map[string]int64{}, BytesByType: map[string]int64{}, Metadata: map[string]any{}, Tensors: []Tensor{}}
	if version > 0xffff { // written on a big-endian machine
		version = binary.BigEndian.Uint32(s.buf[:4])
		s.order = binary.BigEndian
		info.BigEndian = true
	}
	info.Version = version
	rep.GGUF = info
	if version != 2 && version != 3 {
		return malformed("gguf: version %d, want 2 or 3", version)
	}
	nt, err := s.u64()
	if err != nil {
		return err
	}
	nkv, err := s.u64()
	if err != nil {
		return err
	}
	// Every KV takes at least 13 bytes (key length, type, one byte of
	// value); every tensor info at least 24: refuse counts the file cannot hold.
	if nkv > uint64(s.remaining()/13) {
		return malformed("gguf: %d KVs cannot fit in %d bytes", nkv, s.remaining())
	}
	if nt > uint64(s.remaining()/24) {
		return malformed("gguf: %d tensors cannot fit in %d bytes", nt, s.remaining())
	}
	if nt > MaxTensors {
		return overLimit("gguf: %d tensors, limit %d", nt, MaxTensors)
	}
	info.TensorCount, info.KVCount = int64(nt), int64(nkv)
	for i := uint64(0); i < nkv; i++ {
		if err := readGGUFKV(s, info); err != nil {
			return fmt.Errorf("gguf kv %d: %w", i, err)
		}
	}
	info.setArchFields()
	return readGGUFTensors(s, info)
}

// readGGUFKV reads one key/value pair and keeps what the report needs.
func readGGUFKV(s *seqReader, info *GGUFInfo) error {
	kb, err := readGGUFString(s, maxGGUFKey)
	if err != nil {
		return err
	}
	key := string(kb)
	typ, err := s.u32()
	if err != nil {
		return err
	}
	v, err := ggufValue(s, typ, 0)
	if err != nil {
		return fmt.Errorf("%q: %w", key, err)
	}
	important := key == "general.architecture" || key == "general.name" || key == "general.file_type" ||
		key == "general.alignment" || strings.HasSuffix(key, ".context_length") ||
		strings.HasSuffix(key, ".embedding_length") || strings.HasSuffix(key, ".block_count")
	if len(info.Metadata) < maxGGUFMetadata || important {
		info.Metadata[key] = v
	}
	switch key {
	case "general.architecture":
		info.Architecture, _ = v.(string)
	case "general.name":
		info.Name, _ = v.(string)
	case "general.file_type":
		if n, ok := asUint(v); ok && n <= math.MaxInt32 {
			info.FileType = int64(n)
			info.Quantization = ggufFileTypes[n]
		}
	case "general.alignment":
		n, ok := asUint(v)
		if !ok || n == 0 || n&(n-1) != 0 || n > 1<<20 {
			return malformed("general.alignment %v is not a power of two", v)
		}
		info.Alignment = n
	}
	return nil
}

// setArchFields picks the <arch>.* lengths once the architecture is known.
func (info *GGUFInfo) setArchFields() {
	if info.Architecture == "" {
		return
	}
	info.ContextLength, _ = asUint(info.Metadata[info.Architecture+".context_length"])
	info.EmbeddingLength, _ = asUint(info.Metadata[info.Architecture+".embedding_length"])
	info.BlockCount, _ = asUint(info.Metadata[info.Architecture+".block_count"])
}

func asUint(v any) (uint64, bool) {
	switch n := v.(type) {
	case uint64:
		return n, true
	case int64:
		return uint64(n), n >= 0
	}
	return 0, false
}

// readGGUFString reads a length-prefixed string, refusing lengths above limit.
func readGGUFString(s *seqReader, limit uint64) ([]byte, error) {
	n, err := s.u64()
	if err != nil {
		return nil, err
	}
	return s.bytesN(n, limit)
}

// ggufValue reads one value. Integers come back as int64 or uint64, floats
// as float64 (or a string when not finite, which JSON cannot carry), strings
// cut at maxGGUFValueKept, arrays as a summary string (their elements are
// skipped, not kept).
func ggufValue(s *seqReader, typ uint32, depth int) (any, error) {
	switch typ {
	case ggufU8:
		v, err := s.u8()
		return uint64(v), err
	case ggufI8:
		v, err := s.u8()
		return int64(int8(v)), err
	case ggufU16:
		v, err := s.u16()
		return uint64(v), err
	case ggufI16:
		v, err := s.u16()
		return int64(int16(v)), err
	case ggufU32:
		v, err := s.u32()
		return uint64(v), err
	case ggufI32:
		v, err := s.u32()
		return int64(int32(v)), err
	case ggufU64:
		return s.u64()
	case ggufI64:
		v, err := s.u64()
		return int64(v), err
	case ggufF32:
		v, err := s.u32()
		return finite(float64(math.Float32frombits(v))), err
	case ggufF64:
		v, err := s.u64()
		return finite(math.Float64frombits(v)), err
	case ggufBool:
		v, err := s.u8()
		return v != 0, err
	case ggufString:
		n, err := s.u64()
		if err != nil {
			return nil, err
		}
		if n > maxGGUFValueKept {
			if err := s.skip(n); err != nil {
				return nil, err
			}
			return fmt.Sprintf("(%d byte string)", n), nil
		}
		b, err := s.bytesN(n, maxGGUFValueKept)
		return string(b), err
	case ggufArray:
		return ggufArraySummary(s, depth)
	}
	return nil, malformed("unknown value type %d", typ)
}

// ggufArraySummary skips an array's elements, checking the declared count
// against the bytes that remain.
func ggufArraySummary(s *seqReader, depth int) (any, error) {
	if depth >= maxGGUFDepth {
		return nil, malformed("arrays nested deeper than %d", maxGGUFDepth)
	}
	et, err := s.u32()
	if err != nil {
		return nil, err
	}
	n, err := s.u64()
	if err != nil {
		return nil, err
	}
	if et > ggufF64 {
		return nil, malformed("unknown array element type %d", et)
	}
	if sz := ggufFixedSize[et]; sz > 0 {
		if n > uint64(s.remaining())/sz {
			return nil, malformed("array of %d %s past the end", n, ggufTypeNames[et])
		}
		return fmt.Sprintf("[%d]%s", n, ggufTypeNames[et]), s.skip(n * sz)
	}
	// Strings and arrays take at least 8 bytes each.
	if n > uint64(s.remaining())/8 {
		return nil, malformed("array of %d %s past the end", n, ggufTypeNames[et])
	}
	for i := uint64(0); i < n; i++ {
		if et == ggufString {
			l, err := s.u64()
			if err != nil {
				return nil, err
			}
			if err := s.skip(l); err != nil {
				return nil, err
			}
			continue
		}
		if _, err := ggufArraySummary(s, depth+1); err != nil {
			return nil, err
		}
	}
	return fmt.Sprintf("[%d]%s", n, ggufTypeNames[et]), nil
}

func finite(f float64) any {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Sprint(f)
	}
	return f
}
