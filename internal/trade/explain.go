package trade

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts"
	"modelmarket/internal/apperr"
)

// TxState is what became of a sent transaction.
type TxState string

const (
	TxPending   TxState = "pending"
	TxConfirmed TxState = "confirmed"
	TxFailed    TxState = "failed"
)

// Outcome is a transaction's fate in words, for a page that must never show
// a hex blob.
type Outcome struct {
	State   TxState `json:"state"`
	Block   uint64  `json:"block,omitempty"`
	Reason  string  `json:"reason,omitempty"` // the custom error's name, e.g. "StaleListing"
	Message string  `json:"message"`
	// TokenID is the token a confirmed mint created; nil otherwise.
	TokenID *big.Int `json:"token_id,omitempty"`
}

// Explain says what became of the transaction hash: pending, confirmed in a
// block, or failed with the contract's reason in words. The reason of a
// failure is found by running the transaction again as a call on the state
// before its block; a failure that does not repeat there (it ran out of gas,
// or an earlier transaction in the same block changed the state) is said so.
// Errors: NotFound when the node knows no such transaction.
func (b *Builder) Explain(ctx context.Context, hash common.Hash) (Outcome, error) {
	tx, pending, err := b.b.TransactionByHash(ctx, hash)
	if errors.Is(err, ethereum.NotFound) {
		return Outcome{}, apperr.E(apperr.NotFound, "This chain has no transaction with that hash (yet). If you just sent it, wait a moment.")
	}
	if err != nil {
		return Outcome{}, chainErr(err)
	}
	if pending {
		return Outcome{State: TxPending, Message: "Waiting to be included in a block."}, nil
	}
	r, err := b.b.TransactionReceipt(ctx, hash)
	if errors.Is(err, ethereum.NotFound) {
		return Outcome{State: TxPending, Message: "Waiting to be included in a block."}, nil
	}
	if err != nil {
		return Outcome{}, chainErr(err)
	}
	block := r.BlockNumber.Uint64()
	if r.Status == types.ReceiptStatusSuccessful {
		out := Outcome{State: TxConfirmed, Block: block, Message: fmt.Sprintf("Confirmed in block %d.", block)}
		for _, l := range r.Logs {
			if l.Address != b.addrs.ModelNFT {
				continue
			}
			if ev, err := b.nft.UnpackMintedEvent(l); err == nil {
				out.TokenID = ev.TokenId
				out.Message = fmt.Sprintf("Token #%s minted in block %d.", ev.TokenId, block)
			}
		}
		return out, nil
	}
	out := Outcome{State: TxFailed, Block: block}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		out.Message = fmt.Sprintf("The transaction failed in block %d.", block)
		return out, nil
	}
	var at *big.Int
	if block > 0 {
		at = new(big.Int).SetUint64(block - 1)
	}
	_, callErr := b.b.CallContract(ctx, ethereum.CallMsg{From: from, To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas()}, at)
	if name, msg := contracts.DecodeRevert(callErr); msg != "" {
		out.Reason, out.Message = name, msg
		return out, nil
	}
	if r.GasUsed >= tx.Gas() {
		out.Message = fmt.Sprintf("The transaction ran out of gas in block %d; nothing changed. Try again and let your wallet estimate the gas.", block)
		return out, nil
	}
	out.Message = fmt.Sprintf("The transaction failed in block %d: the state changed just before it. Reload the page and try again.", block)
	return out, nil
}
