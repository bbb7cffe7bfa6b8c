package trade

import (
	"context"
	"fmt"
	"math/big"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"modelmarket/internal/apperr"
)

// MaxVersionNote bounds a version's note in bytes: it is stored in the
// event's data, so every byte costs the publisher gas.
const MaxVersionNote = 1000

// PublishVersion builds ModelNFT.publishVersion(tokenID, cid, digest, note)
// for owner: the token's next version points at the metadata JSON at
// metadataCID (CIDv1, sha2-256) and records digest, the content's sha256
// (a folder's root digest). Errors (apperr): Invalid for a bad CID, an
// empty digest or a note that is too long or not UTF-8; NotFound when the
// token does not exist; Forbidden when owner does not own it; a revert in
// words.
func (b *Builder) PublishVersion(ctx context.Context, owner common.Address, tokenID *big.Int, metadataCID string, digest [32]byte, note string) (Tx, error) {
	if err := checkTokenID(tokenID); err != nil {
		return Tx{}, err
	}
	c, err := metadataCIDBytes(metadataCID)
	if err != nil {
		return Tx{}, err
	}
	if digest == ([32]byte{}) {
		return Tx{}, apperr.E(apperr.Invalid, "The new version's sha256 digest is missing.")
	}
	if len(note) > MaxVersionNote {
		return Tx{}, apperr.E(apperr.Invalid, fmt.Sprintf("The note is %d bytes; keep it under %d.", len(note), MaxVersionNote))
	}
	if !utf8.ValidString(note) {
		return Tx{}, apperr.E(apperr.Invalid, "The note must be text (UTF-8).")
	}
	st, err := b.tokenState(ctx, tokenID)
	if err != nil {
		return Tx{}, err
	}
	if st.Owner != owner {
		return Tx{}, apperr.E(apperr.Forbidden,
			fmt.Sprintf("Only the owner of token #%s can publish a new version of it; the owner is %s.", tokenID, st.Owner.Hex()))
	}
	return b.tx(ctx, owner, b.addrs.ModelNFT, b.nft.PackPublishVersion(tokenID, c, digest, note), nil)
}

// metadataCIDBytes checks a metadata CID as our contracts store it and
// returns its binary form.
func metadataCIDBytes(s string) ([]byte, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return nil, apperr.Wrap(apperr.Invalid, "The metadata address is not a valid CID.", err)
	}
	if c.Version() != 1 || c.Prefix().MhType != multihash.SHA2_256 {
		return nil, apperr.E(apperr.Invalid, "The metadata address must be a CIDv1 with a sha2-256 hash.")
	}
	return c.Bytes(), nil
}

// TokenOwner reads who owns tokenID now. Errors: NotFound (in words) when
// the token does not exist; Unavailable when the node does not answer.
func (b *Builder) TokenOwner(ctx context.Context, tokenID *big.Int) (common.Address, error) {
	if err := checkTokenID(tokenID); err != nil {
		return common.Address{}, err
	}
	st, err := b.tokenState(ctx, tokenID)
	if err != nil {
		return common.Address{}, err
	}
	return st.Owner, nil
}

// VersionCount reads how many versions tokenID has (1 after its mint).
func (b *Builder) VersionCount(ctx context.Context, tokenID *big.Int) (uint64, error) {
	if err := checkTokenID(tokenID); err != nil {
		return 0, err
	}
	n, err := call(ctx, b, b.addrs.ModelNFT, b.nft.PackVersionCount(tokenID), b.nft.UnpackVersionCount)
	if err != nil {
		return 0, err
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("token %s has %s versions", tokenID, n)
	}
	return n.Uint64(), nil
}

// Version is one entry of a token's on-chain version history.
type Version struct {
	Number      uint64 // 1 for the minted version
	MetadataCID string // CIDv1, base32
	Digest      [32]byte
}

// DigestHex is the digest as 0x-hex, as the chain's events carry it.
func (v Version) DigestHex() string { return hexutil.Encode(v.Digest[:]) }

// Version reads version number n (counting from 1, the mint) of tokenID.
// Errors: NotFound in words when the token or the version does not exist;
// Unavailable when the node does not answer.
func (b *Builder) Version(ctx context.Context, tokenID *big.Int, n uint64) (Version, error) {
	if err := checkTokenID(tokenID); err != nil {
		return Version{}, err
	}
	if n == 0 {
		return Version{}, apperr.E(apperr.Invalid, "Versions count from 1.")
	}
	out, err := call(ctx, b, b.addrs.ModelNFT, b.nft.PackVersion(tokenID, new(big.Int).SetUint64(n-1)), b.nft.UnpackVersion)
	if err != nil {
		// The contract counts from 0; say it in the numbers pages show.
		if apperr.KindOf(err) == apperr.NotFound {
			if count, cerr := b.VersionCount(ctx, tokenID); cerr == nil {
				return Version{}, apperr.Wrap(apperr.NotFound, fmt.Sprintf("Token #%s has %d versions; there is no version %d.", tokenID, count, n), err)
			}
		}
		return Version{}, err
	}
	id, err := cid.Cast(out.Cid)
	if err != nil {
		return Version{}, fmt.Errorf("token %s version %d: metadata CID: %w", tokenID, n, err)
	}
	return Version{Number: n, MetadataCID: id.String(), Digest: out.Digest}, nil
}
