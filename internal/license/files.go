package license

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strings"

	"modelmarket/internal/card"
	"modelmarket/internal/seal"
)

// Version is one recorded version of a token, as the chain has it.
type Version struct {
	Number      uint64 // counts from 1, the minted content
	Count       uint64 // how many versions the token has now
	MetadataCID string
	Digest      [32]byte // the content digest on chain: a file's sha256, a folder's root digest
}

// DigestHex is the on-chain digest in lower-case hex.
func (v Version) DigestHex() string { return hex.EncodeToString(v.Digest[:]) }

// File is one downloadable file of a version.
type File struct {
	Path      string // the file's name, or its path inside a folder ("sub/a.bin")
	CID       string // the stored bytes: the ciphertext when Envelope is set
	Size      int64  // plaintext bytes
	SHA256    string // plaintext sha256, lower-case hex, as the metadata records it
	MediaType string
	// Envelope is set for a gated file: the server decrypts it on the way out.
	Envelope *seal.Envelope
}

// Manifest is what a version offers for download, read from its metadata
// JSON and checked against the chain's digest.
type Manifest struct {
	Version Version
	Name    string // the metadata's name
	Files   []File
	// DigestOK reports whether the files' sha256 give the on-chain digest:
	// the one file's sha256, or a folder's card.DigestScheme root.
	DigestOK bool
}

// File returns the file at p (a path as in File.Path), or false.
func (m Manifest) File(p string) (File, bool) {
	i := slices.IndexFunc(m.Files, func(f File) bool { return f.Path == p })
	if i < 0 {
		return File{}, false
	}
	return m.Files[i], true
}

// metadataDoc is the part of the ERC-721 metadata JSON (card.Metadata) that
// downloads read, plus the single-file envelope the mint adds under
// properties.encryption.
type metadataDoc struct {
	Name       string `json:"name"`
	Properties *struct {
		SHA256       string          `json:"sha256"`
		DigestScheme string          `json:"digest_scheme"`
		Files        []card.File     `json:"files"`
		Encryption   json.RawMessage `json:"encryption"`
	} `json:"properties"`
}

// parseManifest reads a version's metadata JSON. Files whose entry is
// unusable (no ipfs:// URI, a path that climbs out, a bad envelope) make it
// fail: a download must never guess.
func parseManifest(v Version, raw []byte) (Manifest, error) {
	var doc metadataDoc
	if err := json.Unmarshal(raw, &doc); err != nil {
		return Manifest{}, fmt.Errorf("metadata %s: %w", v.MetadataCID, err)
	}
	m := Manifest{Version: v, Name: doc.Name}
	p := doc.Properties
	if p == nil {
		return m, nil
	}
	seen := map[string]bool{}
	for i, cf := range p.Files {
		f := File{Path: cf.Name, Size: cf.Size, SHA256: strings.ToLower(cf.SHA256), MediaType: cf.MediaType}
		if !validPath(f.Path) || seen[f.Path] {
			return Manifest{}, fmt.Errorf("metadata %s: file %d has a bad or repeated path %q", v.MetadataCID, i, f.Path)
		}
		seen[f.Path] = true
		c, ok := strings.CutPrefix(cf.URI, "ipfs://")
		if !ok || c == "" || strings.Contains(c, "/") {
			return Manifest{}, fmt.Errorf("metadata %s: file %q is not on IPFS (%q)", v.MetadataCID, f.Path, cf.URI)
		}
		f.CID = c
		envRaw := cf.Encryption
		if len(envRaw) == 0 && len(p.Files) == 1 {
			envRaw = p.Encryption // a single gated file keeps its envelope beside the files
		}
		if len(envRaw) > 0 {
			var env seal.Envelope
			if err := json.Unmarshal(envRaw, &env); err != nil {
				return Manifest{}, fmt.Errorf("metadata %s: file %q: envelope: %w", v.MetadataCID, f.Path, err)
			}
			if err := env.Validate(); err != nil {
				return Manifest{}, fmt.Errorf("metadata %s: file %q: %w", v.MetadataCID, f.Path, err)
			}
			if env.PlaintextSize != f.Size {
				return Manifest{}, fmt.Errorf("metadata %s: file %q: envelope says %d bytes, file entry %d", v.MetadataCID, f.Path, env.PlaintextSize, f.Size)
			}
			f.Envelope = &env
		}
		m.Files = append(m.Files, f)
	}
	m.DigestOK = digestOf(m.Files, p.DigestScheme) == v.DigestHex()
	return m, nil
}

// digestOf is the digest the chain should hold for files: a single file's
// sha256, or a folder's root digest under card.DigestScheme.
func digestOf(files []File, scheme string) string {
	switch {
	case len(files) == 1 && scheme == "":
		return files[0].SHA256
	case scheme != card.DigestScheme:
		return ""
	}
	sorted := slices.Clone(files)
	slices.SortFunc(sorted, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	h := sha256.New()
	for _, f := range sorted {
		fmt.Fprintf(h, "%s  %s\n", f.SHA256, f.Path)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// validPath accepts a relative slash path with no "." or ".." element and
// no control characters: it names a file inside the token and inside a tar.
func validPath(p string) bool {
	if p == "" || len(p) > 1024 || strings.HasPrefix(p, "/") || path.Clean(p) != p {
		return false
	}
	for _, el := range strings.Split(p, "/") {
		if el == "." || el == ".." {
			return false
		}
	}
	return !strings.ContainsFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7f || r == '\\' })
}
