package indexer_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"modelmarket/contracts"
	mmbind "modelmarket/contracts/bind"
	"modelmarket/contracts/contractstest"
	"modelmarket/internal/chain"
	"modelmarket/internal/indexer"
	"modelmarket/internal/listing"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// countingStore counts the batches one replica stored.
type countingStore struct {
	*store.Store
	batches atomic.Int64
}

func (c *countingStore) ApplyIndexBatch(ctx context.Context, b listing.IndexBatch) error {
	c.batches.Add(1)
	return c.Store.ApplyIndexBatch(ctx, b)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestReplicas_OneIndexerOnPostgresAndTakeover: two replicas share one
// PostgreSQL; only one indexes; when it stops, the other takes over within
// seconds and no row is duplicated.
func TestReplicas_OneIndexerOnPostgresAndTakeover(t *testing.T) {
	old := indexer.LeaderPoll
	indexer.LeaderPoll = 200 * time.Millisecond
	t.Cleanup(func() { indexer.LeaderPoll = old })

	env := newEnv(t)
	seller := env.Accounts[1]
	target := storetest.PostgresTarget(t)
	replicas := make([]*countingStore, 2)
	cancels := make([]context.CancelFunc, 2)
	dones := make([]chan error, 2)
	for i := range replicas {
		replicas[i] = &countingStore{Store: storetest.Open(t, target)}
		ix := newIndexer(t, env, env.Client, replicas[i], indexer.Config{PollInterval: 50 * time.Millisecond})
		ctx, cancel := context.WithCancel(context.Background())
		cancels[i], dones[i] = cancel, make(chan error, 1)
		go func() { dones[i] <- indexer.RunLeader(ctx, replicas[i].Store, nil, ix.Run) }()
		t.Cleanup(cancel)
	}
	tokens := 0
	mint := func() {
		t.Helper()
		tokens++
		if _, _, err := env.Mint(seller, seller.Addr, fmt.Sprint("replica ", tokens), seller.Addr, 0); err != nil {
			t.Fatal(err)
		}
	}
	indexed := func() bool {
		_, err := replicas[0].Token(context.Background(), uint64(tokens))
		return err == nil
	}
	for range 3 {
		mint()
		waitFor(t, "the leader to index a mint", indexed)
	}
	leader := 0
	if replicas[1].batches.Load() > 0 {
		leader = 1
	}
	other := 1 - leader
	if replicas[leader].batches.Load() == 0 || replicas[other].batches.Load() != 0 {
		t.Fatalf("batches per replica: %d and %d; want exactly one indexing", replicas[0].batches.Load(), replicas[1].batches.Load())
	}

	cancels[leader]()
	if err := <-dones[leader]; err != nil {
		t.Fatal(err)
	}
	stopped := time.Now()
	mint()
	waitFor(t, "the other replica to take over", indexed)
	if took := time.Since(stopped); took > 5*time.Second {
		t.Fatalf("takeover took %s", took)
	}
	if replicas[other].batches.Load() == 0 {
		t.Fatal("the new leader stored nothing")
	}
	events, toks, err := replicas[other].IndexCounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if int(events) != chainEvents(t, env) || int(toks) != tokens {
		t.Fatalf("%d events and %d tokens stored; the chain has %d and %d", events, toks, chainEvents(t, env), tokens)
	}
}

// TestIndexer_RPCFailover: the indexer reads through two URLs of one dev
// chain; the first (a proxy) dies mid-test and indexing goes on through the
// second.
func TestIndexer_RPCFailover(t *testing.T) {
	ctx := context.Background()
	dev, err := chain.StartDev(ctx, chain.DevConfig{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dev.Close() })
	target, _ := url.Parse(dev.Endpoint())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var proxied atomic.Int64
	proxy := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		proxied.Add(1)
		httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r)
	})}
	go proxy.Serve(ln)
	t.Cleanup(func() { proxy.Close() })

	client, err := chain.Dial(ctx, []string{"http://" + ln.Addr().String(), dev.Endpoint()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	deployer := dev.Accounts()[0]
	addrs, err := contracts.Deploy(ctx, dev.Client().Eth(), bindOpts(t, deployer.Key, dev.ChainID()), contracts.DefaultDeployParams())
	if err != nil {
		t.Fatal(err)
	}
	s := storetest.Open(t, storetest.SQLiteTarget(t))
	ix, err := indexer.New(client, s, indexer.Config{Contracts: addrs, StartBlock: addrs.DeployBlock})
	if err != nil {
		t.Fatal(err)
	}
	minter := newDevMinter(t, dev, addrs)
	minter.mint(t)
	sync(t, ix)
	if proxied.Load() == 0 {
		t.Fatal("the first node was never asked")
	}
	proxy.Close()
	minter.mint(t)
	sync(t, ix)
	tok, err := s.Token(ctx, 2)
	if err != nil {
		t.Fatalf("token minted after the first node died: %v", err)
	}
	if tok.Owner != strings.ToLower(deployer.Address.Hex()) {
		t.Fatalf("token %+v", tok)
	}
}

func bindOpts(t *testing.T, key *ecdsa.PrivateKey, chainID *big.Int) *bind.TransactOpts {
	t.Helper()
	return bind.NewKeyedTransactor(key, chainID)
}

// devMinter mints tokens on the dev chain from dev account #0.
type devMinter struct {
	eth   *ethclient.Client
	acct  chain.DevAccount
	id    *big.Int
	addrs contracts.Addresses
	n     int
}

func newDevMinter(t *testing.T, dev *chain.DevChain, addrs contracts.Addresses) *devMinter {
	return &devMinter{eth: dev.Client().Eth(), acct: dev.Accounts()[0], id: dev.ChainID(), addrs: addrs}
}

func (m *devMinter) mint(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	m.n++
	seed := fmt.Sprint("failover ", m.n)
	data := mmbind.NewModelNFT().PackMint(m.acct.Address, contractstest.CID(seed), contractstest.Digest(seed), m.acct.Address, 0)
	nonce := must[uint64](t)(m.eth.PendingNonceAt(ctx, m.acct.Address))
	gas := must[uint64](t)(m.eth.EstimateGas(ctx, ethereum.CallMsg{From: m.acct.Address, To: &m.addrs.ModelNFT, Data: data}))
	head := must[*types.Header](t)(m.eth.HeaderByNumber(ctx, nil))
	tip := big.NewInt(1e9)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := must[*types.Transaction](t)(types.SignNewTx(m.acct.Key, types.LatestSignerForChainID(m.id), &types.DynamicFeeTx{
		ChainID: m.id, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: gas * 5 / 4, To: &m.addrs.ModelNFT, Data: data}))
	if err := m.eth.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if r, err := chain.WaitMined(wctx, m.eth, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("mint: %v (receipt %+v)", err, r)
	}
}
