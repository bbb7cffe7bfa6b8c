package card

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// md is GitHub-flavoured Markdown (tables, strikethrough, autolinks, task
// lists). Raw HTML is passed through to the sanitizer rather than dropped,
// so a card may use <details> or <sub>; the sanitizer decides what stays.
// Table cell alignment is written as the align attribute, not as a style
// attribute: our Content-Security-Policy (style-src 'self') blocks inline styles.
var md = goldmark.New(
	goldmark.WithExtensions(extension.Linkify, extension.Strikethrough, extension.TaskList,
		extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute))),
	goldmark.WithRendererOptions(html.WithUnsafe()))

// Render turns Markdown into HTML that is safe to put on our origin: no
// script, no event handlers, no javascript: links, no styles, images only
// from https: or ipfs: (ipfs://CID/path is rewritten to gateway/ipfs/CID/path,
// gateway being the IPFS gateway's origin, e.g. "http://localhost:8081").
// It returns an error only when the Markdown renderer fails.
func Render(markdown, gateway string) (string, error) {
	var buf bytes.Buffer
	if err := md.Convert([]byte(markdown), &buf); err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	return policy(gateway).Sanitize(buf.String()), nil
}

var cellAlign = regexp.MustCompile(`^(left|right|center)$`)

// codeLang is the class goldmark puts on fenced code ("language-go").
var codeLang = regexp.MustCompile(`^language-[a-zA-Z0-9_+-]+$`)

func policy(gateway string) *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowURLSchemes("http", "https", "mailto", "ipfs")
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	// No style attribute at all (the UGC policy allows none; CSP would block it).
	p.AllowAttrs("align").Matching(cellAlign).OnElements("th", "td")
	p.RewriteSrc(func(u *url.URL) { rewriteSrc(u, gateway) })
	p.AllowAttrs("class").Matching(codeLang).OnElements("code")
	return p
}

// rewriteSrc points ipfs://CID/path at the gateway's /ipfs/CID/path and
// empties every other source but https (UGCPolicy would keep relative and
// plain http ones: the first reach our origin, the second are mixed content
// and a tracking vector). An empty src loads nothing.
func rewriteSrc(u *url.URL, gateway string) {
	if u.Scheme == "https" && u.Host != "" {
		return
	}
	if u.Scheme != "ipfs" {
		*u = url.URL{}
		return
	}
	g, err := url.Parse(gateway)
	if err != nil || u.Host == "" || g.Host == "" {
		*u = url.URL{}
		return
	}
	*u = url.URL{Scheme: g.Scheme, Host: g.Host, Path: strings.TrimSuffix("/ipfs/"+u.Host+u.Path, "/")}
}
