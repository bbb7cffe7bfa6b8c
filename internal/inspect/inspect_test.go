package inspect

import (
	"bytes"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"testing"
)

func inspectBytes(t *testing.T, b []byte, name string) (Report, error) {
	t.Helper()
	rep, err := Inspect(bytes.NewReader(b), int64(len(b)), name)
	if _, jerr := json.Marshal(rep); jerr != nil {
		t.Fatalf("report does not marshal: %v", jerr)
	}
	return rep, err
}

func mustInspect(t *testing.T, b []byte, name string) Report {
	t.Helper()
	rep, err := inspectBytes(t, b, name)
	if err != nil {
		t.Fatalf("Inspect(%s): %v", name, err)
	}
	return rep
}

func TestInspect_Images(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 37, 21))
	img.Set(3, 4, color.RGBA{255, 0, 0, 255})
	encode := map[string]func(*bytes.Buffer) error{
		"png":  func(b *bytes.Buffer) error { return png.Encode(b, img) },
		"jpeg": func(b *bytes.Buffer) error { return jpeg.Encode(b, img, nil) },
		"gif":  func(b *bytes.Buffer) error { return gif.Encode(b, img, nil) },
	}
	for format, enc := range encode {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := enc(&b); err != nil {
				t.Fatal(err)
			}
			// The name lies: content decides.
			rep := mustInspect(t, b.Bytes(), "picture.txt")
			if rep.Kind != KindImage || rep.MediaType != "image/"+format || rep.Active {
				t.Fatalf("got %+v", rep)
			}
			if rep.Image.Width != 37 || rep.Image.Height != 21 || rep.Image.Format != format {
				t.Fatalf("image %+v", rep.Image)
			}
		})
	}
}

func TestInspect_WebP(t *testing.T) {
	// A VP8L (lossless) header for a 300×150 image: 14 bits of width-1, 14
	// of height-1, little-endian after the 0x2f signature.
	bits := uint32(299) | uint32(149)<<14
	b := []byte("RIFF\x00\x00\x00\x00WEBPVP8L\x00\x00\x00\x00\x2f")
	b = append(b, byte(bits), byte(bits>>8), byte(bits>>16), byte(bits>>24))
	b = append(b, make([]byte, 16)...)
	rep := mustInspect(t, b, "x.webp")
	if rep.MediaType != "image/webp" || rep.Image.Width != 300 || rep.Image.Height != 150 {
		t.Fatalf("got %+v %+v", rep, rep.Image)
	}
}

func TestInspect_TruncatedPNGIsMalformed(t *testing.T) {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4))); err != nil {
		t.Fatal(err)
	}
	rep, err := inspectBytes(t, b.Bytes()[:12], "a.png")
	if !errors.Is(err, ErrMalformed) || rep.MediaType != "image/png" {
		t.Fatalf("err %v, rep %+v", err, rep)
	}
}

func TestInspect_ActiveContent(t *testing.T) {
	cases := []struct {
		name, body, media string
		kind              Kind
	}{
		{"logo.svg", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`, "image/svg+xml", KindImage},
		{"logo.png", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`, "image/svg+xml", KindImage},
		{"page.jpg", `<!DOCTYPE html><html><script>alert(1)</script></html>`, "text/html; charset=utf-8", KindOther},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := mustInspect(t, []byte(c.body), c.name)
			if rep.Kind != c.kind || rep.MediaType != c.media || !rep.Active {
				t.Fatalf("got %+v", rep)
			}
		})
	}
}

func TestInspect_OtherFiles(t *testing.T) {
	rep := mustInspect(t, []byte("just some notes\n"), "README")
	if rep.Kind != KindOther || rep.MediaType != "text/plain; charset=utf-8" || rep.Active || rep.Size != 16 {
		t.Fatalf("got %+v", rep)
	}
	rep = mustInspect(t, nil, "empty.bin")
	if rep.Kind != KindOther || rep.Size != 0 {
		t.Fatalf("empty: %+v", rep)
	}
	// A .bin that is not a pickle stays an opaque blob.
	rep = mustInspect(t, []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, "weights.bin")
	if rep.Kind != KindOther || rep.MediaType != "application/octet-stream" {
		t.Fatalf(".bin: %+v", rep)
	}
}

func TestInspect_GLB(t *testing.T) {
	rep := mustInspect(t, buildGLB(triangleGLTF, make([]byte, 36)), "tri.glb")
	g := rep.GLTF
	if rep.Kind != KindGLTF || rep.MediaType != "model/gltf-binary" || g.Container != "glb" {
		t.Fatalf("got %+v", rep)
	}
	if g.Version != "2.0" || g.Generator != "modelmarket test" || g.Meshes != 1 || g.Nodes != 2 ||
		g.Materials != 1 || g.Animations != 0 || g.Scenes != 1 || g.ExternalRefs {
		t.Fatalf("gltf %+v", g)
	}
}

func TestInspect_GLTFWithExternalBuffer(t *testing.T) {
	doc := `{"asset":{"version":"2.0"},"meshes":[{},{}],"animations":[{}],` +
		`"buffers":[{"uri":"mesh.bin","byteLength":4},{"uri":"data:application/octet-stream;base64,AAAA","byteLength":3}],` +
		`"images":[{"uri":"tex.png"}]}`
	rep := mustInspect(t, []byte(doc), "scene.gltf")
	g := rep.GLTF
	if rep.MediaType != "model/gltf+json" || g.Container != "gltf" || g.Meshes != 2 || g.Animations != 1 {
		t.Fatalf("got %+v %+v", rep, g)
	}
	if !g.ExternalRefs || len(g.ExternalURIs) != 2 || g.ExternalURIs[0] != "mesh.bin" || g.ExternalURIs[1] != "tex.png" {
		t.Fatalf("external %+v", g)
	}
}

func TestInspect_GLBMalformed(t *testing.T) {
	good := buildGLB(triangleGLTF, nil)
	cases := map[string][]byte{
		"short":          good[:15],
		"version 1":      append([]byte("glTF\x01\x00\x00\x00"), good[8:]...),
		"chunk past end": append(append([]byte{}, good[:12]...), append([]byte{0xff, 0xff, 0, 0}, good[16:]...)...),
		"not json":       buildGLB("{nope", nil),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := inspectBytes(t, b, "x.glb"); !errors.Is(err, ErrMalformed) {
				t.Fatalf("err = %v", err)
			}
		})
	}
}
