package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"modelmarket/contracts"
	"modelmarket/contracts/bind/testbind"
	"modelmarket/contracts/contractstest"
)

// actor is a deployed ReentrantActor.
type actor struct {
	e    *contractstest.Env
	addr common.Address
}

func deployActor(t testing.TB, e *contractstest.Env) actor {
	t.Helper()
	addr, _, err := e.DeployContract(e.Owner(), testbind.ReentrantActorMetaData.Bin, nil)
	if err != nil {
		t.Fatalf("deploy actor: %v", err)
	}
	return actor{e, addr}
}

// exec makes the actor call `to` with data and value (sent along by Dave).
func (a actor) exec(to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	return a.e.Send(dave(a.e), a.addr, reentrant.PackExec(to, data), value)
}

func (a actor) mustExec(t testing.TB, to common.Address, data []byte, value *big.Int) {
	t.Helper()
	if _, err := a.exec(to, data, value); err != nil {
		name, msg := contracts.DecodeRevert(err)
		t.Fatalf("actor exec: %v (%s: %s)", err, name, msg)
	}
}

func (a actor) configure(t testing.TB, onEth, onToken []byte, value *big.Int, reject bool) {
	t.Helper()
	if value == nil {
		value = new(big.Int)
	}
	send(t, a.e, dave(a.e), a.addr, reentrant.PackConfigure(a.e.Addr.Marketplace, onEth, onToken, value, reject), nil)
}

func (a actor) result(t testing.TB) testbind.ResultOutput {
	t.Helper()
	return call(t, a.e, a.addr, reentrant.PackResult(), reentrant.UnpackResult)
}

// giveToken mints a token to an EOA and hands it to a contract with a plain
// transfer (the contract need not be an ERC-721 receiver).
func giveToken(t testing.TB, e *contractstest.Env, to common.Address, seed string, royaltyReceiver common.Address, bps uint16) *big.Int {
	t.Helper()
	c := carol(e)
	id := mint(t, e, c, seed, royaltyReceiver, bps)
	transfer(t, e, c, to, id)
	return id
}

// wantSolvent checks the Marketplace holds exactly what it owes: every credit
// plus the accrued fees.
func wantSolvent(t testing.TB, e *contractstest.Env, payees ...common.Address) {
	t.Helper()
	owed := call(t, e, e.Addr.Marketplace, e.Market.PackFeesAccrued(), e.Market.UnpackFeesAccrued)
	for _, p := range payees {
		owed = new(big.Int).Add(owed, credit(t, e, p))
	}
	wantBig(t, "Marketplace balance (credits + fees)", balance(t, e, e.Addr.Marketplace), owed)
}

// Attack 2: a malicious seller, royalty receiver or buyer re-enters buy,
// cancel, list and withdraw from receive() and onERC721Received(). Every
// attempt hits the reentrancy guard, nobody is paid twice, and the
// Marketplace's balance stays equal to what it owes.
func TestReentrancy_SellerRoyaltyReceiverAndBuyer(t *testing.T) {
	for _, role := range []string{"seller", "royalty receiver", "buyer"} {
		for _, target := range []string{"buy", "cancel", "list", "withdraw"} {
			for _, reject := range []bool{false, true} {
				if role == "buyer" && reject {
					continue // a buyer's hook has no payment to reject
				}
				name := role + "/" + target
				if reject {
					name += "/then rejects payment"
				}
				t.Run(name, func(t *testing.T) { reentrancyCase(t, role, target, reject) })
			}
		}
	}
}

func reentrancyCase(t *testing.T, role, target string, reject bool) {
	e := newEnv(t)
	a, c, d := alice(e), carol(e), dave(e)
	act := deployActor(t, e)
	price := oneETH
	// Fund the actor before it is configured, so this payment runs no attack.
	send(t, e, d, act.addr, nil, eth(3))

	// What the actor could legitimately do, were it not in the middle of a sale:
	// buy Dave's listed token, cancel its own listing, list its other token, withdraw.
	davesToken := mintAndList(t, e, d, "dave's", d.Addr, 0, price)
	spareListed := giveToken(t, e, act.addr, "spare listed", a.Addr, 0)
	spareUnlisted := giveToken(t, e, act.addr, "spare unlisted", a.Addr, 0)
	act.mustExec(t, e.Addr.ModelNFT, e.NFT.PackSetApprovalForAll(e.Addr.Marketplace, true), nil)
	act.mustExec(t, e.Addr.Marketplace, e.Market.PackList(spareListed, price), nil)
	var attack []byte
	var value *big.Int
	switch target {
	case "buy":
		attack, value = e.Market.PackBuy(davesToken, price, maxFeeAll), price
	case "cancel":
		attack = e.Market.PackCancel(spareListed)
	case "list":
		attack = e.Market.PackList(spareUnlisted, price)
	case "withdraw":
		attack = e.Market.PackWithdraw()
	}

	// The sale under attack.
	var sold *big.Int
	buyer := c
	switch role {
	case "seller":
		sold = giveToken(t, e, act.addr, "sold", a.Addr, 500)
		act.mustExec(t, e.Addr.Marketplace, e.Market.PackList(sold, price), nil)
		act.configure(t, attack, nil, value, reject)
	case "royalty receiver":
		sold = mintAndList(t, e, a, "sold", act.addr, 500, price)
		act.configure(t, attack, nil, value, reject)
	case "buyer":
		sold = mintAndList(t, e, a, "sold", a.Addr, 500, price)
		act.configure(t, nil, attack, value, false)
	}
	before := map[common.Address]*big.Int{a.Addr: balance(t, e, a.Addr), act.addr: balance(t, e, act.addr)}

	if role == "buyer" {
		act.mustExec(t, e.Addr.Marketplace, e.Market.PackBuy(sold, price, maxFeeAll), price)
	} else if _, err := e.Buy(buyer, sold, price, maxFeeAll); err != nil {
		t.Fatalf("buy: %v", err)
	}

	// When the actor rejects the payment, its receive() reverts and takes
	// the record of its attempt with it; the attempt itself is the same as in
	// the case where it keeps the payment, checked here.
	if !reject {
		res := act.result(t)
		if res.Attempts != 1 || res.Successes != 0 {
			t.Fatalf("re-entry attempts %d, successes %d; want 1 blocked attempt", res.Attempts, res.Successes)
		}
		wantRevertData(t, res.LastRevert[:], "ReentrancyGuardReentrantCall")
	}

	shares, _ := contracts.Split(price, 500, 250)
	switch role {
	case "seller":
		wantPaidOnce(t, e, act.addr, before[act.addr], shares.Seller, reject)
		wantBig(t, "royalty to Alice", diff(before[a.Addr], balance(t, e, a.Addr)), shares.Royalty)
	case "royalty receiver":
		wantPaidOnce(t, e, act.addr, before[act.addr], shares.Royalty, reject)
		wantBig(t, "seller Alice paid", diff(before[a.Addr], balance(t, e, a.Addr)), shares.Seller)
	case "buyer":
		wantBig(t, "actor spent", diff(balance(t, e, act.addr), before[act.addr]), big.NewInt(0)) // price came with the call
		wantBig(t, "Alice paid (royalty + seller)", diff(before[a.Addr], balance(t, e, a.Addr)), new(big.Int).Add(shares.Royalty, shares.Seller))
		buyer = contractstest.Account{Addr: act.addr}
	}
	if got := ownerOf(t, e, sold); got != buyer.Addr {
		t.Fatalf("sold token owner = %s, want %s", got, buyer.Addr)
	}
	// Nothing the attack aimed at happened.
	if got := ownerOf(t, e, davesToken); got != d.Addr {
		t.Fatalf("Dave's token moved to %s", got)
	}
	if l := call(t, e, e.Addr.Marketplace, e.Market.PackListingOf(spareListed), e.Market.UnpackListingOf); !l.Listed {
		t.Fatal("the actor's listing was cancelled")
	}
	if l := call(t, e, e.Addr.Marketplace, e.Market.PackListingOf(spareUnlisted), e.Market.UnpackListingOf); l.Listed {
		t.Fatal("the actor listed a token mid-sale")
	}
	wantSolvent(t, e, a.Addr, c.Addr, d.Addr, act.addr)
}

// wantPaidOnce checks a payee got its share exactly once: paid directly, or,
// when it rejected the payment, credited for withdraw.
func wantPaidOnce(t testing.TB, e *contractstest.Env, payee common.Address, before, share *big.Int, rejected bool) {
	t.Helper()
	if rejected {
		wantBig(t, "payee balance change", diff(before, balance(t, e, payee)), big.NewInt(0))
		wantBig(t, "payee credit", credit(t, e, payee), share)
		return
	}
	wantBig(t, "payee balance change", diff(before, balance(t, e, payee)), share)
	wantBig(t, "payee credit", credit(t, e, payee), big.NewInt(0))
}

// Attack 2, withdraw: a payee with a credit re-enters withdraw from receive().
// It is paid once; if it then rejects, the withdrawal fails and the credit stays.
func TestReentrancy_WithdrawTwice(t *testing.T) {
	for _, reject := range []bool{false, true} {
		t.Run(map[bool]string{false: "keeps the payment", true: "rejects the payment"}[reject], func(t *testing.T) {
			e := newEnv(t)
			a, c, d := alice(e), carol(e), dave(e)
			act := deployActor(t, e)
			// The actor rejects its royalty, so it is credited.
			act.configure(t, nil, nil, nil, true)
			id := mintAndList(t, e, a, "t", act.addr, 1000, oneETH)
			if _, err := e.Buy(c, id, oneETH, maxFeeAll); err != nil {
				t.Fatal(err)
			}
			owed, _ := contracts.Split(oneETH, 1000, 250)
			wantBig(t, "credit", credit(t, e, act.addr), owed.Royalty)
			wantSolvent(t, e, a.Addr, c.Addr, act.addr)

			act.configure(t, e.Market.PackWithdraw(), nil, nil, reject)
			before := balance(t, e, act.addr)
			_, err := act.exec(e.Addr.Marketplace, e.Market.PackWithdraw(), nil)
			if reject {
				wantRevert(t, err, "WithdrawFailed")
				wantBig(t, "credit kept", credit(t, e, act.addr), owed.Royalty)
				// It can still take the money to another address.
				b := bob(e)
				bBefore := balance(t, e, b.Addr)
				act.mustExec(t, e.Addr.Marketplace, e.Market.PackWithdrawTo(b.Addr), nil)
				wantBig(t, "withdrawn to Bob", diff(bBefore, balance(t, e, b.Addr)), owed.Royalty)
			} else {
				if err != nil {
					t.Fatalf("withdraw: %v", err)
				}
				res := act.result(t)
				if res.Attempts != 1 || res.Successes != 0 {
					t.Fatalf("re-entry attempts %d, successes %d", res.Attempts, res.Successes)
				}
				wantRevertData(t, res.LastRevert[:], "ReentrancyGuardReentrantCall")
				wantBig(t, "paid once", diff(before, balance(t, e, act.addr)), owed.Royalty)
			}
			wantBig(t, "credit after", credit(t, e, act.addr), big.NewInt(0))
			wantSolvent(t, e, a.Addr, c.Addr, d.Addr, act.addr)
			_, err = act.exec(e.Addr.Marketplace, e.Market.PackWithdraw(), nil)
			wantRevert(t, err, "NothingToWithdraw")
		})
	}
}

// Attack 3: a seller or royalty receiver whose address reverts, or burns all
// the gas it gets, does not block the sale: its share is credited and can be
// withdrawn later, and the buyer pays a bounded amount of gas.
func TestRejectingPayee_SaleCompletesAndCreditIsWithdrawable(t *testing.T) {
	for _, role := range []string{"seller", "royalty receiver"} {
		for _, mode := range []uint8{modeRevert, modeBurnGas} {
			name := role + map[uint8]string{modeRevert: "/reverts", modeBurnGas: "/burns gas"}[mode]
			t.Run(name, func(t *testing.T) {
				e := newEnv(t)
				a, c := alice(e), carol(e)
				payee := deployRejecting(t, e, mode)
				payeeExec := func(to common.Address, data []byte) error {
					_, err := e.Send(dave(e), payee, rejecting.PackExec(to, data), nil)
					return err
				}
				var id *big.Int
				var share *big.Int
				shares, _ := contracts.Split(oneETH, 500, 250)
				if role == "seller" {
					id = giveToken(t, e, payee, "t", a.Addr, 500)
					if err := payeeExec(e.Addr.ModelNFT, e.NFT.PackSetApprovalForAll(e.Addr.Marketplace, true)); err != nil {
						t.Fatal(err)
					}
					if err := payeeExec(e.Addr.Marketplace, e.Market.PackList(id, oneETH)); err != nil {
						t.Fatal(err)
					}
					share = shares.Seller
				} else {
					id = mintAndList(t, e, a, "t", payee, 500, oneETH)
					share = shares.Royalty
				}
				r, err := e.Buy(c, id, oneETH, maxFeeAll)
				if err != nil {
					t.Fatalf("buy: %v", err)
				}
				// PAYOUT_GAS bounds what a gas burner costs the buyer.
				if r.GasUsed > 250_000 {
					t.Fatalf("buy used %d gas with a hostile payee", r.GasUsed)
				}
				if got := ownerOf(t, e, id); got != c.Addr {
					t.Fatalf("owner = %s, want Carol", got)
				}
				var credited *big.Int
				for _, l := range r.Logs {
					if ev, err := e.Market.UnpackCreditedEvent(l); err == nil && ev.Payee == payee {
						credited = ev.Amount
					}
				}
				if credited == nil || credited.Cmp(share) != 0 {
					t.Fatalf("Credited event amount = %v, want %s", credited, share)
				}
				wantBig(t, "credit", credit(t, e, payee), share)
				wantBig(t, "payee balance", balance(t, e, payee), big.NewInt(0))
				wantSolvent(t, e, a.Addr, c.Addr, payee)

				// While the address still refuses ETH, withdraw fails and the credit stays.
				wantRevert(t, payeeExec(e.Addr.Marketplace, e.Market.PackWithdraw()), "WithdrawFailed")
				wantBig(t, "credit", credit(t, e, payee), share)
				// Withdrawing works while the market is paused.
				send(t, e, e.Owner(), e.Addr.Marketplace, e.Market.PackPause(), nil)
				send(t, e, dave(e), payee, rejecting.PackSetMode(modeAccept), nil)
				if err := payeeExec(e.Addr.Marketplace, e.Market.PackWithdraw()); err != nil {
					t.Fatalf("withdraw while paused: %v", err)
				}
				wantBig(t, "payee balance after withdraw", balance(t, e, payee), share)
				wantBig(t, "credit after withdraw", credit(t, e, payee), big.NewInt(0))
				wantSolvent(t, e, a.Addr, c.Addr, payee)
			})
		}
	}
}
