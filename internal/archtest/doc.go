// Package archtest holds the test that keeps the layout honest: the domain
// packages under internal/ import no storage, transport, view, chain-client
// or IPFS library, not even through another package.
package archtest
