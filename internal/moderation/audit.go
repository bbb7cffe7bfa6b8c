package moderation

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Entry is one line of the public audit log. Entries are numbered from 1
// without gaps; each carries the hash of the one before (GenesisHash for
// the first) and its own hash, so rewriting any entry breaks every hash
// after it.
type Entry struct {
	Seq      int64
	At       time.Time // UTC, microsecond precision (what both databases keep)
	Admin    string    // lower-case 0x-hex
	Action   Action
	Target   Target
	Reason   string
	PrevHash string // lower-case hex sha256 of the previous entry's canonical form
	Hash     string // lower-case hex sha256 of this entry's canonical form
}

// GenesisHash is the PrevHash of entry 1: 64 zeros.
var GenesisHash = strings.Repeat("0", 64)

// TimeLayout is how At is written in the canonical form (and the JSON feed):
// RFC 3339 in UTC with exactly six fractional digits.
const TimeLayout = "2006-01-02T15:04:05.000000Z"

// canonicalTag starts every canonical form; a new encoding gets a new tag.
const canonicalTag = "modelmarket-audit-v1"

// Canonical is the byte string an entry's Hash is the sha256 of:
//
//	netstring("modelmarket-audit-v1") netstring(seq) netstring(at) netstring(admin)
//	netstring(action) netstring(target) netstring(reason) netstring(prev_hash)
//
// where netstring(x) is the decimal byte length of x, ":", the bytes of x, ","
// (D. J. Bernstein's netstrings, so no field can run into the next); seq is
// decimal without leading zeros, at is TimeLayout in UTC, admin lower-case
// 0x-hex, action one of the Action words, target "token:ID" or
// "account:0x…", reason the admin's text as stored (UTF-8), and prev_hash
// lower-case hex. For example entry 1 begins
// "20:modelmarket-audit-v1,1:1,27:2026-05-01T10:00:00.000000Z,42:0x….
func Canonical(e Entry) []byte {
	var b strings.Builder
	for _, f := range []string{
		canonicalTag,
		strconv.FormatInt(e.Seq, 10),
		e.At.UTC().Format(TimeLayout),
		e.Admin,
		string(e.Action),
		e.Target.String(),
		e.Reason,
		e.PrevHash,
	} {
		b.WriteString(strconv.Itoa(len(f)))
		b.WriteByte(':')
		b.WriteString(f)
		b.WriteByte(',')
	}
	return []byte(b.String())
}

// HashOf is the hex sha256 of e's canonical form (e.Hash is ignored).
func HashOf(e Entry) string {
	sum := sha256.Sum256(Canonical(e))
	return hex.EncodeToString(sum[:])
}

// Seal fills e.PrevHash from prev (GenesisHash when prev is nil), numbers e
// after it, truncates At to the microsecond and sets e.Hash.
func Seal(e Entry, prev *Entry) Entry {
	e.Seq, e.PrevHash = 1, GenesisHash
	if prev != nil {
		e.Seq, e.PrevHash = prev.Seq+1, prev.Hash
	}
	e.At = e.At.UTC().Truncate(time.Microsecond)
	e.Hash = HashOf(e)
	return e
}

// ChainError names the first entry that breaks the chain and how.
type ChainError struct {
	Seq    int64
	Reason string
}

func (e *ChainError) Error() string {
	return fmt.Sprintf("audit entry %d: %s", e.Seq, e.Reason)
}

// Verifier checks entries in order, one at a time, so a long log can be
// streamed. The zero value expects entry 1.
type Verifier struct {
	prev  *Entry
	count int64
}

// Next checks e against the entries seen so far: its number follows the
// last one, its PrevHash is the last one's Hash, and its Hash is the sha256
// of its canonical form. It returns a *ChainError for the first problem.
func (v *Verifier) Next(e Entry) error {
	wantSeq, wantPrev := int64(1), GenesisHash
	if v.prev != nil {
		wantSeq, wantPrev = v.prev.Seq+1, v.prev.Hash
	}
	switch {
	case e.Seq != wantSeq:
		return &ChainError{Seq: e.Seq, Reason: fmt.Sprintf("expected entry %d here (an entry is missing or out of order)", wantSeq)}
	case e.PrevHash != wantPrev:
		return &ChainError{Seq: e.Seq, Reason: fmt.Sprintf("prev_hash %s is not the hash of entry %d (%s)", e.PrevHash, wantSeq-1, wantPrev)}
	}
	if got := HashOf(e); got != e.Hash {
		return &ChainError{Seq: e.Seq, Reason: fmt.Sprintf("stored hash %s does not match its contents (sha256 is %s): the entry was edited", e.Hash, got)}
	}
	ce := e
	v.prev = &ce
	v.count++
	return nil
}

// Count is how many entries passed.
func (v *Verifier) Count() int64 { return v.count }

// Head is the last entry that passed, or nil.
func (v *Verifier) Head() *Entry { return v.prev }
