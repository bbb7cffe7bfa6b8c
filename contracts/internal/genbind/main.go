// Command genbind writes abigen v2 Go bindings for the contracts compiled by
// contracts/scripts/compile.js. It calls go-ethereum's abigen package directly
// (the same code as `abigen --v2`) so the build needs no module beyond the ones
// go.mod already has: the abigen command itself pulls in all of geth's CLI.
//
// Usage: go run ./contracts/internal/genbind -in main.json -pkg bind -out bind/bindings.go
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

type contract struct {
	Name string          `json:"name"`
	ABI  json.RawMessage `json:"abi"`
	Bin  string          `json:"bin"`
}

func main() {
	in := flag.String("in", "", "contracts JSON written by compile.js")
	pkg := flag.String("pkg", "", "Go package name")
	out := flag.String("out", "", "output .go file")
	flag.Parse()
	if err := run(*in, *pkg, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genbind:", err)
		os.Exit(1)
	}
}

func run(in, pkg, out string) error {
	if in == "" || pkg == "" || out == "" {
		return fmt.Errorf("-in, -pkg and -out are required")
	}
	raw, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	var cs []contract
	if err := json.Unmarshal(raw, &cs); err != nil {
		return fmt.Errorf("parse %s: %w", in, err)
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Name < cs[j].Name })
	var types, abis, bins []string
	for _, c := range cs {
		types = append(types, c.Name)
		abis = append(abis, string(c.ABI))
		bins = append(bins, c.Bin)
	}
	code, err := abigen.BindV2(types, abis, bins, pkg, map[string]string{}, map[string]string{})
	if err != nil {
		return fmt.Errorf("bind %s: %w", in, err)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("create %s: %w", filepath.Dir(out), err)
	}
	if err := os.WriteFile(out, []byte(code), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}
