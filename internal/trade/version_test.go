package trade_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"modelmarket/contracts/contractstest"
	"modelmarket/internal/apperr"
	"modelmarket/internal/trade"
)

func TestPublishVersion_OwnerPublishes(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "v1", 0)

	tx, err := f.b.PublishVersion(ctx, f.creator.Addr, id, metadataCID("v2"), contractstest.Digest("v2"), "retrained on more data")
	if err != nil {
		t.Fatalf("PublishVersion: %v", err)
	}
	if common.HexToAddress(tx.To) != f.env.Addr.ModelNFT {
		t.Fatalf("tx to %s, want ModelNFT %s", tx.To, f.env.Addr.ModelNFT)
	}
	r, err := f.env.Send(f.creator, common.HexToAddress(tx.To), hexutil.MustDecode(tx.Data), new(big.Int))
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	var got bool
	for _, l := range r.Logs {
		if ev, err := f.env.NFT.UnpackVersionPublishedEvent(l); err == nil {
			got = true
			if ev.Version.Uint64() != 1 || ev.Note != "retrained on more data" || ev.Digest != contractstest.Digest("v2") {
				t.Fatalf("event = version %s note %q digest %x", ev.Version, ev.Note, ev.Digest)
			}
		}
	}
	if !got {
		t.Fatal("no VersionPublished event")
	}

	n, err := f.b.VersionCount(ctx, id)
	if err != nil || n != 2 {
		t.Fatalf("VersionCount = %d, %v; want 2", n, err)
	}
	for _, want := range []trade.Version{
		{Number: 1, MetadataCID: metadataCID("v1"), Digest: contractstest.Digest("v1")},
		{Number: 2, MetadataCID: metadataCID("v2"), Digest: contractstest.Digest("v2")},
	} {
		v, err := f.b.Version(ctx, id, want.Number)
		if err != nil || v != want {
			t.Fatalf("Version(%d) = %+v, %v; want %+v", want.Number, v, err, want)
		}
	}
	_, err = f.b.Version(ctx, id, 3)
	wantErr(t, err, apperr.NotFound, "has 2 versions; there is no version 3")
	owner, err := f.b.TokenOwner(ctx, id)
	if err != nil || owner != f.creator.Addr {
		t.Fatalf("TokenOwner = %s, %v", owner.Hex(), err)
	}
}

func TestPublishVersion_Refusals(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.mint(t, "r1", 0)
	good, digest := metadataCID("r2"), contractstest.Digest("r2")

	for _, tc := range []struct {
		name   string
		from   common.Address
		id     *big.Int
		cid    string
		digest [32]byte
		note   string
		kind   apperr.Kind
		words  string
	}{
		{"non-owner", f.other.Addr, id, good, digest, "", apperr.Forbidden, "Only the owner of token #"},
		{"empty digest", f.creator.Addr, id, good, [32]byte{}, "", apperr.Invalid, "sha256 digest is missing"},
		{"bad cid", f.creator.Addr, id, "not-a-cid", digest, "", apperr.Invalid, "not a valid CID"},
		{"cidv0", f.creator.Addr, id, "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", digest, "", apperr.Invalid, "CIDv1"},
		{"long note", f.creator.Addr, id, good, digest, strings.Repeat("x", trade.MaxVersionNote+1), apperr.Invalid, "keep it under"},
		{"no such token", f.creator.Addr, big.NewInt(999), good, digest, "", apperr.NotFound, "does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.b.PublishVersion(ctx, tc.from, tc.id, tc.cid, tc.digest, tc.note)
			wantErr(t, err, tc.kind, tc.words)
		})
	}
	if n, err := f.b.VersionCount(ctx, id); err != nil || n != 1 {
		t.Fatalf("VersionCount after refusals = %d, %v; want 1", n, err)
	}

	// After a sale-free transfer, the previous owner is refused and the new one may publish.
	tx, err := f.b.Transfer(ctx, f.creator.Addr, f.buyer.Addr, id)
	if err != nil {
		t.Fatal(err)
	}
	f.send(t, f.creator, tx)
	_, err = f.b.PublishVersion(ctx, f.creator.Addr, id, good, digest, "")
	wantErr(t, err, apperr.Forbidden, f.buyer.Addr.Hex())
	if _, err := f.b.PublishVersion(ctx, f.buyer.Addr, id, good, digest, ""); err != nil {
		t.Fatalf("new owner: %v", err)
	}
}
