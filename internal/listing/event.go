package listing

import "time"

// The chain read model is written from these plain values: the indexer
// (internal/indexer) decodes our contracts' logs into them and the store
// (internal/store) folds them into rows. They live here, in the domain, so
// that neither adapter imports the other.

// Event kinds stored beside the ActivityKinds: license-offer bookkeeping
// that pages do not list as activity.
const (
	OfferPaused ActivityKind = "offer_pause" // OfferPauseChanged; Data {"paused":bool}
	OfferClosed ActivityKind = "offer_closed"
)

// ChainEvent is one decoded log of our contracts, in the shape the read
// model keeps. Addresses are lower-case 0x-hex; amounts wei in decimal; Data
// is a small JSON object (an EventData) with what the kind carries beyond
// the common fields. (TxHash, LogIndex) identifies an event on its chain.
type ChainEvent struct {
	TxHash       string
	LogIndex     uint
	Block        uint64
	BlockHash    string
	BlockTime    time.Time
	Contract     string
	Kind         string // an ActivityKind value, OfferPaused or OfferClosed included
	TokenID      uint64
	HasToken     bool // false only for offer events whose token the store resolves from OfferID
	Account      string
	Counterparty string
	Amount       string
	Data         string
	OfferID      uint64
	HasOffer     bool
}

// EventData is the JSON in ChainEvent.Data: the fields of a kind beyond the
// common columns (each kind fills its own; the rest are omitted).
type EventData struct {
	CID             string `json:"cid,omitempty"`    // minted, version: metadata CID (string form)
	Digest          string `json:"digest,omitempty"` // minted, version: 0x-hex sha256
	RoyaltyReceiver string `json:"royaltyReceiver,omitempty"`
	RoyaltyBps      uint16 `json:"royaltyBps,omitempty"`
	Version         uint64 `json:"version,omitempty"`
	Note            string `json:"note,omitempty"`
	OldPrice        string `json:"oldPrice,omitempty"`
	Royalty         string `json:"royalty,omitempty"` // sold, license: wei
	Fee             string `json:"fee,omitempty"`
	Proceeds        string `json:"proceeds,omitempty"` // seller's or owner's share
	ExpiresAt       uint64 `json:"expiresAt,omitempty"`
	Duration        uint32 `json:"duration,omitempty"`
	Cap             uint32 `json:"cap,omitempty"`
	Commercial      bool   `json:"commercial,omitempty"`
	TermsCID        string `json:"termsCid,omitempty"`
	Paused          bool   `json:"paused,omitempty"`
	Rating          int    `json:"rating,omitempty"`
	CommentCID      string `json:"commentCid,omitempty"`
	Updated         bool   `json:"updated,omitempty"`
}

// BlockRef names one block.
type BlockRef struct {
	Number uint64
	Hash   string // lower-case 0x-hex
}

// IndexCursor is where the read model stands and what it indexes.
type IndexCursor struct {
	ChainID   uint64
	Contracts string // the four addresses, comma-separated, lower-case
	Block     BlockRef
}

// IndexBatch is what one database transaction applies: the events of a
// block range in chain order, the hashes of its blocks (at least the last
// one) and the new cursor.
type IndexBatch struct {
	Events []ChainEvent
	Blocks []BlockRef
	Cursor IndexCursor
}

// MetadataJob is a token whose metadata JSON has not been read yet.
type MetadataJob struct {
	TokenID uint64
	CID     string
	Tries   int
}

// TokenMetadata is what the read model keeps of a token's metadata JSON.
type TokenMetadata struct {
	Kind           Kind
	Title          string
	Description    string
	Tags           []string
	Format         string
	License        string
	Image          string
	AnimationURL   string
	ContentCID     string
	SHA256         string
	ParameterCount int64
}
