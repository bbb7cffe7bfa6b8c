package trade

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// LicenseStatus is what the chain says of one account's right to use a
// token: LicenseManager keeps, per (token, account), the latest expiry of
// every license bought, and a license covers every version of the token
// while it is valid.
type LicenseStatus struct {
	Valid  bool   // hasValidLicense: what downloads ask
	Held   bool   // a license was ever bought
	Expiry uint64 // unix seconds; Perpetual for a perpetual one; 0 if never licensed
}

// Perpetual reports whether the license never expires.
func (s LicenseStatus) Perpetual() bool { return s.Expiry == Perpetual }

// LicenseStatus reads account's license on tokenID from LicenseManager.
func (b *Builder) LicenseStatus(ctx context.Context, tokenID *big.Int, account common.Address) (LicenseStatus, error) {
	if err := checkTokenID(tokenID); err != nil {
		return LicenseStatus{}, err
	}
	valid, err := call(ctx, b, b.addrs.LicenseManager, lm.PackHasValidLicense(tokenID, account), lm.UnpackHasValidLicense)
	if err != nil {
		return LicenseStatus{}, err
	}
	exp, err := call(ctx, b, b.addrs.LicenseManager, lm.PackLicenseExpiry(tokenID, account), lm.UnpackLicenseExpiry)
	if err != nil {
		return LicenseStatus{}, err
	}
	return LicenseStatus{Valid: valid, Held: exp != 0, Expiry: exp}, nil
}

// License is one license an account bought, as LicenseManager records it.
type License struct {
	OfferID     uint64
	TokenID     *big.Int
	ExpiresAt   uint64 // unix seconds; Perpetual for a perpetual license
	PurchasedAt uint64
	Commercial  bool
	TermsCID    string
	// Active is true while the license has not expired at the chain's
	// latest block time.
	Active bool
}

// Perpetual reports whether the license never expires.
func (l License) Perpetual() bool { return l.ExpiresAt == Perpetual }

// LicensesOf returns every license account bought, newest first, each
// marked active or expired at the chain's latest block time.
func (b *Builder) LicensesOf(ctx context.Context, account common.Address) ([]License, error) {
	ls, err := call(ctx, b, b.addrs.LicenseManager, lm.PackLicensesOf(account), lm.UnpackLicensesOf)
	if err != nil {
		return nil, err
	}
	now, err := b.ChainTime(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]License, 0, len(ls))
	for i := len(ls) - 1; i >= 0; i-- {
		l := ls[i]
		out = append(out, License{OfferID: l.OfferId.Uint64(), TokenID: l.TokenId, ExpiresAt: l.ExpiresAt, PurchasedAt: l.PurchasedAt,
			Commercial: l.Commercial, TermsCID: cidString(l.TermsCID), Active: l.ExpiresAt > uint64(now.Unix())})
	}
	return out, nil
}

// headerReader is what ChainTime needs beyond the Backend; ethclient, the
// simulated backend and internal/chain.Client have it.
type headerReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ChainTime is the latest block's time: what the contracts compare an
// expiry with. A backend without headers answers the wall clock.
func (b *Builder) ChainTime(ctx context.Context) (time.Time, error) {
	hr, ok := b.b.(headerReader)
	if !ok {
		return time.Now(), nil
	}
	h, err := hr.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, chainErr(err)
	}
	return time.Unix(int64(h.Time), 0), nil
}
