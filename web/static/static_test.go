package static

import (
	"strings"
	"testing"
)

func TestURLAndLookup_RoundTrip(t *testing.T) {
	for name, a := range index {
		u := URL(name)
		got, current, ok := Lookup(strings.TrimPrefix(u, Prefix))
		if !ok || !current || got != a {
			t.Errorf("Lookup(URL(%q) = %q) = %v, current %v, ok %v", name, u, got, current, ok)
		}
	}
	if len(index) < 4 {
		t.Errorf("only %d files embedded", len(index))
	}
	if _, ok := index["static.go"]; ok {
		t.Error("Go source is embedded")
	}
}

func TestLookup_Rejects(t *testing.T) {
	for _, p := range []string{"", "css", "css/nope.css", "../static.go", "static.go", "css/site.XYZ.css", "css/site.0123456789ab.js"} {
		if a, _, ok := Lookup(p); ok {
			t.Errorf("Lookup(%q) found %s", p, a.Name)
		}
	}
}
