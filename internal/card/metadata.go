package card

import (
	"encoding/json"
	"regexp"
	"strings"
)

// Asset is what we know of an uploaded file from its import and inspection.
type Asset struct {
	Name           string // file name
	Kind           string // the inspect kind: "image", "gltf", "video", "safetensors", "gguf", "pickle", "other"
	MediaType      string
	Size           int64
	SHA256         string // lower-case hex
	CID            string
	Format         string // "safetensors", "gguf", … ("" when not weights)
	ParameterCount int64  // 0 when unknown
	// Files are the files of a folder (a bundle), sorted by path; then CID
	// is the folder's root and SHA256 its root digest (DigestScheme). Nil
	// for a single file.
	Files []File
}

// DigestScheme names how a folder's root digest is computed: the sha256 of
// the lines "<sha256 hex>  <path>\n" of its files sorted by path bytewise,
// what `sha256sum` prints (see README, "Folders").
const DigestScheme = "sha256sum-sorted-v1"

// Metadata is the ERC-721 metadata JSON (EIP-721's "ERC721 Metadata JSON
// Schema" with the fields OpenSea and others read). It is pinned at mint.
type Metadata struct {
	Name         string      `json:"name"`
	Description  string      `json:"description"`
	Image        string      `json:"image,omitempty"`
	AnimationURL string      `json:"animation_url,omitempty"`
	ExternalURL  string      `json:"external_url,omitempty"`
	Attributes   []Attribute `json:"attributes"`
	Properties   *Properties `json:"properties,omitempty"`
}

// Properties are a model's facts, under "properties" so marketplaces that
// do not know them leave them alone.
type Properties struct {
	Format         string `json:"format,omitempty"`
	ParameterCount int64  `json:"parameter_count,omitempty"`
	SHA256         string `json:"sha256"`
	// Root and DigestScheme are set for a folder: its directory
	// (ipfs://CID) and how SHA256 was computed from the files'.
	Root         string   `json:"root,omitempty"`
	DigestScheme string   `json:"digest_scheme,omitempty"`
	Files        []File   `json:"files"`
	License      string   `json:"license,omitempty"`
	PipelineTag  string   `json:"pipeline_tag,omitempty"`
	BaseModel    []string `json:"base_model,omitempty"`
	Datasets     []string `json:"datasets,omitempty"`
}

// File is one file of a token's content.
type File struct {
	Name      string `json:"name"`
	URI       string `json:"uri"` // ipfs://CID
	MediaType string `json:"type,omitempty"`
	Size      int64  `json:"size"`
	SHA256    string `json:"sha256"` // of the plaintext
	// Encryption is the seal envelope of an encrypted (gated) file: with the
	// server's master key it decrypts the file without any database row.
	Encryption json.RawMessage `json:"encryption,omitempty"`
}

// IsArt reports whether an upload of this inspect kind and media type is
// art (title, description, attributes) rather than a model (a model card):
// pictures, glTF, video and audio are art; weights and anything else are
// treated as a model.
func IsArt(kind, mediaType string) bool {
	switch kind {
	case "image", "gltf", "video", "audio":
		return true
	}
	return strings.HasPrefix(mediaType, "image/") || strings.HasPrefix(mediaType, "video/") ||
		strings.HasPrefix(mediaType, "audio/") || strings.HasPrefix(mediaType, "model/")
}

// animated reports whether the asset belongs in animation_url: 3D models,
// video and audio, which marketplaces play from there.
func animated(a Asset) bool {
	return a.Kind == "gltf" || a.Kind == "video" || a.Kind == "audio" ||
		strings.HasPrefix(a.MediaType, "video/") || strings.HasPrefix(a.MediaType, "audio/") ||
		strings.HasPrefix(a.MediaType, "model/gltf")
}

// ArtMetadata builds the metadata of an artwork: name from the card's title
// (else the file name), description from its Markdown body, the file as
// image (pictures) or animation_url (glTF, video, audio; image is then the
// card's thumbnail, if any), and the card's attributes.
func ArtMetadata(a Asset, d Doc, externalURL string) Metadata {
	m := Metadata{
		Name:        name(a, d),
		Description: strings.TrimSpace(d.Body),
		ExternalURL: firstNonEmpty(d.Meta.ExternalURL, externalURL),
		Attributes:  append([]Attribute{}, d.Meta.Attributes...),
	}
	uri := "ipfs://" + a.CID
	if animated(a) {
		m.AnimationURL = uri
		m.Image = d.Meta.Thumbnail
	} else {
		m.Image = uri
	}
	if d.Meta.License != "" {
		m.Attributes = append(m.Attributes, Attribute{TraitType: "License", Value: d.Meta.License})
	}
	return m
}

// ModelMetadata builds the metadata of model weights: name from the card's
// title (else its first heading, else the file name), the whole card body as
// description, the card's thumbnail as image, attributes for license,
// pipeline tag, format, parameter count and tags, and the model facts in
// properties.
func ModelMetadata(a Asset, d Doc, externalURL string) Metadata {
	m := Metadata{
		Name:        name(a, d),
		Description: strings.TrimSpace(d.Body),
		Image:       d.Meta.Thumbnail,
		ExternalURL: firstNonEmpty(d.Meta.ExternalURL, externalURL),
		Attributes:  append([]Attribute{}, d.Meta.Attributes...),
		Properties: &Properties{
			Format: a.Format, ParameterCount: a.ParameterCount, SHA256: a.SHA256,
			Files:   []File{{Name: a.Name, URI: "ipfs://" + a.CID, MediaType: a.MediaType, Size: a.Size, SHA256: a.SHA256}},
			License: d.Meta.License, PipelineTag: d.Meta.PipelineTag,
			BaseModel: d.Meta.BaseModel, Datasets: d.Meta.Datasets,
		},
	}
	if len(a.Files) > 0 {
		m.Properties.Files = a.Files
		m.Properties.Root, m.Properties.DigestScheme = "ipfs://"+a.CID, DigestScheme
	}
	add := func(trait string, v any) { m.Attributes = append(m.Attributes, Attribute{TraitType: trait, Value: v}) }
	if d.Meta.License != "" {
		add("License", d.Meta.License)
	}
	if d.Meta.PipelineTag != "" {
		add("Task", d.Meta.PipelineTag)
	}
	if a.Format != "" {
		add("Format", a.Format)
	}
	if a.ParameterCount > 0 {
		m.Attributes = append(m.Attributes, Attribute{TraitType: "Parameters", Value: a.ParameterCount, DisplayType: "number"})
	}
	for _, t := range d.Meta.Tags {
		add("Tag", t)
	}
	return m
}

var heading = regexp.MustCompile(`(?m)^#\s+(.+?)\s*#*\s*$`)

func name(a Asset, d Doc) string {
	if t := strings.TrimSpace(d.Meta.Title); t != "" {
		return t
	}
	if h := heading.FindStringSubmatch(d.Body); h != nil {
		return h[1]
	}
	if a.Name != "" {
		return a.Name
	}
	return a.CID
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
