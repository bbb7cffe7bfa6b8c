package license

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/internal/apperr"
)

// ContractReader is Chain on our contracts through eth_call against the
// latest block: internal/chain.Client (with its failover), go-ethereum's
// clients and the simulated backend all have CallContract.
type ContractReader struct {
	caller ethereum.ContractCaller
	addrs  contracts.Addresses
	nft    *mmbind.ModelNFT
	lm     *mmbind.LicenseManager
}

// NewContractReader returns the Chain of the contracts at addrs. It returns
// an error when the ModelNFT or LicenseManager address is zero.
func NewContractReader(caller ethereum.ContractCaller, addrs contracts.Addresses) (*ContractReader, error) {
	if addrs.ModelNFT == (common.Address{}) || addrs.LicenseManager == (common.Address{}) {
		return nil, errors.New("license: ModelNFT and LicenseManager addresses are required")
	}
	return &ContractReader{caller: caller, addrs: addrs, nft: mmbind.NewModelNFT(), lm: mmbind.NewLicenseManager()}, nil
}

// OwnerOf implements Chain.
func (r *ContractReader) OwnerOf(ctx context.Context, id *big.Int) (common.Address, error) {
	return call(ctx, r, r.addrs.ModelNFT, r.nft.PackOwnerOf(id), r.nft.UnpackOwnerOf)
}

// HasValidLicense implements Chain.
func (r *ContractReader) HasValidLicense(ctx context.Context, id *big.Int, account common.Address) (bool, error) {
	return call(ctx, r, r.addrs.LicenseManager, r.lm.PackHasValidLicense(id, account), r.lm.UnpackHasValidLicense)
}

// LicenseExpiry implements Chain.
func (r *ContractReader) LicenseExpiry(ctx context.Context, id *big.Int, account common.Address) (uint64, error) {
	return call(ctx, r, r.addrs.LicenseManager, r.lm.PackLicenseExpiry(id, account), r.lm.UnpackLicenseExpiry)
}

// VersionCount implements Chain.
func (r *ContractReader) VersionCount(ctx context.Context, id *big.Int) (uint64, error) {
	n, err := call(ctx, r, r.addrs.ModelNFT, r.nft.PackVersionCount(id), r.nft.UnpackVersionCount)
	if err != nil {
		return 0, err
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("license: token %s has %s versions", id, n)
	}
	return n.Uint64(), nil
}

// Version implements Chain.
func (r *ContractReader) Version(ctx context.Context, id *big.Int, index uint64) (string, [32]byte, error) {
	v, err := call(ctx, r, r.addrs.ModelNFT, r.nft.PackVersion(id, new(big.Int).SetUint64(index)), r.nft.UnpackVersion)
	if err != nil {
		return "", [32]byte{}, err
	}
	c, err := cid.Cast(v.Cid)
	if err != nil {
		return "", [32]byte{}, fmt.Errorf("license: token %s version %d: metadata CID: %w", id, index, err)
	}
	return c.String(), v.Digest, nil
}

// call runs one eth_call; a revert becomes the contract's words (a token
// that does not exist is apperr.NotFound), anything else Unavailable.
func call[T any](ctx context.Context, r *ContractReader, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := r.caller.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		if _, ok := contracts.RevertData(err); ok {
			return zero, contracts.WrapRevert(err)
		}
		return zero, apperr.Wrap(apperr.Unavailable, "The chain did not answer; try again in a moment.", err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("license: decode answer of %s: %w", to.Hex(), err)
	}
	return v, nil
}
