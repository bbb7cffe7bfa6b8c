package contracts

import (
	"errors"
	"fmt"
	"math/big"
)

// MaxRoyaltyBps is the highest royalty a token can carry (ModelNFT's
// MAX_ROYALTY_BPS): 10 %.
const MaxRoyaltyBps = 1_000

// Shares is how a sale's price is divided. Royalty + Fee + Seller == price.
type Shares struct {
	Royalty *big.Int // to the token's EIP-2981 royalty receiver
	Fee     *big.Int // the platform fee
	Seller  *big.Int // to the seller (or, for a license, the token's owner)
}

var bps = big.NewInt(10_000)

// Split computes the shares of a sale at price wei with a royalty of
// royaltyBps and a fee of feeBps, exactly as the contracts do: each of royalty
// and fee is price*bps/10000 rounded down, and the seller gets the rest, so
// rounding always favours the seller and the shares add up to the price.
// It returns an error for a nil or negative price, or basis points that add up
// to more than 10000.
func Split(price *big.Int, royaltyBps, feeBps uint16) (Shares, error) {
	if price == nil || price.Sign() < 0 {
		return Shares{}, errors.New("split: price must be zero or more")
	}
	if uint32(royaltyBps)+uint32(feeBps) > 10_000 {
		return Shares{}, fmt.Errorf("split: royalty %d bps and fee %d bps add up to more than 100%%", royaltyBps, feeBps)
	}
	royalty := new(big.Int).Mul(price, big.NewInt(int64(royaltyBps)))
	royalty.Quo(royalty, bps)
	fee := new(big.Int).Mul(price, big.NewInt(int64(feeBps)))
	fee.Quo(fee, bps)
	seller := new(big.Int).Sub(price, royalty)
	seller.Sub(seller, fee)
	return Shares{Royalty: royalty, Fee: fee, Seller: seller}, nil
}
