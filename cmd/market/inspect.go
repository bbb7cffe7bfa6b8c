package main

import (
	"encoding/json"
	"fmt"
	"io"

	"modelmarket/internal/inspect"
	"modelmarket/internal/upload"
)

// inspector describes finished uploads with internal/inspect (image size,
// glTF, safetensors and GGUF headers, pickle imports).
var inspector upload.Inspector = inspectFile

// inspectFile runs inspect.Inspect and keeps its report as JSON. A malformed
// header still yields a report (kind, sniffed media type) next to the error.
func inspectFile(r io.ReaderAt, size int64, name string) (upload.Report, error) {
	rep, err := inspect.Inspect(r, size, name)
	js, jerr := json.Marshal(rep)
	if jerr != nil {
		return upload.Report{}, fmt.Errorf("inspect report to JSON: %w", jerr)
	}
	return upload.Report{Kind: string(rep.Kind), MediaType: rep.MediaType, JSON: js}, err
}
