package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"modelmarket/internal/card"
	"modelmarket/internal/store"
	"modelmarket/internal/store/storetest"
	"modelmarket/internal/upload"
)

// cardEnv is an upload env whose server keeps card drafts, with one
// safetensors upload of the signed-in owner and a second signed-in account.
type cardEnv struct {
	*uploadEnv
	id        string
	otherCk   *http.Cookie
	otherCSRF string
	sum       [32]byte
}

func newCardEnv(t *testing.T, target store.Target) *cardEnv {
	t.Helper()
	env := &cardEnv{uploadEnv: newUploadEnv(t, target, 0, 0)}
	e, _ := newTestServer(t, func(c *Config) {
		c.PublicOrigin = testOrigin
		c.Wallet = env.walletSv
		c.Uploads = &env.cfg
		c.Cards = env.st
	})
	env.srv = httptest.NewServer(e)
	t.Cleanup(env.srv.Close)
	env.client = env.srv.Client()
	env.client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	env.id = "0123456789abcdef0123456789abcdef"
	env.sum = sha256.Sum256([]byte("weights"))
	u := upload.Upload{ID: env.id, Owner: crypto.PubkeyToAddress(env.key.PublicKey).Hex(), Name: "tiny.safetensors",
		MediaType: "application/octet-stream", Size: 7, SHA256: env.sum, CID: "bafkreitiny", Kind: "safetensors",
		Report: []byte(`{"kind":"safetensors","safetensors":{"parameter_count":1500000}}`), CreatedAt: time.Now()}
	if err := env.st.CreateUpload(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	other, _ := crypto.GenerateKey()
	env.otherCk, env.otherCSRF = env.signIn(t, other)
	return env
}

// send makes one request; cookie nil is anonymous, csrf "" sends no token.
func (env *cardEnv) send(t *testing.T, method, path, contentType, body string, cookie *http.Cookie, csrf string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, env.srv.URL+path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
		req.Header.Set("Origin", testOrigin)
	}
	req.Header.Set("Accept", "application/json")
	if strings.HasPrefix(path, "/upload/") && method == http.MethodGet {
		req.Header.Set("Accept", "text/html")
	}
	if cookie != nil {
		req.AddCookie(cookie)
	}
	if csrf != "" {
		req.Header.Set("X-CSRF-Token", csrf)
	}
	res, err := env.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestCard_OwnerOnlyCSRFAndDraftRoundTrip(t *testing.T) {
	storetest.ForEachBackend(t, func(t *testing.T, target store.Target) {
		env := newCardEnv(t, target)
		page := "/upload/" + env.id + "/card"
		const form, js = "application/x-www-form-urlencoded", "application/json"
		save := func(src, csrf string, ck *http.Cookie) (int, string) {
			v := url.Values{"source": {src}}
			if csrf != "" {
				v.Set("_csrf", csrf)
			}
			return env.send(t, http.MethodPost, page, form, v.Encode(), ck, "")
		}

		// Anonymous: 401 everywhere.
		if code, _ := env.send(t, http.MethodGet, page, "", "", nil, ""); code != http.StatusUnauthorized {
			t.Errorf("anonymous GET = %d", code)
		}
		// Another account: the upload does not exist for them.
		if code, _ := env.send(t, http.MethodGet, page, "", "", env.otherCk, ""); code != http.StatusNotFound {
			t.Errorf("other GET = %d", code)
		}
		if code, _ := save("stolen", env.otherCSRF, env.otherCk); code != http.StatusNotFound {
			t.Errorf("other save = %d", code)
		}
		if code, _ := env.send(t, http.MethodPost, "/api/uploads/"+env.id+"/card/metadata", js, `{"source":""}`, env.otherCk, env.otherCSRF); code != http.StatusNotFound {
			t.Errorf("other metadata = %d", code)
		}

		// The owner starts from the template filled from the inspection.
		code, body := env.send(t, http.MethodGet, page, "", "", env.cookie, "")
		if code != http.StatusOK || !strings.Contains(body, "1.50 M") || !strings.Contains(body, "bafkreitiny") || !strings.Contains(body, "Model card") {
			t.Fatalf("owner GET = %d\n%s", code, body)
		}

		// CSRF: no token, no save and no preview.
		if code, _ := save("x", "", env.cookie); code != http.StatusForbidden {
			t.Errorf("save without token = %d", code)
		}
		if code, _ := env.send(t, http.MethodPost, "/api/card/preview", js, `{"source":"x"}`, env.cookie, ""); code != http.StatusForbidden {
			t.Errorf("preview without token = %d", code)
		}
		if code, _ := env.send(t, http.MethodPost, "/api/card/preview", js, `{"source":"x"}`, nil, ""); code == http.StatusOK {
			t.Errorf("anonymous preview = %d", code)
		}

		// Preview: sanitized HTML and problems in words.
		src := "---\nlicense: nope\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>window.pwned=1</script><img src=x onerror=alert(1)>"
		reqBody, _ := json.Marshal(map[string]string{"source": src})
		code, body = env.send(t, http.MethodPost, "/api/card/preview", js, string(reqBody), env.cookie, env.csrf)
		var pv previewJSON
		if err := json.Unmarshal([]byte(body), &pv); code != http.StatusOK || err != nil {
			t.Fatalf("preview = %d %s", code, body)
		}
		if !strings.Contains(pv.HTML, "<table>") || strings.Contains(pv.HTML, "<script") || strings.Contains(pv.HTML, "onerror") {
			t.Errorf("preview html = %s", pv.HTML)
		}
		if len(pv.Problems) != 1 || pv.Problems[0].Field != "license" {
			t.Errorf("problems = %+v", pv.Problems)
		}

		// Save, reload: the draft is back.
		draft := "---\nlicense: mit\npipeline_tag: text-generation\n---\n# Tiny <b>LM</b>\n"
		code, _ = save(draft, env.csrf, env.cookie)
		if code != http.StatusSeeOther {
			t.Fatalf("save = %d", code)
		}
		code, body = env.send(t, http.MethodGet, page+"?saved=1", "", "", env.cookie, "")
		if code != http.StatusOK || !strings.Contains(body, "# Tiny &lt;b&gt;LM&lt;/b&gt;") || !strings.Contains(body, "Draft saved.") || !strings.Contains(body, "<h1>Tiny <b>LM</b></h1>") {
			t.Fatalf("reload = %d\n%s", code, body)
		}
		if code, _ := save(strings.Repeat("x", card.MaxDraftLen+1), env.csrf, env.cookie); code != http.StatusBadRequest {
			t.Errorf("oversized save = %d", code)
		}
		if _, body := env.send(t, http.MethodGet, page, "", "", env.cookie, ""); !strings.Contains(body, "# Tiny &lt;b&gt;") {
			t.Error("an oversized save changed the draft")
		}
		if code, body := env.send(t, http.MethodGet, page, "", "", env.otherCk, ""); code != http.StatusNotFound || strings.Contains(body, "Tiny") {
			t.Errorf("other sees the draft: %d", code)
		}

		// Metadata JSON of the model.
		reqBody, _ = json.Marshal(map[string]string{"source": draft})
		code, body = env.send(t, http.MethodPost, "/api/uploads/"+env.id+"/card/metadata", js, string(reqBody), env.cookie, env.csrf)
		var md struct {
			Name       string `json:"name"`
			Properties struct {
				SHA256         string `json:"sha256"`
				ParameterCount int64  `json:"parameter_count"`
				Files          []struct{ URI string }
			} `json:"properties"`
		}
		if err := json.Unmarshal([]byte(body), &md); code != http.StatusOK || err != nil {
			t.Fatalf("metadata = %d %s", code, body)
		}
		if md.Name != "Tiny <b>LM</b>" || md.Properties.ParameterCount != 1_500_000 || md.Properties.SHA256 != hex.EncodeToString(env.sum[:]) ||
			len(md.Properties.Files) != 1 || md.Properties.Files[0].URI != "ipfs://bafkreitiny" {
			t.Errorf("metadata = %s", body)
		}
		reqBody, _ = json.Marshal(map[string]string{"source": "---\npipeline_tag: dancing\n---\n"})
		if code, body := env.send(t, http.MethodPost, "/api/uploads/"+env.id+"/card/metadata", js, string(reqBody), env.cookie, env.csrf); code != http.StatusBadRequest || !strings.Contains(body, "pipeline_tag") {
			t.Errorf("metadata of a bad card = %d %s", code, body)
		}
	})
}

func TestCard_ArtworkGetsTitleAttributesAndImage(t *testing.T) {
	env := newCardEnv(t, storetest.SQLiteTarget(t))
	id := "fedcba9876543210fedcba9876543210"
	u := upload.Upload{ID: id, Owner: crypto.PubkeyToAddress(env.key.PublicKey).Hex(), Name: "dusk.png", MediaType: "image/png",
		Size: 10, SHA256: env.sum, CID: "bafkreidusk", Kind: "image", CreatedAt: time.Now()}
	if err := env.st.CreateUpload(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	code, body := env.send(t, http.MethodGet, "/upload/"+id+"/card", "", "", env.cookie, "")
	if code != http.StatusOK || !strings.Contains(body, "Describe this artwork") || !strings.Contains(body, `title: &#34;dusk&#34;`) {
		t.Fatalf("art editor = %d\n%s", code, body)
	}
	src := "---\ntitle: Dusk\nattributes:\n  - trait_type: Palette\n    value: warm\n---\nA warm evening."
	reqBody, _ := json.Marshal(map[string]string{"source": src})
	code, body = env.send(t, http.MethodPost, "/api/uploads/"+id+"/card/metadata", "application/json", string(reqBody), env.cookie, env.csrf)
	var md map[string]any
	if err := json.Unmarshal([]byte(body), &md); code != http.StatusOK || err != nil {
		t.Fatalf("metadata = %d %s", code, body)
	}
	attrs, _ := md["attributes"].([]any)
	if md["name"] != "Dusk" || md["description"] != "A warm evening." || md["image"] != "ipfs://bafkreidusk" || md["properties"] != nil || len(attrs) != 1 {
		t.Errorf("art metadata = %s", body)
	}
}
