package views

import (
	"encoding/hex"
	"fmt"
	"strconv"

	"modelmarket/internal/verify"
)

// VerifyPage is /verify: drop a file or folder (hashed in the browser, never
// uploaded) or paste a sha256 or CID, and see what the chain records.
type VerifyPage struct {
	Page
	Query  string // the sha256 or CID as typed, for the form
	Token  string // the optional token id, for the form
	Result *VerifyResult
}

// Verify states, as data-verify-state and the result card's colour.
const (
	VerifyFound    = "found"    // tokens record it
	VerifyUnknown  = "unknown"  // no token does
	VerifyModified = "modified" // the named token records other files only
	VerifyInvalid  = "invalid"  // the query was not a sha256 or CID
)

// VerifyResult is the answer card.
type VerifyResult struct {
	State    string
	Headline string
	Detail   string
	Name     string // the file or folder's name, when the browser hashed one
	What     string // "sha256" or "CID"
	Value    string // the digest (hex) or CID searched for
	Tokens   []VerifyToken
	Searched string // "ModelNFT 0x… on chain 1337, blocks 0–41"
}

// VerifyToken is one token in the answer.
type VerifyToken struct {
	ID       string
	URL      string
	Creator  Who
	Owner    Who
	Versions string // how many versions the token has
	Latest   bool   // what was found is the token's latest version
	// LatestNote says so in words: "This is the latest version." or
	// "A newer version exists: version 3."
	LatestNote   string
	LatestDigest string // the latest version's sha256, for a modified file
	Records      []VerifyRecord
}

// VerifyRecord is one version of a token that records the file.
type VerifyRecord struct {
	Version     string
	TxHash      string
	TxShort     string
	Block       string
	When        string
	MetadataCID string
	MetadataURL string // on the gateway
	Note        string
}

// NewVerifyFound formats a lookup's answer (by digest or by CID).
func NewVerifyFound(res verify.Result, name, gateway string) *VerifyResult {
	r := &VerifyResult{Name: name, Searched: searched(res.Head)}
	if res.CID != "" {
		r.What, r.Value = "CID", res.CID
	} else {
		r.What, r.Value = "sha256", hex.EncodeToString(res.Digest[:])
	}
	if !res.Found() {
		r.State, r.Headline = VerifyUnknown, "No token records this file"
		r.Detail = "No mint and no published version on this chain has this " + r.What + ". " +
			"If you expected one, the file may have been changed: even one different byte gives another sha256."
		if res.CID != "" {
			r.Headline = "No token records this CID"
			r.Detail = "The chain records each version's metadata CID, and a small file's raw CID (bafkrei…). " +
				"For a file's own CID, drop the file or paste its sha256 instead."
		}
		return r
	}
	r.State = VerifyFound
	r.Headline = "Recorded on chain"
	if len(res.Matches) == 1 {
		r.Detail = "Token #" + res.Matches[0].Token.ID.String() + " records this " + r.What + "."
	} else {
		r.Detail = strconv.Itoa(len(res.Matches)) + " tokens record this " + r.What + "."
	}
	for _, m := range res.Matches {
		r.Tokens = append(r.Tokens, newVerifyToken(m.Token, m.Records, m.Latest(), gateway))
	}
	return r
}

// NewVerifyCheck formats a digest compared with one named token.
func NewVerifyCheck(c verify.TokenCheck, name, gateway string) *VerifyResult {
	r := &VerifyResult{Name: name, What: "sha256", Value: hex.EncodeToString(c.Digest[:]), Searched: searched(c.Head)}
	id := c.Token.ID.String()
	if !c.Matches() {
		r.State = VerifyModified
		r.Headline = "Modified: this file does not match token #" + id + "'s recorded versions"
		versions := "1 version"
		if c.Token.Versions != 1 {
			versions = Count(c.Token.Versions) + " versions"
		}
		r.Detail = fmt.Sprintf("Token #%s has %s; none has this sha256. A file changed by even one byte looks like this.", id, versions)
		t := newVerifyToken(c.Token, nil, false, gateway)
		t.LatestNote = ""
		r.Tokens = []VerifyToken{t}
		return r
	}
	recs := make([]verify.Record, 0, len(c.Versions))
	for _, v := range c.Versions {
		rec := verify.Record{Version: v}
		for _, got := range c.Records {
			if got.Version == v {
				rec = got
			}
		}
		recs = append(recs, rec)
	}
	r.State, r.Headline = VerifyFound, "Matches token #"+id
	r.Detail = "This file is a recorded version of token #" + id + "."
	r.Tokens = []VerifyToken{newVerifyToken(c.Token, recs, c.Latest(), gateway)}
	return r
}

// NewVerifyInvalid is the card for a query that is not a sha256 or CID.
func NewVerifyInvalid(msg string) *VerifyResult {
	return &VerifyResult{State: VerifyInvalid, Headline: "Nothing to look up", Detail: msg}
}

func newVerifyToken(t verify.Token, recs []verify.Record, latest bool, gateway string) VerifyToken {
	vt := VerifyToken{
		ID: t.ID.String(), URL: "/token/" + t.ID.String(),
		Creator: NewWho(t.Creator.Hex()), Owner: NewWho(t.Owner.Hex()),
		Versions: strconv.FormatUint(t.Versions, 10), Latest: latest,
		LatestDigest: hex.EncodeToString(t.LatestDigest[:]),
	}
	if latest {
		vt.LatestNote = "This is the latest version."
	} else {
		vt.LatestNote = "A newer version exists: version " + vt.Versions + "."
	}
	for _, r := range recs {
		vr := VerifyRecord{Version: strconv.FormatUint(r.Version, 10), Note: r.Note, MetadataCID: r.MetadataCID}
		if r.TxHash != ([32]byte{}) {
			vr.TxHash = r.TxHash.Hex()
			vr.TxShort = shortHash(vr.TxHash)
			vr.Block = Count(r.Block)
			vr.When = when(r.Time)
		}
		if r.MetadataCID != "" {
			vr.MetadataURL = GatewayURL(gateway, "ipfs://"+r.MetadataCID)
		}
		vt.Records = append(vt.Records, vr)
	}
	return vt
}

func searched(head uint64) string {
	return "Answered from the chain's event logs up to block " + Count(head) + ", not from this site's database."
}
