package store

import "modelmarket/internal/listing"

// browseColumns are the tokens columns browse, search and profiles read
// into a tokenRecord, qualified with the alias t (every query here names
// tokens so). Naming them keeps PostgreSQL's tsvector out of each row.
const browseColumns = `t.token_id, t.creator, t.owner, t.metadata_cid, t.digest, t.royalty_receiver, t.royalty_bps,
	t.version_count, t.transfer_count, t.minted_block, t.minted_at, t.mint_tx, t.metadata_state, t.kind, t.title,
	t.description, t.tags, t.format, t.license, t.image, t.animation_url, t.content_cid, t.sha256, t.parameter_count,
	t.listed, t.seller, t.price, t.price_key, t.listed_at, t.sales_count, t.last_sale_price, t.last_sale_at,
	t.licenses_sold, t.offers_open`

// eventColumns are the chain_events columns read into an eventRecord, alias e.
const eventColumns = `e.tx_hash, e.log_index, e.block_number, e.block_hash, e.block_time, e.contract, e.kind,
	e.token_id, e.account, e.counterparty, e.amount, e.data`

func tokensOf(rows []tokenRecord) []listing.Token {
	out := make([]listing.Token, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.token())
	}
	return out
}
