package store

import (
	"context"
	"fmt"
	"strings"

	"modelmarket/internal/listing"
)

// Reviews and reputation from chain_events (the Reviews contract's Reviewed
// events, kind 'review': reviewer in account, rating and comment CID in
// data). A newer review by the same account replaces the older one, so only
// each (token, reviewer) pair's latest event counts. Reorgs delete events,
// so these answers follow the chain without any table of their own.

const reviewKind = string(listing.Reviewed)

// latestReview keeps a review event only when no later review of the same
// token by the same account exists (the chain_events_token index finds the
// token's later events).
const latestReview = `NOT EXISTS (SELECT 1 FROM chain_events l
	WHERE l.token_id = e.token_id AND l.kind = e.kind AND l.account = e.account
	AND (l.block_number > e.block_number OR (l.block_number = e.block_number AND l.log_index > e.log_index)))`

// TokenReviews returns the current review of each account that reviewed
// token id, newest first; none is an empty slice.
func (s *Store) TokenReviews(ctx context.Context, id uint64) ([]listing.Review, error) {
	var rows []eventRecord
	err := s.db.WithContext(ctx).Raw(`SELECT `+eventColumns+` FROM chain_events e WHERE e.token_id = ? AND e.kind = ?
		ORDER BY e.block_number DESC, e.log_index DESC`, id, reviewKind).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("token %d reviews: %w", id, err)
	}
	seen := make(map[string]bool, len(rows))
	out := make([]listing.Review, 0, len(rows))
	for _, r := range rows {
		if seen[r.Account] {
			continue // replaced by the newer review already taken
		}
		seen[r.Account] = true
		d := decodeData(r.Data)
		if d.Rating < 1 || d.Rating > 5 {
			continue // the contract never emits one; a bad row only loses itself
		}
		out = append(out, listing.Review{
			TokenID: id, Reviewer: r.Account, Rating: d.Rating, CommentCID: d.CommentCID, Edited: d.Updated,
			Block: r.BlockNumber, Time: r.BlockTime.UTC(), TxHash: r.TxHash,
		})
	}
	return out, nil
}

// ReputationStats counts what a creator's reputation is made of: the
// current reviews of the tokens creator minted (the creator's own left
// out), those of the whole marketplace (reviews of one's own tokens left
// out) for the prior, and the sales and licenses of the creator's tokens.
func (s *Store) ReputationStats(ctx context.Context, creator string) (listing.ReputationStats, error) {
	creator = strings.ToLower(creator)
	st := listing.ReputationStats{Creator: creator}
	var err error
	if st.Reviews, err = s.ratingTally(ctx, creator); err != nil {
		return st, fmt.Errorf("reputation %s: reviews: %w", creator, err)
	}
	if st.Market, err = s.ratingTally(ctx, ""); err != nil {
		return st, fmt.Errorf("reputation %s: marketplace reviews: %w", creator, err)
	}
	var counts []struct {
		Kind string
		N    int
	}
	err = s.db.WithContext(ctx).Raw(`SELECT e.kind AS kind, COUNT(*) AS n FROM chain_events e
		JOIN tokens t ON t.token_id = e.token_id
		WHERE t.creator = ? AND e.kind IN ? GROUP BY e.kind`, creator, []string{soldKind, licenseKind}).Scan(&counts).Error
	if err != nil {
		return st, fmt.Errorf("reputation %s: sales: %w", creator, err)
	}
	for _, c := range counts {
		switch c.Kind {
		case soldKind:
			st.Sales = c.N
		case licenseKind:
			st.LicensesSold = c.N
		}
	}
	return st, nil
}

// ratingTally counts and sums the current ratings of creator's tokens, or
// of every token when creator is "". The rating is read from the event's
// JSON in SQL, so only two numbers leave the database.
func (s *Store) ratingTally(ctx context.Context, creator string) (listing.Tally, error) {
	rating := `CAST(json_extract(e.data, '$.rating') AS INTEGER)`
	if s.backend == Postgres {
		rating = `CAST(e.data::jsonb ->> 'rating' AS INTEGER)`
	}
	q := `SELECT COUNT(*) AS n, COALESCE(SUM(` + rating + `), 0) AS total FROM chain_events e
		JOIN tokens t ON t.token_id = e.token_id
		WHERE e.kind = ? AND e.account <> t.creator AND ` + latestReview
	args := []any{reviewKind}
	if creator != "" {
		q += ` AND t.creator = ?`
		args = append(args, creator)
	}
	var r struct {
		N     int
		Total int
	}
	if err := s.db.WithContext(ctx).Raw(q, args...).Scan(&r).Error; err != nil {
		return listing.Tally{}, err
	}
	return listing.Tally{Count: r.N, Sum: r.Total}, nil
}
