package trade

import (
	"math/big"
	"strings"

	"modelmarket/internal/apperr"
)

// ParseETH reads an amount of ETH as a person types it ("1", "0.25",
// "1.5 ETH") into wei, exactly: at most 18 decimals, no exponent, no sign.
func ParseETH(s string) (*big.Int, error) {
	bad := apperr.E(apperr.Invalid, "Give the price in ETH, like 1 or 0.25 (at most 18 decimals).")
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "ETH"))
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" || len(frac) > 18 || strings.Trim(whole+frac, "0123456789") != "" {
		return nil, bad
	}
	wei, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", 18-len(frac)), 10)
	if !ok {
		return nil, bad
	}
	return wei, nil
}
