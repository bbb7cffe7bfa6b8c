package license

import (
	"strings"
	"testing"
)

func TestTemplates_NameTheWorkAndLinkTheOfficialText(t *testing.T) {
	for _, tp := range Templates {
		text := tp.Text("Tiny *LLM* [x](javascript:alert(1))", "7")
		if !strings.Contains(text, "token #7") {
			t.Errorf("%s does not name the token", tp.ID)
		}
		if strings.Contains(text, "[x](javascript") || strings.Contains(text, "*LLM*") {
			t.Errorf("%s lets the title add Markdown: %q", tp.ID, text[:80])
		}
		if tp.URL != "" && !strings.Contains(text, tp.URL) {
			t.Errorf("%s does not link %s", tp.ID, tp.URL)
		}
		if got, ok := TemplateByID(tp.ID); !ok || got.Name != tp.Name {
			t.Errorf("TemplateByID(%q) = %v, %v", tp.ID, got, ok)
		}
	}
	if _, ok := TemplateByID("gpl"); ok {
		t.Error("unknown template found")
	}
	if r, _ := TemplateByID("research"); r.Commercial {
		t.Error("the research license must not allow commercial use")
	}
	if got := Templates[0].Text("", "3"); !strings.Contains(got, "Token #3") {
		t.Error("an untitled token is named by its id")
	}
}

func TestCheckCustom(t *testing.T) {
	for text, ok := range map[string]bool{"": false, "  \n": false, "Use it kindly.": true, strings.Repeat("a", MaxTermsLen+1): false} {
		if err := CheckCustom(text); (err == nil) != ok {
			t.Errorf("CheckCustom(%d bytes) = %v", len(text), err)
		}
	}
}
