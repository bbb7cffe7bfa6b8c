package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// The reads below go through Do: to the first node that answers, a dead node
// skipped, a revert (the node's answer) never retried elsewhere. They give
// Client the method set of ethclient that the trade builder and the indexer
// declare as their ports, so both take a *Client as is.

// CallContract runs eth_call.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	var out []byte
	err := c.Do(ctx, "eth_call", func(ctx context.Context, eth *ethclient.Client) error {
		var err error
		out, err = eth.CallContract(ctx, msg, block)
		return err
	})
	return out, err
}

// EstimateGas runs eth_estimateGas.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	var gas uint64
	err := c.Do(ctx, "eth_estimateGas", func(ctx context.Context, eth *ethclient.Client) error {
		var err error
		gas, err = eth.EstimateGas(ctx, msg)
		return err
	})
	return gas, err
}

// TransactionByHash runs eth_getTransactionByHash.
func (c *Client) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	var (
		tx      *types.Transaction
		pending bool
	)
	err := c.Do(ctx, "eth_getTransactionByHash", func(ctx context.Context, eth *ethclient.Client) error {
		var err error
		tx, pending, err = eth.TransactionByHash(ctx, hash)
		return err
	})
	return tx, pending, err
}

// TransactionReceipt runs eth_getTransactionReceipt.
func (c *Client) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	err := c.Do(ctx, "eth_getTransactionReceipt", func(ctx context.Context, eth *ethclient.Client) error {
		var err error
		r, err = eth.TransactionReceipt(ctx, hash)
		return err
	})
	return r, err
}

// HeaderByNumber runs eth_getBlockByNumber (nil: the latest block).
func (c *Client) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	var h *types.Header
	err := c.Do(ctx, "eth_getBlockByNumber", func(ctx context.Context, eth *ethclient.Client) error {
		var err error
		h, err = eth.HeaderByNumber(ctx, n)
		return err
	})
	return h, err
}

// FilterLogs runs eth_getLogs.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var logs []types.Log
	err := c.Do(ctx, "eth_getLogs", func(ctx context.Context, eth *ethclient.Client) error {
		var err error
		logs, err = eth.FilterLogs(ctx, q)
		return err
	})
	return logs, err
}
