package chain

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/rpc"
)

// DevTimeNamespace is the JSON-RPC namespace of the dev chain's time
// travel: devtime_increaseTime (Anvil and Hardhat call theirs
// evm_increaseTime). Only the embedded dev chain serves it, so tests and
// demos can move a license past its expiry without waiting 30 days.
const DevTimeNamespace = "devtime"

// maxIncrease bounds one jump: a larger one would overflow time.Duration
// (about 292 years), and nothing needs more than a century.
const maxIncrease = 100 * 365 * 24 * 60 * 60

// devTimeAPI serves the devtime namespace over the dev chain's simulated beacon.
type devTimeAPI struct {
	beacon  *catalyst.SimulatedBeacon
	backend *eth.Ethereum
	mu      sync.Mutex // one jump at a time: each reads the head the last one sealed
}

// devTimeRPC returns the rpc.API that registers devTimeAPI.
func devTimeRPC(beacon *catalyst.SimulatedBeacon, backend *eth.Ethereum) rpc.API {
	return rpc.API{Namespace: DevTimeNamespace, Service: &devTimeAPI{beacon: beacon, backend: backend}}
}

// IncreaseTime is devtime_increaseTime(seconds): it seals an empty block
// whose timestamp is the head block's plus seconds and returns that block's
// timestamp (Unix seconds). Later blocks follow it (the beacon never goes
// back in time), so calls and expiries see the new time from then on. It
// fails while transactions wait in the pool: a block with them would
// carry the jump too, and the beacon refuses.
func (api *devTimeAPI) IncreaseTime(ctx context.Context, seconds uint64) (uint64, error) {
	if seconds == 0 || seconds > maxIncrease {
		return 0, fmt.Errorf("devtime_increaseTime: seconds must be between 1 and %d, got %d", maxIncrease, seconds)
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	api.mu.Lock()
	defer api.mu.Unlock()
	// The pool drops the transactions the last block included in the
	// background; until it has, the beacon counts them as waiting and
	// refuses. Sync waits for that (a call right after a purchase failed).
	if err := api.backend.TxPool().Sync(); err != nil {
		return 0, fmt.Errorf("devtime_increaseTime: %w", err)
	}
	before := api.backend.BlockChain().CurrentBlock()
	if err := api.beacon.AdjustTime(time.Duration(seconds) * time.Second); err != nil {
		return 0, fmt.Errorf("devtime_increaseTime %d: %w (retry once pending transactions are mined)", seconds, err)
	}
	head := api.backend.BlockChain().CurrentBlock()
	if head.Number.Cmp(before.Number) <= 0 {
		return 0, errors.New("devtime_increaseTime: no block was sealed")
	}
	return head.Time, nil
}
