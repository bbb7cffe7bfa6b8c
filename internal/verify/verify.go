// Package verify answers "which token is this file?" from the chain alone:
// ModelNFT puts every recorded file's sha256 (a folder's root digest) in
// topic 2 of its Minted and VersionPublished events, so eth_getLogs finds the
// token and version without our database, and the contract's views give the
// token's owner, creator and latest version. The web page /verify and the
// `market verify` command both use it.
package verify

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/apperr"
)

// Chain is what verify needs of an Ethereum node; internal/chain.Client (with
// its failover) and go-ethereum's clients have these methods.
type Chain interface {
	// FilterLogs runs eth_getLogs. A node may refuse a range that is too
	// large; verify then asks for smaller ones.
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	// CallContract runs eth_call against block (nil: the latest).
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	// HeaderByNumber returns a block header (nil: the latest).
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Record is one event that recorded a digest: a mint (version 1) or a
// published version (2, 3, …).
type Record struct {
	TokenID *big.Int
	// Version counts from 1, the minted content; the contract's own index
	// (VersionPublished's `version`, the `version(tokenId, i)` view) is Version-1.
	Version uint64
	Digest  [32]byte
	// MetadataCID is the ERC-721 metadata JSON's CIDv1 in base32, as the
	// event carries it (hex when the bytes are not a CID).
	MetadataCID string
	Note        string // the publisher's note; empty for a mint
	TxHash      common.Hash
	Block       uint64
	Time        time.Time // the block's time, UTC; zero when unknown
}

// Token is a token's state now, read from the contract's views.
type Token struct {
	ID       *big.Int
	Owner    common.Address
	Creator  common.Address
	Versions uint64 // how many versions it has (1 after the mint)
	// LatestDigest is the digest of version Versions.
	LatestDigest [32]byte
}

// Match is a token that records a digest.
type Match struct {
	Token Token
	// Records are the events of this token that recorded the digest, oldest
	// first. A token's versions may repeat a file, so there can be several.
	Records []Record
}

// Latest reports whether the token's latest version is what was found.
func (m Match) Latest() bool {
	for _, r := range m.Records {
		if r.Version == m.Token.Versions {
			return true
		}
	}
	return false
}

// Result is the answer for one digest (or one CID, see LookupCID).
type Result struct {
	Digest [32]byte // zero when the search was by CID
	CID    string   // the CID searched for (CIDv1), when it was by CID
	// Matches lists every token that records the digest, in mint order;
	// empty when no token does.
	Matches []Match
	// Head is the block the search went up to.
	Head uint64
}

// Found reports whether any token records the digest.
func (r Result) Found() bool { return len(r.Matches) > 0 }

// TokenCheck is a digest compared with one token's versions.
type TokenCheck struct {
	Digest [32]byte
	Token  Token
	// Versions are the token's version numbers (from 1) whose digest is
	// this one, from the contract's views; empty means the file does not
	// match any recorded version: it was modified, or is another file.
	Versions []uint64
	// Records are the events behind Versions, when the node still has
	// them (a pruned node may not): tx, block and time.
	Records []Record
	Head    uint64
}

// Matches reports whether the digest is one of the token's versions.
func (c TokenCheck) Matches() bool { return len(c.Versions) > 0 }

// Latest reports whether the digest is the token's latest version.
func (c TokenCheck) Latest() bool { return c.Matches() && c.Token.LatestDigest == c.Digest }

// Service looks digests up on one deployment of the contracts.
type Service struct {
	chain Chain
	addrs contracts.Addresses
	nft   *mmbind.ModelNFT
	// topic0 are the ids of Minted and VersionPublished.
	minted, published common.Hash
	// window is the first eth_getLogs range tried (blocks); refused ranges
	// are halved.
	window uint64
}

// DefaultWindow is the block range of one eth_getLogs request at first:
// what most hosted nodes accept (10,000 blocks is a common cap).
const DefaultWindow = 10_000

// New returns a Service reading the ModelNFT at addrs.ModelNFT from ch,
// searching logs from addrs.DeployBlock. It fails when the address is zero.
func New(ch Chain, addrs contracts.Addresses) (*Service, error) {
	if ch == nil {
		return nil, errors.New("verify.New: no chain")
	}
	if addrs.ModelNFT == (common.Address{}) {
		return nil, errors.New("verify.New: no ModelNFT address")
	}
	parsed, err := mmbind.ModelNFTMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("verify.New: ModelNFT ABI: %w", err)
	}
	return &Service{
		chain: ch, addrs: addrs, nft: mmbind.NewModelNFT(),
		minted: parsed.Events["Minted"].ID, published: parsed.Events["VersionPublished"].ID,
		window: DefaultWindow,
	}, nil
}

// Addresses returns the deployment the Service reads.
func (s *Service) Addresses() contracts.Addresses { return s.addrs }

// SetWindow sets the first eth_getLogs range (at least 1 block); tests use
// it to make the search split.
func (s *Service) SetWindow(blocks uint64) { s.window = max(1, blocks) }

// Lookup finds every token that records digest, each with its current
// owner, creator and latest version. A digest no token records gives a
// Result with no Matches and no error. Errors: the node failed or refused
// even a one-block range (wrapped as is; internal/chain's are
// apperr.Unavailable when no node answers), or ctx ended.
func (s *Service) Lookup(ctx context.Context, digest [32]byte) (Result, error) {
	recs, head, err := s.records(ctx, digest, nil)
	if err != nil {
		return Result{}, err
	}
	matches, err := s.group(ctx, recs)
	if err != nil {
		return Result{}, err
	}
	return Result{Digest: digest, Matches: matches, Head: head}, nil
}

// group gathers records by token, in the order of their first record, and
// reads each token's state.
func (s *Service) group(ctx context.Context, recs []Record) ([]Match, error) {
	var matches []Match
	byToken := map[string]int{}
	for _, r := range recs {
		k := r.TokenID.String()
		i, ok := byToken[k]
		if !ok {
			tok, err := s.token(ctx, r.TokenID)
			if err != nil {
				return nil, err
			}
			i = len(matches)
			byToken[k] = i
			matches = append(matches, Match{Token: tok})
		}
		matches[i].Records = append(matches[i].Records, r)
	}
	return matches, nil
}

// Check compares digest with the versions token id records (the contract's
// views are the truth; logs add each match's tx and time). Errors:
// apperr.NotFound when the token does not exist; node failures as Lookup.
func (s *Service) Check(ctx context.Context, digest [32]byte, id *big.Int) (TokenCheck, error) {
	tok, err := s.token(ctx, id)
	if err != nil {
		return TokenCheck{}, err
	}
	c := TokenCheck{Digest: digest, Token: tok}
	for i := uint64(0); i < tok.Versions; i++ {
		d := tok.LatestDigest
		if i+1 < tok.Versions {
			if d, err = s.versionDigest(ctx, id, i); err != nil {
				return TokenCheck{}, err
			}
		}
		if d == digest {
			c.Versions = append(c.Versions, i+1)
		}
	}
	if c.Records, c.Head, err = s.records(ctx, digest, id); err != nil {
		return TokenCheck{}, err
	}
	return c, nil
}

// token reads id's owner, creator, version count and latest digest.
func (s *Service) token(ctx context.Context, id *big.Int) (Token, error) {
	t := Token{ID: new(big.Int).Set(id)}
	out, err := s.call(ctx, s.nft.PackOwnerOf(id))
	if err != nil {
		if name, _ := contracts.DecodeRevert(err); name == "ERC721NonexistentToken" {
			return Token{}, apperr.E(apperr.NotFound, fmt.Sprintf("Token #%s does not exist on this chain.", id))
		}
		return Token{}, fmt.Errorf("verify: ownerOf(%s): %w", id, err)
	}
	if t.Owner, err = s.nft.UnpackOwnerOf(out); err != nil {
		return Token{}, fmt.Errorf("verify: ownerOf(%s): %w", id, err)
	}
	if out, err = s.call(ctx, s.nft.PackCreatorOf(id)); err != nil {
		return Token{}, fmt.Errorf("verify: creatorOf(%s): %w", id, err)
	}
	if t.Creator, err = s.nft.UnpackCreatorOf(out); err != nil {
		return Token{}, fmt.Errorf("verify: creatorOf(%s): %w", id, err)
	}
	if out, err = s.call(ctx, s.nft.PackVersionCount(id)); err != nil {
		return Token{}, fmt.Errorf("verify: versionCount(%s): %w", id, err)
	}
	n, err := s.nft.UnpackVersionCount(out)
	if err != nil || !n.IsUint64() || n.Sign() == 0 {
		return Token{}, fmt.Errorf("verify: versionCount(%s) = %v: %w", id, n, err)
	}
	t.Versions = n.Uint64()
	if t.LatestDigest, err = s.versionDigest(ctx, id, t.Versions-1); err != nil {
		return Token{}, err
	}
	return t, nil
}

// versionDigest reads the digest of the contract's version index i (from 0).
func (s *Service) versionDigest(ctx context.Context, id *big.Int, i uint64) ([32]byte, error) {
	out, err := s.call(ctx, s.nft.PackVersion(id, new(big.Int).SetUint64(i)))
	if err != nil {
		return [32]byte{}, fmt.Errorf("verify: version(%s, %d): %w", id, i, err)
	}
	v, err := s.nft.UnpackVersion(out)
	if err != nil {
		return [32]byte{}, fmt.Errorf("verify: version(%s, %d): %w", id, i, err)
	}
	return v.Digest, nil
}

func (s *Service) call(ctx context.Context, data []byte) ([]byte, error) {
	to := s.addrs.ModelNFT
	return s.chain.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// records finds the Minted and VersionPublished events with digest at topic
// 2 (and, when id is set, the token at topic 1), oldest first.
func (s *Service) records(ctx context.Context, digest [32]byte, id *big.Int) ([]Record, uint64, error) {
	topics := [][]common.Hash{{s.minted, s.published}, nil, {common.Hash(digest)}}
	if id != nil {
		topics[1] = []common.Hash{common.BigToHash(id)}
	}
	var recs []Record
	head, err := s.scan(ctx, topics, func(l *types.Log) error {
		r, err := s.decode(l)
		if err != nil {
			return err
		}
		recs = append(recs, r)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	if err := s.fillTimes(ctx, recs); err != nil {
		return nil, 0, err
	}
	return recs, head, nil
}

// decode turns a Minted or VersionPublished log into a Record.
func (s *Service) decode(l *types.Log) (Record, error) {
	r := Record{TxHash: l.TxHash, Block: l.BlockNumber}
	if l.BlockTimestamp != 0 {
		r.Time = time.Unix(int64(l.BlockTimestamp), 0).UTC()
	}
	switch l.Topics[0] {
	case s.minted:
		ev, err := s.nft.UnpackMintedEvent(l)
		if err != nil {
			return Record{}, fmt.Errorf("verify: Minted in %s: %w", l.TxHash, err)
		}
		r.TokenID, r.Version, r.Digest, r.MetadataCID = ev.TokenId, 1, ev.Digest, cidString(ev.Cid)
	case s.published:
		ev, err := s.nft.UnpackVersionPublishedEvent(l)
		if err != nil {
			return Record{}, fmt.Errorf("verify: VersionPublished in %s: %w", l.TxHash, err)
		}
		if !ev.Version.IsUint64() {
			return Record{}, fmt.Errorf("verify: VersionPublished in %s: version %s", l.TxHash, ev.Version)
		}
		r.TokenID, r.Version, r.Digest, r.MetadataCID, r.Note = ev.TokenId, ev.Version.Uint64()+1, ev.Digest, cidString(ev.Cid), ev.Note
	default:
		return Record{}, fmt.Errorf("verify: unexpected event %s in %s", l.Topics[0], l.TxHash)
	}
	return r, nil
}

// fillTimes asks for the headers of records whose node did not put the
// block time in the log (it is a recent addition to eth_getLogs).
func (s *Service) fillTimes(ctx context.Context, recs []Record) error {
	times := map[uint64]time.Time{}
	for i := range recs {
		if !recs[i].Time.IsZero() {
			continue
		}
		t, ok := times[recs[i].Block]
		if !ok {
			h, err := s.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(recs[i].Block))
			if err != nil {
				return fmt.Errorf("verify: header %d: %w", recs[i].Block, err)
			}
			t = time.Unix(int64(h.Time), 0).UTC()
			times[recs[i].Block] = t
		}
		recs[i].Time = t
	}
	return nil
}
