package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"modelmarket/internal/apperr"
)

const (
	// defaultCallTimeout bounds one request to one node; past it the next
	// node is asked. It is generous because eth_getLogs and eth_call can be slow.
	defaultCallTimeout = 10 * time.Second
	// defaultRetryAfter is how long a failed node goes to the back of the line.
	defaultRetryAfter = 30 * time.Second
)

// Client talks to one or more JSON-RPC nodes of the same chain, in the order
// given: the first node that works serves the calls; a node that fails at the
// network level goes to the back of the line for 30 s and the call moves on
// to the next one. It is safe for concurrent use.
type Client struct {
	log         *slog.Logger
	chainID     *big.Int
	callTimeout time.Duration
	retryAfter  time.Duration

	mu     sync.Mutex // guards every rpcNode's fields and closed
	nodes  []*rpcNode
	closed bool
}

type rpcNode struct {
	url       string // redacted, for messages and logs
	rawURL    string // for dialing
	rpc       *rpc.Client
	eth       *ethclient.Client // nil until dialed
	verified  bool              // reported the Client's chain id
	downUntil time.Time         // zero when up
}

func newNode(label string, rc *rpc.Client) *rpcNode {
	return &rpcNode{url: label, rawURL: label, rpc: rc, eth: ethclient.NewClient(rc), verified: true}
}

// newClientWith wraps nodes that are already dialed and verified.
func newClientWith(nodes []*rpcNode, chainID *big.Int, log *slog.Logger) *Client {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Client{
		log:         log.With("component", "rpc"),
		chainID:     new(big.Int).Set(chainID),
		callTimeout: defaultCallTimeout,
		retryAfter:  defaultRetryAfter,
		nodes:       nodes,
	}
}

// Dial connects to the nodes at urls (http, https, ws, wss) and asks each for
// its chain id, all at once. Nodes that fail are logged and retried later;
// Dial succeeds if at least one answers. Errors:
//   - every node failed: an apperr.Unavailable error whose text lists each
//     URL's failure, e.g. "rpc http://127.0.0.1:1: eth_chainId: dial tcp
//     127.0.0.1:1: connect: connection refused";
//   - two nodes report different chain ids (a misconfiguration);
//   - urls is empty, or ctx ended.
func Dial(ctx context.Context, urls []string, log *slog.Logger) (*Client, error) {
	if len(urls) == 0 {
		return nil, errors.New("rpc: no node URL")
	}
	c := newClientWith(nil, new(big.Int), log)
	c.nodes = make([]*rpcNode, len(urls))
	ids := make([]*big.Int, len(urls))
	errs := make([]error, len(urls))
	var wg sync.WaitGroup
	for i, raw := range urls {
		c.nodes[i] = &rpcNode{url: redactURL(raw), rawURL: raw}
		wg.Go(func() { ids[i], errs[i] = c.connect(ctx, c.nodes[i]) })
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		c.Close()
		return nil, fmt.Errorf("rpc dial: %w", err)
	}

	var (
		failed nodeErrors
		first  = -1
	)
	for i, n := range c.nodes {
		if errs[i] != nil {
			failed = append(failed, errs[i])
			continue
		}
		if first < 0 {
			first = i
			c.chainID = ids[i]
		} else if ids[i].Cmp(c.chainID) != 0 {
			c.Close()
			return nil, fmt.Errorf("rpc: %s is on chain id %s but %s is on chain id %s: all nodes must serve one chain",
				c.nodes[first].url, c.chainID, n.url, ids[i])
		}
		n.verified = true
	}
	if first < 0 {
		c.Close()
		return nil, apperr.Wrap(apperr.Unavailable, "No Ethereum node answers", failed)
	}
	for i, n := range c.nodes {
		if errs[i] != nil {
			c.markDown(n, errs[i])
		}
	}
	c.log.InfoContext(ctx, "rpc connected", "chain_id", c.chainID, "nodes", len(urls), "up", len(urls)-len(failed))
	return c, nil
}

// connect dials n if needed and asks its chain id. Errors name the URL.
func (c *Client) connect(ctx context.Context, n *rpcNode) (*big.Int, error) {
	c.mu.Lock()
	ec := n.eth
	c.mu.Unlock()
	if ec == nil {
		dctx, cancel := context.WithTimeout(ctx, c.callTimeout)
		rc, err := rpc.DialContext(dctx, n.rawURL)
		cancel()
		if err != nil {
			// A dial error is never a node's answer: always worth another node.
			return nil, unusableError{fmt.Errorf("rpc %s: dial: %w", n.url, shortNetErr(err))}
		}
		c.mu.Lock()
		if n.eth == nil && !c.closed {
			n.rpc, n.eth = rc, ethclient.NewClient(rc)
		} else {
			rc.Close() // lost a race with another dialer, or the Client closed meanwhile
		}
		ec = n.eth
		c.mu.Unlock()
		if ec == nil {
			return nil, fmt.Errorf("rpc %s: %w", n.url, rpc.ErrClientQuit)
		}
	}
	var id *big.Int
	err := c.once(ctx, n, ec, "eth_chainId", func(ctx context.Context, ec *ethclient.Client) error {
		var err error
		id, err = ec.ChainID(ctx)
		return err
	})
	return id, err
}

// once runs fn against one node with the per-call timeout, naming the node
// and method in the error.
func (c *Client) once(ctx context.Context, n *rpcNode, ec *ethclient.Client, method string, fn func(context.Context, *ethclient.Client) error) error {
	cctx, cancel := context.WithTimeout(ctx, c.callTimeout)
	defer cancel()
	err := fn(cctx, ec)
	switch {
	case err == nil:
		return nil
	case ctx.Err() == nil && cctx.Err() != nil:
		return fmt.Errorf("rpc %s: %s: no answer within %s: %w", n.url, method, c.callTimeout, context.DeadlineExceeded)
	default:
		return fmt.Errorf("rpc %s: %s: %w", n.url, method, shortNetErr(err))
	}
}

// Do runs fn against the first working node: method names the request in
// errors. When a node is unavailable (see IsUnavailable) the next one is
// tried, then the nodes that failed recently, as a last resort. Any other
// error, a JSON-RPC error such as a revert in particular, is returned as the
// node's answer, untouched under its wrapping, and never sent elsewhere.
// fn must be safe to run more than once. When no node answers, the error is
// apperr.Unavailable and lists each node's failure.
func (c *Client) Do(ctx context.Context, method string, fn func(ctx context.Context, eth *ethclient.Client) error) error {
	var failed nodeErrors
	for _, n := range c.order() {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("rpc %s: %w", method, err)
		}
		err := c.try(ctx, n, method, fn)
		if err == nil {
			c.markUp(n)
			return nil
		}
		if ctx.Err() != nil || !IsUnavailable(err) {
			return err
		}
		c.markDown(n, err)
		failed = append(failed, err)
	}
	if len(failed) == 0 {
		return fmt.Errorf("rpc %s: %w", method, rpc.ErrClientQuit)
	}
	return apperr.Wrap(apperr.Unavailable, "No Ethereum node answers", failed)
}

// try makes n usable (dialed, right chain) and runs fn on it.
func (c *Client) try(ctx context.Context, n *rpcNode, method string, fn func(context.Context, *ethclient.Client) error) error {
	c.mu.Lock()
	verified := n.verified
	c.mu.Unlock()
	if !verified {
		// A node that was down at Dial has never shown its chain id.
		id, err := c.connect(ctx, n)
		if err != nil {
			return err
		}
		if id.Cmp(c.chainID) != 0 {
			c.log.ErrorContext(ctx, "rpc node on another chain: ignored", "url", n.url, "chain_id", id, "want", c.chainID)
			return unusableError{fmt.Errorf("rpc %s: on chain id %s, not %s", n.url, id, c.chainID)}
		}
		c.mu.Lock()
		n.verified = true
		c.mu.Unlock()
	}
	c.mu.Lock()
	ec := n.eth
	c.mu.Unlock()
	return c.once(ctx, n, ec, method, fn)
}

// order lists the nodes to try: those up in the configured order, then those
// in their retry delay.
func (c *Client) order() []*rpcNode {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	now := time.Now()
	up := make([]*rpcNode, 0, len(c.nodes))
	var down []*rpcNode
	for _, n := range c.nodes {
		if now.Before(n.downUntil) {
			down = append(down, n)
		} else {
			up = append(up, n)
		}
	}
	return append(up, down...)
}

func (c *Client) markDown(n *rpcNode, err error) {
	c.mu.Lock()
	n.downUntil = time.Now().Add(c.retryAfter)
	c.mu.Unlock()
	c.log.Warn("rpc node down", "url", n.url, "err", err, "retry_in", c.retryAfter)
}

func (c *Client) markUp(n *rpcNode) {
	c.mu.Lock()
	wasDown := !n.downUntil.IsZero()
	n.downUntil = time.Time{}
	c.mu.Unlock()
	if wasDown {
		c.log.Info("rpc node back", "url", n.url)
	}
}

// ChainID returns the chain id every node reported; the caller may keep it.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// BlockNumber returns the head block number, from the first node that
// answers (see Do for the errors).
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	var height uint64
	err := c.Do(ctx, "eth_blockNumber", func(ctx context.Context, eth *ethclient.Client) error {
		var err error
		height, err = eth.BlockNumber(ctx)
		return err
	})
	return height, err
}

// Eth returns the go-ethereum client of the preferred node: the first, in
// the configured order, that is not in its retry delay. It has no failover
// of its own: use it for what Client does not wrap yet (subscriptions,
// bindings). After Close its calls fail.
func (c *Client) Eth() *ethclient.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	var fallback *ethclient.Client
	for _, n := range c.nodes {
		if n.eth == nil {
			continue
		}
		if n.verified && !now.Before(n.downUntil) {
			return n.eth
		}
		if fallback == nil && n.verified {
			fallback = n.eth
		}
	}
	return fallback
}

// Close closes every connection. It is safe to call more than once.
func (c *Client) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	c.closed = true
	for _, n := range c.nodes {
		if n.rpc != nil {
			n.rpc.Close()
		}
	}
}
