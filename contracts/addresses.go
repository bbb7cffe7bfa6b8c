// Package contracts holds modelmarket's Solidity contracts (src/), their
// reproducible build (build.sh → build/ and the Go bindings in bind/), and the
// Go side that goes with them: Deploy wires the four contracts, Addresses
// remembers where they are, Split computes a sale's shares exactly as the
// contracts do, and DecodeRevert turns a revert into words for people.
package contracts

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// Addresses says where one deployment of the four contracts lives.
type Addresses struct {
	ModelNFT       common.Address `json:"modelNFT"`
	Marketplace    common.Address `json:"marketplace"`
	LicenseManager common.Address `json:"licenseManager"`
	Reviews        common.Address `json:"reviews"`
	ChainID        uint64         `json:"chainId"`
	// DeployBlock is the block of the first deployment transaction: an indexer
	// starts there.
	DeployBlock uint64 `json:"deployBlock"`
}

// Validate reports an error when an address is zero or the chain id is missing.
func (a Addresses) Validate() error {
	for _, f := range []struct {
		name string
		addr common.Address
	}{
		{"modelNFT", a.ModelNFT},
		{"marketplace", a.Marketplace},
		{"licenseManager", a.LicenseManager},
		{"reviews", a.Reviews},
	} {
		if f.addr == (common.Address{}) {
			return fmt.Errorf("contract addresses: %s is missing", f.name)
		}
	}
	if a.ChainID == 0 {
		return errors.New("contract addresses: chainId is missing")
	}
	return nil
}

// SaveAddresses writes a as indented JSON to path atomically: a temp file in the
// same directory, synced, then renamed over path, so a crash leaves either the
// old file or the new one.
func SaveAddresses(path string, a Addresses) error {
	if err := a.Validate(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	data, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	data = append(data, '\n')
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	// Sync the directory so the rename itself survives a crash.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// LoadAddresses reads addresses saved by SaveAddresses. A missing file gives
// an error that matches errors.Is(err, fs.ErrNotExist) (first start: deploy);
// a file with a zero address or no chain id is an error too.
func LoadAddresses(path string) (Addresses, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Addresses{}, fmt.Errorf("load contract addresses: %w", err)
	}
	var a Addresses
	if err := json.Unmarshal(data, &a); err != nil {
		return Addresses{}, fmt.Errorf("load contract addresses %s: %w", path, err)
	}
	if err := a.Validate(); err != nil {
		return Addresses{}, fmt.Errorf("load %s: %w", path, err)
	}
	return a, nil
}
