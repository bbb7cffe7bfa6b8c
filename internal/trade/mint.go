package trade

import (
	"context"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"modelmarket/internal/apperr"
)

// Mint builds ModelNFT.mint for creator (who receives the token and is
// recorded as its creator) with the metadata JSON at metadataCID (CIDv1,
// sha2-256, as our IPFS import makes), the content's sha256 digest and a
// royalty of royaltyBps basis points to royaltyReceiver. The cap is read
// from the contract. Errors (apperr): Invalid for a bad CID, an empty
// digest, a royalty above the cap or without receiver; a revert in words.
func (b *Builder) Mint(ctx context.Context, creator common.Address, metadataCID string, digest [32]byte, royaltyReceiver common.Address, royaltyBps uint16) (Tx, error) {
	if creator == (common.Address{}) {
		return Tx{}, apperr.E(apperr.Invalid, "Sign in to mint: the token needs an owner.")
	}
	c, err := cid.Decode(metadataCID)
	if err != nil {
		return Tx{}, apperr.Wrap(apperr.Invalid, "The metadata address is not a valid CID.", err)
	}
	if c.Version() != 1 || c.Prefix().MhType != multihash.SHA2_256 {
		return Tx{}, apperr.E(apperr.Invalid, "The metadata address must be a CIDv1 with a sha2-256 hash.")
	}
	if digest == ([32]byte{}) {
		return Tx{}, apperr.E(apperr.Invalid, "The file's sha256 digest is missing.")
	}
	maxBps, err := b.MaxRoyaltyBps(ctx)
	if err != nil {
		return Tx{}, err
	}
	if royaltyBps > maxBps {
		return Tx{}, apperr.E(apperr.Invalid, fmt.Sprintf("Royalty must be between 0 and %s.", Percent(maxBps)))
	}
	if royaltyBps > 0 && royaltyReceiver == (common.Address{}) {
		return Tx{}, apperr.E(apperr.Invalid, "A royalty needs an address to receive it.")
	}
	data := b.nft.PackMint(creator, c.Bytes(), digest, royaltyReceiver, royaltyBps)
	return b.tx(ctx, creator, b.addrs.ModelNFT, data, nil)
}

// Percent prints basis points as a percentage: 250 → "2.5%", 500 → "5%".
func Percent(bps uint16) string {
	return strconv.FormatFloat(float64(bps)/100, 'f', -1, 64) + "%"
}
