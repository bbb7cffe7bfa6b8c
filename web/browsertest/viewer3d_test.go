package browsertest_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"modelmarket/web/browsertest"
)

// glb packs a glTF document and its binary chunk into a GLB container.
func glb(t *testing.T, doc any, bin []byte) []byte {
	t.Helper()
	js, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	for len(js)%4 != 0 {
		js = append(js, ' ')
	}
	for len(bin)%4 != 0 {
		bin = append(bin, 0)
	}
	var out bytes.Buffer
	le := func(v uint32) { binary.Write(&out, binary.LittleEndian, v) }
	le(0x46546c67) // "glTF"
	le(2)
	le(uint32(12 + 8 + len(js) + 8 + len(bin)))
	le(uint32(len(js)))
	le(0x4e4f534a) // JSON
	out.Write(js)
	le(uint32(len(bin)))
	le(0x004e4942) // BIN
	out.Write(bin)
	return out.Bytes()
}

// binWriter appends typed arrays to a GLB binary chunk and describes each as
// a buffer view and an accessor.
type binWriter struct {
	bin       bytes.Buffer
	views     []map[string]any
	accessors []map[string]any
}

func (w *binWriter) add(data any, count int, typ string, component int, extra map[string]any) int {
	for w.bin.Len()%4 != 0 {
		w.bin.WriteByte(0)
	}
	start := w.bin.Len()
	binary.Write(&w.bin, binary.LittleEndian, data)
	w.views = append(w.views, map[string]any{"buffer": 0, "byteOffset": start, "byteLength": w.bin.Len() - start})
	a := map[string]any{"bufferView": len(w.views) - 1, "count": count, "type": typ, "componentType": component}
	for k, v := range extra {
		a[k] = v
	}
	w.accessors = append(w.accessors, a)
	return len(w.accessors) - 1
}

// checkerPNG is an 8×8 two-colour checkerboard (purple and teal).
func checkerPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for y := range 8 {
		for x := range 8 {
			c := color.RGBA{91, 76, 240, 255}
			if (x+y)%2 == 1 {
				c = color.RGBA{15, 159, 138, 255}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sceneGLB builds a small scene that exercises what the viewer reads: a
// textured, indexed cube (POSITION, NORMAL, TEXCOORD_0, UNSIGNED_SHORT
// indices, baseColorTexture from a bufferView PNG) under a rotated parent,
// placed by a matrix; and an unindexed pyramid without normals (the viewer
// must compute flat ones) with a baseColorFactor, placed by TRS.
func sceneGLB(t *testing.T) (data []byte, doc map[string]any, w *binWriter) {
	t.Helper()
	w = &binWriter{}
	var pos, nrm, uv []float32
	var idx []uint16
	faces := [][3][3]float32{ // normal, u axis, v axis
		{{1, 0, 0}, {0, 0, -1}, {0, 1, 0}}, {{-1, 0, 0}, {0, 0, 1}, {0, 1, 0}},
		{{0, 1, 0}, {1, 0, 0}, {0, 0, -1}}, {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},
		{{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}, {{0, 0, -1}, {-1, 0, 0}, {0, 1, 0}},
	}
	for f, ax := range faces {
		n, u, v := ax[0], ax[1], ax[2]
		for _, c := range [][2]float32{{-1, -1}, {1, -1}, {1, 1}, {-1, 1}} {
			for k := range 3 {
				pos = append(pos, 0.5*(n[k]+c[0]*u[k]+c[1]*v[k]))
			}
			nrm = append(nrm, n[:]...)
			uv = append(uv, (c[0]+1)/2, (1-c[1])/2)
		}
		b := uint16(f * 4)
		idx = append(idx, b, b+1, b+2, b, b+2, b+3)
	}
	cubePos := w.add(pos, 24, "VEC3", 5126, map[string]any{"min": []float32{-.5, -.5, -.5}, "max": []float32{.5, .5, .5}})
	cubeNrm := w.add(nrm, 24, "VEC3", 5126, nil)
	cubeUV := w.add(uv, 24, "VEC2", 5126, nil)
	cubeIdx := w.add(idx, len(idx), "SCALAR", 5123, nil)
	// Pyramid: four sides and a square base, as plain triangles.
	apex, base := [3]float32{0, .6, 0}, [][3]float32{{-.4, -.4, -.4}, {.4, -.4, -.4}, {.4, -.4, .4}, {-.4, -.4, .4}}
	var pyr []float32
	for k := range 4 {
		a, b := base[k], base[(k+1)%4]
		pyr = append(pyr, b[0], b[1], b[2], a[0], a[1], a[2], apex[0], apex[1], apex[2])
	}
	for _, k := range []int{0, 1, 2, 0, 2, 3} {
		pyr = append(pyr, base[k][:]...)
	}
	pyrPos := w.add(pyr, len(pyr)/3, "VEC3", 5126, nil)
	pngBytes := checkerPNG(t)
	for w.bin.Len()%4 != 0 {
		w.bin.WriteByte(0)
	}
	w.views = append(w.views, map[string]any{"buffer": 0, "byteOffset": w.bin.Len(), "byteLength": len(pngBytes)})
	w.bin.Write(pngBytes)

	s, c := float32(math.Sin(math.Pi/12)), float32(math.Cos(math.Pi/12)) // 30° about y
	doc = map[string]any{
		"asset":  map[string]any{"version": "2.0", "generator": "modelmarket viewer3d test"},
		"scene":  0,
		"scenes": []any{map[string]any{"nodes": []int{0}}},
		"nodes": []any{
			map[string]any{"name": "root", "rotation": []float32{0, s, 0, c}, "children": []int{1, 2}},
			map[string]any{"name": "cube", "mesh": 0, "matrix": []float32{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -.7, 0, 0, 1}},
			map[string]any{"name": "pyramid", "mesh": 1, "translation": []float32{.8, 0, 0}, "scale": []float32{.9, .9, .9}},
		},
		"meshes": []any{
			map[string]any{"primitives": []any{map[string]any{
				"attributes": map[string]int{"POSITION": cubePos, "NORMAL": cubeNrm, "TEXCOORD_0": cubeUV},
				"indices":    cubeIdx, "material": 0,
			}}},
			map[string]any{"primitives": []any{map[string]any{"attributes": map[string]int{"POSITION": pyrPos}, "material": 1}}},
		},
		"materials": []any{
			map[string]any{"pbrMetallicRoughness": map[string]any{"baseColorTexture": map[string]any{"index": 0}}},
			map[string]any{"pbrMetallicRoughness": map[string]any{"baseColorFactor": []float32{.95, .55, .15, 1}}},
		},
		"textures": []any{map[string]any{"source": 0, "sampler": 0}},
		"samplers": []any{map[string]any{"magFilter": 9728, "minFilter": 9987}},
		"images":   []any{map[string]any{"bufferView": len(w.views) - 1, "mimeType": "image/png"}},
		"buffers":  []any{map[string]any{"byteLength": w.bin.Len()}},
	}
	doc["bufferViews"], doc["accessors"] = w.views, w.accessors
	return glb(t, doc, w.bin.Bytes()), doc, w
}

// canvasPixels reads the preview canvas back (preserveDrawingBuffer) as an image.
func canvasPixels(t *testing.T, p *browsertest.Page, sel string) image.Image {
	t.Helper()
	var url string
	p.Eval(`document.querySelector('`+sel+` canvas').toDataURL('image/png')`, &url)
	raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(url, "data:image/png;base64,"))
	if err != nil {
		t.Fatalf("canvas data URL: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("canvas PNG: %v", err)
	}
	return img
}

// differing counts the pixels of the centre half of img that differ from
// ref (another image of the same size, or, when nil, img's top-left corner,
// which is background).
func differing(img, ref image.Image) int {
	b := img.Bounds()
	bg := img.At(b.Min.X+2, b.Min.Y+2)
	n := 0
	for y := b.Min.Y + b.Dy()/4; y < b.Max.Y-b.Dy()/4; y++ {
		for x := b.Min.X + b.Dx()/4; x < b.Max.X-b.Dx()/4; x++ {
			want := bg
			if ref != nil {
				want = ref.At(x, y)
			}
			r1, g1, b1, _ := img.At(x, y).RGBA()
			r2, g2, b2, _ := want.RGBA()
			if max(absDiff(r1, r2), absDiff(g1, g2), absDiff(b1, b2)) > 0x0800 {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// coloured counts the pixels whose hue is within 15° of c's, at any
// brightness (lighting darkens them): the texture's and the material's
// colours must reach the screen.
func coloured(img image.Image, c color.RGBA) int {
	want, _ := hueSat(uint32(c.R), uint32(c.G), uint32(c.B))
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			h, s := hueSat(r>>8, g>>8, bl>>8)
			if d := math.Abs(h - want); s > 0.4 && min(d, 360-d) < 15 {
				n++
			}
		}
	}
	return n
}

// hueSat is the HSV hue (degrees) and saturation of an 8-bit colour.
func hueSat(r, g, b uint32) (hue, sat float64) {
	hi, lo := max(r, g, b), min(r, g, b)
	if hi == 0 || hi == lo {
		return 0, 0
	}
	d := float64(hi - lo)
	switch hi {
	case r:
		hue = 60 * math.Mod((float64(g)-float64(b))/d+6, 6)
	case g:
		hue = 60 * ((float64(b)-float64(r))/d + 2)
	default:
		hue = 60 * ((float64(r)-float64(g))/d + 4)
	}
	return hue, d / float64(hi)
}

func TestViewer3D_UploadShowsInteractivePreview(t *testing.T) {
	env := browsertest.Shared(t)
	data, _, _ := sceneGLB(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "scene.glb")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 7}})
	p.Go("/upload")
	p.SignIn()
	p.WaitVisible("[data-upload-zone]")
	// Where the card's link sits in the card the moment the card appears
	// (a mutation observer runs before the preview's script can load), to
	// compare with where it sits once the preview is drawn.
	linkTop := `(() => {
		const card = document.querySelector('[data-upload-item="scene.glb"] [data-upload-card]');
		const link = card?.querySelector('[data-upload-card-link]');
		return link ? link.getBoundingClientRect().top - card.getBoundingClientRect().top : null;
	})()`
	p.Eval(`(() => {
		const seen = new MutationObserver(() => {
			const top = `+linkTop+`;
			if (top !== null) { window.__linkTopAtFirst = top; seen.disconnect(); }
		});
		seen.observe(document.body, { childList: true, subtree: true });
	})()`, nil)
	p.Run("choose the model", chromedp.SetUploadFiles("[data-upload-input]", []string{path}, chromedp.ByQuery))
	row := `[data-upload-item="scene.glb"]`
	viewer := row + ` [data-viewer3d][data-viewer-state="ready"]`
	p.WaitVisible(viewer)
	var linkFirst, linkNow float64
	p.Eval(`window.__linkTopAtFirst ?? -1`, &linkFirst)
	p.Eval(linkTop, &linkNow)
	if linkFirst < 0 || math.Abs(linkNow-linkFirst) > 12 {
		t.Errorf("the card's link moved from %.0f to %.0f px below the card's top as the preview was drawn: its place was not held", linkFirst, linkNow)
	}
	if got := p.Text(row + " [data-upload-kind]"); got != "3D model (glTF)" {
		t.Fatalf("kind shown %q", got)
	}
	status := p.Text(viewer + " [data-viewer-status]")
	// 24 cube vertices + 18 pyramid corners (flat-shaded); 12 + 6 triangles.
	if !strings.Contains(status, "42 vertices") || !strings.Contains(status, "18 triangles") {
		t.Fatalf("viewer status %q", status)
	}
	// The texture decodes asynchronously: wait for its colours on screen.
	var first image.Image
	for range 40 {
		first = canvasPixels(t, p, viewer)
		if coloured(first, color.RGBA{91, 76, 240, 255}) > 200 && coloured(first, color.RGBA{15, 159, 138, 255}) > 200 {
			break
		}
		p.Eval(`new Promise((ok) => setTimeout(ok, 100))`, nil)
	}
	if n := differing(first, nil); n < 2000 {
		t.Fatalf("only %d centre pixels differ from the background: the model is not drawn", n)
	}
	for name, c := range map[string]color.RGBA{
		"texture purple": {91, 76, 240, 255}, "texture teal": {15, 159, 138, 255}, "material orange": {242, 140, 38, 255},
	} {
		if n := coloured(first, c); n < 200 {
			t.Errorf("%s: %d pixels of that colour on screen", name, n)
		}
	}
	p.Run("look at the canvas", chromedp.ScrollIntoView(viewer+" canvas", chromedp.ByQuery))
	p.Screenshot("viewer-ready")

	// Drag across the canvas: the model turns.
	var box struct{ X, Y, W, H float64 }
	p.Eval(`(() => { const r = document.querySelector('`+viewer+` canvas').getBoundingClientRect();
		return {X: r.x, Y: r.y, W: r.width, H: r.height}; })()`, &box)
	cx, cy := box.X+box.W/2, box.Y+box.H/2
	p.Run("drag", chromedp.ActionFunc(func(ctx context.Context) error {
		if err := input.DispatchMouseEvent(input.MousePressed, cx, cy).WithButton(input.Left).WithClickCount(1).Do(ctx); err != nil {
			return err
		}
		for k := 1; k <= 10; k++ {
			if err := input.DispatchMouseEvent(input.MouseMoved, cx+float64(k)*12, cy+float64(k)*3).WithButton(input.Left).WithButtons(1).Do(ctx); err != nil {
				return err
			}
		}
		return input.DispatchMouseEvent(input.MouseReleased, cx+120, cy+30).WithButton(input.Left).WithClickCount(1).Do(ctx)
	}))
	p.Eval(`new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))`, nil)
	turned := canvasPixels(t, p, viewer)
	if n := differing(turned, first); n < 1000 {
		t.Fatalf("after a drag only %d centre pixels changed: orbit does not work", n)
	}
	p.Screenshot("viewer-turned")

	// Double-click puts the camera back where it started.
	p.Run("double-click", chromedp.DoubleClick(viewer+" canvas", chromedp.ByQuery))
	p.Eval(`new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))`, nil)
	if n := differing(canvasPixels(t, p, viewer), first); n > 50 {
		t.Errorf("after a double-click %d centre pixels differ from the first view", n)
	}
	noCSPViolations(t, p)
}

// hostile returns sceneGLB with its document changed by edit.
func hostile(t *testing.T, edit func(doc map[string]any)) []byte {
	t.Helper()
	_, doc, w := sceneGLB(t)
	raw, _ := json.Marshal(doc)
	var copied map[string]any
	if err := json.Unmarshal(raw, &copied); err != nil {
		t.Fatal(err)
	}
	edit(copied)
	return glb(t, copied, w.bin.Bytes())
}

func accessorOf(doc map[string]any, i int) map[string]any {
	return doc["accessors"].([]any)[i].(map[string]any)
}

// TestViewer3D_MalformedModels: a bad or hostile file shows the reason in
// words in the preview box, quickly, without an exception (and an embedded
// .gltf, the other container, is shown).
func TestViewer3D_MalformedModels(t *testing.T) {
	env := browsertest.Shared(t)

	t.Run("uploaded through the page", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "broken.glb")
		data := hostile(t, func(doc map[string]any) { accessorOf(doc, 0)["byteOffset"] = 1 << 20 })
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		p := env.NewPage(t, browsertest.PageOptions{Wallet: browsertest.WalletOptions{Account: 7}})
		p.Go("/upload")
		p.SignIn()
		p.WaitVisible("[data-upload-zone]")
		p.Run("choose the model", chromedp.SetUploadFiles("[data-upload-input]", []string{path}, chromedp.ByQuery))
		viewer := `[data-upload-item="broken.glb"] [data-viewer3d][data-viewer-state="error"]`
		p.WaitVisible(viewer)
		want := "Could not show this 3D model: accessor 0 points outside its buffer."
		if got := p.Text(viewer + " [data-viewer-status]"); got != want {
			t.Fatalf("preview says %q, want %q", got, want)
		}
		p.Run("look at the message", chromedp.ScrollIntoView(viewer, chromedp.ByQuery))
		p.Screenshot("viewer-error")
		noCSPViolations(t, p)
	})

	cases := []struct {
		name string
		file []byte
		want string
	}{
		{"bad JSON", []byte(`{"asset": {"version": "2.0"}, "nodes": [`), "its JSON does not parse"},
		{"not glTF", []byte("PK\x03\x04 a zip file"), "neither a GLB file nor glTF JSON text"},
		{"glTF 1.0", []byte(`{"asset": {"version": "1.0"}}`), "the preview reads glTF 2.0"},
		{"cut short", func() []byte { d, _, _ := sceneGLB(t); return d[:len(d)/2] }(), "the file is cut short"},
		{"accessor outside its buffer", hostile(t, func(doc map[string]any) { accessorOf(doc, 3)["count"] = 1002 }),
			"accessor 3 points outside its buffer"},
		{"four billion vertices", hostile(t, func(doc map[string]any) { accessorOf(doc, 0)["count"] = 4_000_000_000 }),
			"more than 5,000,000 vertices; the preview shows at most that many"},
		{"index past the vertices", hostile(t, func(doc map[string]any) {
			accessorOf(doc, 3)["componentType"] = 5121 // reads the uint16 indices bytewise: 0, 0, 1, 0, …
			accessorOf(doc, 0)["count"] = 1
		}), "accessor 3 has index 1, past the 1 vertices of mesh 0"},
		{"missing accessor", hostile(t, func(doc map[string]any) {
			doc["meshes"].([]any)[0].(map[string]any)["primitives"].([]any)[0].(map[string]any)["indices"] = 99
		}), "mesh 0 refers to accessor 99, which does not exist"},
		{"node loop", hostile(t, func(doc map[string]any) {
			doc["nodes"].([]any)[1].(map[string]any)["children"] = []int{0}
		}), "appears twice in the scene tree"},
		{"external buffer", []byte(`{"asset": {"version": "2.0"}, "buffers": [{"uri": "scene.bin", "byteLength": 36}],
			"bufferViews": [{"buffer": 0, "byteLength": 36}], "accessors": [{"bufferView": 0, "count": 3, "type": "VEC3", "componentType": 5126}],
			"meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}], "nodes": [{"mesh": 0}]}`),
			"buffer 0 lives in another file (scene.bin)"},
		{"Draco", hostile(t, func(doc map[string]any) { doc["extensionsRequired"] = []string{"KHR_draco_mesh_compression"} }),
			"it needs Draco mesh compression, which the preview does not support"},
		{"no triangles", []byte(`{"asset": {"version": "2.0"}, "scenes": [{"nodes": []}]}`), "its scene has no triangles to show"},
		// And one that is fine: .gltf JSON with its buffer in a data: URI, no scenes, no normals.
		{"embedded .gltf", []byte(`{"asset": {"version": "2.0"}, "buffers": [{"byteLength": 36, "uri": "data:application/octet-stream;base64,` +
			base64.StdEncoding.EncodeToString(floats(0, 0, 0, 1, 0, 0, 0, 1, 0)) + `"}],
			"bufferViews": [{"buffer": 0, "byteLength": 36}], "accessors": [{"bufferView": 0, "count": 3, "type": "VEC3", "componentType": 5126}],
			"meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}], "nodes": [{"mesh": 0}]}`), "ready: case · 3 vertices · 1 triangle."},
	}
	// One page for all cases, so no subtests: a failed wait must not stop the others.
	p := env.NewPage(t, browsertest.PageOptions{NoWallet: true})
	p.Go("/")
	for _, c := range cases {
		var res struct {
			MS   float64 `json:"ms"`
			Text string  `json:"text"`
		}
		p.Eval(`(async () => {
			const { mountViewer } = await import('/static/js/viewer3d.js');
			const box = document.createElement('div');
			document.querySelector('main').append(box);
			const bytes = Uint8Array.from(atob(`+jsString(base64.StdEncoding.EncodeToString(c.file))+`), (ch) => ch.charCodeAt(0));
			const t0 = performance.now();
			mountViewer(box, bytes.buffer, { name: 'case' });
			const v = box.querySelector('[data-viewer3d]');
			while (v.dataset.viewerState === 'loading') await new Promise((ok) => setTimeout(ok, 5));
			return { ms: performance.now() - t0, text: v.dataset.viewerState + ': ' + v.querySelector('[data-viewer-status]').textContent };
		})()`, &res)
		if ready := strings.HasPrefix(c.want, "ready: "); ready && !strings.HasPrefix(res.Text, c.want) ||
			!ready && (!strings.HasPrefix(res.Text, "error: Could not show this 3D model: ") || !strings.Contains(res.Text, c.want)) {
			t.Errorf("%s: preview says %q, want %q", c.name, res.Text, c.want)
		}
		if res.MS > 2000 {
			t.Errorf("%s: refusing the file took %.0f ms", c.name, res.MS)
		}
	}
	p.FullScreenshot("viewer-errors")
	noCSPViolations(t, p)
}

func floats(v ...float32) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.LittleEndian, v)
	return b.Bytes()
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
