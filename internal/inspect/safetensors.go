package inspect

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"io"
	"math"
	"math/bits"
	"slices"
	"unicode/utf8"
)

// Tensor is one entry of a safetensors or GGUF tensor table.
type Tensor struct {
	Name string `json:"name"`
	// Type is the safetensors dtype ("BF16") or the GGML type ("Q4_K").
	Type  string  `json:"type"`
	Shape []int64 `json:"shape"`
	// Offset is where the tensor's data starts, from the start of the file.
	Offset int64 `json:"offset"`
	Bytes  int64 `json:"bytes"`
	Params int64 `json:"params"`
}

// SafetensorsInfo is the parsed header of a .safetensors file.
type SafetensorsInfo struct {
	HeaderBytes int64             `json:"header_bytes"`
	Metadata    map[string]string `json:"metadata,omitempty"` // __metadata__
	TensorCount int               `json:"tensor_count"`
	// ParameterCount is the sum of the element counts of all tensors.
	ParameterCount int64            `json:"parameter_count"`
	BytesByDtype   map[string]int64 `json:"bytes_by_dtype"`
	ParamsByDtype  map[string]int64 `json:"params_by_dtype"`
	// Tensors lists the first MaxReportTensors tensors in header order.
	Tensors []Tensor `json:"tensors"`

	warnings []string // moved to Report.Warnings
}

// safetensorsBits is the element size in bits of each dtype the format
// defines; a dtype outside this table cannot be size-checked and is refused,
// as the reference implementation does.
var safetensorsBits = map[string]int64{
	"BOOL": 8, "U8": 8, "I8": 8, "F8_E5M2": 8, "F8_E4M3": 8, "F8_E8M0": 8,
	"I16": 16, "U16": 16, "F16": 16, "BF16": 16,
	"I32": 32, "U32": 32, "F32": 32,
	"I64": 64, "U64": 64, "F64": 64, "C64": 64,
	"F4": 4, "F6_E2M3": 6, "F6_E3M2": 6,
}

// looksLikeSafetensors: safetensors has no magic, but its first 8 bytes are a
// little-endian length that must fit the file, followed by a JSON object.
func looksLikeSafetensors(head []byte, size int64) bool {
	if len(head) < 10 || head[8] != '{' {
		return false
	}
	n := binary.LittleEndian.Uint64(head)
	return n >= 2 && n <= uint64(size-8)
}

type safetensorsEntry struct {
	Dtype       string  `json:"dtype"`
	Shape       []int64 `json:"shape"`
	DataOffsets []int64 `json:"data_offsets"`
}

// inspectSafetensors parses the header and checks every tensor's byte range
// against its dtype and shape and against the data section: a range that is
// out of the file, of the wrong length or overlapping another is an error.
func inspectSafetensors(r io.ReaderAt, size int64, rep *Report) error {
	rep.Kind = KindSafetensors
	rep.MediaType = "application/octet-stream"
	if size < 8 {
		return malformed("safetensors: %d bytes, header length needs 8", size)
	}
	var lenBuf [8]byte
	if err := readAtFull(r, lenBuf[:], 0); err != nil {
		return err
	}
	n := binary.LittleEndian.Uint64(lenBuf[:])
	if n > uint64(size-8) {
		return malformed("safetensors: header of %d bytes in a %d byte file", n, size)
	}
	if n > MaxSafetensorsHeader {
		return overLimit("safetensors: header of %d bytes, limit %d", n, MaxSafetensorsHeader)
	}
	hdr := make([]byte, n)
	if err := readAtFull(r, hdr, 8); err != nil {
		return err
	}
	info, err := parseSafetensorsHeader(hdr, size-8-int64(n))
	if info != nil {
		info.HeaderBytes = int64(n)
	}
	rep.Safetensors = info
	if err != nil {
		return err
	}
	rep.Warnings = append(rep.Warnings, info.warnings...)
	info.warnings = nil
	return nil
}

// maxMetadataValue is how much of each __metadata__ value a report keeps.
const maxMetadataValue = 4 << 10

// truncate cuts s to at most n bytes on a UTF-8 boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

type span struct{ begin, end int64 }

// parseSafetensorsHeader decodes the JSON header token by token so that the
// report keeps the header's tensor order. dataLen is the size of the byte
// buffer that follows the header; data offsets are relative to it.
func parseSafetensorsHeader(hdr []byte, dataLen int64) (*SafetensorsInfo, error) {
	dataStart := int64(len(hdr)) + 8
	dec := json.NewDecoder(bytes.NewReader(hdr))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, malformed("safetensors: header is not a JSON object")
	}
	info := &SafetensorsInfo{BytesByDtype: map[string]int64{}, ParamsByDtype: map[string]int64{}, Tensors: []Tensor{}}
	seen := map[string]bool{}
	var spans []span
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return info, malformed("safetensors header: %v", err)
		}
		name, _ := tok.(string)
		if seen[name] {
			return info, malformed("safetensors: duplicate key %q", name)
		}
		seen[name] = true
		if name == "__metadata__" {
			if err := dec.Decode(&info.Metadata); err != nil {
				return info, malformed("safetensors __metadata__: %v", err)
			}
			for k, v := range info.Metadata {
				info.Metadata[k] = truncate(v, maxMetadataValue)
			}
			continue
		}
		var e safetensorsEntry
		if err := dec.Decode(&e); err != nil {
			return info, malformed("safetensors tensor %q: %v", name, err)
		}
		if len(spans) >= MaxTensors {
			return info, overLimit("safetensors: more than %d tensors", MaxTensors)
		}
		t, err := checkSafetensor(name, e, dataLen)
		if err != nil {
			return info, err
		}
		spans = append(spans, span{t.Offset, t.Offset + t.Bytes})
		t.Offset += dataStart
		info.TensorCount++
		info.ParameterCount += t.Params // no overflow: Params*bits/8 ≤ dataLen per tensor, ranges do not overlap
		info.BytesByDtype[t.Type] += t.Bytes
		info.ParamsByDtype[t.Type] += t.Params
		if len(info.Tensors) < MaxReportTensors {
			info.Tensors = append(info.Tensors, t)
		}
	}
	if _, err := dec.Token(); err != nil {
		return info, malformed("safetensors header: %v", err)
	}
	// After the object only padding may follow (writers pad with spaces; the
	// reference reader accepts any JSON whitespace).
	rest := hdr[dec.InputOffset():]
	if len(bytes.TrimRight(rest, " \t\r\n")) != 0 {
		return info, malformed("safetensors: %d bytes of junk after the header", len(rest))
	}
	gaps, err := checkSpans(spans, dataLen)
	if err != nil {
		return info, err
	}
	if gaps {
		info.warnings = append(info.warnings, "safetensors data has bytes no tensor covers")
	}
	return info, nil
}

// checkSafetensor validates one header entry against its dtype and the data
// section; the returned Tensor's Offset is relative to the data section.
func checkSafetensor(name string, e safetensorsEntry, dataLen int64) (Tensor, error) {
	t := Tensor{Name: name, Type: e.Dtype, Shape: e.Shape}
	b, ok := safetensorsBits[e.Dtype]
	if !ok {
		return t, malformed("safetensors tensor %q: unknown dtype %q", name, e.Dtype)
	}
	if len(e.DataOffsets) != 2 {
		return t, malformed("safetensors tensor %q: data_offsets has %d values", name, len(e.DataOffsets))
	}
	begin, end := e.DataOffsets[0], e.DataOffsets[1]
	if begin < 0 || end < begin || end > dataLen {
		return t, malformed("safetensors tensor %q: data_offsets [%d,%d] outside data of %d bytes", name, begin, end, dataLen)
	}
	limit := int64(math.MaxInt64 / 8)
	if dataLen < limit {
		limit = dataLen*8/b + 1
	}
	numel, ok := elementCount(e.Shape, limit)
	if !ok {
		return t, malformed("safetensors tensor %q: shape %v does not fit the file", name, e.Shape)
	}
	if numel*b%8 != 0 || numel*b/8 != end-begin {
		return t, malformed("safetensors tensor %q: %s%v needs %d bits, data_offsets give %d bytes", name, e.Dtype, e.Shape, numel*b, end-begin)
	}
	t.Offset, t.Bytes, t.Params = begin, end-begin, numel
	return t, nil
}

// elementCount multiplies the dimensions, refusing negative dimensions and
// products above limit (so the result never overflows).
func elementCount(shape []int64, limit int64) (int64, bool) {
	n := int64(1)
	for _, d := range shape {
		if d < 0 {
			return 0, false
		}
		hi, lo := bits.Mul64(uint64(n), uint64(d))
		if hi != 0 || lo > uint64(limit) {
			return 0, false
		}
		n = int64(lo)
	}
	return n, true
}

// checkSpans sorts the byte ranges and refuses overlaps; it reports whether
// some bytes of the data section belong to no tensor.
func checkSpans(spans []span, dataLen int64) (gaps bool, err error) {
	slices.SortFunc(spans, func(a, b span) int {
		if a.begin != b.begin {
			return cmpInt64(a.begin, b.begin)
		}
		return cmpInt64(a.end, b.end)
	})
	var prev int64
	for _, s := range spans {
		if s.begin == s.end {
			continue // empty tensors take no bytes
		}
		if s.begin < prev {
			return gaps, malformed("tensor data ranges overlap at byte %d", s.begin)
		}
		if s.begin > prev {
			gaps = true
		}
		prev = s.end
	}
	return gaps || prev < dataLen, nil
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
