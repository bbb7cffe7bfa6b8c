package store

// searchTables is migration 8: full-text search over tokens, and indexes for
// the browse orders migration 7 does not serve.
//
// SQLite: an FTS5 table with tokens as its external content (the text lives
// once, in tokens), kept in step by triggers. tokens.token_id is BIGINT, not
// a rowid alias, so the FTS rowid is the token id and the triggers say so.
// The update trigger fires only when a searched column changes, so listing
// and sale updates (most writes) cost the FTS index nothing. The porter
// stemmer lets "models" find "model".
//
// PostgreSQL: a stored generated tsvector (english stemming) with weights
// title A, tags B, format and license C, description D, under a GIN index;
// the database keeps it current on every write, no trigger to forget;
// ts_rank ranks with the default weights (A 1.0 … D 0.1); ts_rank_cd (cover
// density) passes the same relevance tests and costs a quarter more per search.
func searchTables(b Backend) []string {
	common := []string{
		// The price orders put listed tokens first, then by price, with
		// the token id as the tie-breaker pages need.
		`CREATE INDEX tokens_price_asc ON tokens (listed DESC, price_key ASC, token_id ASC)`,
		`CREATE INDEX tokens_price_desc ON tokens (listed DESC, price_key DESC, token_id DESC)`,
		`CREATE INDEX tokens_kind_minted ON tokens (kind, minted_block DESC, token_id DESC)`,
		`CREATE INDEX tokens_seller ON tokens (seller) WHERE listed = TRUE`,
		// A token's royalty receiver is fixed at mint: profiles find the
		// sales that paid an address royalties through it.
		`CREATE INDEX tokens_royalty_receiver ON tokens (royalty_receiver)`,
		// What changes the catalogue without moving the indexed head: a
		// token's metadata JSON arriving (or failing) after its mint.
		// SetTokenMetadata and TokenMetadataFailed count up in their own
		// transaction; CatalogueVersion reads it with the head, so pages
		// cached by that version never show metadata older than it.
		`CREATE TABLE catalogue_version (id INTEGER PRIMARY KEY, metadata BIGINT NOT NULL)`,
		`INSERT INTO catalogue_version (id, metadata) VALUES (1, 0)`,
	}
	if b == Postgres {
		return append([]string{
			`ALTER TABLE tokens ADD COLUMN search tsvector GENERATED ALWAYS AS (
				setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
				setweight(to_tsvector('english', coalesce(tags, '')), 'B') ||
				setweight(to_tsvector('english', coalesce(format, '') || ' ' || coalesce(license, '')), 'C') ||
				setweight(to_tsvector('english', coalesce(description, '')), 'D')) STORED`,
			// fastupdate off: a search must not wait for vacuum to fold a
			// pending list into the index (after a reindex the planner
			// would scan the whole table until then). Content columns
			// change once per token version, so writes barely notice.
			`CREATE INDEX tokens_search ON tokens USING GIN (search) WITH (fastupdate = off)`,
		}, common...)
	}
	return append([]string{
		`CREATE VIRTUAL TABLE tokens_fts USING fts5(
			title, description, tags, format, license,
			content='tokens', content_rowid='token_id',
			tokenize='porter unicode61 remove_diacritics 2')`,
		`CREATE TRIGGER tokens_fts_insert AFTER INSERT ON tokens BEGIN
			INSERT INTO tokens_fts (rowid, title, description, tags, format, license)
			VALUES (new.token_id, new.title, new.description, new.tags, new.format, new.license);
		END`,
		`CREATE TRIGGER tokens_fts_delete AFTER DELETE ON tokens BEGIN
			INSERT INTO tokens_fts (tokens_fts, rowid, title, description, tags, format, license)
			VALUES ('delete', old.token_id, old.title, old.description, old.tags, old.format, old.license);
		END`,
		`CREATE TRIGGER tokens_fts_update AFTER UPDATE OF token_id, title, description, tags, format, license ON tokens BEGIN
			INSERT INTO tokens_fts (tokens_fts, rowid, title, description, tags, format, license)
			VALUES ('delete', old.token_id, old.title, old.description, old.tags, old.format, old.license);
			INSERT INTO tokens_fts (rowid, title, description, tags, format, license)
			VALUES (new.token_id, new.title, new.description, new.tags, new.format, new.license);
		END`,
		// Rows written before this migration (none in a fresh index).
		`INSERT INTO tokens_fts (tokens_fts) VALUES ('rebuild')`,
	}, common...)
}
