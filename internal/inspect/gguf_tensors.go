package inspect

import (
	"fmt"
	"math"
)

// ggmlType is a GGML tensor type: its name and the size of one block of
// blockSize elements.
type ggmlType struct {
	name      string
	blockSize int64
	typeSize  int64
}

// ggmlTypes follows ggml.h's enum ggml_type (removed ids left out).
var ggmlTypes = map[uint32]ggmlType{
	0: {"F32", 1, 4}, 1: {"F16", 1, 2}, 2: {"Q4_0", 32, 18}, 3: {"Q4_1", 32, 20},
	6: {"Q5_0", 32, 22}, 7: {"Q5_1", 32, 24}, 8: {"Q8_0", 32, 34}, 9: {"Q8_1", 32, 36},
	10: {"Q2_K", 256, 84}, 11: {"Q3_K", 256, 110}, 12: {"Q4_K", 256, 144}, 13: {"Q5_K", 256, 176},
	14: {"Q6_K", 256, 210}, 15: {"Q8_K", 256, 292}, 16: {"IQ2_XXS", 256, 66}, 17: {"IQ2_XS", 256, 74},
	18: {"IQ3_XXS", 256, 98}, 19: {"IQ1_S", 256, 50}, 20: {"IQ4_NL", 32, 18}, 21: {"IQ3_S", 256, 110},
	22: {"IQ2_S", 256, 82}, 23: {"IQ4_XS", 256, 136}, 24: {"I8", 1, 1}, 25: {"I16", 1, 2},
	26: {"I32", 1, 4}, 27: {"I64", 1, 8}, 28: {"F64", 1, 8}, 29: {"IQ1_M", 256, 56},
	30: {"BF16", 1, 2}, 34: {"TQ1_0", 256, 54}, 35: {"TQ2_0", 256, 66}, 39: {"MXFP4", 32, 17},
}

// ggufFileTypes names general.file_type values (llama.cpp's enum llama_ftype).
var ggufFileTypes = map[uint64]string{
	0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 4: "Q4_1_SOME_F16", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
	10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
	17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS",
	24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS",
	31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0", 38: "MXFP4_MOE",
}

// readGGUFTensors reads the tensor infos, then checks each tensor's range in
// the aligned data section that follows them.
func readGGUFTensors(s *seqReader, info *GGUFInfo) error {
	spans := make([]span, 0, min(info.TensorCount, 4096))
	rel := make([]int64, 0, min(info.TensorCount, MaxReportTensors))
	for i := int64(0); i < info.TensorCount; i++ {
		t, err := readGGUFTensorInfo(s)
		if err != nil {
			return fmt.Errorf("gguf tensor %d: %w", i, err)
		}
		if uint64(t.Offset)%info.Alignment != 0 {
			return malformed("gguf tensor %q: offset %d not aligned to %d", t.Name, t.Offset, info.Alignment)
		}
		spans = append(spans, span{t.Offset, t.Offset + t.Bytes}) // no overflow: both < 2^62 (checked below)
		info.ParameterCount += t.Params
		info.TensorTypes[t.Type]++
		info.BytesByType[t.Type] += t.Bytes
		if len(info.Tensors) < MaxReportTensors {
			info.Tensors = append(info.Tensors, t)
			rel = append(rel, t.Offset)
		}
	}
	pad := (info.Alignment - uint64(s.pos)%info.Alignment) % info.Alignment
	dataStart := s.pos + int64(pad)
	if info.TensorCount == 0 {
		return nil
	}
	if dataStart > s.size {
		return malformed("gguf: data section starts at %d, past the end (%d)", dataStart, s.size)
	}
	dataLen := s.size - dataStart
	for _, sp := range spans {
		if sp.end > dataLen {
			return malformed("gguf: tensor data [%d,%d) past the end of %d data bytes", sp.begin, sp.end, dataLen)
		}
	}
	if _, err := checkSpans(spans, dataLen); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	for i := range info.Tensors {
		info.Tensors[i].Offset = dataStart + rel[i]
	}
	return nil
}

// readGGUFTensorInfo reads one tensor info; Offset in the result is relative
// to the data section.
func readGGUFTensorInfo(s *seqReader) (Tensor, error) {
	var t Tensor
	name, err := readGGUFString(s, maxGGUFKey)
	if err != nil {
		return t, err
	}
	t.Name = string(name)
	nd, err := s.u32()
	if err != nil {
		return t, err
	}
	if nd > maxGGUFDims {
		return t, malformed("%q has %d dimensions", t.Name, nd)
	}
	t.Shape = make([]int64, nd)
	for d := range t.Shape {
		v, err := s.u64()
		if err != nil {
			return t, err
		}
		if v > math.MaxInt64 {
			return t, malformed("%q: dimension %d", t.Name, v)
		}
		t.Shape[d] = int64(v)
	}
	typ, err := s.u32()
	if err != nil {
		return t, err
	}
	off, err := s.u64()
	if err != nil {
		return t, err
	}
	if off > uint64(s.size) {
		return t, malformed("%q: offset %d past the end", t.Name, off)
	}
	t.Offset = int64(off)
	gt, ok := ggmlTypes[typ]
	if !ok {
		return t, malformed("%q: unknown GGML type %d", t.Name, typ)
	}
	t.Type = gt.name
	// A tensor's data lies in the file, so its element count is bounded by
	// the file size times the densest packing (under 8 elements per byte).
	numel, ok := elementCount(t.Shape, min(s.size, math.MaxInt64/8)*8)
	if !ok {
		return t, malformed("%q: shape %v does not fit the file", t.Name, t.Shape)
	}
	if len(t.Shape) > 0 && t.Shape[0]%gt.blockSize != 0 {
		return t, malformed("%q: row of %d elements is not a multiple of the %s block (%d)", t.Name, t.Shape[0], gt.name, gt.blockSize)
	}
	blocks := numel / gt.blockSize
	if blocks > s.size/gt.typeSize {
		return t, malformed("%q: %d %s blocks cannot fit in a %d byte file", t.Name, blocks, gt.name, s.size)
	}
	t.Params = numel
	t.Bytes = blocks * gt.typeSize
	return t, nil
}
