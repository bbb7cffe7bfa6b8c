package inspect

import (
	"encoding/binary"
	"encoding/json"
	"io"
	"strings"
)

// GLTFInfo summarises a glTF 2.0 asset (.gltf JSON or .glb binary container).
type GLTFInfo struct {
	Container  string `json:"container"` // "gltf" (JSON) or "glb"
	Version    string `json:"version"`   // asset.version, e.g. "2.0"
	Generator  string `json:"generator,omitempty"`
	Scenes     int    `json:"scenes"`
	Meshes     int    `json:"meshes"`
	Nodes      int    `json:"nodes"`
	Materials  int    `json:"materials"`
	Animations int    `json:"animations"`
	Textures   int    `json:"textures"`
	// ExternalRefs is true when a buffer or image points at a URI outside
	// the file (not a data: URI, not the GLB binary chunk): a preview of
	// this file alone will miss those resources.
	ExternalRefs bool `json:"external_refs"`
	// ExternalURIs lists up to 50 of those URIs.
	ExternalURIs []string `json:"external_uris,omitempty"`
}

// gltfDoc is the part of a glTF document we read; []struct{} counts array
// elements without keeping them.
type gltfDoc struct {
	Asset struct {
		Version   string `json:"version"`
		Generator string `json:"generator"`
	} `json:"asset"`
	Scenes     []struct{} `json:"scenes"`
	Meshes     []struct{} `json:"meshes"`
	Nodes      []struct{} `json:"nodes"`
	Materials  []struct{} `json:"materials"`
	Animations []struct{} `json:"animations"`
	Textures   []struct{} `json:"textures"`
	Buffers    []struct {
		URI string `json:"uri"`
	} `json:"buffers"`
	Images []struct {
		URI string `json:"uri"`
	} `json:"images"`
}

const maxExternalURIs = 50

// inspectGLTFJSON reads a .gltf document whole (bounded by MaxGLTFJSON).
func inspectGLTFJSON(r io.ReaderAt, size int64, rep *Report) error {
	rep.Kind = KindGLTF
	rep.MediaType = "model/gltf+json"
	if size > MaxGLTFJSON {
		return overLimit("gltf: %d byte document, limit %d", size, MaxGLTFJSON)
	}
	buf := make([]byte, size)
	if err := readAtFull(r, buf, 0); err != nil {
		return err
	}
	info, err := parseGLTF(buf, false)
	rep.GLTF = info
	if info != nil {
		info.Container = "gltf"
	}
	return err
}

// inspectGLB reads the 12-byte GLB header and the JSON chunk that must
// follow it; the binary chunk is never read.
func inspectGLB(r io.ReaderAt, size int64, rep *Report) error {
	rep.Kind = KindGLTF
	rep.MediaType = "model/gltf-binary"
	var hdr [20]byte
	if size < int64(len(hdr)) {
		return malformed("glb: %d bytes, header needs 20", size)
	}
	if err := readAtFull(r, hdr[:], 0); err != nil {
		return err
	}
	version := binary.LittleEndian.Uint32(hdr[4:])
	total := int64(binary.LittleEndian.Uint32(hdr[8:]))
	chunkLen := int64(binary.LittleEndian.Uint32(hdr[12:]))
	chunkType := binary.LittleEndian.Uint32(hdr[16:])
	switch {
	case version != 2:
		return malformed("glb: version %d, want 2", version)
	case total > size:
		return malformed("glb: header says %d bytes, file has %d", total, size)
	case chunkType != 0x4E4F534A: // "JSON"
		return malformed("glb: first chunk type %#x, want JSON", chunkType)
	case chunkLen > total-20:
		return malformed("glb: JSON chunk of %d bytes past end (%d)", chunkLen, total)
	case chunkLen > MaxGLTFJSON:
		return overLimit("glb: JSON chunk of %d bytes, limit %d", chunkLen, MaxGLTFJSON)
	}
	buf := make([]byte, chunkLen)
	if err := readAtFull(r, buf, 20); err != nil {
		return err
	}
	info, err := parseGLTF(buf, true)
	rep.GLTF = info
	if info != nil {
		info.Container = "glb"
	}
	return err
}

// parseGLTF decodes the document and counts its parts. In a GLB the first
// buffer may omit its URI: it is the binary chunk, not an external reference.
func parseGLTF(doc []byte, glb bool) (*GLTFInfo, error) {
	var d gltfDoc
	if err := json.Unmarshal(doc, &d); err != nil {
		return nil, malformed("gltf json: %v", err)
	}
	if d.Asset.Version == "" {
		return nil, malformed("gltf: no asset.version")
	}
	info := &GLTFInfo{
		Version:    d.Asset.Version,
		Generator:  d.Asset.Generator,
		Scenes:     len(d.Scenes),
		Meshes:     len(d.Meshes),
		Nodes:      len(d.Nodes),
		Materials:  len(d.Materials),
		Animations: len(d.Animations),
		Textures:   len(d.Textures),
	}
	external := func(uri string) {
		if uri == "" || strings.HasPrefix(uri, "data:") {
			return
		}
		info.ExternalRefs = true
		if len(info.ExternalURIs) < maxExternalURIs {
			info.ExternalURIs = append(info.ExternalURIs, uri)
		}
	}
	for i, b := range d.Buffers {
		if b.URI == "" && !(glb && i == 0) {
			return info, malformed("gltf: buffer %d has no uri", i)
		}
		external(b.URI)
	}
	for _, im := range d.Images {
		external(im.URI)
	}
	return info, nil
}
