package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"path"
	"strconv"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"

	"modelmarket/internal/seal"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
)

// TestTus_GatedUploadIsEncryptedBeforeIPFS uploads with the tus metadata
// gated=1: the row keeps the plaintext sha256 and the ciphertext CID, IPFS
// holds only ciphertext that the master key and the envelope decrypt, and
// the card says so without a gateway link.
func TestTus_GatedUploadIsEncryptedBeforeIPFS(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		env := newUploadEnv(t, target, 0, 0)
		data := randomBytes(t, 1<<20+777)
		b64 := base64.StdEncoding.EncodeToString
		res := env.tus(t, http.MethodPost, "/uploads/tus/", map[string]string{
			"Upload-Length":   strconv.Itoa(len(data)),
			"Upload-Metadata": "filename " + b64([]byte("model.safetensors")) + ",gated " + b64([]byte("1")),
		}, nil, env.cookie, env.csrf)
		if res.StatusCode != http.StatusCreated {
			t.Fatalf("create: status %d", res.StatusCode)
		}
		loc := res.Header.Get("Location")
		if res := env.patch(t, loc[strings.Index(loc, "/uploads/tus/"):], 0, data); res.StatusCode != http.StatusNoContent {
			t.Fatalf("patch: status %d", res.StatusCode)
		}
		id := path.Base(loc)
		ctx := context.Background()
		u, err := env.st.Upload(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		if !u.Gated || u.SHA256 != sum || u.Size != int64(len(data)) || u.CID == oneShot(t, data).CID.String() {
			t.Fatalf("row gated %v sha256 %x size %d cid %s: want a gated row of the plaintext with the ciphertext's CID", u.Gated, u.SHA256, u.Size, u.CID)
		}

		r, err := env.imp.node().Cat(ctx, cid.MustParse(u.CID))
		if err != nil {
			t.Fatal(err)
		}
		ct, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		var envl seal.Envelope
		if err := json.Unmarshal(u.Envelope, &envl); err != nil {
			t.Fatal(err)
		}
		c, err := env.seal.Cipher(envl)
		if err != nil {
			t.Fatal(err)
		}
		pr, err := c.DecryptReader(bytes.NewReader(ct))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := io.ReadAll(pr); err != nil || !bytes.Equal(got, data) {
			t.Fatalf("decrypted %d bytes (%v), want the upload", len(got), err)
		}

		var j struct {
			Gated          bool            `json:"gated"`
			SHA256         string          `json:"sha256"`
			CID            string          `json:"cid"`
			CiphertextSize int64           `json:"ciphertextSize"`
			Envelope       json.RawMessage `json:"envelope"`
		}
		if err := json.Unmarshal(env.get(t, "/api/uploads/"+id), &j); err != nil {
			t.Fatal(err)
		}
		if !j.Gated || j.CID != u.CID || j.SHA256 != u.SHA256Hex() || j.CiphertextSize != int64(len(ct)) || !bytes.Equal(j.Envelope, u.Envelope) {
			t.Fatalf("API answer %+v", j)
		}
		card := string(env.get(t, "/upload/card/"+id))
		for _, want := range []string{"Encrypted · only license holders can download", "Ciphertext CID", "Plaintext sha256", u.CID, u.SHA256Hex()} {
			if !strings.Contains(card, want) {
				t.Errorf("card lacks %q", want)
			}
		}
		if strings.Contains(card, "/ipfs/") {
			t.Error("card links the ciphertext on the gateway")
		}
	})
}

// get fetches path signed in and returns the body of a 200.
func (env *uploadEnv) get(t *testing.T, path string) []byte {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, env.srv.URL+path, nil)
	req.AddCookie(env.cookie)
	res, err := env.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", path, res.StatusCode, err)
	}
	return body
}
