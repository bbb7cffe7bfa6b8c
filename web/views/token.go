package views

import (
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/a-h/templ"
	"github.com/ethereum/go-ethereum/common"

	"modelmarket/contracts"
	"modelmarket/internal/listing"
)

// TokenPage is /token/:id: the indexed state of one token, its price and
// the exact split of a sale, its history, and the owner's actions.
type TokenPage struct {
	Page
	ID string
	// Indexed is false while the index has not seen the token yet (just
	// minted): the page says so and refreshes.
	Indexed bool

	Title     string
	KindLabel string // "Artwork", "Model"
	ImageURL  string // on the gateway's origin; "" for none
	// AnimationURL is the metadata's animation_url on the gateway: js/token3d.js
	// shows a glTF/GLB in the 3D viewer, video and audio in a player, and
	// ImageURL stays as the poster or fallback.
	AnimationURL string
	// Structure is a model's files and the headers of its weights; nil for
	// art or when it cannot be read here.
	Structure *ModelStructure
	Facts     []Fact
	Tags      []string
	// DescriptionHTML is the Markdown description rendered by card.Render (sanitized).
	DescriptionHTML templ.Component
	MetadataNote    string // "" when the metadata was read; else why it is missing

	Owner, Creator          Who
	RoyaltyReceiver         Who
	RoyaltyPercent          string // "5%"
	MetadataCID, ContentCID string
	MetadataURL, ContentURL string
	SHA256                  string // the file's sha256 (metadata), lower-case hex
	Digest                  string // the digest on chain, 0x-hex
	MintTx                  string
	Minted                  string // "2026-05-01 12:00 UTC · block 7"

	Listed   bool
	PriceETH string // "1 ETH"
	PriceWei string // decimal, sent back by Buy so the price cannot change unseen
	Seller   Who
	Split    *Split // nil when the fee could not be read
	SplitErr string

	SignedIn bool
	IsOwner  bool
	IsSeller bool // the viewer is the one who listed it (the owner, while live)

	Activity []ActivityRow
	// IndexedTxs are the transaction hashes the index has for this token, so
	// the page's script knows which of the person's own pending transactions
	// have landed.
	IndexedTxs string
	// Offers is the license offers section (license.templ); nil leaves it out.
	Offers *LicenseOffers
	// Reviews is the reviews section (review.templ); nil leaves it out.
	Reviews *ReviewsSection
	// Versions is the version history (version.templ); nil leaves it out.
	Versions *VersionHistory
}

// Who is an address with its profile link.
type Who struct {
	Address string // EIP-55 or as indexed
	Short   string
	URL     string // /profile/<address>
}

// NewWho formats an address; "" gives the zero value.
func NewWho(addr string) Who {
	if addr == "" {
		return Who{}
	}
	if common.IsHexAddress(addr) {
		addr = common.HexToAddress(addr).Hex() // the index keeps lower case; people read EIP-55
	}
	return Who{Address: addr, Short: ShortAddress(addr), URL: "/profile/" + addr}
}

// Split is a sale's shares, formatted.
type Split struct {
	Price          string
	Seller         string
	Royalty        string
	RoyaltyPercent string
	Fee            string
	FeePercent     string
}

// NewSplit computes and formats the shares of a sale at price.
func NewSplit(price *big.Int, royaltyBps, feeBps uint16) (*Split, error) {
	s, err := contracts.Split(price, royaltyBps, feeBps)
	if err != nil {
		return nil, err
	}
	return &Split{
		Price: contracts.FormatETH(price), Seller: contracts.FormatETH(s.Seller),
		Royalty: contracts.FormatETH(s.Royalty), RoyaltyPercent: percent(royaltyBps),
		Fee: contracts.FormatETH(s.Fee), FeePercent: percent(feeBps),
	}, nil
}

func percent(bps uint16) string {
	return strconv.FormatFloat(float64(bps)/100, 'f', -1, 64) + "%"
}

// ActivityRow is one line of a token's history.
type ActivityRow struct {
	Kind    string // listing.ActivityKind, for styling
	What    string // "Sold", "Listed", …
	From    Who
	To      Who
	Amount  string // "1 ETH"; "" when none
	Block   string
	When    string
	TxHash  string
	TxShort string
	Note    string
}

var activityWords = map[listing.ActivityKind]string{
	listing.Minted: "Minted", listing.Transferred: "Transferred", listing.Listed: "Listed",
	listing.PriceChanged: "Price changed", listing.Cancelled: "Listing cancelled", listing.Sold: "Sold",
	listing.VersionPublished: "New version", listing.OfferPublished: "License offered",
	listing.LicenseBought: "License bought", listing.Reviewed: "Reviewed",
}

// NewActivityRows formats a token's history.
func NewActivityRows(as []listing.Activity) []ActivityRow {
	rows := make([]ActivityRow, 0, len(as))
	for _, a := range as {
		r := ActivityRow{
			Kind: string(a.Kind), What: activityWords[a.Kind], From: NewWho(a.From), To: NewWho(a.To),
			Block: Count(a.Block), When: when(a.Time), TxHash: a.TxHash, TxShort: shortHash(a.TxHash), Note: a.Note,
		}
		if r.What == "" {
			r.What = string(a.Kind)
		}
		if a.Amount != nil && a.Amount.Sign() > 0 {
			r.Amount = contracts.FormatETH(a.Amount)
		}
		rows = append(rows, r)
	}
	return rows
}

// TxHashes joins the rows' hashes (lower-case) for the page's script.
func TxHashes(as []listing.Activity) string {
	hs := make([]string, 0, len(as))
	for _, a := range as {
		hs = append(hs, strings.ToLower(a.TxHash))
	}
	return strings.Join(hs, " ")
}

func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func shortHash(h string) string {
	if len(h) < 14 {
		return h
	}
	return h[:10] + "…" + h[len(h)-4:]
}

// GatewayURL turns ipfs://CID[/path] into a URL on the gateway's origin;
// https URLs stay; anything else gives "".
func GatewayURL(gateway, uri string) string {
	switch {
	case strings.HasPrefix(uri, "ipfs://"):
		return strings.TrimRight(gateway, "/") + "/ipfs/" + strings.TrimPrefix(uri, "ipfs://")
	case strings.HasPrefix(uri, "https://"):
		return uri
	}
	return ""
}

// MintPage is /upload/:id/mint: the guided mint (royalty, then Mint) and,
// once minted, the optional listing (approval when needed, then List).
type MintPage struct {
	Page
	UploadID   string
	Name       string // the file
	Title      string // the token's name from the card
	Thumbnail  string
	KindLabel  string
	SHA256     string
	CID        string
	Gated      bool
	Me         string // the signed-in address: the default royalty receiver
	MaxRoyalty string // the contract's cap, "10"
	FeePercent string // the platform fee on a sale, "2.5%"; "" when unknown
	Problems   []string
	CardURL    string
}
