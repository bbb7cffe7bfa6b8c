package chain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// WaitMined polls for the receipt of txHash until the transaction is mined
// or ctx ends. It keeps polling through "not found" and through geth's
// "transaction indexing is in progress" (typical right after a node starts).
// Any other error ends the wait; so does ctx (its error is wrapped). A
// receipt whose Status is types.ReceiptStatusFailed is a mined revert, not
// an error.
func WaitMined(ctx context.Context, eth *ethclient.Client, txHash common.Hash) (*types.Receipt, error) {
	delay := 10 * time.Millisecond
	for {
		r, err := eth.TransactionReceipt(ctx, txHash)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) && !isIndexing(err) {
			return nil, fmt.Errorf("wait for tx %s: %w", txHash, err)
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("wait for tx %s: %w", txHash, ctx.Err())
		case <-t.C:
		}
		delay = min(2*delay, 500*time.Millisecond)
	}
}
