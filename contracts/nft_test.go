package contracts_test

import (
	"bytes"
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	mmbind "modelmarket/contracts/bind"
	"modelmarket/contracts/contractstest"
)

func TestMint_RecordsCreatorDigestRoyaltyAndURI(t *testing.T) {
	e := newEnv(t)
	a, b := alice(e), bob(e)
	// Alice mints to Bob with a 7.5 % royalty to Carol.
	r := send(t, e, a, e.Addr.ModelNFT,
		e.NFT.PackMint(b.Addr, contractstest.CID("m"), contractstest.Digest("m"), carol(e).Addr, 750), nil)
	var minted *mmbind.ModelNFTMinted
	for _, l := range r.Logs {
		if ev, err := e.NFT.UnpackMintedEvent(l); err == nil {
			minted = ev
			// The digest is topic 2, where VersionPublished has it too.
			if l.Topics[2] != common.Hash(contractstest.Digest("m")) {
				t.Fatalf("digest topic = %s", l.Topics[2])
			}
		}
	}
	if minted == nil {
		t.Fatal("no Minted event")
	}
	id := minted.TokenId
	if id.Int64() != 1 || minted.Creator != a.Addr || minted.RoyaltyReceiver != carol(e).Addr || minted.RoyaltyBps != 750 {
		t.Fatalf("Minted = %+v", minted)
	}
	if !bytes.Equal(minted.Cid, contractstest.CID("m")) {
		t.Fatalf("Minted cid = %x", minted.Cid)
	}
	if got := ownerOf(t, e, id); got != b.Addr {
		t.Fatalf("owner = %s, want Bob", got)
	}
	if got := call(t, e, e.Addr.ModelNFT, e.NFT.PackCreatorOf(id), e.NFT.UnpackCreatorOf); got != a.Addr {
		t.Fatalf("creator = %s, want Alice", got)
	}
	if got := call(t, e, e.Addr.ModelNFT, e.NFT.PackBalanceOf(b.Addr), e.NFT.UnpackBalanceOf); got.Int64() != 1 {
		t.Fatalf("balance = %s", got)
	}
	ri := call(t, e, e.Addr.ModelNFT, e.NFT.PackRoyaltyInfo(id, big.NewInt(10_000)), e.NFT.UnpackRoyaltyInfo)
	if ri.Arg0 != carol(e).Addr || ri.Arg1.Int64() != 750 {
		t.Fatalf("royaltyInfo = %+v", ri)
	}
	si := call(t, e, e.Addr.ModelNFT, e.NFT.PackSaleInfo(id, oneETH), e.NFT.UnpackSaleInfo)
	if si.Owner != b.Addr || si.Transfers != 0 || si.RoyaltyReceiver != carol(e).Addr || si.RoyaltyAmount.Cmp(eth(0.075)) != 0 {
		t.Fatalf("saleInfo = %+v", si)
	}
	uri := call(t, e, e.Addr.ModelNFT, e.NFT.PackTokenURI(id), e.NFT.UnpackTokenURI)
	if want := "ipfs://" + cid.MustParse(cidString(t, contractstest.CID("m"))).String(); uri != want {
		t.Fatalf("tokenURI = %s, want %s", uri, want)
	}
	v := call(t, e, e.Addr.ModelNFT, e.NFT.PackVersion(id, big.NewInt(0)), e.NFT.UnpackVersion)
	if !bytes.Equal(v.Cid, contractstest.CID("m")) || v.Digest != contractstest.Digest("m") {
		t.Fatalf("version 0 = %x %x", v.Cid, v.Digest)
	}
	if n := call(t, e, e.Addr.ModelNFT, e.NFT.PackVersionCount(id), e.NFT.UnpackVersionCount); n.Int64() != 1 {
		t.Fatalf("versionCount = %s", n)
	}
	if got := call(t, e, e.Addr.ModelNFT, e.NFT.PackName(), e.NFT.UnpackName); got != "ModelMarket" {
		t.Fatalf("name = %q", got)
	}
	if got := call(t, e, e.Addr.ModelNFT, e.NFT.PackSymbol(), e.NFT.UnpackSymbol); got != "MODEL" {
		t.Fatalf("symbol = %q", got)
	}
	// A royalty to the creator herself, and none at all.
	own := mint(t, e, a, "own", a.Addr, 1000)
	if ri := call(t, e, e.Addr.ModelNFT, e.NFT.PackRoyaltyInfo(own, oneETH), e.NFT.UnpackRoyaltyInfo); ri.Arg0 != a.Addr || ri.Arg1.Cmp(eth(0.1)) != 0 {
		t.Fatalf("royaltyInfo own = %+v", ri)
	}
	none := mint(t, e, a, "none", common.Address{}, 0)
	if ri := call(t, e, e.Addr.ModelNFT, e.NFT.PackRoyaltyInfo(none, oneETH), e.NFT.UnpackRoyaltyInfo); ri.Arg1.Sign() != 0 {
		t.Fatalf("royaltyInfo none = %+v", ri)
	}
}

// cidString renders binary CID bytes with go-cid, the reference for tokenURI.
func cidString(t testing.TB, b []byte) string {
	t.Helper()
	c, err := cid.Cast(b)
	if err != nil {
		t.Fatalf("cid.Cast: %v", err)
	}
	return c.String()
}

func TestMint_Refusals(t *testing.T) {
	e := newEnv(t)
	a := alice(e)
	digest := contractstest.Digest("x")
	good := contractstest.CID("x")
	cases := []struct {
		name, want string
		data       []byte
	}{
		{"royalty above the cap", "RoyaltyTooHigh", e.NFT.PackMint(a.Addr, good, digest, a.Addr, 1001)},
		{"royalty without receiver", "InvalidRoyaltyReceiver", e.NFT.PackMint(a.Addr, good, digest, common.Address{}, 100)},
		{"empty digest", "EmptyDigest", e.NFT.PackMint(a.Addr, good, [32]byte{}, a.Addr, 100)},
		{"CIDv0", "InvalidCID", e.NFT.PackMint(a.Addr, good[2:], digest, a.Addr, 100)},
		{"CID too short", "InvalidCID", e.NFT.PackMint(a.Addr, good[:35], digest, a.Addr, 100)},
		{"CID not sha2-256", "InvalidCID", e.NFT.PackMint(a.Addr, append([]byte{0x01, 0x55, 0x13, 0x20}, good[4:]...), digest, a.Addr, 100)},
		{"CID head too long", "InvalidCID", e.NFT.PackMint(a.Addr, append(append([]byte{0x01}, bytes.Repeat([]byte{0x80}, 7)...), append([]byte{0x12, 0x20}, good[4:]...)...), digest, a.Addr, 100)},
		{"mint to zero", "ERC721InvalidReceiver", e.NFT.PackMint(common.Address{}, good, digest, a.Addr, 100)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := e.Send(a, e.Addr.ModelNFT, c.data, nil)
			wantRevert(t, err, c.want)
		})
	}
}

func TestMint_ToContractWithoutReceiverReverts(t *testing.T) {
	e := newEnv(t)
	payee := deployRejecting(t, e, modeRevert)
	_, err := e.Send(alice(e), e.Addr.ModelNFT, e.NFT.PackMint(payee, contractstest.CID("c"), contractstest.Digest("c"), alice(e).Addr, 0), nil)
	wantRevert(t, err, "ERC721InvalidReceiver")
}

func TestTransfer_OwnerToOwnerAndCounters(t *testing.T) {
	e := newEnv(t)
	a, b := alice(e), bob(e)
	id := mint(t, e, a, "t", a.Addr, 0)
	transfer(t, e, a, b.Addr, id)
	if got := ownerOf(t, e, id); got != b.Addr {
		t.Fatalf("owner = %s", got)
	}
	if n := call(t, e, e.Addr.ModelNFT, e.NFT.PackTransferCount(id), e.NFT.UnpackTransferCount); n != 1 {
		t.Fatalf("transferCount = %d", n)
	}
	// safeTransferFrom, both forms, to an account.
	send(t, e, b, e.Addr.ModelNFT, e.NFT.PackSafeTransferFrom(b.Addr, a.Addr, id), nil)
	send(t, e, a, e.Addr.ModelNFT, e.NFT.PackSafeTransferFrom0(a.Addr, b.Addr, id, []byte("gift")), nil)
	if n := call(t, e, e.Addr.ModelNFT, e.NFT.PackTransferCount(id), e.NFT.UnpackTransferCount); n != 3 {
		t.Fatalf("transferCount = %d", n)
	}
	if bal := call(t, e, e.Addr.ModelNFT, e.NFT.PackBalanceOf(a.Addr), e.NFT.UnpackBalanceOf); bal.Sign() != 0 {
		t.Fatalf("Alice's balance = %s", bal)
	}
}

func TestTransfer_Refusals(t *testing.T) {
	e := newEnv(t)
	a, b, c := alice(e), bob(e), carol(e)
	id := mint(t, e, a, "t", a.Addr, 0)

	_, err := e.Send(a, e.Addr.ModelNFT, e.NFT.PackTransferFrom(b.Addr, c.Addr, id), nil)
	wantRevert(t, err, "ERC721IncorrectOwner")
	_, err = e.Send(b, e.Addr.ModelNFT, e.NFT.PackTransferFrom(a.Addr, c.Addr, id), nil)
	wantRevert(t, err, "ERC721InsufficientApproval")
	_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackTransferFrom(a.Addr, common.Address{}, id), nil)
	wantRevert(t, err, "ERC721InvalidReceiver")
	_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackTransferFrom(a.Addr, b.Addr, big.NewInt(99)), nil)
	wantRevert(t, err, "ERC721NonexistentToken")
	_, err = e.Call(e.Addr.ModelNFT, e.NFT.PackOwnerOf(big.NewInt(99)))
	wantRevert(t, err, "ERC721NonexistentToken")
	_, err = e.Call(e.Addr.ModelNFT, e.NFT.PackBalanceOf(common.Address{}))
	wantRevert(t, err, "ERC721InvalidOwner")

	// A safe transfer to a contract without onERC721Received fails.
	payee := deployRejecting(t, e, modeRevert)
	_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackSafeTransferFrom(a.Addr, payee, id), nil)
	wantRevert(t, err, "ERC721InvalidReceiver")
}

// Attack 7: royalty bypass. Approving anything but an allow-listed operator
// fails, so every sale goes through a contract that pays the royalty.
func TestApprove_OnlyAllowListedOperators(t *testing.T) {
	e := newEnv(t)
	a, b := alice(e), bob(e)
	id := mint(t, e, a, "t", a.Addr, 500)

	_, err := e.Send(a, e.Addr.ModelNFT, e.NFT.PackApprove(b.Addr, id), nil)
	wantRevert(t, err, "OperatorNotAllowed")
	_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackSetApprovalForAll(b.Addr, true), nil)
	wantRevert(t, err, "OperatorNotAllowed")
	// Revoking is always possible; approving the Marketplace works.
	send(t, e, a, e.Addr.ModelNFT, e.NFT.PackSetApprovalForAll(b.Addr, false), nil)
	send(t, e, a, e.Addr.ModelNFT, e.NFT.PackApprove(e.Addr.Marketplace, id), nil)
	if got := call(t, e, e.Addr.ModelNFT, e.NFT.PackGetApproved(id), e.NFT.UnpackGetApproved); got != e.Addr.Marketplace {
		t.Fatalf("getApproved = %s", got)
	}
	// Only the owner (or her operator) may approve.
	_, err = e.Send(b, e.Addr.ModelNFT, e.NFT.PackApprove(e.Addr.Marketplace, id), nil)
	wantRevert(t, err, "ERC721InvalidApprover")
	// A single-token approval lapses when the token moves.
	transfer(t, e, a, b.Addr, id)
	if got := call(t, e, e.Addr.ModelNFT, e.NFT.PackGetApproved(id), e.NFT.UnpackGetApproved); got != (common.Address{}) {
		t.Fatalf("getApproved after transfer = %s", got)
	}
	// Disallowing an operator voids approvals already given to it.
	send(t, e, b, e.Addr.ModelNFT, e.NFT.PackSetApprovalForAll(e.Addr.Marketplace, true), nil)
	send(t, e, e.Owner(), e.Addr.ModelNFT, e.NFT.PackSetOperatorAllowed(e.Addr.Marketplace, false), nil)
	if call(t, e, e.Addr.ModelNFT, e.NFT.PackIsApprovedForAll(b.Addr, e.Addr.Marketplace), e.NFT.UnpackIsApprovedForAll) {
		t.Fatal("approval of a disallowed operator still counts")
	}
	st := call(t, e, e.Addr.ModelNFT, e.NFT.PackOperatorState(id, e.Addr.Marketplace), e.NFT.UnpackOperatorState)
	if st.Approved || st.Owner != b.Addr || st.Transfers != 1 {
		t.Fatalf("operatorState = %+v", st)
	}
}

// Attack 11: the contract owner cannot move anyone's token, even after
// allow-listing itself as an operator.
func TestAdmin_OwnerCannotMoveTokens(t *testing.T) {
	e := newEnv(t)
	a, owner := alice(e), e.Owner()
	id := mint(t, e, a, "t", a.Addr, 0)
	send(t, e, owner, e.Addr.ModelNFT, e.NFT.PackSetOperatorAllowed(owner.Addr, true), nil)
	_, err := e.Send(owner, e.Addr.ModelNFT, e.NFT.PackTransferFrom(a.Addr, owner.Addr, id), nil)
	wantRevert(t, err, "ERC721InsufficientApproval")
	_, err = e.Send(owner, e.Addr.ModelNFT, e.NFT.PackApprove(owner.Addr, id), nil)
	wantRevert(t, err, "ERC721InvalidApprover")
	// Only the owner allow-lists.
	_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackSetOperatorAllowed(a.Addr, true), nil)
	wantRevert(t, err, "OwnableUnauthorizedAccount")
}

// Attack 11: ownership moves in two steps.
func TestAdmin_OwnershipMovesInTwoSteps(t *testing.T) {
	e := newEnv(t)
	owner, b, c := e.Owner(), bob(e), carol(e)
	for _, target := range []common.Address{e.Addr.ModelNFT, e.Addr.Marketplace, e.Addr.LicenseManager} {
		nftABI := e.NFT // the Ownable2Step functions have the same selectors on all three
		send(t, e, owner, target, nftABI.PackTransferOwnership(b.Addr), nil)
		if got := call(t, e, target, nftABI.PackOwner(), nftABI.UnpackOwner); got != owner.Addr {
			t.Fatalf("owner moved before acceptance: %s", got)
		}
		if got := call(t, e, target, nftABI.PackPendingOwner(), nftABI.UnpackPendingOwner); got != b.Addr {
			t.Fatalf("pendingOwner = %s", got)
		}
		_, err := e.Send(c, target, nftABI.PackAcceptOwnership(), nil)
		wantRevert(t, err, "OwnableUnauthorizedAccount")
		send(t, e, b, target, nftABI.PackAcceptOwnership(), nil)
		if got := call(t, e, target, nftABI.PackOwner(), nftABI.UnpackOwner); got != b.Addr {
			t.Fatalf("owner = %s, want Bob", got)
		}
		_, err = e.Send(owner, target, nftABI.PackTransferOwnership(owner.Addr), nil)
		wantRevert(t, err, "OwnableUnauthorizedAccount")
		// Renouncing works too (and leaves the contract without an owner).
		send(t, e, b, target, nftABI.PackRenounceOwnership(), nil)
		if got := call(t, e, target, nftABI.PackOwner(), nftABI.UnpackOwner); got != (common.Address{}) {
			t.Fatalf("owner after renounce = %s", got)
		}
	}
	// A zero initial owner is refused at deployment.
	_, _, err := e.DeployContract(owner, mmbind.ModelNFTMetaData.Bin, e.NFT.PackConstructor(common.Address{}))
	wantRevert(t, err, "OwnableInvalidOwner")
}

// Attack 10: versions are append-only, owner-only, tokenURI follows the latest
// and MetadataUpdate is emitted.
func TestVersions_AppendOnlyOwnerOnly(t *testing.T) {
	e := newEnv(t)
	a, b := alice(e), bob(e)
	id := mint(t, e, a, "v1", a.Addr, 0)

	_, err := e.Send(b, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, contractstest.CID("v2"), contractstest.Digest("v2"), "mine now"), nil)
	wantRevert(t, err, "NotTokenOwner")
	_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, contractstest.CID("v2"), [32]byte{}, ""), nil)
	wantRevert(t, err, "EmptyDigest")
	_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, []byte{1, 2, 3}, contractstest.Digest("v2"), ""), nil)
	wantRevert(t, err, "InvalidCID")
	_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackPublishVersion(big.NewInt(42), contractstest.CID("v2"), contractstest.Digest("v2"), ""), nil)
	wantRevert(t, err, "ERC721NonexistentToken")

	// v2 with a dag-pb CID (its head is stored), v3 raw again.
	r := send(t, e, a, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, contractstest.DagPBCID("v2"), contractstest.Digest("v2"), "retrained"), nil)
	var gotVersion, gotUpdate bool
	for _, l := range r.Logs {
		if ev, err := e.NFT.UnpackVersionPublishedEvent(l); err == nil {
			gotVersion = ev.Version.Int64() == 1 && ev.Note == "retrained" && ev.Digest == contractstest.Digest("v2") &&
				l.Topics[2] == common.Hash(contractstest.Digest("v2"))
		}
		if ev, err := e.NFT.UnpackMetadataUpdateEvent(l); err == nil {
			gotUpdate = ev.TokenId.Cmp(id) == 0
		}
	}
	if !gotVersion || !gotUpdate {
		t.Fatalf("VersionPublished ok=%v, MetadataUpdate ok=%v", gotVersion, gotUpdate)
	}
	uri := call(t, e, e.Addr.ModelNFT, e.NFT.PackTokenURI(id), e.NFT.UnpackTokenURI)
	if want := "ipfs://" + cidString(t, contractstest.DagPBCID("v2")); uri != want {
		t.Fatalf("tokenURI = %s, want %s", uri, want)
	}
	send(t, e, a, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, contractstest.CID("v3"), contractstest.Digest("v3"), ""), nil)

	// History: all three, in order, unchanged.
	wantCIDs := [][]byte{contractstest.CID("v1"), contractstest.DagPBCID("v2"), contractstest.CID("v3")}
	for i, want := range wantCIDs {
		v := call(t, e, e.Addr.ModelNFT, e.NFT.PackVersion(id, big.NewInt(int64(i))), e.NFT.UnpackVersion)
		if !bytes.Equal(v.Cid, want) {
			t.Fatalf("version %d cid = %x, want %x", i, v.Cid, want)
		}
	}
	_, err = e.Call(e.Addr.ModelNFT, e.NFT.PackVersion(id, big.NewInt(3)))
	wantRevert(t, err, "VersionNotFound")
	uri = call(t, e, e.Addr.ModelNFT, e.NFT.PackTokenURI(id), e.NFT.UnpackTokenURI)
	if want := "ipfs://" + cidString(t, contractstest.CID("v3")); uri != want {
		t.Fatalf("tokenURI = %s, want %s", uri, want)
	}

	// After a gift, the new owner publishes and the old one cannot.
	transfer(t, e, a, b.Addr, id)
	_, err = e.Send(a, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, contractstest.CID("v4"), contractstest.Digest("v4"), ""), nil)
	wantRevert(t, err, "NotTokenOwner")
	send(t, e, b, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, contractstest.CID("v4"), contractstest.Digest("v4"), ""), nil)
	if n := call(t, e, e.Addr.ModelNFT, e.NFT.PackVersionCount(id), e.NFT.UnpackVersionCount); n.Int64() != 4 {
		t.Fatalf("versionCount = %s", n)
	}
}

// Anyone finds a file's token from its digest with one eth_getLogs, without us.
func TestDigest_FindsTokenByLogFilter(t *testing.T) {
	e := newEnv(t)
	a := alice(e)
	id := mint(t, e, a, "v1", a.Addr, 0)
	mint(t, e, a, "other", a.Addr, 0)
	send(t, e, a, e.Addr.ModelNFT, e.NFT.PackPublishVersion(id, contractstest.CID("v2"), contractstest.Digest("v2"), ""), nil)

	abiNFT := e.NFT.GetABI()
	topics := []common.Hash{abiNFT.Events["Minted"].ID, abiNFT.Events["VersionPublished"].ID}
	for _, seed := range []string{"v1", "v2"} {
		logs, err := e.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
			Addresses: []common.Address{e.Addr.ModelNFT},
			Topics:    [][]common.Hash{topics, nil, {common.Hash(contractstest.Digest(seed))}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(logs) != 1 || new(big.Int).SetBytes(logs[0].Topics[1][:]).Cmp(id) != 0 {
			t.Fatalf("logs for %s: %d, want 1 for token %s", seed, len(logs), id)
		}
	}
}

func TestSupportsInterface_721_2981_4906(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		id   [4]byte
		want bool
	}{
		{[4]byte{0x01, 0xff, 0xc9, 0xa7}, true},  // ERC-165
		{[4]byte{0x80, 0xac, 0x58, 0xcd}, true},  // ERC-721
		{[4]byte{0x5b, 0x5e, 0x13, 0x9f}, true},  // ERC-721 metadata
		{[4]byte{0x2a, 0x55, 0x20, 0x5a}, true},  // ERC-2981
		{[4]byte{0x49, 0x06, 0x49, 0x06}, true},  // ERC-4906
		{[4]byte{0x78, 0x0e, 0x9d, 0x63}, false}, // ERC-721 enumerable
		{[4]byte{0xff, 0xff, 0xff, 0xff}, false},
	} {
		if got := call(t, e, e.Addr.ModelNFT, e.NFT.PackSupportsInterface(c.id), e.NFT.UnpackSupportsInterface); got != c.want {
			t.Errorf("supportsInterface(%x) = %v, want %v", c.id, got, c.want)
		}
	}
}
