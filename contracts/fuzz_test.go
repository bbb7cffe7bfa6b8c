package contracts_test

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"modelmarket/contracts"
	"modelmarket/contracts/contractstest"
)

var maxPrice = new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)

// fuzzPrice maps fuzz bytes to a price from 1 wei to 10^30 wei.
func fuzzPrice(b []byte) *big.Int {
	p := new(big.Int).SetBytes(b)
	p.Mod(p, maxPrice)
	return p.Add(p, big.NewInt(1))
}

// Attack 4: split arithmetic. For prices from 1 wei to 10^30 and any royalty
// and fee under their caps, a real sale pays royalty + fee + seller == price,
// and each share equals what the Go-side Split (what the UI shows) computes.
// Regular runs execute the committed seeds (testdata/fuzz/FuzzSplit); explore
// with: go test ./contracts -run '^$' -fuzz FuzzSplit -fuzztime 60s
func FuzzSplit(f *testing.F) {
	f.Add([]byte{0x0d, 0xe0, 0xb6, 0xb3, 0xa7, 0x64, 0x00, 0x00}, uint16(500), uint16(250)) // 1 ETH, 5 %, 2.5 %
	e, err := contractstest.NewEnv(10, contracts.DefaultDeployParams())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { e.Close() })
	approved := map[common.Address]bool{}
	feeNow := uint16(250)
	f.Fuzz(func(t *testing.T, priceBytes []byte, royaltyBps, feeBps uint16) {
		price := fuzzPrice(priceBytes)
		royaltyBps %= contracts.MaxRoyaltyBps + 1
		feeBps %= 1000 + 1 // the deployment's cap

		want, err := contracts.Split(price, royaltyBps, feeBps)
		if err != nil {
			t.Fatalf("Split(%s, %d, %d): %v", price, royaltyBps, feeBps, err)
		}
		sum := new(big.Int).Add(want.Royalty, want.Fee)
		sum.Add(sum, want.Seller)
		if sum.Cmp(price) != 0 || want.Seller.Sign() < 0 {
			t.Fatalf("Split(%s, %d, %d) = %+v: does not add up", price, royaltyBps, feeBps, want)
		}

		// Money moves from buyer to seller and royalty receiver: let the
		// richest account buy so a long fuzzing session never runs dry.
		buyer, seller, receiver := pickRoles(t, e)
		if feeBps != feeNow {
			send(t, e, e.Owner(), e.Addr.Marketplace, e.Market.PackSetFee(feeBps), nil)
			feeNow = feeBps
		}
		id, _, err := e.Mint(seller, seller.Addr, "fuzz "+price.String(), receiver.Addr, royaltyBps)
		if err != nil {
			t.Fatal(err)
		}
		if !approved[seller.Addr] {
			if err := e.ApproveMarket(seller); err != nil {
				t.Fatal(err)
			}
			approved[seller.Addr] = true
		}
		send(t, e, seller, e.Addr.Marketplace, e.Market.PackList(id, price), nil)
		recvBefore, sellerBefore := balance(t, e, receiver.Addr), balance(t, e, seller.Addr)
		feesBefore := call(t, e, e.Addr.Marketplace, e.Market.PackFeesAccrued(), e.Market.UnpackFeesAccrued)

		r, err := e.Buy(buyer, id, price, feeBps)
		if err != nil {
			name, msg := contracts.DecodeRevert(err)
			t.Fatalf("buy at %s: %v (%s: %s)", price, err, name, msg)
		}
		sold := soldEvent(t, e, r)
		if sold.Royalty.Cmp(want.Royalty) != 0 || sold.Fee.Cmp(want.Fee) != 0 || sold.SellerAmount.Cmp(want.Seller) != 0 {
			t.Fatalf("price %s royalty %d fee %d: contract %s/%s/%s, Go %s/%s/%s", price, royaltyBps, feeBps,
				sold.Royalty, sold.Fee, sold.SellerAmount, want.Royalty, want.Fee, want.Seller)
		}
		wantBig(t, "royalty received", diff(recvBefore, balance(t, e, receiver.Addr)), want.Royalty)
		wantBig(t, "seller received", diff(sellerBefore, balance(t, e, seller.Addr)), want.Seller)
		feesAfter := call(t, e, e.Addr.Marketplace, e.Market.PackFeesAccrued(), e.Market.UnpackFeesAccrued)
		wantBig(t, "fee accrued", diff(feesBefore, feesAfter), want.Fee)
	})
}

// pickRoles picks the richest non-owner account as buyer and two others as
// seller and royalty receiver.
func pickRoles(t *testing.T, e *contractstest.Env) (buyer, seller, receiver contractstest.Account) {
	t.Helper()
	accts := e.Accounts[1:]
	best := 0
	for i := range accts {
		if balance(t, e, accts[i].Addr).Cmp(balance(t, e, accts[best].Addr)) > 0 {
			best = i
		}
	}
	return accts[best], accts[(best+1)%len(accts)], accts[(best+2)%len(accts)]
}

// Attack 8 as a fuzz target: random sequences of license buys and pauses
// against capped offers never sell past the cap.
func FuzzLicenseSupply(f *testing.F) {
	f.Add(uint64(42), uint8(20))
	f.Fuzz(func(t *testing.T, seed uint64, steps uint8) {
		licenseSequence(t, rand.New(rand.NewPCG(seed, ^seed)), int(steps%40)+1)
	})
}

// The on-chain CID handling (compact storage, base32 tokenURI) agrees with
// go-cid for any CIDv1 with a sha2-256 multihash, and refuses heads it cannot store.
func FuzzCID(f *testing.F) {
	f.Add([]byte("metadata"), uint64(cid.Raw))
	e, err := contractstest.NewEnv(3, contracts.DefaultDeployParams())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { e.Close() })
	id := mint(f, e, alice(e), "cid fuzz", alice(e).Addr, 0)
	f.Fuzz(func(t *testing.T, content []byte, codec uint64) {
		mh, err := multihash.Sum(content, multihash.SHA2_256, -1)
		if err != nil {
			t.Fatal(err)
		}
		c := cid.NewCidV1(codec, mh)
		raw := c.Bytes()
		a := alice(e)
		_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, raw, contractstest.Digest("x"), ""), nil)
		if len(raw) > 40 { // the head (version, codec, hash code, length) is over 8 bytes
			wantRevert(t, err, "InvalidCID")
			return
		}
		if err != nil {
			t.Fatalf("publishVersion(%s): %v", c, err)
		}
		n := call(t, e, e.Addr.ModelNFT, e.NFT.PackVersionCount(id), e.NFT.UnpackVersionCount)
		v := call(t, e, e.Addr.ModelNFT, e.NFT.PackVersion(id, new(big.Int).Sub(n, big.NewInt(1))), e.NFT.UnpackVersion)
		if !bytes.Equal(v.Cid, raw) {
			t.Fatalf("version cid = %x, want %x", v.Cid, raw)
		}
		uri := call(t, e, e.Addr.ModelNFT, e.NFT.PackTokenURI(id), e.NFT.UnpackTokenURI)
		if uri != "ipfs://"+c.String() {
			t.Fatalf("tokenURI = %s, want ipfs://%s", uri, c)
		}
	})
}
