package archtest

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// domain lists the packages that hold the domain (STYLE.md "Layout").
var domain = []string{
	"modelmarket/internal/apperr",
	"modelmarket/internal/card",
	"modelmarket/internal/inspect",
	"modelmarket/internal/listing",
	"modelmarket/internal/license",
	"modelmarket/internal/moderation",
	"modelmarket/internal/upload",
	"modelmarket/internal/wallet",
}

// forbidden are the libraries the domain must not depend on (prefixes).
var forbidden = []string{
	"gorm.io/",
	"github.com/labstack/echo",
	"github.com/a-h/templ",
	"github.com/ethereum/go-ethereum/ethclient",
	"github.com/ipfs/boxo",
}

// violations walks the import graph from pkg and returns one line per
// forbidden package it reaches, with the chain of imports that leads there.
func violations(pkg string, imports map[string][]string) []string {
	var out []string
	seen := map[string]bool{pkg: true}
	type item struct{ path []string }
	queue := []item{{[]string{pkg}}}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		last := it.path[len(it.path)-1]
		for _, imp := range imports[last] {
			if seen[imp] {
				continue
			}
			seen[imp] = true
			path := append(slices.Clone(it.path), imp)
			if slices.ContainsFunc(forbidden, func(f string) bool { return strings.HasPrefix(imp, f) }) {
				out = append(out, strings.Join(path, " → "))
				continue
			}
			queue = append(queue, item{path})
		}
	}
	return out
}

func TestViolations_FindsDirectAndIndirectImports(t *testing.T) {
	graph := map[string][]string{
		"modelmarket/internal/listing": {"context", "modelmarket/internal/store"},
		"modelmarket/internal/store":   {"gorm.io/gorm", "database/sql"},
		"modelmarket/internal/wallet":  {"github.com/labstack/echo/v4"},
		"modelmarket/internal/license": {"math/big", "github.com/ethereum/go-ethereum/common"},
	}
	if got := violations("modelmarket/internal/listing", graph); len(got) != 1 || got[0] != "modelmarket/internal/listing → modelmarket/internal/store → gorm.io/gorm" {
		t.Fatalf("listing: %q", got)
	}
	if got := violations("modelmarket/internal/wallet", graph); len(got) != 1 || !strings.HasSuffix(got[0], "github.com/labstack/echo/v4") {
		t.Fatalf("wallet: %q", got)
	}
	// go-ethereum's plain types (common, types) are allowed; only the client is not.
	if got := violations("modelmarket/internal/license", graph); len(got) != 0 {
		t.Fatalf("license: %q", got)
	}
}

func TestDomainPackagesImportNoAdapterLibraries(t *testing.T) {
	cmd := exec.Command("go", "list", "-e", "-deps", "-json=ImportPath,Imports,Error", "modelmarket/...")
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	imports := map[string][]string{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		imports[p.ImportPath] = p.Imports
	}
	checked := 0
	for _, pkg := range domain {
		if _, ok := imports[pkg]; !ok {
			t.Logf("%s does not exist yet", pkg)
			continue
		}
		checked++
		for _, v := range violations(pkg, imports) {
			t.Errorf("domain package imports an adapter library: %s", v)
		}
	}
	if checked == 0 {
		t.Fatal("no domain package found: is the module path or the list wrong?")
	}
}
