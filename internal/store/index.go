package store

// indexTables is migration 7: the chain read model. Everything here comes
// from our contracts' events (and the metadata JSON their CIDs name), so
// `market reindex` may drop and rebuild it; nothing else writes it.
//
//   - index_cursor: the last applied block (number and hash) and what was
//     indexed (chain id, contract addresses) so a different chain or
//     deployment is noticed instead of mixed in.
//   - index_blocks: hashes of recently applied blocks, to find the common
//     ancestor after a reorg.
//   - chain_events: every decoded event, unique on (tx_hash, log_index) so
//     applying a batch twice changes nothing. Activity, sales, transfers and
//     profile earnings are queries over it. offer_id links a license
//     offer's events (OfferClosed names only the offer) to its token.
//   - tokens: one row per token, folded from its events (owner, listing,
//     counts) plus the fields of its metadata JSON that browse and search
//     need. metadata_tries/metadata_retry_at pace the retries of metadata
//     that could not be fetched yet. price_key is the price in wei zero-padded to 78 digits so that
//     text order is numeric order on both backends.
//
// Every secondary index costs each of the indexer's inserts, so each one here
// serves a query: offer (resolveOffers), token (histories, refolds), block
// (duplicates check, rewinds), account and counterparty (profiles, account
// activity), kind_block (recent sales, top creators); tokens by owner,
// creator, minted, licenses (profiles and browse orders; migration 8 adds
// the price orders), metadata_state (the metadata reader).
func indexTables(b Backend) []string {
	big := "BIGINT"
	return []string{
		`CREATE TABLE index_cursor (
			id INTEGER PRIMARY KEY CHECK (id = 1),
			chain_id ` + big + ` NOT NULL,
			contracts TEXT NOT NULL,
			block_number ` + big + ` NOT NULL,
			block_hash TEXT NOT NULL,
			updated_at ` + ts[b] + ` NOT NULL)`,
		`CREATE TABLE index_blocks (
			number ` + big + ` PRIMARY KEY,
			hash TEXT NOT NULL)`,
		`CREATE TABLE chain_events (
			tx_hash TEXT NOT NULL,
			log_index INTEGER NOT NULL,
			block_number ` + big + ` NOT NULL,
			block_hash TEXT NOT NULL,
			block_time ` + ts[b] + ` NOT NULL,
			contract TEXT NOT NULL,
			kind TEXT NOT NULL,
			token_id ` + big + `,
			account TEXT NOT NULL DEFAULT '',
			counterparty TEXT NOT NULL DEFAULT '',
			amount TEXT NOT NULL DEFAULT '',
			data TEXT NOT NULL DEFAULT '{}',
			offer_id ` + big + `,
			PRIMARY KEY (tx_hash, log_index))`,
		// Only license-offer events have an offer id: the rest stay out.
		`CREATE INDEX chain_events_offer ON chain_events (offer_id) WHERE offer_id IS NOT NULL`,
		`CREATE INDEX chain_events_token ON chain_events (token_id, block_number, log_index)`,
		`CREATE INDEX chain_events_block ON chain_events (block_number)`,
		`CREATE INDEX chain_events_account ON chain_events (account, kind)`,
		`CREATE INDEX chain_events_counterparty ON chain_events (counterparty, kind)`,
		`CREATE INDEX chain_events_kind_block ON chain_events (kind, block_number)`,
		`CREATE TABLE tokens (
			token_id ` + big + ` PRIMARY KEY,
			creator TEXT NOT NULL,
			owner TEXT NOT NULL,
			metadata_cid TEXT NOT NULL,
			digest TEXT NOT NULL,
			royalty_receiver TEXT NOT NULL DEFAULT '',
			royalty_bps INTEGER NOT NULL DEFAULT 0,
			version_count INTEGER NOT NULL DEFAULT 1,
			transfer_count INTEGER NOT NULL DEFAULT 0,
			minted_block ` + big + ` NOT NULL,
			minted_at ` + ts[b] + ` NOT NULL,
			mint_tx TEXT NOT NULL,
			metadata_state TEXT NOT NULL DEFAULT 'pending',
			metadata_tries INTEGER NOT NULL DEFAULT 0,
			metadata_retry_at ` + ts[b] + `,
			kind TEXT NOT NULL DEFAULT '',
			title TEXT NOT NULL DEFAULT '',
			description TEXT NOT NULL DEFAULT '',
			tags TEXT NOT NULL DEFAULT '',
			format TEXT NOT NULL DEFAULT '',
			license TEXT NOT NULL DEFAULT '',
			image TEXT NOT NULL DEFAULT '',
			animation_url TEXT NOT NULL DEFAULT '',
			content_cid TEXT NOT NULL DEFAULT '',
			sha256 TEXT NOT NULL DEFAULT '',
			parameter_count ` + big + ` NOT NULL DEFAULT 0,
			listed BOOLEAN NOT NULL DEFAULT FALSE,
			seller TEXT NOT NULL DEFAULT '',
			price TEXT NOT NULL DEFAULT '',
			price_key TEXT NOT NULL DEFAULT '',
			listed_at ` + ts[b] + `,
			sales_count INTEGER NOT NULL DEFAULT 0,
			last_sale_price TEXT NOT NULL DEFAULT '',
			last_sale_at ` + ts[b] + `,
			licenses_sold INTEGER NOT NULL DEFAULT 0,
			offers_open INTEGER NOT NULL DEFAULT 0)`,
		`CREATE INDEX tokens_owner ON tokens (owner)`,
		`CREATE INDEX tokens_creator ON tokens (creator)`,
		`CREATE INDEX tokens_minted ON tokens (minted_block DESC, token_id DESC)`,
		`CREATE INDEX tokens_licenses ON tokens (licenses_sold DESC, token_id DESC)`,
		`CREATE INDEX tokens_metadata_state ON tokens (metadata_state, token_id)`,
	}
}
