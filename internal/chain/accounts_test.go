package chain

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// The vectors are the accounts Hardhat and Anvil print at start: independent
// of this derivation code.
func TestDevAccounts_MatchHardhatAndAnvil(t *testing.T) {
	accounts, err := DevAccounts(DevAccountCount)
	if err != nil {
		t.Fatal(err)
	}
	if len(accounts) != DevAccountCount {
		t.Fatalf("got %d accounts, want %d", len(accounts), DevAccountCount)
	}
	for _, tc := range []struct {
		index int
		addr  string
	}{
		{0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"},
		{1, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"},
		{2, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"},
		{9, "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"},
	} {
		if got := accounts[tc.index].Address; got != common.HexToAddress(tc.addr) {
			t.Errorf("account #%d = %s, want %s", tc.index, got.Hex(), tc.addr)
		}
	}
	const key0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	if got := accounts[0].KeyHex(); got != key0 {
		t.Errorf("account #0 key = %s, want %s", got, key0)
	}
}

func TestDevAccounts_CountEdges(t *testing.T) {
	if got, err := DevAccounts(0); err != nil || len(got) != 0 {
		t.Errorf("DevAccounts(0) = %d accounts, %v; want none, nil", len(got), err)
	}
	if _, err := DevAccounts(-1); err == nil {
		t.Error("DevAccounts(-1): no error")
	}
}
