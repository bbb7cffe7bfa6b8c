package card

import (
	"regexp"
	"strings"
	"testing"
)

var handlerAttr = regexp.MustCompile(`<[a-z][^>]*\son[a-z]+\s*=`)

// FuzzParseRender: any card text parses to a Doc or an error (never a
// panic), and what renders never holds a script tag or an event handler.
func FuzzParseRender(f *testing.F) {
	for _, s := range []string{
		"", "---\n---\n", "---\nlicense: mit\ntags: [a]\n---\n# x", "---\na: &a [*a]\n---\n",
		"---\nattributes:\n  - trait_type: x\n    value: {a: 1}\n---\n", "<script>alert(1)</script>",
		"<img src=x onerror=alert(1)>", "| a |\n|---|\n| <b onclick=x>1</b> |", "![x](ipfs://bafy/a.png)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, _ := Parse(src)
		h, err := Render(d.Body, "http://localhost:8081")
		if err != nil {
			t.Fatal(err)
		}
		// Text "<" is escaped as &lt;, so every "<" left starts a real tag.
		if low := strings.ToLower(h); strings.Contains(low, "<script") || handlerAttr.MatchString(low) || strings.Contains(low, "javascript:\"") {
			t.Fatalf("unsafe output for %q: %s", src, h)
		}
	})
}
