// Package listing holds the marketplace's read model as the pages see it:
// tokens with their listing, the activity history, and the search query.
// Everything here is a copy of chain state (rebuilt by the indexer from our
// contracts' events); nothing in it decides access or moves value.
//
// Addresses are lower-case 0x-hex everywhere in this package and in the
// database (comparison is then plain string equality); pages show them in
// their EIP-55 form. Amounts are wei as *big.Int.
package listing

import (
	"math/big"
	"time"
)

// Kind says whether a token is art or a model.
type Kind string

const (
	Art   Kind = "art"
	Model Kind = "model"
)

// MetadataState says whether the token's metadata JSON has been read.
type MetadataState string

const (
	MetadataPending     MetadataState = "pending"     // not fetched yet (retried)
	MetadataOK          MetadataState = "ok"          // fetched and parsed
	MetadataUnavailable MetadataState = "unavailable" // fetched but not usable JSON
)

// Token is one token of our ModelNFT contract.
type Token struct {
	ID              uint64
	Creator         string
	Owner           string
	MetadataCID     string // CID of the ERC-721 metadata JSON (the latest version's)
	Digest          string // 0x-hex sha256 recorded on chain for the latest version
	RoyaltyReceiver string
	RoyaltyBps      uint16
	Versions        int
	Transfers       int
	MintedBlock     uint64
	MintedAt        time.Time
	MintTx          string

	// From the metadata JSON.
	MetadataState  MetadataState
	Kind           Kind
	Title          string
	Description    string
	Tags           []string
	Format         string // "safetensors", "gguf", … for models
	License        string // the card's license id, e.g. "apache-2.0"
	Image          string // ipfs://… or https://…
	AnimationURL   string
	ContentCID     string
	SHA256         string // lower-case hex, no 0x
	ParameterCount int64

	Listing      *Listing // nil when not listed
	Sales        int
	LastSale     *big.Int // nil when never sold
	LastSaleAt   time.Time
	LicensesSold int
	OffersOpen   int
}

// Listing is a live ask on the Marketplace contract.
type Listing struct {
	Seller string
	Price  *big.Int
	Since  time.Time
}

// ActivityKind names an entry of a token's history.
type ActivityKind string

const (
	Minted           ActivityKind = "minted"
	Transferred      ActivityKind = "transfer"
	Listed           ActivityKind = "listed"
	PriceChanged     ActivityKind = "price"
	Cancelled        ActivityKind = "cancelled"
	Sold             ActivityKind = "sold"
	VersionPublished ActivityKind = "version"
	OfferPublished   ActivityKind = "offer"
	LicenseBought    ActivityKind = "license"
	Reviewed         ActivityKind = "review"
)

// Activity is one event in a token's or an account's history.
type Activity struct {
	Kind     ActivityKind
	TokenID  uint64
	From     string // seller, previous owner, creator, licensee, reviewer
	To       string // buyer, new owner
	Amount   *big.Int
	Block    uint64
	Time     time.Time
	TxHash   string
	LogIndex uint
	Note     string // version note, review rating, … (free text for the page)
}
