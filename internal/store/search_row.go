package store

import (
	"context"
	"database/sql"
	"fmt"

	"modelmarket/internal/listing"
)

// cardColumns are the tokens columns a token card, a profile list and the
// tokens API show, qualified with the alias t (every query here names
// tokens so). Naming them keeps PostgreSQL's tsvector out of each row, and
// the description out of lists: no list shows it, and it is the widest
// column. readCards scans them in this order.
const cardColumns = `t.token_id, t.creator, t.owner, t.metadata_cid, t.digest, t.royalty_receiver, t.royalty_bps,
	t.version_count, t.transfer_count, t.minted_block, t.minted_at, t.mint_tx, t.metadata_state, t.kind, t.title,
	t.tags, t.format, t.license, t.image, t.animation_url, t.content_cid, t.sha256, t.parameter_count,
	t.listed, t.seller, t.price, t.price_key, t.listed_at, t.sales_count, t.last_sale_price, t.last_sale_at,
	t.licenses_sold, t.offers_open`

// eventColumns are the chain_events columns read into an eventRecord, alias e.
const eventColumns = `e.tx_hash, e.log_index, e.block_number, e.block_hash, e.block_time, e.contract, e.kind,
	e.token_id, e.account, e.counterparty, e.amount, e.data`

// readCards runs query, which selects cardColumns, and scans its rows by
// position. Lists are the hottest reads of the site: scanning 33 columns by
// hand instead of through gorm's reflection halves the cost of a page's
// rows (bench/load). The tokens carry no Description.
func (s *Store) readCards(ctx context.Context, query string, args ...any) ([]tokenRecord, error) {
	rows, err := s.db.WithContext(ctx).Raw(query, args...).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []tokenRecord
	for rows.Next() {
		var r tokenRecord
		var listedAt, lastSaleAt sql.NullTime
		err := rows.Scan(&r.TokenID, &r.Creator, &r.Owner, &r.MetadataCID, &r.Digest, &r.RoyaltyReceiver, &r.RoyaltyBps,
			&r.VersionCount, &r.TransferCount, &r.MintedBlock, &r.MintedAt, &r.MintTx, &r.MetadataState, &r.Kind, &r.Title,
			&r.Tags, &r.Format, &r.License, &r.Image, &r.AnimationURL, &r.ContentCID, &r.SHA256, &r.ParameterCount,
			&r.Listed, &r.Seller, &r.Price, &r.PriceKey, &listedAt, &r.SalesCount, &r.LastSalePrice, &lastSaleAt,
			&r.LicensesSold, &r.OffersOpen)
		if err != nil {
			return nil, fmt.Errorf("scan token: %w", err)
		}
		if listedAt.Valid {
			r.ListedAt = &listedAt.Time
		}
		if lastSaleAt.Valid {
			r.LastSaleAt = &lastSaleAt.Time
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func tokensOf(rows []tokenRecord) []listing.Token {
	out := make([]listing.Token, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.token())
	}
	return out
}
