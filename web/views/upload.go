package views

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"modelmarket/internal/upload"
)

// UploadPage is /upload: the drop zone for a signed-in creator (or the
// "connect your wallet" state) and the list of their uploads.
type UploadPage struct {
	Page
	MaxSize int64  // bytes; 0 = no limit
	MaxText string // "50.0 GiB"
	// QuotaText says how much of the quota is used ("" when there is none).
	QuotaText string
	Items     []UploadItem
	// Bundles are the person's folders; Folders says whether making them
	// works here (the folder picker is shown only then).
	Bundles []BundleItem
	Folders bool
}

// UploadItem is what we understood of one finished upload, formatted.
type UploadItem struct {
	ID          string
	Name        string
	Kind        string // "image", "safetensors", …
	KindLabel   string // "Image", "safetensors weights", …
	MediaType   string
	Size        string
	SHA256      string
	CID         string
	URL         string // the file on the gateway's origin (never the app's)
	Created     string
	Active      bool     // HTML/SVG/XML: served as an attachment only
	Warnings    []string // from the inspection
	Facts       []Fact   // the headline facts of the report
	Thumbnail   string   // gateway URL of an image we may show; "" for none
	Width       int
	Height      int
	Tensors     []TensorRow // the first tensors of a weights file
	MoreTensors int         // how many more the report counts
	Imports     []string    // what a pickle references: "module.name (dangerous)"
	// PickleWarning is the inspector's words on loading a pickle.
	PickleWarning string
	// Gated: CID is of the ciphertext and SHA256 of the plaintext; the
	// gateway holds only ciphertext, so there is no preview or gateway link.
	Gated bool
}

// Fact is one labelled value of a report.
type Fact struct{ Label, Value string }

// TensorRow is one tensor of a weights file.
type TensorRow struct{ Name, Type, Shape, Params string }

// maxTensorRows is how many tensors a card lists.
const maxTensorRows = 12

// report mirrors the parts of internal/inspect's JSON that pages show. It
// is decoded here (not imported) so a report written by an older or newer
// inspector still renders what it can.
type report struct {
	Kind      string   `json:"kind"`
	MediaType string   `json:"media_type"`
	Active    bool     `json:"active"`
	Warnings  []string `json:"warnings"`
	Image     *struct {
		Format string `json:"format"`
		Width  int    `json:"width"`
		Height int    `json:"height"`
	} `json:"image"`
	GLTF *struct {
		Container string `json:"container"`
		Version   string `json:"version"`
		Meshes    int    `json:"meshes"`
		Nodes     int    `json:"nodes"`
		Materials int    `json:"materials"`
	} `json:"gltf"`
	Safetensors *struct {
		TensorCount    int              `json:"tensor_count"`
		ParameterCount int64            `json:"parameter_count"`
		BytesByDtype   map[string]int64 `json:"bytes_by_dtype"`
		Tensors        []tensor         `json:"tensors"`
	} `json:"safetensors"`
	GGUF *struct {
		Version        int64            `json:"version"`
		TensorCount    int64            `json:"tensor_count"`
		Architecture   string           `json:"architecture"`
		Name           string           `json:"name"`
		Quantization   string           `json:"quantization"`
		ContextLength  int64            `json:"context_length"`
		ParameterCount int64            `json:"parameter_count"`
		BytesByType    map[string]int64 `json:"bytes_by_type"`
		Tensors        []tensor         `json:"tensors"`
	} `json:"gguf"`
	Pickle *struct {
		Container string `json:"container"`
		Imports   []struct {
			Module string `json:"module"`
			Name   string `json:"name"`
			Safety string `json:"safety"`
		} `json:"imports"`
		Warning string `json:"warning"`
	} `json:"pickle"`
}

type tensor struct {
	Name   string  `json:"name"`
	Type   string  `json:"type"`
	Shape  []int64 `json:"shape"`
	Params int64   `json:"params"`
}

var kindLabels = map[string]string{
	"image": "Image", "gltf": "3D model (glTF)", "safetensors": "safetensors weights",
	"gguf": "GGUF model", "pickle": "Pickle-based weights", "other": "File",
}

// NewUploadItem formats u; gateway is the gateway's origin.
func NewUploadItem(u upload.Upload, gateway string) UploadItem {
	it := UploadItem{
		ID: u.ID, Name: u.Name, Kind: u.Kind, MediaType: u.MediaType, Size: upload.FormatBytes(u.Size),
		SHA256: u.SHA256Hex(), CID: u.CID, URL: strings.TrimRight(gateway, "/") + "/ipfs/" + u.CID,
		Created: u.CreatedAt.UTC().Format("2006-01-02 15:04 UTC"), Gated: u.Gated,
	}
	if it.Name == "" {
		it.Name = "(unnamed)"
	}
	if it.KindLabel = kindLabels[u.Kind]; it.KindLabel == "" {
		it.KindLabel = u.Kind
	}
	if u.Size != 1 {
		it.Size += fmt.Sprintf(" (%s bytes)", Count(uint64(u.Size)))
	}
	var r report
	if len(u.Report) == 0 || json.Unmarshal(u.Report, &r) != nil {
		return it
	}
	it.Active, it.Warnings = r.Active, r.Warnings
	if img := r.Image; img != nil {
		it.Facts = append(it.Facts, Fact{"Format", strings.ToUpper(img.Format)})
		if img.Width > 0 {
			it.Width, it.Height = img.Width, img.Height
			it.Facts = append(it.Facts, Fact{"Dimensions", fmt.Sprintf("%d × %d px", img.Width, img.Height)})
		}
		// Active images (SVG) are never shown inline, even from the gateway;
		// a gated file on the gateway is ciphertext.
		if !r.Active && !u.Gated {
			it.Thumbnail = it.URL
		}
	}
	if g := r.GLTF; g != nil {
		it.Facts = append(it.Facts, Fact{"Container", g.Container}, Fact{"glTF version", g.Version},
			Fact{"Meshes", Count(uint64(g.Meshes))}, Fact{"Nodes", Count(uint64(g.Nodes))}, Fact{"Materials", Count(uint64(g.Materials))})
	}
	if st := r.Safetensors; st != nil {
		it.Facts = append(it.Facts, Fact{"Parameters", paramText(st.ParameterCount)}, Fact{"Tensors", Count(uint64(st.TensorCount))})
		if len(st.BytesByDtype) > 0 {
			it.Facts = append(it.Facts, Fact{"Size by dtype", byDtype(st.BytesByDtype)})
		}
		it.Tensors, it.MoreTensors = tensorRows(st.Tensors, st.TensorCount)
	}
	if g := r.GGUF; g != nil {
		for _, f := range []Fact{{"Architecture", g.Architecture}, {"Name", g.Name}, {"Quantization", g.Quantization}} {
			if f.Value != "" {
				it.Facts = append(it.Facts, f)
			}
		}
		if g.ContextLength > 0 {
			it.Facts = append(it.Facts, Fact{"Context length", Count(uint64(g.ContextLength))})
		}
		it.Facts = append(it.Facts, Fact{"Parameters", paramText(g.ParameterCount)}, Fact{"Tensors", Count(uint64(max(g.TensorCount, 0)))},
			Fact{"GGUF version", fmt.Sprint(g.Version)})
		if len(g.BytesByType) > 0 {
			it.Facts = append(it.Facts, Fact{"Size by type", byDtype(g.BytesByType)})
		}
		it.Tensors, it.MoreTensors = tensorRows(g.Tensors, int(g.TensorCount))
	}
	if p := r.Pickle; p != nil {
		it.PickleWarning = p.Warning
		for _, imp := range p.Imports {
			s := imp.Module + "." + imp.Name
			if imp.Safety != "" && imp.Safety != "safe" {
				s += " (" + imp.Safety + ")"
			}
			it.Imports = append(it.Imports, s)
		}
	}
	return it
}

// paramText prints a parameter count exactly and, when large, rounded (7.2B).
func paramText(n int64) string {
	s := Count(uint64(max(n, 0)))
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%s (%.1fB)", s, float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%s (%.1fM)", s, float64(n)/1e6)
	}
	return s
}

func byDtype(m map[string]int64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+" "+upload.FormatBytes(m[k]))
	}
	return strings.Join(parts, ", ")
}

func tensorRows(ts []tensor, total int) ([]TensorRow, int) {
	var rows []TensorRow
	for i, t := range ts {
		if i == maxTensorRows {
			break
		}
		dims := make([]string, len(t.Shape))
		for j, d := range t.Shape {
			dims[j] = fmt.Sprint(d)
		}
		rows = append(rows, TensorRow{Name: t.Name, Type: t.Type, Shape: "[" + strings.Join(dims, ", ") + "]", Params: Count(uint64(max(t.Params, 0)))})
	}
	return rows, max(total-len(rows), 0)
}
