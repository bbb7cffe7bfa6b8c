package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"modelmarket/internal/listing"
	"modelmarket/internal/store"
)

// The catalogue is written the way the indexer writes it: synthetic events
// (mint, list, price change, sale, transfer, license) through
// store.ApplyIndexBatch, so the event fold builds the token rows, then each
// token's metadata through SetTokenMetadata, as the metadata fetcher does.
// The events are not on the dev chain: pages read the index. The tokens
// themselves are minted there too (mint.go, ids 1..n), so a token page's
// chain reads (versions, license offers, reviews) succeed and the page is
// cached as on a live site.

var (
	adjectives = []string{"silent", "amber", "lantern", "crimson", "northern", "tiny", "vivid", "hollow", "quantum",
		"gentle", "iron", "velvet", "electric", "frozen", "golden", "midnight", "paper", "rapid", "misty", "solar",
		"coral", "obsidian", "wandering", "distant", "bright", "ancient", "hidden", "restless", "emerald", "zephyrine"}
	nouns = []string{"harbor", "fjord", "llama", "diffusion", "garden", "orchard", "signal", "tide", "forest", "engine",
		"canvas", "aurora", "river", "compass", "atlas", "echo", "meadow", "glacier", "lighthouse", "transformer",
		"sparrow", "circuit", "mosaic", "prism", "dune", "cathedral", "voyager", "whisper", "nebula", "portrait"}
	artStyles = []string{"oil on canvas", "watercolour", "pixel art", "ink drawing", "3D render", "photograph",
		"generative study", "collage", "charcoal sketch", "vector illustration"}
	modelTasks = []string{"text generation", "image generation", "speech recognition", "translation",
		"code completion", "embedding", "classification", "summarization", "object detection", "upscaling"}
	formats  = []string{"safetensors", "gguf", "onnx", "pt"}
	licenses = []string{"apache-2.0", "mit", "cc-by-4.0", "cc-by-nc-4.0", "openrail", "llama3"}
	tagWords = []string{"landscape", "portrait", "abstract", "llm", "vision", "audio", "quantized", "fp16", "int4",
		"lora", "finetune", "base", "chat", "instruct", "retro", "minimal", "nature", "city", "space", "ocean"}
)

// catalogue sizes: how many tokens share a block, how many events go into
// one ApplyIndexBatch.
const (
	mintsPerBlock = 25
	eventsPerTx   = 2000
	seedCreators  = 300
)

func seedAddr(i int) string { return fmt.Sprintf("0x%040x", 0xbe7c4000+i) }

func ethWei(milli int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15))
}

type seedToken struct {
	id      uint64
	creator string
	owner   string
	kind    listing.Kind
	meta    listing.TokenMetadata
	cid     string
}

// seedCatalogue writes n tokens with their histories and returns the
// indexed head and the words used in titles (for search traffic).
func seedCatalogue(ctx context.Context, st *store.Store, n int, chainID uint64, contracts string) (uint64, error) {
	rng := rand.New(rand.NewPCG(7, uint64(n)))
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var events []listing.ChainEvent
	block := uint64(100)
	logIndex := uint(0)
	txn := 0
	ev := func(kind string, id uint64, account, counterparty, amount string, data any) {
		txn++
		e := listing.ChainEvent{
			TxHash: fmt.Sprintf("0x%064x", txn), LogIndex: logIndex, Block: block, BlockHash: blockHash(block),
			BlockTime: base.Add(time.Duration(block) * 12 * time.Second), Contract: "0x" + strings.Repeat("ab", 20),
			Kind: kind, TokenID: id, HasToken: true, Account: account, Counterparty: counterparty, Amount: amount,
		}
		if data != nil {
			b, _ := json.Marshal(data)
			e.Data = string(b)
		}
		logIndex++
		events = append(events, e)
	}
	nextBlock := func() { block++; logIndex = 0 }

	tokens := make([]seedToken, n)
	for i := range tokens {
		t := &tokens[i]
		t.id = uint64(i + 1)
		t.creator = seedAddr(int(rng.Uint64N(seedCreators)))
		t.owner = t.creator
		t.kind = listing.Art
		if rng.IntN(2) == 0 {
			t.kind = listing.Model
		}
		t.cid = fmt.Sprintf("bafkreibench%08d", t.id)
		t.meta = seedMetadata(rng, t.id, t.kind)
		if i%mintsPerBlock == 0 && i > 0 {
			nextBlock()
		}
		ev(string(listing.Transferred), t.id, "0x0000000000000000000000000000000000000000", t.creator, "", nil)
		ev(string(listing.Minted), t.id, t.creator, "", "", listing.EventData{CID: t.cid,
			Digest: fmt.Sprintf("0x%064x", t.id), RoyaltyReceiver: t.creator, RoyaltyBps: uint16(rng.IntN(11) * 100)})
	}
	// Market life after the mints: about half the tokens get listed, some
	// change price, some sell (and move), some sell licenses.
	for step := range 6 * n / 10 {
		if step%40 == 0 {
			nextBlock()
		}
		t := &tokens[rng.IntN(n)]
		price := ethWei(int64(10 + rng.IntN(500_000)))
		switch r := rng.IntN(10); {
		case r < 5:
			ev(string(listing.Listed), t.id, t.owner, "", price.String(), nil)
		case r < 7:
			ev(string(listing.PriceChanged), t.id, t.owner, "", price.String(), listing.EventData{OldPrice: "1"})
		case r < 9:
			buyer := seedAddr(seedCreators + rng.IntN(2000))
			ev(string(listing.Sold), t.id, t.owner, buyer, price.String(),
				listing.EventData{Royalty: "0", Fee: "0", Proceeds: price.String()})
			ev(string(listing.Transferred), t.id, t.owner, buyer, "", nil)
			t.owner = buyer
		default:
			ev(string(listing.LicenseBought), t.id, seedAddr(seedCreators+rng.IntN(2000)), t.owner, ethWei(50).String(), nil)
		}
	}
	cursor := listing.IndexCursor{ChainID: chainID, Contracts: contracts}
	for start := 0; start < len(events); {
		end := min(start+eventsPerTx, len(events))
		for end < len(events) && events[end].Block == events[end-1].Block {
			end++ // a block is never split over two batches
		}
		last := events[end-1].Block
		cursor.Block = listing.BlockRef{Number: last, Hash: blockHash(last)}
		err := st.ApplyIndexBatch(ctx, listing.IndexBatch{Events: events[start:end], Blocks: []listing.BlockRef{cursor.Block}, Cursor: cursor})
		if err != nil {
			return 0, fmt.Errorf("seed events: %w", err)
		}
		start = end
	}
	if err := seedMetadataRows(ctx, st, tokens); err != nil {
		return 0, err
	}
	return block, nil
}

// seedMetadataRows records every token's metadata, from a few goroutines
// (PostgreSQL takes them in parallel; SQLite serializes its writers).
func seedMetadataRows(ctx context.Context, st *store.Store, tokens []seedToken) error {
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(tokens); i += workers {
				t := tokens[i]
				if err := st.SetTokenMetadata(ctx, t.id, t.cid, t.meta); err != nil {
					errs <- fmt.Errorf("seed metadata: %w", err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func blockHash(n uint64) string { return fmt.Sprintf("0x%064x", n*7919) }

func pick(rng *rand.Rand, words []string) string { return words[rng.IntN(len(words))] }

// seedMetadata writes a title, a markdown description (a model card for
// models) of a few hundred words, tags and facts.
func seedMetadata(rng *rand.Rand, id uint64, kind listing.Kind) listing.TokenMetadata {
	title := titleCase(pick(rng, adjectives)) + " " + titleCase(pick(rng, nouns))
	if rng.IntN(3) == 0 {
		title += " " + titleCase(pick(rng, nouns))
	}
	m := listing.TokenMetadata{Kind: kind, Title: title, SHA256: fmt.Sprintf("%064x", id*31)}
	for range 2 + rng.IntN(4) {
		m.Tags = append(m.Tags, pick(rng, tagWords))
	}
	var d strings.Builder
	if kind == listing.Art {
		m.Image = fmt.Sprintf("ipfs://bafybeibenchimage%08d", id)
		fmt.Fprintf(&d, "A %s of a %s, made in %d.\n\n", pick(rng, artStyles), pick(rng, filler[100:]), 2020+rng.IntN(7))
		for range 2 + rng.IntN(3) {
			d.WriteString(sentence(rng) + " " + sentence(rng) + " " + sentence(rng) + "\n\n")
		}
		m.Format = "png"
	} else {
		m.Format, m.License = pick(rng, formats), pick(rng, licenses)
		m.ParameterCount = int64(1+rng.IntN(70)) * 1_000_000_000 / int64(1+rng.IntN(8))
		m.ContentCID = fmt.Sprintf("bafybeibenchweights%08d", id)
		fmt.Fprintf(&d, "# %s\n\nA %s model for **%s**, fine-tuned from a %s base.\n\n", title, m.Format, pick(rng, modelTasks), pick(rng, filler[100:]))
		d.WriteString("## Intended use\n\n" + sentence(rng) + " " + sentence(rng) + "\n\n")
		d.WriteString("## Training data\n\n")
		for range 3 {
			d.WriteString("- " + sentence(rng) + "\n")
		}
		d.WriteString("\n## Evaluation\n\n| benchmark | score |\n| --- | --- |\n")
		for range 3 {
			fmt.Fprintf(&d, "| %s | %d.%d |\n", pick(rng, filler[100:]), 40+rng.IntN(50), rng.IntN(10))
		}
		d.WriteString("\n## Limitations\n\n" + sentence(rng) + " " + sentence(rng) + " See [the paper](https://example.org/paper).\n")
	}
	m.Description = d.String()
	return m
}

// sentence is 8 to 14 words of filler prose (a vocabulary of a few
// thousand words, drawn by a Zipf law as real text is), with one in five
// sentences carrying one of the title words, so a search word matches a
// few percent of the catalogue, not all of it.
func sentence(rng *rand.Rand) string {
	z := rand.NewZipf(rng, 1.2, 2, uint64(len(filler)-1))
	words := make([]string, 0, 14)
	for range 8 + rng.IntN(7) {
		words = append(words, filler[z.Uint64()])
	}
	if rng.IntN(5) == 0 {
		words[rng.IntN(len(words))] = pick(rng, append(adjectives[:len(adjectives):len(adjectives)], nouns...))
	}
	return titleCase(strings.Join(words, " ")) + "."
}

// filler is the prose vocabulary: the commonest English words, then
// pronounceable made-up words for the long tail.
var filler = func() []string {
	words := strings.Fields(`the of and a to in is it that for on with as was this by at be from are or an
		which not but have has had its can more one all also new two first used these than into other some
		when only each such may most made based over light between work form while style data layer trained
		image color detail scale texture shape line space motion weight value early late model output input`)
	cons, vowels := "bdfgklmnprstvz", "aeiou"
	for i := 0; len(words) < 3000; i++ {
		var w strings.Builder
		for j, n := i, 2+i%3; n > 0; n-- {
			w.WriteByte(cons[j%len(cons)])
			j /= len(cons)
			w.WriteByte(vowels[j%len(vowels)])
			j = j/len(vowels) + i*7
		}
		words = append(words, w.String())
	}
	return words
}()

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
