package chain

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// DevMnemonic is the public test mnemonic of Hardhat and Anvil. Its keys are
// known to everyone: they must never hold anything of value.
const DevMnemonic = "test test test test test test test test test test test junk"

// DevAccountCount is how many dev accounts the embedded chain prefunds, as
// Hardhat and Anvil do.
const DevAccountCount = 10

// DevAccount is one account derived from DevMnemonic.
type DevAccount struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// KeyHex returns the private key as 0x-prefixed hex, the form MetaMask imports.
func (a DevAccount) KeyHex() string {
	return hexutil.Encode(crypto.FromECDSA(a.Key))
}

// hardened marks a BIP32 hardened child index (the ' in a path).
const hardened = 1 << 31

// DevAccounts returns the first n accounts of DevMnemonic on the path
// m/44'/60'/0'/0/i, the ones Hardhat and Anvil print. It fails only if n is
// negative or for a derivation that BIP32 declares invalid (probability about
// 2^-127, never for this mnemonic).
func DevAccounts(n int) ([]DevAccount, error) {
	if n < 0 {
		return nil, fmt.Errorf("dev accounts: negative count %d", n)
	}
	// BIP39: the seed is PBKDF2 of the mnemonic with the salt "mnemonic" + an
	// empty passphrase. The words need no checking: the mnemonic is a constant.
	seed, err := pbkdf2.Key(sha512.New, DevMnemonic, []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("dev accounts: seed: %w", err)
	}
	parent, err := masterKey(seed)
	if err != nil {
		return nil, fmt.Errorf("dev accounts: %w", err)
	}
	for _, i := range []uint32{44 + hardened, 60 + hardened, 0 + hardened, 0} {
		if parent, err = parent.child(i); err != nil {
			return nil, fmt.Errorf("dev accounts: m/44'/60'/0'/0: %w", err)
		}
	}
	accounts := make([]DevAccount, 0, n)
	for i := range n {
		k, err := parent.child(uint32(i))
		if err != nil {
			return nil, fmt.Errorf("dev accounts: index %d: %w", i, err)
		}
		key, err := crypto.ToECDSA(k.key)
		if err != nil {
			return nil, fmt.Errorf("dev accounts: index %d: %w", i, err)
		}
		accounts = append(accounts, DevAccount{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key})
	}
	return accounts, nil
}

// extKey is a BIP32 extended private key.
type extKey struct {
	key       []byte // 32 bytes, big-endian, 0 < key < N
	chainCode []byte // 32 bytes
}

var errInvalidKey = errors.New("derived key out of range (BIP32: skip this index)")

func masterKey(seed []byte) (extKey, error) {
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	k := new(big.Int).SetBytes(sum[:32])
	if k.Sign() == 0 || k.Cmp(crypto.S256().Params().N) >= 0 {
		return extKey{}, errInvalidKey
	}
	return extKey{key: sum[:32], chainCode: sum[32:]}, nil
}

// child derives the private child i (BIP32 CKDpriv). Hardened children hash
// the parent's private key; normal children hash its compressed public key,
// which is what lets an xpub derive the same addresses.
func (p extKey) child(i uint32) (extKey, error) {
	var data []byte
	if i >= hardened {
		data = append([]byte{0}, p.key...)
	} else {
		priv, err := crypto.ToECDSA(p.key)
		if err != nil {
			return extKey{}, err
		}
		data = crypto.CompressPubkey(&priv.PublicKey)
	}
	data = binary.BigEndian.AppendUint32(data, i)

	mac := hmac.New(sha512.New, p.chainCode)
	mac.Write(data)
	sum := mac.Sum(nil)

	n := crypto.S256().Params().N
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(n) >= 0 {
		return extKey{}, errInvalidKey
	}
	k := il.Add(il, new(big.Int).SetBytes(p.key))
	k.Mod(k, n)
	if k.Sign() == 0 {
		return extKey{}, errInvalidKey
	}
	return extKey{key: common.LeftPadBytes(k.Bytes(), 32), chainCode: sum[32:]}, nil
}
