package upload_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/apperr"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/seal"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/upload"
)

// TestFinish_Gated encrypts a gated upload before IPFS, records the
// plaintext digest with the ciphertext CID, and proves that master.key plus
// the envelope JSON decrypt it without the database; a non-gated upload is
// imported as before.
func TestFinish_Gated(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		ctx := context.Background()
		dataDir := t.TempDir()
		key, err := seal.LoadOrCreateMasterKey(dataDir)
		if err != nil {
			t.Fatal(err)
		}
		ipfsDir := filepath.Join(dataDir, "ipfs")
		node, err := ipfs.Open(ctx, ipfsDir, nil)
		if err != nil {
			t.Fatal(err)
		}
		st := storetest.Open(t, target)
		// The inspection must see the plaintext: it records the first bytes it read.
		var inspected []byte
		inspect := func(r io.ReaderAt, size int64, name string) (upload.Report, error) {
			inspected = make([]byte, 16)
			_, err := r.ReadAt(inspected, 0)
			return upload.Report{Kind: "safetensors"}, err
		}
		svc, err := upload.NewService(upload.Config{Store: st, Importer: nodeImporter{node}, Inspect: inspect,
			MasterKey: key, Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		const owner = "0x00000000000000000000000000000000000A11CE"
		// More than two 1 MiB segments, not a multiple of one.
		data := make([]byte, 2<<20+12345)
		rand.Read(data)
		sum := sha256.Sum256(data)

		u, err := svc.Finish(ctx, upload.Finished{ID: "gated", Owner: owner, Name: "model.safetensors",
			Size: int64(len(data)), File: bytes.NewReader(data), Gated: true})
		if err != nil {
			t.Fatal(err)
		}
		if !u.Gated || u.SHA256 != sum || u.Size != int64(len(data)) || u.CiphertextSize != seal.CiphertextSize(int64(len(data))) {
			t.Fatalf("gated row: gated %v sha256 %x size %d ciphertext %d; want sha256 %x size %d", u.Gated, u.SHA256, u.Size, u.CiphertextSize, sum, len(data))
		}
		if !bytes.Equal(inspected, data[:16]) || u.Kind != "safetensors" {
			t.Fatalf("inspection saw %x (kind %q), want the plaintext %x", inspected, u.Kind, data[:16])
		}
		stored, err := st.Upload(ctx, "gated")
		if err != nil {
			t.Fatal(err)
		}
		if !stored.Gated || stored.CID != u.CID || stored.SHA256 != sum || stored.CiphertextSize != u.CiphertextSize || !bytes.Equal(stored.Envelope, u.Envelope) {
			t.Fatalf("stored row %+v differs from %+v", stored, u)
		}

		// The CID is the ciphertext's: what IPFS serves is not the file, and
		// re-adding those bytes elsewhere gives the same CID.
		ct := catAll(t, node, u.CID)
		if int64(len(ct)) != u.CiphertextSize || bytes.Contains(ct, data[:64]) {
			t.Fatalf("IPFS holds %d bytes (want %d ciphertext bytes, not the plaintext)", len(ct), u.CiphertextSize)
		}
		ref, err := ipfs.Open(ctx, filepath.Join(t.TempDir(), "ref"), nil)
		if err != nil {
			t.Fatal(err)
		}
		refAdd, err := ref.Add(ctx, bytes.NewReader(ct))
		ref.Close()
		if err != nil || refAdd.CID.String() != u.CID {
			t.Fatalf("ciphertext re-added as %v (%v), recorded CID %s", refAdd.CID, err, u.CID)
		}

		// Losing the database loses no model: a fresh database knows nothing,
		// yet the data dir (master.key, the IPFS blocks) and the envelope JSON
		// of the token metadata are enough.
		envJSON := append([]byte(nil), u.Envelope...)
		node.Close()
		fresh := storetest.Open(t, storetest.SQLiteTarget(t))
		if _, err := fresh.Upload(ctx, "gated"); !errors.Is(err, upload.ErrNotFound) {
			t.Fatalf("fresh database answered %v", err)
		}
		node, err = ipfs.Open(ctx, ipfsDir, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer node.Close()
		key2, err := seal.LoadOrCreateMasterKey(dataDir)
		if err != nil {
			t.Fatal(err)
		}
		var env seal.Envelope
		if err := json.Unmarshal(envJSON, &env); err != nil {
			t.Fatal(err)
		}
		if env.PlaintextSize != int64(len(data)) || env.PlaintextSHA256 != u.SHA256Hex() {
			t.Fatalf("envelope %+v does not describe the plaintext", env)
		}
		c, err := key2.Cipher(env)
		if err != nil {
			t.Fatal(err)
		}
		pt, err := c.DecryptReader(bytes.NewReader(catAll(t, node, u.CID)))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(pt)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("decrypted %d bytes (%v), want the %d uploaded", len(got), err, len(data))
		}

		// Not gated: imported as is, as before.
		svc, err = upload.NewService(upload.Config{Store: st, Importer: nodeImporter{node}, MasterKey: key, Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		plain, err := svc.Finish(ctx, upload.Finished{ID: "plain", Owner: owner, Name: "model.safetensors", Size: int64(len(data)), File: bytes.NewReader(data)})
		if err != nil {
			t.Fatal(err)
		}
		if plain.Gated || plain.Envelope != nil || plain.CiphertextSize != 0 || plain.SHA256 != sum || plain.CID == u.CID ||
			!bytes.Equal(catAll(t, node, plain.CID), data) {
			t.Fatalf("plain row %+v", plain)
		}
	})
}

// TestFinish_GatedWithoutKey refuses to store a gated file in clear.
func TestFinish_GatedWithoutKey(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, storetest.SQLiteTarget(t))
	node, err := ipfs.Open(ctx, filepath.Join(t.TempDir(), "ipfs"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	svc, err := upload.NewService(upload.Config{Store: st, Importer: nodeImporter{node}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	_, err = svc.Finish(ctx, upload.Finished{ID: "x", Owner: "0x00000000000000000000000000000000000A11CE", Size: 3, File: bytes.NewReader([]byte("abc")), Gated: true})
	if apperr.KindOf(err) != apperr.Unavailable {
		t.Fatalf("gated finish without a master key: %v, want Unavailable", err)
	}
	if n, _ := st.UploadCount(ctx); n != 0 {
		t.Fatalf("%d rows after a refused finish", n)
	}
}

func catAll(t *testing.T, node *ipfs.Node, c string) []byte {
	t.Helper()
	r, err := node.Cat(context.Background(), cid.MustParse(c))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
