// Package card is the text that describes a token: a model card (Markdown
// with the YAML front matter Hugging Face model cards use) or an artwork's
// title, description and attributes. It parses and checks the front matter,
// renders the Markdown to sanitized HTML, and builds the ERC-721 metadata
// JSON that marketplaces read. Everything here is a pure function.
package card

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Limits on a card; they keep the pinned metadata small and the page usable.
const (
	MaxTags       = 50
	MaxTagLen     = 64
	MaxListItems  = 50      // datasets, metrics, base_model, language
	MaxItemLen    = 200     // one dataset/metric/base model id
	MaxAttributes = 50      // art attributes
	MaxTitleLen   = 200     // name in the metadata
	MaxSourceLen  = 1 << 18 // 256 KiB of card text
)

// StringList is a front-matter value that Hugging Face allows as either one
// string or a list of strings (base_model, language).
type StringList []string

// UnmarshalYAML accepts a scalar or a sequence of scalars.
func (l *StringList) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			*l = nil
			return nil
		}
		*l = StringList{n.Value}
		return nil
	case yaml.SequenceNode:
		var out []string
		if err := n.Decode(&out); err != nil {
			return err
		}
		*l = out
		return nil
	}
	return fmt.Errorf("line %d: expected a string or a list of strings", n.Line)
}

// Attribute is one ERC-721 trait: {"trait_type": "Palette", "value": "warm"}.
// Value is a string or a number, as marketplaces expect.
type Attribute struct {
	TraitType   string `yaml:"trait_type" json:"trait_type"`
	Value       any    `yaml:"value" json:"value"`
	DisplayType string `yaml:"display_type,omitempty" json:"display_type,omitempty"`
}

// Meta is the front matter. The Hugging Face fields come first; title,
// attributes, external_url and thumbnail are ours (and HF's thumbnail) for
// the token metadata. Unknown keys are allowed and ignored, as on the Hub.
type Meta struct {
	License     string      `yaml:"license"`
	LicenseName string      `yaml:"license_name"` // for license: other
	LicenseLink string      `yaml:"license_link"`
	Tags        []string    `yaml:"tags"`
	BaseModel   StringList  `yaml:"base_model"`
	Datasets    []string    `yaml:"datasets"`
	Metrics     []string    `yaml:"metrics"`
	PipelineTag string      `yaml:"pipeline_tag"`
	Language    StringList  `yaml:"language"`
	LibraryName string      `yaml:"library_name"`
	Title       string      `yaml:"title"`
	Attributes  []Attribute `yaml:"attributes"`
	ExternalURL string      `yaml:"external_url"`
	Thumbnail   string      `yaml:"thumbnail"`
}

// Doc is a parsed card: its front matter and its Markdown body.
type Doc struct {
	Meta Meta
	Body string
}

// Problem is one thing wrong with a card, in words for the person writing it.
type Problem struct {
	Field   string `json:"field"` // the front-matter key, or "" for the whole card
	Message string `json:"message"`
}

func (p Problem) String() string {
	if p.Field == "" {
		return p.Message
	}
	return p.Field + ": " + p.Message
}

// Error lists every Problem of a card. Parse returns it (as error) when the
// front matter is malformed or fails validation.
type Error struct{ Problems []Problem }

func (e *Error) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.String()
	}
	return "card: " + strings.Join(parts, "; ")
}

// ErrTooLarge is returned by Parse for a card over MaxSourceLen bytes.
var ErrTooLarge = fmt.Errorf("card: the card is longer than %d KiB", MaxSourceLen>>10)

// Parse splits src into front matter and body, decodes the front matter and
// validates it. A card without front matter is all body. On a validation
// failure it returns the Doc as far as it parsed and an *Error listing every
// problem; a YAML syntax error is an *Error with the line.
func Parse(src string) (Doc, error) {
	if len(src) > MaxSourceLen {
		return Doc{}, ErrTooLarge
	}
	src = strings.TrimPrefix(strings.ReplaceAll(src, "\r\n", "\n"), "\ufeff")
	front, body, ok := split(src)
	if !ok {
		return Doc{Body: src}, nil
	}
	var d Doc
	d.Body = body
	if strings.TrimSpace(front) != "" {
		dec := yaml.NewDecoder(bytes.NewReader([]byte(front)))
		if err := dec.Decode(&d.Meta); err != nil {
			return d, &Error{Problems: []Problem{{Message: "the front matter is not valid YAML: " + yamlMessage(err)}}}
		}
	}
	if ps := Validate(d.Meta); len(ps) > 0 {
		return d, &Error{Problems: ps}
	}
	return d, nil
}

// split finds a front matter block: a first line "---", then lines up to
// the next line "---" (or "..."). ok is false when src has none.
func split(src string) (front, body string, ok bool) {
	if !strings.HasPrefix(src, "---\n") {
		return "", src, false
	}
	rest := src[len("---\n"):]
	for off := 0; off <= len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if end >= 0 {
			line = rest[off : off+end]
		}
		if l := strings.TrimRight(line, " \t"); l == "---" || l == "..." {
			if end < 0 {
				return rest[:off], "", true
			}
			return rest[:off], rest[off+end+1:], true
		}
		if end < 0 {
			break
		}
		off += end + 1
	}
	return "", src, false
}

var yamlLine = regexp.MustCompile(`^yaml: (unmarshal errors:\n\s*)?`)

// yamlMessage shortens yaml.v3's messages ("yaml: line 3: …"); its line
// numbers count from the first line after the opening "---", so add one.
func yamlMessage(err error) string {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		return strings.Join(te.Errors, "; ")
	}
	return yamlLine.ReplaceAllString(err.Error(), "")
}

// ValidLicense reports whether id is a license id the Hub accepts.
func ValidLicense(id string) bool { return slices.Contains(Licenses, id) }

// ValidPipelineTag reports whether tag is one of the Hub's pipeline tags.
func ValidPipelineTag(tag string) bool { return slices.Contains(PipelineTags, tag) }

// Validate checks m against the Hub's rules and our limits and returns
// every problem (nil when there is none). All fields are optional.
func Validate(m Meta) []Problem {
	var ps []Problem
	add := func(field, format string, args ...any) {
		ps = append(ps, Problem{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if m.License != "" && !ValidLicense(m.License) {
		add("license", "%q is not a license id the Hub knows; use one such as apache-2.0, mit, cc-by-4.0, openrail-m, or \"other\" with license_name and license_link", m.License)
	}
	if m.License == "other" && m.LicenseName == "" {
		add("license_name", "a license of \"other\" needs a license_name (and a license_link)")
	}
	if m.LicenseLink != "" && !isWebURL(m.LicenseLink) {
		add("license_link", "must be an http(s) or ipfs:// link")
	}
	if m.PipelineTag != "" && !ValidPipelineTag(m.PipelineTag) {
		add("pipeline_tag", "%q is not one of the Hub's pipeline tags (for example text-generation, text-to-image, image-classification)", m.PipelineTag)
	}
	if len(m.Tags) > MaxTags {
		add("tags", "%d tags; at most %d", len(m.Tags), MaxTags)
	}
	for _, t := range m.Tags {
		switch {
		case strings.TrimSpace(t) == "":
			add("tags", "a tag is empty")
		case len(t) > MaxTagLen:
			add("tags", "the tag %q is longer than %d characters", t[:20]+"…", MaxTagLen)
		}
	}
	for field, list := range map[string][]string{"base_model": m.BaseModel, "datasets": m.Datasets, "metrics": m.Metrics, "language": m.Language} {
		if len(list) > MaxListItems {
			add(field, "%d entries; at most %d", len(list), MaxListItems)
		}
		for _, v := range list {
			if strings.TrimSpace(v) == "" || len(v) > MaxItemLen {
				add(field, "each entry must be 1 to %d characters", MaxItemLen)
				break
			}
		}
	}
	if len(m.Title) > MaxTitleLen {
		add("title", "longer than %d characters", MaxTitleLen)
	}
	if m.ExternalURL != "" && !isWebURL(m.ExternalURL) {
		add("external_url", "must be an http(s) or ipfs:// link")
	}
	if m.Thumbnail != "" && !isImageURL(m.Thumbnail) {
		add("thumbnail", "must be an https:// or ipfs:// image link")
	}
	if len(m.Attributes) > MaxAttributes {
		add("attributes", "%d attributes; at most %d", len(m.Attributes), MaxAttributes)
	}
	for i, a := range m.Attributes {
		if strings.TrimSpace(a.TraitType) == "" {
			add("attributes", "attribute %d has no trait_type", i+1)
		}
		switch a.Value.(type) {
		case string, int, int64, float64, bool:
		case nil:
			add("attributes", "attribute %d (%s) has no value", i+1, a.TraitType)
		default:
			add("attributes", "attribute %d (%s): the value must be text or a number", i+1, a.TraitType)
		}
	}
	return ps
}

func isWebURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "ipfs://")
}

func isImageURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "ipfs://")
}
