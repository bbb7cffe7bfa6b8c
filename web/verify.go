package web

import (
	"context"
	"encoding/hex"
	"math/big"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"modelmarket/internal/apperr"
	"modelmarket/internal/verify"
	"modelmarket/web/views"
)

// verifyTimeout bounds one lookup: a log search over a long chain on a
// hosted node can take a while, but a person should not wait forever.
const verifyTimeout = 60 * time.Second

// verifyQuery is what /verify, /verify/result and /api/verify are asked:
// q (a sha256 or a CID, as pasted), or sha256 / cid explicitly; an optional
// token id; and the file's name (display only; the file itself never comes).
type verifyQuery struct {
	Digest *[32]byte
	CID    string
	Token  *big.Int
	Name   string
	// as typed, for the form
	Q, TokenText string
}

var hex64 = regexp.MustCompile(`^(0x)?[0-9a-fA-F]{64}$`)

// parseVerifyQuery reads the query; ok is false when nothing was asked.
// Errors are apperr.Invalid in words.
func parseVerifyQuery(c echo.Context) (q verifyQuery, ok bool, err error) {
	q.Q = strings.TrimSpace(c.QueryParam("q"))
	q.TokenText = strings.TrimSpace(strings.TrimPrefix(c.QueryParam("token"), "#"))
	q.Name = c.QueryParam("name")
	if len(q.Name) > 1024 {
		q.Name = q.Name[:1024]
	}
	digest, cidText := strings.TrimSpace(c.QueryParam("sha256")), strings.TrimSpace(c.QueryParam("cid"))
	if digest == "" && cidText == "" && q.Q != "" {
		if hex64.MatchString(q.Q) {
			digest = q.Q
		} else {
			cidText = q.Q
		}
	}
	if q.Q == "" {
		q.Q = digest + cidText
	}
	if q.TokenText != "" {
		t, good := new(big.Int).SetString(q.TokenText, 10)
		if !good || t.Sign() < 0 || t.BitLen() > 256 {
			return q, true, apperr.E(apperr.Invalid, "A token id is a whole number, like 7.")
		}
		q.Token = t
	}
	switch {
	case digest != "":
		if !hex64.MatchString(digest) {
			return q, true, apperr.E(apperr.Invalid, "A sha256 is 64 hexadecimal digits (0–9, a–f).")
		}
		b, _ := hex.DecodeString(strings.TrimPrefix(strings.ToLower(digest), "0x"))
		d := [32]byte(b)
		q.Digest = &d
	case cidText != "":
		if q.Token != nil {
			return q, true, apperr.E(apperr.Invalid, "Checking against a token works with a file or its sha256; a CID is looked up on its own. Clear the token id, or drop the file.")
		}
		if _, err := verify.ParseCID(cidText); err != nil {
			return q, true, err
		}
		q.CID = cidText
	case q.Token != nil:
		return q, true, apperr.E(apperr.Invalid, "Drop a file or paste its sha256 to check it against token #"+q.Token.String()+".")
	default:
		return q, false, nil
	}
	return q, true, nil
}

// lookup asks the chain. Invalid input and an unknown token become an
// answer card; other errors (the chain not answering) are returned.
func (s *server) lookup(ctx context.Context, q verifyQuery) (*views.VerifyResult, error) {
	ctx, cancel := context.WithTimeout(ctx, verifyTimeout)
	defer cancel()
	svc := s.market.Verify
	switch {
	case q.Digest != nil && q.Token != nil:
		c, err := svc.Check(ctx, *q.Digest, q.Token)
		if apperr.KindOf(err) == apperr.NotFound {
			return views.NewVerifyInvalid(apperr.Message(err)), nil
		}
		if err != nil {
			return nil, err
		}
		return views.NewVerifyCheck(c, q.Name, s.gateway), nil
	case q.Digest != nil:
		res, err := svc.Lookup(ctx, *q.Digest)
		if err != nil {
			return nil, err
		}
		return views.NewVerifyFound(res, q.Name, s.gateway), nil
	default:
		res, err := svc.LookupCID(ctx, q.CID)
		if err != nil {
			return nil, err
		}
		return views.NewVerifyFound(res, q.Name, s.gateway), nil
	}
}

// verifyPage renders /verify, with the answer when the query asks something.
func (s *server) verifyPage(c echo.Context) error {
	p := views.VerifyPage{Page: s.page(c, "Verify a file")}
	q, asked, err := parseVerifyQuery(c)
	p.Query, p.Token = q.Q, q.TokenText
	switch {
	case apperr.KindOf(err) == apperr.Invalid:
		p.Result = views.NewVerifyInvalid(apperr.Message(err))
	case err != nil:
		return err
	case asked:
		if p.Result, err = s.lookup(c.Request().Context(), q); err != nil {
			return err
		}
	}
	return render(c, http.StatusOK, views.VerifyPageView(p))
}

// verifyResult serves the answer card alone, for js/verify.js.
func (s *server) verifyResult(c echo.Context) error {
	q, asked, err := parseVerifyQuery(c)
	var r *views.VerifyResult
	switch {
	case apperr.KindOf(err) == apperr.Invalid:
		r = views.NewVerifyInvalid(apperr.Message(err))
	case err != nil:
		return err
	case !asked:
		return apperr.E(apperr.Invalid, "Give a sha256 or a CID to look up.")
	default:
		if r, err = s.lookup(c.Request().Context(), q); err != nil {
			return err
		}
	}
	return render(c, http.StatusOK, views.VerifyResultCard(*r))
}

// verifyJSON is one version of a token in /api/verify.
type verifyJSON struct {
	Version     uint64    `json:"version"`
	TxHash      string    `json:"txHash,omitempty"`
	Block       uint64    `json:"block,omitempty"`
	Time        time.Time `json:"time,omitzero"`
	MetadataCID string    `json:"metadataCid,omitempty"`
	Note        string    `json:"note,omitempty"`
}

type verifyTokenJSON struct {
	TokenID      string       `json:"tokenId"`
	Owner        string       `json:"owner"`
	Creator      string       `json:"creator"`
	Versions     uint64       `json:"versions"`
	LatestSHA256 string       `json:"latestSha256"`
	Latest       bool         `json:"latest"` // what was found is the latest version
	Records      []verifyJSON `json:"records"`
}

type verifyAnswerJSON struct {
	State   string            `json:"state"` // found | unknown | modified
	SHA256  string            `json:"sha256,omitempty"`
	CID     string            `json:"cid,omitempty"`
	ChainID uint64            `json:"chainId"`
	Head    uint64            `json:"head"` // logs were searched up to this block
	Tokens  []verifyTokenJSON `json:"tokens"`
}

// apiVerify is GET /api/verify?sha256=…|cid=…[&token=N]: the same answer as
// the page, as JSON. Bad input is a 400; an unknown token id a 404.
func (s *server) apiVerify(c echo.Context) error {
	q, asked, err := parseVerifyQuery(c)
	if err != nil {
		return err
	}
	if !asked {
		return apperr.E(apperr.Invalid, "Give sha256=<64 hex digits> or cid=<CID>, and optionally token=<id>.")
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), verifyTimeout)
	defer cancel()
	svc := s.market.Verify
	out := verifyAnswerJSON{ChainID: svc.Addresses().ChainID, Tokens: []verifyTokenJSON{}}
	switch {
	case q.Digest != nil && q.Token != nil:
		ch, err := svc.Check(ctx, *q.Digest, q.Token)
		if err != nil {
			return err
		}
		out.SHA256, out.Head, out.State = hex.EncodeToString(q.Digest[:]), ch.Head, views.VerifyModified
		t := tokenJSON(ch.Token, nil, ch.Latest())
		if ch.Matches() {
			out.State = views.VerifyFound
			for _, v := range ch.Versions {
				rec := verify.Record{Version: v}
				for _, r := range ch.Records {
					if r.Version == v {
						rec = r
					}
				}
				t.Records = append(t.Records, recordJSON(rec))
			}
		}
		out.Tokens = append(out.Tokens, t)
	default:
		var res verify.Result
		if q.Digest != nil {
			res, err = svc.Lookup(ctx, *q.Digest)
			out.SHA256 = hex.EncodeToString(q.Digest[:])
		} else {
			res, err = svc.LookupCID(ctx, q.CID)
			out.CID = res.CID
		}
		if err != nil {
			return err
		}
		out.Head, out.State = res.Head, views.VerifyUnknown
		if res.Found() {
			out.State = views.VerifyFound
		}
		for _, m := range res.Matches {
			out.Tokens = append(out.Tokens, tokenJSON(m.Token, m.Records, m.Latest()))
		}
	}
	return c.JSON(http.StatusOK, out)
}

func tokenJSON(t verify.Token, recs []verify.Record, latest bool) verifyTokenJSON {
	j := verifyTokenJSON{TokenID: t.ID.String(), Owner: t.Owner.Hex(), Creator: t.Creator.Hex(), Versions: t.Versions,
		LatestSHA256: hex.EncodeToString(t.LatestDigest[:]), Latest: latest, Records: []verifyJSON{}}
	for _, r := range recs {
		j.Records = append(j.Records, recordJSON(r))
	}
	return j
}

func recordJSON(r verify.Record) verifyJSON {
	j := verifyJSON{Version: r.Version, MetadataCID: r.MetadataCID, Note: r.Note, Block: r.Block, Time: r.Time}
	if r.TxHash != ([32]byte{}) {
		j.TxHash = r.TxHash.Hex()
	}
	return j
}
