package verify

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"modelmarket/internal/apperr"
)

// LookupCID finds the tokens that record a CID. The chain holds one CID per
// version, the ERC-721 metadata JSON's, so that is what a CID is compared
// with; the file's own CID lives only inside that JSON, off chain. One
// exception is found too: a raw-codec sha2-256 CID (bafkrei…, what an
// importer makes of a file of one block, up to 1 MiB) is the file's sha256
// itself, so it is also looked up as a digest. Any other content CID finds
// nothing: drop the file or paste its sha256 instead.
//
// There is no topic for the CID: every Minted and VersionPublished event is
// read and compared here, in windows (fine for a marketplace's thousands of
// tokens). Errors: apperr.Invalid when s is not a CID; otherwise as Lookup.
func (s *Service) LookupCID(ctx context.Context, text string) (Result, error) {
	c, err := ParseCID(text)
	if err != nil {
		return Result{}, err
	}
	want := c.String() // base32 CIDv1, as decode renders the event's bytes
	var digest [32]byte
	raw := false
	if dm, err := multihash.Decode(c.Hash()); err == nil && c.Type() == cid.Raw && dm.Code == multihash.SHA2_256 && len(dm.Digest) == 32 {
		copy(digest[:], dm.Digest)
		raw = true
	}
	var recs []Record
	head, err := s.scan(ctx, [][]common.Hash{{s.minted, s.published}}, func(l *types.Log) error {
		r, err := s.decode(l)
		if err != nil {
			return err
		}
		if (raw && r.Digest == digest) || r.MetadataCID == want {
			recs = append(recs, r)
		}
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	if err := s.fillTimes(ctx, recs); err != nil {
		return Result{}, err
	}
	matches, err := s.group(ctx, recs)
	if err != nil {
		return Result{}, err
	}
	return Result{CID: c.String(), Matches: matches, Head: head}, nil
}

// ParseCID reads a CID as people paste it (a bare CID, or ipfs://CID with an
// optional path, which is ignored) and returns it as CIDv1: a CIDv0 (Qm…)
// becomes the dag-pb CIDv1 of the same hash, as the contract stores it.
// Errors are apperr.Invalid.
func ParseCID(text string) (cid.Cid, error) {
	t := strings.TrimSpace(text)
	t = strings.TrimPrefix(t, "ipfs://")
	t = strings.TrimPrefix(t, "/ipfs/")
	t, _, _ = strings.Cut(t, "/")
	c, err := cid.Decode(t)
	if err != nil {
		return cid.Undef, apperr.E(apperr.Invalid, fmt.Sprintf("%q is not a CID (CIDs look like bafy… or Qm…).", shorten(text)))
	}
	if c.Version() == 0 {
		c = cid.NewCidV1(cid.DagProtobuf, c.Hash())
	}
	return c, nil
}

func shorten(s string) string {
	if len(s) > 80 {
		return s[:77] + "…"
	}
	return s
}
