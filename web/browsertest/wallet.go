package browsertest

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"modelmarket/internal/chain"
	"modelmarket/internal/wallet"
)

//go:embed wallet.js
var walletJS string

// WalletOptions shapes the injected wallet.
type WalletOptions struct {
	Account int // index of the dev account it holds (0 = 0xf39F…2266)
	// ChainID is the chain the wallet starts on; 0 means the app's chain.
	// Another id makes the page ask for a switch.
	ChainID uint64
	// Unknown makes the wallet not know the app's chain: a switch to it fails
	// with 4902 until wallet_addEthereumChain adds it.
	Unknown bool
	// NoAnnounce skips EIP-6963 (only window.ethereum); NoWindowEthereum
	// skips window.ethereum (only EIP-6963).
	NoAnnounce, NoWindowEthereum bool
	Name                         string // as announced; "Test Wallet" by default
}

// Request is one EIP-1193 request the page made.
type Request struct {
	Method string
	Params json.RawMessage
}

// rpcError is an EIP-1193 error as the page receives it.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Wallet is the test wallet of one page, answered in Go: it signs with a dev
// key and sends transactions to the app's dev chain, as MetaMask would.
type Wallet struct {
	Account chain.DevAccount
	appID   uint64

	rpc *rpc.Client
	eth *ethclient.Client

	mu         sync.Mutex
	chainID    uint64
	known      map[uint64]bool
	rejectNext map[string]bool // method → reject its next call; "" = any prompting method
	requests   []Request
	emit       func(event string, data any)
}

// interactive are the methods a real wallet shows a prompt for.
var interactive = map[string]bool{
	"eth_requestAccounts": true, "personal_sign": true, "eth_signTypedData_v4": true,
	"eth_sendTransaction": true, "wallet_switchEthereumChain": true, "wallet_addEthereumChain": true,
}

func newWallet(ctx context.Context, rpcURL string, appChainID uint64, opts WalletOptions) (*Wallet, error) {
	accounts, err := chain.DevAccounts(opts.Account + 1)
	if err != nil {
		return nil, err
	}
	rc, err := rpc.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("test wallet: dial %s: %w", rpcURL, err)
	}
	w := &Wallet{
		Account: accounts[opts.Account], appID: appChainID, rpc: rc, eth: ethclient.NewClient(rc),
		chainID: appChainID, known: map[uint64]bool{appChainID: !opts.Unknown, 1: true}, rejectNext: map[string]bool{},
	}
	if opts.ChainID != 0 {
		w.chainID = opts.ChainID
		w.known[opts.ChainID] = true
	}
	return w, nil
}

// RejectNext makes the wallet answer the next call of method with 4001 "User
// rejected the request", as a person pressing Reject; "" means the next
// prompting call of any method.
func (w *Wallet) RejectNext(method string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.rejectNext[method] = true
}

// Requests returns the requests the page made so far, in order.
func (w *Wallet) Requests() []Request {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]Request(nil), w.requests...)
}

// Requested reports whether the page called method.
func (w *Wallet) Requested(method string) bool {
	for _, r := range w.Requests() {
		if r.Method == method {
			return true
		}
	}
	return false
}

// ChainID is the chain the wallet is on now.
func (w *Wallet) ChainID() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.chainID
}

// SwitchChain moves the wallet to id as a person would in the wallet's UI,
// and tells the page (chainChanged).
func (w *Wallet) SwitchChain(id uint64) {
	w.mu.Lock()
	w.chainID, w.known[id] = id, true
	emit := w.emit
	w.mu.Unlock()
	emit("chainChanged", hexutil.EncodeUint64(id))
}

// SwitchAccount makes the wallet hold dev account i and tells the page (accountsChanged).
func (w *Wallet) SwitchAccount(i int) error {
	accounts, err := chain.DevAccounts(i + 1)
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.Account = accounts[i]
	emit := w.emit
	w.mu.Unlock()
	emit("accountsChanged", []string{strings.ToLower(accounts[i].Address.Hex())})
	return nil
}

func (w *Wallet) close() { w.rpc.Close() }

// script is the injected JavaScript with the options filled in.
func (w *Wallet) script(opts WalletOptions) string {
	name := opts.Name
	if name == "" {
		name = "Test Wallet"
	}
	o, _ := json.Marshal(map[string]any{
		"uuid": "8f1b6d2e-3c4a-4e5f-9a0b-1c2d3e4f5a6b", "name": name, "rdns": "dev.modelmarket.testwallet",
		"icon":     "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAzMiAzMiI+PHJlY3Qgd2lkdGg9IjMyIiBoZWlnaHQ9IjMyIiByeD0iOCIgZmlsbD0iIzBmOWY4YSIvPjx0ZXh0IHg9IjE2IiB5PSIyMiIgZm9udC1zaXplPSIxNiIgZm9udC1mYW1pbHk9InNhbnMtc2VyaWYiIGZpbGw9IiNmZmYiIHRleHQtYW5jaG9yPSJtaWRkbGUiPlQ8L3RleHQ+PC9zdmc+",
		"announce": !opts.NoAnnounce, "windowEthereum": !opts.NoWindowEthereum,
	})
	return strings.Replace(walletJS, "/*OPTIONS*/ {}", string(o), 1)
}

// attach installs the wallet in the tab of ctx: before any document loads.
func (w *Wallet) attach(ctx context.Context, opts WalletOptions) error {
	w.emit = func(event string, data any) {
		b, _ := json.Marshal(data)
		go chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf("window.__mmWalletEmit && window.__mmWalletEmit(%q, %s)", event, b), nil))
	}
	chromedp.ListenTarget(ctx, func(ev any) {
		if b, ok := ev.(*runtime.EventBindingCalled); ok && b.Name == "__mmWalletCall" {
			// Answer off the event loop: chromedp.Run inside a listener deadlocks.
			go w.answer(ctx, b.Payload)
		}
	})
	return chromedp.Run(ctx,
		runtime.AddBinding("__mmWalletCall"),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(w.script(opts)).Do(ctx)
			return err
		}),
	)
}

func (w *Wallet) answer(ctx context.Context, payload string) {
	var req struct {
		ID     int             `json:"id"`
		Method string          `json:"method"`
		Params json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal([]byte(payload), &req); err != nil {
		return
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	result, rerr := w.handle(cctx, req.Method, req.Params)
	res, _ := json.Marshal(result)
	errJSON := []byte("null")
	if rerr != nil {
		errJSON, _ = json.Marshal(rerr)
		res = []byte("null")
	}
	_ = chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf("window.__mmWalletReply(%d, %s, %s)", req.ID, res, errJSON), nil))
}

func (w *Wallet) handle(ctx context.Context, method string, params json.RawMessage) (any, *rpcError) {
	w.mu.Lock()
	w.requests = append(w.requests, Request{Method: method, Params: params})
	reject := false
	if interactive[method] {
		if w.rejectNext[method] {
			reject = true
			delete(w.rejectNext, method)
		} else if w.rejectNext[""] {
			reject = true
			delete(w.rejectNext, "")
		}
	}
	current, key, addr := w.chainID, w.Account.Key, w.Account.Address
	w.mu.Unlock()
	if reject {
		return nil, &rpcError{4001, "User rejected the request."}
	}
	var p []json.RawMessage
	_ = json.Unmarshal(params, &p)
	arg := func(i int, v any) error {
		if i >= len(p) {
			return errors.New("missing parameter")
		}
		return json.Unmarshal(p[i], v)
	}
	invalid := func(err error) *rpcError { return &rpcError{-32602, "Invalid params: " + err.Error()} }

	switch method {
	case "eth_requestAccounts", "eth_accounts":
		return []string{strings.ToLower(addr.Hex())}, nil
	case "eth_chainId":
		return hexutil.EncodeUint64(current), nil
	case "net_version":
		return fmt.Sprint(current), nil
	case "wallet_switchEthereumChain", "wallet_addEthereumChain":
		var c struct {
			ChainID string `json:"chainId"`
		}
		if err := arg(0, &c); err != nil {
			return nil, invalid(err)
		}
		id, err := hexutil.DecodeUint64(c.ChainID)
		if err != nil {
			return nil, invalid(err)
		}
		w.mu.Lock()
		if method == "wallet_addEthereumChain" {
			w.known[id] = true
		}
		known := w.known[id]
		if known {
			w.chainID = id
		}
		w.mu.Unlock()
		if !known {
			return nil, &rpcError{4902, "Unrecognized chain ID " + c.ChainID + ". Try adding the chain using wallet_addEthereumChain first."}
		}
		if id != current {
			w.emit("chainChanged", hexutil.EncodeUint64(id))
		}
		return nil, nil
	case "personal_sign":
		var msg hexutil.Bytes
		if err := arg(0, &msg); err != nil {
			return nil, invalid(err)
		}
		sig, err := wallet.SignPersonal(msg, key)
		if err != nil {
			return nil, &rpcError{-32603, err.Error()}
		}
		return hexutil.Encode(sig), nil
	case "eth_signTypedData_v4":
		var raw string
		if err := arg(1, &raw); err != nil {
			return nil, invalid(err)
		}
		var td apitypes.TypedData
		if err := json.Unmarshal([]byte(raw), &td); err != nil {
			return nil, invalid(err)
		}
		hash, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			return nil, invalid(err)
		}
		sig, err := crypto.Sign(hash, key)
		if err != nil {
			return nil, &rpcError{-32603, err.Error()}
		}
		sig[64] += 27
		return hexutil.Encode(sig), nil
	case "eth_sendTransaction":
		if current != w.appID {
			return nil, &rpcError{-32603, fmt.Sprintf("the test wallet can only send on chain %d, it is on %d", w.appID, current)}
		}
		var tx struct {
			To    *common.Address `json:"to"`
			Data  hexutil.Bytes   `json:"data"`
			Value *hexutil.Big    `json:"value"`
			Gas   *hexutil.Uint64 `json:"gas"`
		}
		if err := arg(0, &tx); err != nil {
			return nil, invalid(err)
		}
		hash, err := w.send(ctx, tx.To, tx.Data, (*big.Int)(tx.Value), (*uint64)(tx.Gas))
		if err != nil {
			return nil, &rpcError{-32603, err.Error()}
		}
		return hash.Hex(), nil
	}
	if interactive[method] {
		return nil, &rpcError{4200, "The test wallet does not support " + method}
	}
	if current != w.appID {
		return nil, &rpcError{-32603, fmt.Sprintf("the test wallet reads only chain %d", w.appID)}
	}
	// Reads go to the node, as MetaMask forwards them.
	var args []any
	for _, a := range p {
		args = append(args, a)
	}
	var out json.RawMessage
	if err := w.rpc.CallContext(ctx, &out, method, args...); err != nil {
		var de rpc.Error
		if errors.As(err, &de) {
			return nil, &rpcError{de.ErrorCode(), de.Error()}
		}
		return nil, &rpcError{-32603, err.Error()}
	}
	return out, nil
}

// send signs and sends an EIP-1559 transaction from the wallet's account.
func (w *Wallet) send(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas *uint64) (common.Hash, error) {
	w.mu.Lock()
	acc := w.Account
	w.mu.Unlock()
	if value == nil {
		value = new(big.Int)
	}
	nonce, err := w.eth.PendingNonceAt(ctx, acc.Address)
	if err != nil {
		return common.Hash{}, fmt.Errorf("nonce: %w", err)
	}
	head, err := w.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("head: %w", err)
	}
	tip, err := w.eth.SuggestGasTipCap(ctx)
	if err != nil {
		return common.Hash{}, fmt.Errorf("tip: %w", err)
	}
	limit := uint64(0)
	if gas != nil {
		limit = *gas
	} else if limit, err = w.eth.EstimateGas(ctx, ethereum.CallMsg{From: acc.Address, To: to, Data: data, Value: value}); err != nil {
		return common.Hash{}, fmt.Errorf("estimate gas: %w", err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	id := new(big.Int).SetUint64(w.appID)
	tx, err := types.SignNewTx(acc.Key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: limit, To: to, Value: value, Data: data,
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("sign: %w", err)
	}
	if err := w.eth.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, fmt.Errorf("send: %w", err)
	}
	return tx.Hash(), nil
}
