package inspect

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// PickleWarning is shown with every pickle-based file.
const PickleWarning = "Pickle files can run arbitrary code on the computer that loads them " +
	"(pickle.load, torch.load without weights_only=True). Load this file only if you trust its author, " +
	"or prefer a safetensors or GGUF version."

// PickleInfo is the result of a static scan of a pickle's opcodes; nothing
// is unpickled.
type PickleInfo struct {
	Container string `json:"container"` // "pickle" or "pytorch-zip"
	// Files are the pickles scanned inside a zip archive.
	Files    []string `json:"files,omitempty"`
	Protocol int      `json:"protocol"` // highest PROTO seen (0 when none)
	Opcodes  int64    `json:"opcodes"`
	// Imports are the distinct GLOBAL, INST and STACK_GLOBAL references
	// (at most MaxPickleImports), in order of first appearance.
	Imports []PickleImport `json:"imports"`
	// Dangerous is true when an import gives code execution, file or
	// network access, or could not be resolved statically.
	Dangerous bool `json:"dangerous"`
	// Complete is false when the scan stopped at a limit before the end.
	Complete bool   `json:"complete"`
	Warning  string `json:"warning"` // always PickleWarning
}

// PickleImport is one module attribute the pickle asks the loader to import.
type PickleImport struct {
	Module string `json:"module"`
	Name   string `json:"name"`
	// Safety is "safe" (what torch.load(weights_only=True) accepts),
	// "dangerous", or "unknown" (needs a full unpickler; inspect by hand).
	Safety string `json:"safety"`
	Count  int    `json:"count"`
}

// Limits of one scan.
const (
	maxPickleOps      = 1 << 28
	maxPickleString   = 256     // strings kept for STACK_GLOBAL resolution
	maxPickleMemo     = 1 << 16 // memo entries kept (strings only)
	maxPickleLineKept = 1024    // GLOBAL/INST module and name lines
	maxPickleStream   = 5       // pickles in a row in one raw file: legacy torch.save writes 5, then raw storage bytes
)

// pval is what the scanner knows of a stack value: a short string, or not.
type pval struct {
	s  string
	ok bool
}

// pickleScanner walks opcodes and records imports. It tracks only the two
// most recent values pushed and the string entries of the memo, which is
// enough to resolve STACK_GLOBAL as pickle writers emit it (two strings, or
// memo GETs of them, immediately before).
type pickleScanner struct {
	br      *bufio.Reader
	src     io.ReadSeeker // set when the input can seek (a raw file), to skip payloads cheaply
	pos     int64
	limit   int64 // bytes the stream may hold
	info    *PickleInfo
	index   map[[2]string]int // import → position in info.Imports
	memo    map[uint64]string
	memoLen uint64
	last    [2]pval // last[1] is the top of the stack
	line    []byte
}

func newPickleScanner(info *PickleInfo) *pickleScanner {
	return &pickleScanner{info: info, index: map[[2]string]int{}}
}

// scan reads pickles from r (at most limit bytes) until STOP. When stream
// is true further pickles that follow directly (a PROTO opcode after STOP)
// are scanned too, as legacy torch.save writes several in a row.
func (p *pickleScanner) scan(r io.Reader, limit int64, stream bool) error {
	p.src, _ = r.(io.ReadSeeker)
	if p.src == nil {
		r = io.LimitReader(r, limit)
	}
	p.br = bufio.NewReaderSize(r, bufSize(limit))
	p.pos, p.limit = 0, limit
	for n := 0; ; n++ {
		p.memo, p.memoLen, p.last = map[uint64]string{}, 0, [2]pval{}
		if err := p.one(); err != nil {
			return err
		}
		if !stream || n+1 >= maxPickleStream {
			return nil
		}
		if b, err := p.br.Peek(1); err != nil || b[0] != opProto {
			return nil // what follows is data (torch's raw storages), not a pickle
		}
	}
}

func (p *pickleScanner) push(v pval) { p.last[0], p.last[1] = p.last[1], v }

// one scans a single pickle up to and including STOP.
func (p *pickleScanner) one() error {
	for {
		op, err := p.br.ReadByte()
		if err != nil {
			return malformed("pickle: no STOP opcode before byte %d", p.pos)
		}
		p.pos++
		p.info.Opcodes++
		if p.info.Opcodes > maxPickleOps {
			p.info.Complete = false
			return overLimit("pickle: more than %d opcodes", maxPickleOps)
		}
		kind, ok := pickleArgs[op]
		if !ok {
			return malformed("pickle: invalid opcode %#x at byte %d", op, p.pos-1)
		}
		switch {
		case op == opStop:
			return nil
		case kind > 0:
			err = p.fixed(op, kind)
		case kind == argLine:
			err = p.lineArg(op)
		case kind == argLine2:
			err = p.globalArg(op)
		case kind == argNone:
			err = p.noArg(op)
		default:
			err = p.lenArg(op, kind)
		}
		if err != nil {
			return err
		}
	}
}

func (p *pickleScanner) noArg(op byte) error {
	switch op {
	case opMemoize:
		if p.memoLen < maxPickleMemo {
			p.setMemo(p.memoLen)
		}
		p.memoLen++
		return nil
	case opStackGlobal:
		mod, name := p.last[0], p.last[1]
		if mod.ok && name.ok {
			p.addImport(mod.s, name.s, "")
		} else {
			p.addImport("?", "?", "dangerous") // cannot tell what it loads: assume the worst
		}
	}
	p.push(pval{})
	return nil
}

func (p *pickleScanner) setMemo(i uint64) {
	if p.last[1].ok && len(p.memo) < maxPickleMemo {
		p.memo[i] = p.last[1].s
	} else {
		delete(p.memo, i)
	}
}

func (p *pickleScanner) getMemo(i uint64) {
	s, ok := p.memo[i]
	p.push(pval{s, ok})
}

func (p *pickleScanner) fixed(op byte, n int) error {
	var b [argFixedMaxSize]byte
	if _, err := io.ReadFull(p.br, b[:n]); err != nil {
		return malformed("pickle: truncated argument at byte %d", p.pos)
	}
	p.pos += int64(n)
	var v uint64
	switch n {
	case 1:
		v = uint64(b[0])
	case 2:
		v = uint64(binary.LittleEndian.Uint16(b[:]))
	case 4:
		v = uint64(binary.LittleEndian.Uint32(b[:]))
	}
	switch op {
	case opProto:
		if v > 5 {
			return malformed("pickle: protocol %d", v)
		}
		p.info.Protocol = max(p.info.Protocol, int(v))
		return nil
	case opFrame:
		return nil // framing only; the frame's opcodes follow inline
	case opBinPut, opLongBinPut:
		p.setMemo(v)
		return nil
	case opBinGet, opLongBinGet:
		p.getMemo(v)
		return nil
	case opExt1, opExt2, opExt4:
		p.addImport("copyreg extension", strconv.FormatUint(v, 10), "unknown")
	}
	p.push(pval{})
	return nil
}

// readLine returns up to keep bytes of the next newline-terminated line and
// discards the rest of it.
func (p *pickleScanner) readLine(keep int) ([]byte, bool, error) {
	p.line = p.line[:0]
	whole := true
	for {
		chunk, err := p.br.ReadSlice('\n')
		p.pos += int64(len(chunk))
		if room := keep - len(p.line); room > 0 {
			p.line = append(p.line, chunk[:min(len(chunk), room)]...)
		}
		if err == nil {
			if len(p.line) > 0 && p.line[len(p.line)-1] == '\n' {
				return p.line[:len(p.line)-1], whole, nil
			}
			return p.line, false, nil
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return nil, false, malformed("pickle: unterminated line at byte %d", p.pos)
		}
		whole = false
	}
}

func (p *pickleScanner) lineArg(op byte) error {
	l, whole, err := p.readLine(maxPickleString + 2)
	if err != nil {
		return err
	}
	switch op {
	case opPut, opGet:
		i, err := strconv.ParseUint(string(l), 10, 64)
		if err != nil || !whole {
			return malformed("pickle: bad memo index %q", l)
		}
		if op == opPut {
			p.setMemo(i)
		} else {
			p.getMemo(i)
		}
		return nil
	case opString:
		if whole && len(l) >= 2 && (l[0] == '\'' || l[0] == '"') && l[len(l)-1] == l[0] {
			p.push(pval{string(l[1 : len(l)-1]), true})
			return nil
		}
	case opUnicode:
		if whole && len(l) <= maxPickleString {
			p.push(pval{string(l), true})
			return nil
		}
	}
	p.push(pval{})
	return nil
}

func (p *pickleScanner) globalArg(op byte) error {
	mod, whole, err := p.readLine(maxPickleLineKept)
	if err != nil {
		return err
	}
	m := string(bytes.TrimRight(mod, "\r"))
	name, whole2, err := p.readLine(maxPickleLineKept)
	if err != nil {
		return err
	}
	if !whole || !whole2 {
		return malformed("pickle: import name longer than %d bytes", maxPickleLineKept)
	}
	p.addImport(m, string(bytes.TrimRight(name, "\r")), "")
	if op == opGlobal {
		p.push(pval{})
	}
	return nil
}

func (p *pickleScanner) lenArg(op byte, kind int) error {
	var n uint64
	var b [8]byte
	switch kind {
	case argLen1:
		if _, err := io.ReadFull(p.br, b[:1]); err != nil {
			return malformed("pickle: truncated length at byte %d", p.pos)
		}
		n, p.pos = uint64(b[0]), p.pos+1
	case argLen4:
		if _, err := io.ReadFull(p.br, b[:4]); err != nil {
			return malformed("pickle: truncated length at byte %d", p.pos)
		}
		n, p.pos = uint64(binary.LittleEndian.Uint32(b[:4])), p.pos+4
		if (op == opBinString || op == 0x8b) && n >= 1<<31 { // signed lengths
			return malformed("pickle: negative length at byte %d", p.pos)
		}
	case argLen8:
		if _, err := io.ReadFull(p.br, b[:8]); err != nil {
			return malformed("pickle: truncated length at byte %d", p.pos)
		}
		n, p.pos = binary.LittleEndian.Uint64(b[:8]), p.pos+8
	}
	if n > uint64(p.limit-p.pos) {
		return malformed("pickle: %d byte argument at byte %d past the end", n, p.pos)
	}
	isStr := op == opBinString || op == opShortBinStr || op == opBinUnicode || op == opShortBinUni || op == opBinUnicode8
	if isStr && n <= maxPickleString {
		s := make([]byte, n)
		if _, err := io.ReadFull(p.br, s); err != nil {
			return malformed("pickle: truncated string at byte %d", p.pos)
		}
		p.pos += int64(n)
		p.push(pval{string(s), true})
		return nil
	}
	if err := skipBuffered(p.br, p.src, int64(n)); err != nil {
		return fmt.Errorf("pickle: argument at byte %d: %w", p.pos, err)
	}
	p.pos += int64(n)
	p.push(pval{})
	return nil
}

// addImport records a reference; safety "" means classify it.
func (p *pickleScanner) addImport(mod, name, safety string) {
	if safety == "" {
		safety = classifyImport(mod, name)
	}
	if safety == "dangerous" {
		p.info.Dangerous = true
	}
	key := [2]string{mod, name}
	if i, ok := p.index[key]; ok {
		p.info.Imports[i].Count++
		return
	}
	if len(p.info.Imports) >= MaxPickleImports {
		return
	}
	p.index[key] = len(p.info.Imports)
	p.info.Imports = append(p.info.Imports, PickleImport{Module: mod, Name: name, Safety: safety, Count: 1})
}

// inspectPickle scans a raw pickle file (or legacy torch.save stream).
func inspectPickle(r io.ReaderAt, size int64, rep *Report) error {
	rep.Kind = KindPickle
	rep.MediaType = "application/octet-stream"
	info := &PickleInfo{Container: "pickle", Complete: true, Warning: PickleWarning, Imports: []PickleImport{}}
	rep.Pickle = info
	err := newPickleScanner(info).scan(io.NewSectionReader(r, 0, size), size, true)
	if err != nil {
		info.Complete = false
		return err
	}
	return nil
}
