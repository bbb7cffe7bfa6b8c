package store

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"modelmarket/internal/apperr"
	"modelmarket/internal/listing"
)

// tokenRecord is a row of tokens (migration 7).
type tokenRecord struct {
	TokenID         uint64 `gorm:"primaryKey;autoIncrement:false"`
	Creator         string
	Owner           string
	MetadataCID     string `gorm:"column:metadata_cid"`
	Digest          string
	RoyaltyReceiver string
	RoyaltyBps      int
	VersionCount    int
	TransferCount   int
	MintedBlock     uint64
	MintedAt        time.Time
	MintTx          string
	MetadataState   string
	MetadataTries   int
	MetadataRetryAt *time.Time
	Kind            string
	Title           string
	Description     string
	Tags            string
	Format          string
	License         string
	Image           string
	AnimationURL    string `gorm:"column:animation_url"`
	ContentCID      string `gorm:"column:content_cid"`
	SHA256          string `gorm:"column:sha256"`
	ParameterCount  int64
	Listed          bool
	Seller          string
	Price           string
	PriceKey        string
	ListedAt        *time.Time
	SalesCount      int
	LastSalePrice   string
	LastSaleAt      *time.Time
	LicensesSold    int
	OffersOpen      int
}

func (tokenRecord) TableName() string { return "tokens" }

// eventRecord is a row of chain_events (migration 7).
type eventRecord struct {
	TxHash       string `gorm:"primaryKey"`
	LogIndex     uint   `gorm:"primaryKey;autoIncrement:false"`
	BlockNumber  uint64
	BlockHash    string
	BlockTime    time.Time
	Contract     string
	Kind         string
	TokenID      *uint64
	Account      string
	Counterparty string
	Amount       string
	Data         string
	OfferID      *uint64
}

func (eventRecord) TableName() string { return "chain_events" }

type cursorRecord struct {
	ID          int `gorm:"primaryKey;autoIncrement:false"`
	ChainID     uint64
	Contracts   string
	BlockNumber uint64
	BlockHash   string
	UpdatedAt   time.Time
}

func (cursorRecord) TableName() string { return "index_cursor" }

type blockRecord struct {
	Number uint64 `gorm:"primaryKey;autoIncrement:false"`
	Hash   string
}

func (blockRecord) TableName() string { return "index_blocks" }

// Token returns one token of the read model. Errors: apperr.NotFound when
// the index has no such token (not minted, or not indexed yet).
func (s *Store) Token(ctx context.Context, id uint64) (listing.Token, error) {
	var r tokenRecord
	err := s.db.WithContext(ctx).Where("token_id = ?", id).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return listing.Token{}, apperr.E(apperr.NotFound, fmt.Sprintf("There is no token #%d (yet).", id))
	}
	if err != nil {
		return listing.Token{}, fmt.Errorf("token %d: %w", id, err)
	}
	return r.token(), nil
}

func (r tokenRecord) token() listing.Token {
	t := listing.Token{
		ID: r.TokenID, Creator: r.Creator, Owner: r.Owner, MetadataCID: r.MetadataCID, Digest: r.Digest,
		RoyaltyReceiver: r.RoyaltyReceiver, RoyaltyBps: uint16(r.RoyaltyBps), Versions: r.VersionCount,
		Transfers: r.TransferCount, MintedBlock: r.MintedBlock, MintedAt: r.MintedAt.UTC(), MintTx: r.MintTx,
		MetadataState: listing.MetadataState(r.MetadataState), Kind: listing.Kind(r.Kind), Title: r.Title,
		Description: r.Description, Tags: strings.Fields(r.Tags), Format: r.Format, License: r.License,
		Image: r.Image, AnimationURL: r.AnimationURL, ContentCID: r.ContentCID, SHA256: r.SHA256,
		ParameterCount: r.ParameterCount, Sales: r.SalesCount, LicensesSold: r.LicensesSold, OffersOpen: r.OffersOpen,
	}
	if r.Listed {
		l := &listing.Listing{Seller: r.Seller, Price: weiOf(r.Price)}
		if r.ListedAt != nil {
			l.Since = r.ListedAt.UTC()
		}
		t.Listing = l
	}
	if r.LastSalePrice != "" {
		t.LastSale = weiOf(r.LastSalePrice)
		if r.LastSaleAt != nil {
			t.LastSaleAt = r.LastSaleAt.UTC()
		}
	}
	return t
}

func weiOf(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// activityKinds are the chain_events kinds shown as activity (offer pauses
// and closings are bookkeeping for offers_open).
var activityKinds = []string{
	string(listing.Minted), string(listing.Transferred), string(listing.Listed), string(listing.PriceChanged),
	string(listing.Cancelled), string(listing.Sold), string(listing.VersionPublished),
	string(listing.OfferPublished), string(listing.LicenseBought), string(listing.Reviewed),
}

// hideEchoTransfer leaves out the Transfer that a mint or a sale emits: the
// Minted or Sold entry of the same transaction already says it.
const hideEchoTransfer = `NOT (e.kind = 'transfer' AND EXISTS (SELECT 1 FROM chain_events m
	WHERE m.tx_hash = e.tx_hash AND m.token_id = e.token_id AND m.kind IN ('minted', 'sold')))`

// TokenActivity returns a token's history, newest first, at most limit
// entries (limit <= 0 means 50). An unknown token has an empty history.
func (s *Store) TokenActivity(ctx context.Context, id uint64, limit int) ([]listing.Activity, error) {
	var rs []eventRecord
	err := s.db.WithContext(ctx).Table("chain_events AS e").
		Where("e.token_id = ? AND e.kind IN ? AND "+hideEchoTransfer, id, activityKinds).
		Order("e.block_number DESC, e.log_index DESC").Limit(activityLimit(limit)).Find(&rs).Error
	if err != nil {
		return nil, fmt.Errorf("token %d activity: %w", id, err)
	}
	return activities(rs), nil
}

// AccountActivity returns what an address did or received (as creator,
// seller, buyer, sender, recipient, licensee, reviewer), newest first, at
// most limit entries (limit <= 0 means 50). addr is compared lower-cased.
func (s *Store) AccountActivity(ctx context.Context, addr string, limit int) ([]listing.Activity, error) {
	addr = strings.ToLower(addr)
	var rs []eventRecord
	err := s.db.WithContext(ctx).Table("chain_events AS e").
		Where("(e.account = ? OR e.counterparty = ?) AND e.kind IN ? AND "+hideEchoTransfer, addr, addr, activityKinds).
		Order("e.block_number DESC, e.log_index DESC").Limit(activityLimit(limit)).Find(&rs).Error
	if err != nil {
		return nil, fmt.Errorf("account %s activity: %w", addr, err)
	}
	return activities(rs), nil
}

func activityLimit(limit int) int {
	if limit <= 0 {
		return 50
	}
	return min(limit, 1000)
}

func activities(rs []eventRecord) []listing.Activity {
	out := make([]listing.Activity, 0, len(rs))
	for _, r := range rs {
		a := listing.Activity{
			Kind: listing.ActivityKind(r.Kind), From: r.Account, To: r.Counterparty,
			Block: r.BlockNumber, Time: r.BlockTime.UTC(), TxHash: r.TxHash, LogIndex: r.LogIndex,
			Note: eventNote(r),
		}
		if r.TokenID != nil {
			a.TokenID = *r.TokenID
		}
		if r.Amount != "" {
			a.Amount = weiOf(r.Amount)
		}
		out = append(out, a)
	}
	return out
}

// eventNote is the free text a page may show beside an entry.
func eventNote(r eventRecord) string {
	d := decodeData(r.Data)
	switch listing.ActivityKind(r.Kind) {
	case listing.VersionPublished:
		return d.Note
	case listing.Reviewed:
		if d.Rating == 0 {
			return ""
		}
		return strconv.Itoa(d.Rating) + "/5"
	}
	return ""
}

// IndexedHead returns the last block the index has applied (0 before the
// first batch).
func (s *Store) IndexedHead(ctx context.Context) (uint64, error) {
	var rs []cursorRecord
	if err := s.db.WithContext(ctx).Where("id = 1").Find(&rs).Error; err != nil {
		return 0, fmt.Errorf("indexed head: %w", err)
	}
	if len(rs) == 0 {
		return 0, nil
	}
	return rs[0].BlockNumber, nil
}
