package chain

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestDevChain_IncreaseTimeOverHTTP: devtime_increaseTime over the dev
// chain's HTTP endpoint seals a block 31 days after the head, answers its
// timestamp, and later blocks (a transfer) stay after it. Zero is refused.
// A private chain: the shared one's clock must stay near the wall clock.
func TestDevChain_IncreaseTimeOverHTTP(t *testing.T) {
	dc := startDev(t, t.TempDir())
	rc, err := rpc.Dial(dc.Endpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	ctx := context.Background()
	before, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}

	const jump = 31 * 24 * 60 * 60
	var got uint64
	if err := rc.CallContext(ctx, &got, "devtime_increaseTime", uint64(jump)); err != nil {
		t.Fatalf("devtime_increaseTime: %v", err)
	}
	if got != before.Time+jump {
		t.Fatalf("devtime_increaseTime answered %d, want head %d + %d = %d", got, before.Time, jump, before.Time+jump)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Cmp(new(big.Int).Add(before.Number, big.NewInt(1))) != 0 || head.Time != got {
		t.Fatalf("head after the jump: block %d at %d, want block %d at %d", head.Number, head.Time, before.Number.Uint64()+1, got)
	}

	accounts := dc.Accounts()
	r := transfer(t, ec, accounts[0], accounts[1], big.NewInt(1))
	mined, err := ec.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if mined.Time <= got {
		t.Fatalf("block after the jump at %d, want after %d", mined.Time, got)
	}

	if err := rc.CallContext(ctx, &got, "devtime_increaseTime", 0); err == nil || !strings.Contains(err.Error(), "between 1 and") {
		t.Fatalf("devtime_increaseTime(0): err = %v, want refused", err)
	}
}
