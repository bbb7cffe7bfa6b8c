package contracts_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// README.md lists, per contract, every external function and custom error of
// its ABI with the tests that cover them, and names only tests that exist.
func TestReadmeCoversABI(t *testing.T) {
	raw, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	for name, parsed := range contractABIs() {
		start := strings.Index(readme, "\n### "+name+"\n")
		if start < 0 {
			t.Errorf("README has no section ### %s", name)
			continue
		}
		section := readme[start+1:]
		if end := strings.Index(section[4:], "\n### "); end >= 0 {
			section = section[:end+4]
		}
		for fn := range parsed.Methods {
			fn = parsed.Methods[fn].RawName
			if !strings.Contains(section, "`"+fn+"`") {
				t.Errorf("README section %s does not list function %s", name, fn)
			}
		}
		for e := range parsed.Errors {
			if !strings.Contains(section, "`"+e+"`") {
				t.Errorf("README section %s does not list error %s", name, e)
			}
		}
	}

	files, _ := filepath.Glob("*_test.go")
	defined := map[string]bool{}
	for _, f := range files {
		src, _ := os.ReadFile(f)
		for _, m := range regexp.MustCompile(`(?m)^func ((?:Test|Fuzz)\w+)\(`).FindAllStringSubmatch(string(src), -1) {
			defined[m[1]] = true
		}
	}
	for _, m := range regexp.MustCompile(`\b((?:Test|Fuzz)[A-Z]\w+)`).FindAllStringSubmatch(readme, -1) {
		if !defined[m[1]] {
			t.Errorf("README names %s, which is not a test", m[1])
		}
	}
}
