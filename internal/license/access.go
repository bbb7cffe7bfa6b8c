// Package license holds license offers, licenses and the access decision for
// downloads. The decision is the chain's: who owns a token (ModelNFT.ownerOf)
// and whether an account holds an unexpired license (LicenseManager's
// hasValidLicense) are read at request time through the small Chain port,
// never from the SQL index, so a license bought a block ago works at once and
// a token sold a block ago stops working for its previous owner at once.
package license

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Perpetual is the expiry LicenseManager records for a license without end.
const Perpetual = math.MaxUint64

// Chain is what the access decision and downloads read from the chain now
// (the latest block). internal/license's ContractReader implements it on any
// node; tests use it on the simulated backend.
type Chain interface {
	// OwnerOf returns the token's owner. Errors: apperr.NotFound when the
	// token does not exist, apperr.Unavailable when the node does not answer.
	OwnerOf(ctx context.Context, tokenID *big.Int) (common.Address, error)
	// HasValidLicense reports whether account holds an unexpired license on
	// the token at the latest block's time. Errors: apperr.Unavailable.
	HasValidLicense(ctx context.Context, tokenID *big.Int, account common.Address) (bool, error)
	// LicenseExpiry returns the latest expiry (unix seconds) of account's
	// licenses on the token: 0 for none, Perpetual for a perpetual one.
	// Errors: apperr.Unavailable.
	LicenseExpiry(ctx context.Context, tokenID *big.Int, account common.Address) (uint64, error)
	// VersionCount returns how many versions the token has (1 after the
	// mint). Errors: apperr.NotFound when the token does not exist,
	// apperr.Unavailable.
	VersionCount(ctx context.Context, tokenID *big.Int) (uint64, error)
	// Version returns version index (0 is the minted one): its metadata
	// CID (CIDv1, base32) and content digest. Errors: apperr.NotFound when
	// the token or the version does not exist, apperr.Unavailable.
	Version(ctx context.Context, tokenID *big.Int, index uint64) (metadataCID string, digest [32]byte, err error)
}

// Reason says why access was granted or refused.
type Reason int

const (
	// NotSignedIn: no account was given; the person must sign in first.
	NotSignedIn Reason = iota
	// Owner: the account owns the token now.
	Owner
	// Licensed: the account holds an unexpired license (or a perpetual one).
	Licensed
	// NoLicense: the account neither owns the token nor ever held a license.
	NoLicense
	// Expired: the account held licenses on the token, all expired.
	Expired
)

// Access is the chain's answer to "may this account download this token's
// files now?". Expiry is set when the account holds or held a license.
type Access struct {
	TokenID uint64
	Account common.Address // zero when NotSignedIn
	Owner   common.Address // the token's owner now
	Reason  Reason
	// Expiry is the latest license expiry, zero when there is none or it is
	// perpetual (see Perpetual).
	Expiry    time.Time
	Perpetual bool
}

// Allowed reports whether the account may download the token's files.
func (a Access) Allowed() bool { return a.Reason == Owner || a.Reason == Licensed }

// Service decides access from the chain.
type Service struct {
	chain Chain
}

// NewService returns a Service that asks c.
func NewService(c Chain) *Service { return &Service{chain: c} }

// Decide asks the chain whether account may download token id's files.
// A nil account gives NotSignedIn without a chain read (but the token must
// exist). The owner is asked first; a license is asked only of others.
// Errors: apperr.NotFound when the token does not exist, apperr.Unavailable
// when the chain does not answer.
func (s *Service) Decide(ctx context.Context, id uint64, account *common.Address) (Access, error) {
	tid := new(big.Int).SetUint64(id)
	owner, err := s.chain.OwnerOf(ctx, tid)
	if err != nil {
		return Access{}, fmt.Errorf("license.Decide %d: %w", id, err)
	}
	a := Access{TokenID: id, Owner: owner}
	if account == nil {
		a.Reason = NotSignedIn
		return a, nil
	}
	a.Account = *account
	if owner == *account {
		a.Reason = Owner
		return a, nil
	}
	valid, err := s.chain.HasValidLicense(ctx, tid, *account)
	if err != nil {
		return Access{}, fmt.Errorf("license.Decide %d %s: %w", id, account.Hex(), err)
	}
	// The expiry only words the page; the decision above is the contract's.
	exp, err := s.chain.LicenseExpiry(ctx, tid, *account)
	if err != nil {
		return Access{}, fmt.Errorf("license.Decide %d %s: %w", id, account.Hex(), err)
	}
	switch {
	case exp == Perpetual:
		a.Perpetual = true
	case exp > 0 && exp <= math.MaxInt64:
		a.Expiry = time.Unix(int64(exp), 0).UTC()
	}
	switch {
	case valid:
		a.Reason = Licensed
	case exp > 0:
		a.Reason = Expired
	default:
		a.Reason = NoLicense
	}
	return a, nil
}
