package card

import (
	"fmt"
	"path"
	"strconv"
	"strings"
)

// Template is the card a person starts from: for weights, a model card with
// the Hub's front-matter keys and the facts the inspection found; for art,
// a title, an example attribute and room for a description. The facts are
// written in the body, where the person can see them; the metadata JSON
// takes them from the upload record, not from this text.
func Template(a Asset) string {
	var b strings.Builder
	if !IsArt(a.Kind, a.MediaType) {
		b.WriteString("---\nlicense: apache-2.0\ntags:\n  - " + yamlSafe(firstNonEmpty(a.Format, a.Kind)) + "\n")
		b.WriteString("pipeline_tag: text-generation\nbase_model:\ndatasets: []\nmetrics: []\n---\n\n")
		fmt.Fprintf(&b, "# %s\n\nWhat this model does, in a sentence or two.\n\n## Model details\n\n", title(a))
		b.WriteString("| Fact | Value |\n|---|---|\n")
		if a.Format != "" {
			fmt.Fprintf(&b, "| Format | %s |\n", a.Format)
		}
		if a.ParameterCount > 0 {
			fmt.Fprintf(&b, "| Parameters | %s |\n", formatCount(a.ParameterCount))
		}
		fmt.Fprintf(&b, "| File | `%s` |\n| sha256 | `%s` |\n| CID | `%s` |\n\n", mdCell(a.Name), a.SHA256, a.CID)
		b.WriteString("## Intended uses\n\n## Training data\n\n## Limitations and risks\n")
		return b.String()
	}
	fmt.Fprintf(&b, "---\ntitle: %s\nattributes:\n  - trait_type: Medium\n    value: Digital\n---\n\n", yamlSafe(title(a)))
	b.WriteString("Describe the work: what it shows, how it was made, what the buyer gets.\n")
	return b.String()
}

// title is a file name without its extension.
func title(a Asset) string {
	n := strings.TrimSuffix(a.Name, path.Ext(a.Name))
	if n == "" {
		return "Untitled"
	}
	return n
}

// yamlSafe quotes s as a YAML double-quoted scalar (strconv's quoting is a
// subset YAML reads the same way for printable text).
func yamlSafe(s string) string { return strconv.Quote(s) }

func mdCell(s string) string { return strings.NewReplacer("|", "\\|", "`", "'", "\n", " ").Replace(s) }

// formatCount writes 1234567 as "1.23 M".
func formatCount(n int64) string {
	switch {
	case n >= 1e9:
		return strconv.FormatFloat(float64(n)/1e9, 'f', 2, 64) + " B"
	case n >= 1e6:
		return strconv.FormatFloat(float64(n)/1e6, 'f', 2, 64) + " M"
	case n >= 1e3:
		return strconv.FormatFloat(float64(n)/1e3, 'f', 2, 64) + " K"
	}
	return strconv.FormatInt(n, 10)
}
