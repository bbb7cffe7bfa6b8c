package wallet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// ContractCaller is what EIP-1271 verification needs from the chain: the code
// at an address (empty for an EOA) and a read-only call. cmd/market adapts the
// chain client to it. Both return an error when no node answers.
type ContractCaller interface {
	CodeAt(ctx context.Context, account common.Address) ([]byte, error)
	CallContract(ctx context.Context, to common.Address, data []byte) ([]byte, error)
}

// eip1271Magic is isValidSignature(bytes32,bytes)'s selector, which a contract
// wallet returns when it accepts the signature.
var eip1271Magic = []byte{0x16, 0x26, 0xba, 0x7e}

// PersonalHash is the digest personal_sign (EIP-191 version 0x45) signs.
func PersonalHash(msg []byte) common.Hash {
	return crypto.Keccak256Hash([]byte("\x19Ethereum Signed Message:\n"+strconv.Itoa(len(msg))), msg)
}

// SignPersonal signs msg as personal_sign does, with v = 27 or 28. Tests and
// the test wallet use it; it fails only for an invalid key.
func SignPersonal(msg []byte, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(PersonalHash(msg).Bytes(), key)
	if err != nil {
		return nil, fmt.Errorf("personal_sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// recoverEOA returns the address whose key made sig over hash.
func recoverEOA(hash common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("signature is %d bytes, want 65", len(sig))
	}
	s := bytes.Clone(sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 {
		return common.Address{}, fmt.Errorf("signature has recovery id %d", sig[64])
	}
	pub, err := crypto.SigToPub(hash.Bytes(), s)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// verifyContract asks a contract wallet at addr whether sig over hash is its
// own (EIP-1271). It reports false, nil for an address without code.
func verifyContract(ctx context.Context, c ContractCaller, addr common.Address, hash common.Hash, sig []byte) (bool, error) {
	code, err := c.CodeAt(ctx, addr)
	if err != nil {
		return false, fmt.Errorf("code at %s: %w", addr, err)
	}
	if len(code) == 0 {
		return false, nil
	}
	out, err := c.CallContract(ctx, addr, encodeIsValidSignature(hash, sig))
	if err != nil {
		// A revert means "no" as much as a wrong magic value does.
		return false, nil
	}
	return len(out) >= 4 && bytes.Equal(out[:4], eip1271Magic), nil
}

// encodeIsValidSignature ABI-encodes isValidSignature(bytes32 hash, bytes sig).
func encodeIsValidSignature(hash common.Hash, sig []byte) []byte {
	data := append([]byte{}, eip1271Magic...)
	data = append(data, hash.Bytes()...)
	data = append(data, common.LeftPadBytes([]byte{0x40}, 32)...)
	data = append(data, common.LeftPadBytes(new32(len(sig)), 32)...)
	padded := make([]byte, (len(sig)+31)/32*32)
	copy(padded, sig)
	return append(data, padded...)
}

func new32(n int) []byte {
	return []byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}
}

// decodeSignature accepts 0x-prefixed hex.
func decodeSignature(s string) ([]byte, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil, fmt.Errorf("signature is not 0x-prefixed hex: %w", err)
	}
	return b, nil
}
