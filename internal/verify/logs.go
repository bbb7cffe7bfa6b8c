package verify

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"modelmarket/internal/apperr"
)

// scan reads the ModelNFT's logs matching topics from the deployment block to
// the head in windows, calling fn for each log in chain order, and returns
// the head it went to. Hosted nodes cap eth_getLogs by block range or result
// count and answer with an error: a refused window is halved until one
// block is refused, which is an error. No node answering at all
// (apperr.Unavailable, from internal/chain's failover client) is not a range
// problem and fails at once.
func (s *Service) scan(ctx context.Context, topics [][]common.Hash, fn func(*types.Log) error) (uint64, error) {
	h, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("verify: head: %w", err)
	}
	head := h.Number.Uint64()
	window := s.window
	for from := s.addrs.DeployBlock; from <= head; {
		to := min(from+window-1, head)
		logs, err := s.chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{s.addrs.ModelNFT}, Topics: topics,
		})
		if err != nil {
			if ctx.Err() != nil {
				return 0, ctx.Err()
			}
			if to == from || apperr.KindOf(err) == apperr.Unavailable {
				return 0, fmt.Errorf("verify: logs of blocks %d–%d: %w", from, to, err)
			}
			window = max(1, (to-from+1)/2)
			continue
		}
		for i := range logs {
			if logs[i].Removed || len(logs[i].Topics) == 0 {
				continue
			}
			if err := fn(&logs[i]); err != nil {
				return 0, err
			}
		}
		from = to + 1
	}
	return head, nil
}

// cidString renders a binary CID; bytes that are not a CID stay visible as hex.
func cidString(b []byte) string {
	c, err := cid.Cast(b)
	if err != nil {
		return hexutil.Encode(b)
	}
	return c.String()
}
