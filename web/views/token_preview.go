package views

import (
	"fmt"
	"strings"

	"modelmarket/internal/inspect"
	"modelmarket/internal/upload"
)

// ModelStructure is the "Structure" section of a model token's page: the
// files its metadata lists and what the headers of its weights say.
type ModelStructure struct {
	Files     []ModelFileRow
	MoreFiles int // files beyond the ones listed
	Weights   []WeightsView
	// Note says why part of the structure is missing ("" when nothing is).
	Note string
}

// ModelFileRow is one file of a model token, as its metadata lists it.
type ModelFileRow struct {
	Name      string
	Size      string
	SHA256    string
	CID       string
	Encrypted bool
}

// WeightsView is what the header of one weights file says.
type WeightsView struct {
	Name      string
	Kind      string // "safetensors", "gguf", "pickle", "other"
	Encrypted bool   // gated: the structure is not read here
	Facts     []Fact
	Tensors   []TensorRow
	// MoreTensors is how many tensors the header has beyond Tensors.
	MoreTensors   int
	Warnings      []string
	PickleWarning string
	Imports       []string // a pickle's references, "module.name (dangerous)"
	// Problem says in words why the header could not be read ("" when it was).
	Problem string
}

// MaxStructureTensors is how many tensors the token page lists per file.
const MaxStructureTensors = 50

// NewFileRow formats one file of a model's metadata.
func NewFileRow(name string, size int64, sha256, cid string, encrypted bool) ModelFileRow {
	return ModelFileRow{Name: name, Size: upload.FormatBytes(size), SHA256: sha256, CID: cid, Encrypted: encrypted}
}

// NewWeightsView formats an inspect report of the file name: parameter
// count, tensors (the first MaxStructureTensors), bytes by dtype, and for
// GGUF the architecture, quantization and context length; a pickle gets
// its warning and references.
func NewWeightsView(name string, r inspect.Report) WeightsView {
	w := WeightsView{Name: name, Kind: string(r.Kind), Warnings: r.Warnings}
	if st := r.Safetensors; st != nil {
		w.Facts = append(w.Facts, Fact{"Parameters", paramText(st.ParameterCount)}, Fact{"Tensors", Count(uint64(max(st.TensorCount, 0)))})
		if len(st.BytesByDtype) > 0 {
			w.Facts = append(w.Facts, Fact{"Bytes by dtype", byDtype(st.BytesByDtype)})
		}
		w.Tensors, w.MoreTensors = structureTensors(st.Tensors, st.TensorCount)
	}
	if g := r.GGUF; g != nil {
		for _, f := range []Fact{{"Architecture", g.Architecture}, {"Name", g.Name}, {"Quantization", g.Quantization}} {
			if f.Value != "" {
				w.Facts = append(w.Facts, f)
			}
		}
		if g.ContextLength > 0 {
			w.Facts = append(w.Facts, Fact{"Context length", Count(g.ContextLength)})
		}
		w.Facts = append(w.Facts, Fact{"Parameters", paramText(g.ParameterCount)},
			Fact{"Tensors", Count(uint64(max(g.TensorCount, 0)))}, Fact{"GGUF version", fmt.Sprint(g.Version)})
		if len(g.BytesByType) > 0 {
			w.Facts = append(w.Facts, Fact{"Bytes by type", byDtype(g.BytesByType)})
		}
		w.Tensors, w.MoreTensors = structureTensors(g.Tensors, int(min(g.TensorCount, 1<<31-1)))
	}
	if p := r.Pickle; p != nil {
		w.PickleWarning = p.Warning
		for _, imp := range p.Imports {
			s := imp.Module + "." + imp.Name
			if imp.Safety != "" && imp.Safety != "safe" {
				s += " (" + imp.Safety + ")"
			}
			w.Imports = append(w.Imports, s)
		}
	}
	return w
}

func structureTensors(ts []inspect.Tensor, total int) ([]TensorRow, int) {
	rows := make([]TensorRow, 0, min(len(ts), MaxStructureTensors))
	for _, t := range ts[:min(len(ts), MaxStructureTensors)] {
		dims := make([]string, len(t.Shape))
		for j, d := range t.Shape {
			dims[j] = fmt.Sprint(d)
		}
		rows = append(rows, TensorRow{Name: t.Name, Type: t.Type, Shape: "[" + strings.Join(dims, ", ") + "]", Params: Count(uint64(max(t.Params, 0)))})
	}
	return rows, max(total-len(rows), 0)
}
