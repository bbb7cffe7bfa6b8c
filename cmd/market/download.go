package main

import (
	"fmt"

	"modelmarket/contracts"
	"modelmarket/internal/chain"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/license"
	"modelmarket/internal/seal"
)

// newDownloads wires downloads: access decided by the contracts at addrs
// through the chain client (its failover included) at each request, files
// read from the IPFS node, gated ones decrypted with <data-dir>/master.key
// (created at first start when it does not exist yet, as uploads do; the
// data dir must be locked).
func newDownloads(client *chain.Client, addrs contracts.Addresses, node ipfs.Content, dataDir string) (*license.Downloads, error) {
	reader, err := license.NewContractReader(client, addrs)
	if err != nil {
		return nil, fmt.Errorf("downloads: %w", err)
	}
	key, err := seal.LoadOrCreateMasterKey(dataDir)
	if err != nil {
		return nil, fmt.Errorf("downloads: master key: %w", err)
	}
	return license.NewDownloads(reader, nodeContent{node}, key), nil
}
