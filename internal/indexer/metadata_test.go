package indexer_test

import (
	"context"
	"strings"
	"testing"

	"modelmarket/internal/indexer"
	"modelmarket/internal/ipfs"
	"modelmarket/internal/listing"
	"modelmarket/internal/store/storetest"
)

// TestMetadata_ReadFromIPFSAndMissingStaysPending: a token whose metadata
// JSON is in IPFS gets its fields; one whose JSON is missing is indexed
// anyway and stays pending.
func TestMetadata_ReadFromIPFSAndMissingStaysPending(t *testing.T) {
	ctx := context.Background()
	env := newEnv(t)
	node, err := ipfs.Open(ctx, t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	meta := `{"name":"Tiny LM","description":"A small model.","image":"ipfs://bafkreiimage",
		"attributes":[{"trait_type":"Tag","value":"Text Generation"},{"trait_type":"Tag","value":"llm"}],
		"properties":{"format":"gguf","parameter_count":1234,"sha256":"ab12","license":"apache-2.0",
		"files":[{"name":"m.gguf","uri":"ipfs://bafkreiweights","size":1,"sha256":"ab12"}]}}`
	added, err := node.Add(ctx, strings.NewReader(meta))
	if err != nil {
		t.Fatal(err)
	}
	creator := env.Accounts[1]
	data := env.NFT.PackMint(creator.Addr, added.CID.Bytes(), added.SHA256, creator.Addr, 0)
	send(t, env, creator, env.Addr.ModelNFT, data, nil)
	if _, _, err := env.Mint(creator, creator.Addr, "missing", creator.Addr, 0); err != nil {
		t.Fatal(err)
	}
	s := storetest.Open(t, storetest.SQLiteTarget(t))
	sync(t, newIndexer(t, env, env.Client, s, indexer.Config{}))
	if n, err := indexer.FetchMetadata(ctx, s, node, indexer.MetadataConfig{}); err != nil || n != 2 {
		t.Fatalf("fetched %d, %v", n, err)
	}
	tok := must[listing.Token](t)(s.Token(ctx, 1))
	if tok.MetadataState != listing.MetadataOK || tok.Kind != listing.Model || tok.Title != "Tiny LM" || tok.Format != "gguf" ||
		tok.ParameterCount != 1234 || tok.License != "apache-2.0" || tok.ContentCID != "bafkreiweights" ||
		strings.Join(tok.Tags, " ") != "text generation llm" || tok.MetadataCID != added.CID.String() {
		t.Fatalf("token with metadata: %+v", tok)
	}
	missing := must[listing.Token](t)(s.Token(ctx, 2))
	if missing.MetadataState != listing.MetadataPending || missing.Title != "" {
		t.Fatalf("token without metadata: %+v", missing)
	}
	// Not due again at once: the retry waits.
	if n, err := indexer.FetchMetadata(ctx, s, node, indexer.MetadataConfig{}); err != nil || n != 0 {
		t.Fatalf("second round fetched %d, %v", n, err)
	}
}
