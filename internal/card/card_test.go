package card

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func problems(t *testing.T, err error) []Problem {
	t.Helper()
	var ce *Error
	if !errors.As(err, &ce) {
		t.Fatalf("error %v is not a *card.Error", err)
	}
	return ce.Problems
}

func hasProblem(ps []Problem, field, substr string) bool {
	for _, p := range ps {
		if p.Field == field && strings.Contains(p.Message, substr) {
			return true
		}
	}
	return false
}

func TestParse_HuggingFaceFrontMatter(t *testing.T) {
	src := "---\r\nlicense: cc-by-4.0\ntags: [vision, lora]\nbase_model: stabilityai/sdxl\ndatasets:\n  - laion/laion5b\nmetrics: [accuracy]\npipeline_tag: text-to-image\nmodel-index: ignored\n---\n# Hi\n\nbody\n"
	d, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Meta
	if m.License != "cc-by-4.0" || m.PipelineTag != "text-to-image" || len(m.Tags) != 2 || m.Tags[1] != "lora" {
		t.Errorf("meta = %+v", m)
	}
	if len(m.BaseModel) != 1 || m.BaseModel[0] != "stabilityai/sdxl" || m.Datasets[0] != "laion/laion5b" || m.Metrics[0] != "accuracy" {
		t.Errorf("lists = %+v", m)
	}
	if d.Body != "# Hi\n\nbody\n" {
		t.Errorf("body = %q", d.Body)
	}
}

func TestParse_NoFrontMatterIsAllBody(t *testing.T) {
	d, err := Parse("# Title\n---\nnot front matter")
	if err != nil || d.Body != "# Title\n---\nnot front matter" {
		t.Fatalf("d=%+v err=%v", d, err)
	}
	// An opening line without a closing one is body too.
	if d, err := Parse("---\nlicense: mit\n"); err != nil || d.Meta.License != "" {
		t.Fatalf("unclosed: d=%+v err=%v", d, err)
	}
}

func TestParse_ValidationErrorsInWords(t *testing.T) {
	long := strings.Repeat("x", 65)
	many := "[" + strings.Repeat("a,", 51) + "a]"
	src := "---\nlicense: wtf-1.0\npipeline_tag: making-coffee\ntags: " + many + "\nother: 1\n---\n"
	_, err := Parse(src)
	ps := problems(t, err)
	for _, w := range []struct{ field, text string }{
		{"license", `"wtf-1.0" is not a license id`},
		{"pipeline_tag", `"making-coffee" is not one of the Hub's pipeline tags`},
		{"tags", "52 tags; at most 50"},
	} {
		if !hasProblem(ps, w.field, w.text) {
			t.Errorf("no problem %s %q in %v", w.field, w.text, ps)
		}
	}
	_, err = Parse("---\ntags: [" + long + "]\nlicense: other\nexternal_url: javascript:alert(1)\nthumbnail: http://x/a.png\nattributes:\n  - value: 3\n  - trait_type: Eyes\n---\n")
	ps = problems(t, err)
	for _, w := range []struct{ field, text string }{
		{"tags", "longer than 64 characters"},
		{"license_name", "needs a license_name"},
		{"external_url", "http(s) or ipfs://"},
		{"thumbnail", "https:// or ipfs://"},
		{"attributes", "attribute 1 has no trait_type"},
		{"attributes", "attribute 2 (Eyes) has no value"},
	} {
		if !hasProblem(ps, w.field, w.text) {
			t.Errorf("no problem %s %q in %v", w.field, w.text, ps)
		}
	}
}

func TestParse_YAMLSyntaxAndTypeErrors(t *testing.T) {
	_, err := Parse("---\nlicense: mit\ntags: [a, b\n---\nbody")
	ps := problems(t, err)
	if len(ps) != 1 || !strings.Contains(ps[0].Message, "not valid YAML") || !strings.Contains(ps[0].Message, "line") {
		t.Errorf("syntax problem = %v", ps)
	}
	_, err = Parse("---\ntags: {a: 1}\n---\n")
	ps = problems(t, err)
	if len(ps) != 1 || !strings.Contains(ps[0].Message, "line 1") {
		t.Errorf("type problem = %v", ps)
	}
	if _, err := Parse(strings.Repeat("a", MaxSourceLen+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too large: %v", err)
	}
}

func TestValidate_AcceptsKnownIDs(t *testing.T) {
	for _, l := range []string{"openrail-m", "cc-by-4.0", "apache-2.0", "mit", "llama3.1"} {
		if ps := Validate(Meta{License: l, PipelineTag: "text-generation"}); len(ps) != 0 {
			t.Errorf("%s: %v", l, ps)
		}
	}
	if ps := Validate(Meta{License: "other", LicenseName: "my-license", LicenseLink: "https://example.com/l"}); len(ps) != 0 {
		t.Errorf("other: %v", ps)
	}
}

const gw = "http://localhost:8081"

func render(t *testing.T, md string) string {
	t.Helper()
	h, err := Render(md, gw)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestRender_StripsScriptHandlersAndJavascriptLinks(t *testing.T) {
	h := render(t, "hello <script>window.pwned=1</script>\n\n<img src=\"https://x.example/a.png\" onerror=\"alert(1)\">\n\n[click](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(2)\">b</a> <div onclick=\"x()\" style=\"position:fixed\">d</div>\n\n<iframe src=\"https://evil\"></iframe><svg onload=alert(1)></svg>")
	for _, bad := range []string{"<script", "pwned", "onerror", "alert", "javascript", "onclick", "position", "<iframe", "<svg", "onload"} {
		if strings.Contains(strings.ToLower(h), strings.ToLower(bad)) {
			t.Errorf("output keeps %q:\n%s", bad, h)
		}
	}
	if !strings.Contains(h, `<img src="https://x.example/a.png"`) {
		t.Errorf("https image dropped:\n%s", h)
	}
}

func TestRender_KeepsTablesAndCode(t *testing.T) {
	h := render(t, "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```go\nfmt.Println(\"<x>\")\n```\n\n`inline` **bold** ~~gone~~\n")
	if strings.Contains(h, "style=") {
		t.Errorf("inline style (blocked by our CSP):\n%s", h)
	}
	for _, want := range []string{"<table>", "<th align=\"left\">a</th>", "<td align=\"right\">2</td>",
		"<pre><code class=\"language-go\">", "&lt;x&gt;", "<code>inline</code>", "<strong>bold</strong>", "<del>gone</del>"} {
		if !strings.Contains(h, want) {
			t.Errorf("missing %q in:\n%s", want, h)
		}
	}
}

func TestRender_ImagesHTTPSOrIPFSOnly(t *testing.T) {
	h := render(t, "![a](ipfs://bafkreiabc/img/a.png) ![b](http://plain.example/b.png) ![c](data:image/png;base64,AAAA) ![d](/local.png)")
	if !strings.Contains(h, `src="http://localhost:8081/ipfs/bafkreiabc/img/a.png"`) {
		t.Errorf("ipfs image not rewritten to the gateway:\n%s", h)
	}
	for _, bad := range []string{"plain.example", "data:", "/local.png"} {
		if strings.Contains(h, bad) {
			t.Errorf("kept %q:\n%s", bad, h)
		}
	}
}

func TestArtMetadata(t *testing.T) {
	d, err := Parse("---\ntitle: Dusk\nexternal_url: https://artist.example/dusk\nlicense: cc-by-4.0\nattributes:\n  - trait_type: Palette\n    value: warm\n  - trait_type: Edition\n    value: 3\n    display_type: number\n---\nA *warm* evening.\n")
	if err != nil {
		t.Fatal(err)
	}
	a := Asset{Name: "dusk.png", Kind: "image", MediaType: "image/png", CID: "bafyimg", SHA256: "ab"}
	m := ArtMetadata(a, d, "https://market.example/t/1")
	if m.Name != "Dusk" || m.Description != "A *warm* evening." || m.Image != "ipfs://bafyimg" || m.AnimationURL != "" ||
		m.ExternalURL != "https://artist.example/dusk" || m.Properties != nil {
		t.Errorf("metadata = %+v", m)
	}
	raw, _ := json.Marshal(m)
	var back map[string]any
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	attrs := back["attributes"].([]any)
	if len(attrs) != 3 {
		t.Fatalf("attributes = %v", attrs)
	}
	first := attrs[0].(map[string]any)
	second := attrs[1].(map[string]any)
	if first["trait_type"] != "Palette" || first["value"] != "warm" || second["value"] != float64(3) || second["display_type"] != "number" {
		t.Errorf("attributes JSON = %s", raw)
	}

	glb := ArtMetadata(Asset{Name: "ship.glb", Kind: "gltf", MediaType: "model/gltf-binary", CID: "bafyglb"}, Doc{Meta: Meta{Thumbnail: "ipfs://bafythumb"}}, "")
	if glb.AnimationURL != "ipfs://bafyglb" || glb.Image != "ipfs://bafythumb" || glb.Name != "ship.glb" {
		t.Errorf("glTF metadata = %+v", glb)
	}
}

func TestModelMetadata(t *testing.T) {
	d, err := Parse("---\nlicense: apache-2.0\npipeline_tag: text-generation\ntags: [llm]\nbase_model: [a/b]\ndatasets: [c/d]\n---\n# Tiny LM\n\nSmall.\n")
	if err != nil {
		t.Fatal(err)
	}
	a := Asset{Name: "model.safetensors", Kind: "safetensors", MediaType: "application/octet-stream", Size: 1234,
		SHA256: "deadbeef", CID: "bafyweights", Format: "safetensors", ParameterCount: 1_500_000}
	m := ModelMetadata(a, d, "https://market.example/t/2")
	raw, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Name        string           `json:"name"`
		Description string           `json:"description"`
		ExternalURL string           `json:"external_url"`
		Attributes  []map[string]any `json:"attributes"`
		Properties  map[string]any   `json:"properties"`
	}
	if err := json.Unmarshal(raw, &j); err != nil {
		t.Fatal(err)
	}
	if j.Name != "Tiny LM" || !strings.HasPrefix(j.Description, "# Tiny LM") || j.ExternalURL != "https://market.example/t/2" {
		t.Errorf("head = %s", raw)
	}
	p := j.Properties
	if p["format"] != "safetensors" || p["parameter_count"] != float64(1_500_000) || p["sha256"] != "deadbeef" || p["license"] != "apache-2.0" {
		t.Errorf("properties = %v", p)
	}
	files := p["files"].([]any)
	f := files[0].(map[string]any)
	if len(files) != 1 || f["uri"] != "ipfs://bafyweights" || f["size"] != float64(1234) || f["name"] != "model.safetensors" {
		t.Errorf("files = %v", files)
	}
	traits := map[string]any{}
	for _, at := range j.Attributes {
		traits[at["trait_type"].(string)] = at["value"]
	}
	if traits["License"] != "apache-2.0" || traits["Task"] != "text-generation" || traits["Parameters"] != float64(1_500_000) || traits["Tag"] != "llm" {
		t.Errorf("attributes = %v", j.Attributes)
	}
}

func TestTemplate_ParsesAndCarriesFacts(t *testing.T) {
	model := Asset{Name: "m|x.safetensors", Kind: "safetensors", SHA256: "ab12", CID: "bafyq", Format: "safetensors", ParameterCount: 2_340_000}
	src := Template(model)
	d, err := Parse(src)
	if err != nil {
		t.Fatalf("template does not parse: %v\n%s", err, src)
	}
	for _, want := range []string{"2.34 M", "ab12", "bafyq", `m\|x.safetensors`} {
		if !strings.Contains(d.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, d.Body)
		}
	}
	art := Template(Asset{Name: `say "hi".png`, Kind: "image"})
	d, err = Parse(art)
	if err != nil || d.Meta.Title != `say "hi"` || len(d.Meta.Attributes) != 1 {
		t.Fatalf("art template: %+v %v\n%s", d, err, art)
	}
}
