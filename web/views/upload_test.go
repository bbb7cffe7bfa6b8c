package views

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"modelmarket/internal/inspect"
	"modelmarket/internal/upload"
)

// card renders an upload whose report is the real inspect.Report (so a
// renamed JSON field in internal/inspect shows up here).
func card(t *testing.T, kind string, rep inspect.Report) (UploadItem, string) {
	t.Helper()
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	it := NewUploadItem(upload.Upload{ID: "0123", Name: "m", Kind: kind, Size: 10, CID: "bafkqaaa",
		Report: js, CreatedAt: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}, "http://localhost:8081/")
	var buf bytes.Buffer
	if err := UploadCard(it).Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	return it, buf.String()
}

func hasFact(it UploadItem, label, value string) bool {
	for _, f := range it.Facts {
		if f.Label == label && f.Value == value {
			return true
		}
	}
	return false
}

func TestUploadCard_GGUFFacts(t *testing.T) {
	it, html := card(t, "gguf", inspect.Report{Kind: inspect.KindGGUF, GGUF: &inspect.GGUFInfo{
		Version: 3, TensorCount: 291, Architecture: "llama", Name: "TinyLlama", Quantization: "Q4_K_M",
		ContextLength: 4096, ParameterCount: 1_100_048_384, FileType: 15,
		Tensors: []inspect.Tensor{{Name: "token_embd.weight", Type: "Q4_K", Shape: []int64{2048, 32000}, Params: 65_536_000}},
	}})
	for _, f := range [][2]string{{"Architecture", "llama"}, {"Quantization", "Q4_K_M"}, {"Context length", "4,096"},
		{"Parameters", "1,100,048,384 (1.1B)"}, {"Tensors", "291"}} {
		if !hasFact(it, f[0], f[1]) {
			t.Errorf("no fact %s = %s in %+v", f[0], f[1], it.Facts)
		}
	}
	if it.MoreTensors != 290 || !strings.Contains(html, "token_embd.weight") || !strings.Contains(html, "[2048, 32000]") {
		t.Errorf("tensor table: more %d, html %s", it.MoreTensors, html)
	}
	if it.URL != "http://localhost:8081/ipfs/bafkqaaa" || it.Thumbnail != "" {
		t.Errorf("url %q thumbnail %q", it.URL, it.Thumbnail)
	}
}

func TestUploadCard_PickleWarnsWithImports(t *testing.T) {
	it, html := card(t, "pickle", inspect.Report{Kind: inspect.KindPickle, Pickle: &inspect.PickleInfo{
		Container: "pytorch-zip", Dangerous: true, Warning: "Loading this file runs code.",
		Imports: []inspect.PickleImport{{Module: "torch._utils", Name: "_rebuild_tensor_v2", Safety: "safe"}, {Module: "os", Name: "system", Safety: "dangerous"}},
	}})
	if len(it.Imports) != 2 || it.Imports[1] != "os.system (dangerous)" {
		t.Fatalf("imports %q", it.Imports)
	}
	for _, want := range []string{"data-upload-pickle-warning", "can run code", "os.system (dangerous)", "torch._utils._rebuild_tensor_v2", "Loading this file runs code."} {
		if !strings.Contains(html, want) {
			t.Errorf("card lacks %q", want)
		}
	}
}

func TestUploadCard_ActiveImageHasNoThumbnail(t *testing.T) {
	it, html := card(t, "image", inspect.Report{Kind: inspect.KindImage, MediaType: "image/svg+xml", Active: true, Image: &inspect.ImageInfo{Format: "svg"}})
	if it.Thumbnail != "" || strings.Contains(html, "<img") || !strings.Contains(html, "only ever offered as a download") {
		t.Fatalf("an SVG is shown inline: %+v", it)
	}
	it, _ = card(t, "image", inspect.Report{Kind: inspect.KindImage, MediaType: "image/png", Image: &inspect.ImageInfo{Format: "png", Width: 800, Height: 600}})
	if it.Thumbnail != it.URL || !hasFact(it, "Dimensions", "800 × 600 px") {
		t.Fatalf("png card %+v", it)
	}
}

func TestUploadCard_GatedHasNoPreviewOrGatewayLink(t *testing.T) {
	js, _ := json.Marshal(inspect.Report{Kind: inspect.KindImage, MediaType: "image/png", Image: &inspect.ImageInfo{Format: "png", Width: 8, Height: 6}})
	it := NewUploadItem(upload.Upload{ID: "0123", Name: "m", Kind: "image", Size: 10, CID: "bafkqaaa", Gated: true,
		Report: js, CreatedAt: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}, "http://localhost:8081/")
	var buf bytes.Buffer
	if err := UploadCard(it).Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	if it.Thumbnail != "" || strings.Contains(html, "<img") || strings.Contains(html, "/ipfs/") {
		t.Fatalf("a gated (ciphertext) file is previewed or linked: %+v", it)
	}
	for _, want := range []string{"Encrypted · only license holders can download", "Ciphertext CID", "Plaintext sha256"} {
		if !strings.Contains(html, want) {
			t.Errorf("card lacks %q", want)
		}
	}
}
