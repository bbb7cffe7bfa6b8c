// Package chain talks to Ethereum: the embedded dev chain (the assembly geth
// --dev uses, persistent, with the Hardhat/Anvil dev accounts), JSON-RPC
// clients with failover across nodes, and waiting for receipts.
//
// Failover rule: a node that cannot be reached or does not answer in time is
// skipped for a while and the next one asked; a node's JSON-RPC error answer
// (a revert above all) is returned as is and never retried elsewhere.
package chain
