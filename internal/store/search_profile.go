package store

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"modelmarket/internal/listing"
)

// ProfileListLen bounds each list of a Profile (the counts are totals).
const ProfileListLen = 24

// chain_events kinds of a Marketplace sale and a license purchase.
const (
	soldKind    = string(listing.Sold)
	licenseKind = string(listing.LicenseBought)
)

// Profile gathers what the read model knows about addr (lower-case 0x hex,
// as listing.ParseAddress returns it): tokens created, owned and listed,
// sales as seller, purchases, licenses sold, and earnings (the seller's and
// owner's shares of its sales and licenses, plus royalties paid to addr as a
// token's royalty receiver), all from the events' own amounts. An address
// with no trace gives an empty profile, not an error.
func (s *Store) Profile(ctx context.Context, addr string) (listing.Profile, error) {
	addr = strings.ToLower(addr)
	p := listing.Profile{Address: addr}
	var err error
	lists := []struct {
		where  string
		tokens *[]listing.Token
		count  *int
	}{
		{"t.creator = ?", &p.Created, &p.CreatedCount},
		{"t.owner = ?", &p.Owned, &p.OwnedCount},
		{"t.seller = ? AND t.listed = TRUE", &p.Listed, &p.ListedCount},
	}
	for _, l := range lists {
		if *l.tokens, *l.count, err = s.tokenList(ctx, l.where, addr); err != nil {
			return listing.Profile{}, fmt.Errorf("profile %s: %w", addr, err)
		}
	}
	db := s.db.WithContext(ctx)
	var sold []eventRecord
	err = db.Raw(`SELECT `+eventColumns+` FROM chain_events e WHERE e.account = ? AND e.kind = ?
		ORDER BY e.block_number DESC, e.log_index DESC`, addr, soldKind).Scan(&sold).Error
	if err != nil {
		return listing.Profile{}, fmt.Errorf("profile %s: sales: %w", addr, err)
	}
	p.SoldCount = len(sold)
	p.Sold = activities(sold[:min(len(sold), ProfileListLen)])
	p.SalesEarnings = new(big.Int)
	for _, e := range sold {
		p.SalesEarnings.Add(p.SalesEarnings, weiOf(decodeData(e.Data).Proceeds))
	}
	var bought int64
	if err := db.Raw(`SELECT COUNT(*) FROM chain_events e WHERE e.counterparty = ? AND e.kind = ?`, addr, soldKind).
		Scan(&bought).Error; err != nil {
		return listing.Profile{}, fmt.Errorf("profile %s: purchases: %w", addr, err)
	}
	p.Bought = int(bought)
	// A license pays the token's owner at the time (the event's counterparty).
	var licenses []eventRecord
	err = db.Raw(`SELECT `+eventColumns+` FROM chain_events e WHERE e.counterparty = ? AND e.kind = ?`, addr, licenseKind).
		Scan(&licenses).Error
	if err != nil {
		return listing.Profile{}, fmt.Errorf("profile %s: licenses: %w", addr, err)
	}
	p.LicensesSold = len(licenses)
	p.LicenseEarnings = new(big.Int)
	for _, e := range licenses {
		p.LicenseEarnings.Add(p.LicenseEarnings, weiOf(decodeData(e.Data).Proceeds))
	}
	// A token's royalty receiver is fixed at mint, so the sales and licenses
	// that paid addr royalties are those of the tokens it receives for; the
	// event's own receiver is checked all the same.
	var royalties []eventRecord
	err = db.Raw(`SELECT `+eventColumns+` FROM chain_events e JOIN tokens t ON t.token_id = e.token_id
		WHERE t.royalty_receiver = ? AND e.kind IN ?`, addr, []string{soldKind, licenseKind}).Scan(&royalties).Error
	if err != nil {
		return listing.Profile{}, fmt.Errorf("profile %s: royalties: %w", addr, err)
	}
	p.RoyaltyEarnings = new(big.Int)
	for _, e := range royalties {
		if d := decodeData(e.Data); strings.EqualFold(d.RoyaltyReceiver, addr) {
			p.RoyaltyEarnings.Add(p.RoyaltyEarnings, weiOf(d.Royalty))
		}
	}
	p.Earnings = new(big.Int).Add(p.SalesEarnings, p.LicenseEarnings)
	p.Earnings.Add(p.Earnings, p.RoyaltyEarnings)
	return p, nil
}

// tokenList returns the newest ProfileListLen tokens matching where (one
// parameter, the address) and how many match in all.
func (s *Store) tokenList(ctx context.Context, where, addr string) ([]listing.Token, int, error) {
	where += " AND " + notHidden // moderation (moderation_query.go)
	db := s.db.WithContext(ctx)
	var n int64
	if err := db.Raw(`SELECT COUNT(*) FROM tokens t WHERE `+where, addr).Scan(&n).Error; err != nil {
		return nil, 0, err
	}
	if n == 0 {
		return []listing.Token{}, 0, nil
	}
	rows, err := s.readCards(ctx, `SELECT `+cardColumns+` FROM tokens t WHERE `+where+`
		ORDER BY t.minted_block DESC, t.token_id DESC LIMIT ?`, addr, ProfileListLen)
	if err != nil {
		return nil, 0, err
	}
	return tokensOf(rows), int(n), nil
}

// NewestTokens returns the n most recently minted tokens, newest first.
func (s *Store) NewestTokens(ctx context.Context, n int) ([]listing.Token, error) {
	rows, err := s.readCards(ctx, `SELECT `+cardColumns+` FROM tokens t WHERE `+notHidden+`
		ORDER BY t.minted_block DESC, t.token_id DESC LIMIT ?`, max(n, 0))
	if err != nil {
		return nil, fmt.Errorf("newest tokens: %w", err)
	}
	return tokensOf(rows), nil
}

// RecentlySold returns the n latest sales, newest first, each with its token.
func (s *Store) RecentlySold(ctx context.Context, n int) ([]listing.RecentSale, error) {
	db := s.db.WithContext(ctx)
	var events []eventRecord
	err := db.Raw(`SELECT `+eventColumns+` FROM chain_events e WHERE e.kind = ?
		ORDER BY e.block_number DESC, e.log_index DESC LIMIT ?`, soldKind, max(n, 0)).Scan(&events).Error
	if err != nil {
		return nil, fmt.Errorf("recently sold: %w", err)
	}
	ids := make([]uint64, 0, len(events))
	for _, e := range events {
		if e.TokenID != nil {
			ids = append(ids, *e.TokenID)
		}
	}
	tokens := map[uint64]listing.Token{}
	if len(ids) > 0 {
		rows, err := s.readCards(ctx, `SELECT `+cardColumns+` FROM tokens t WHERE t.token_id IN ? AND `+notHidden, ids)
		if err != nil {
			return nil, fmt.Errorf("recently sold: tokens: %w", err)
		}
		for _, r := range rows {
			tokens[r.TokenID] = r.token()
		}
	}
	out := make([]listing.RecentSale, 0, len(events))
	for _, a := range activities(events) {
		t, ok := tokens[a.TokenID]
		if !ok {
			continue // the indexer writes a token before its events; a gap is a sale mid-rewind
		}
		out = append(out, listing.RecentSale{Sale: a, Token: t})
	}
	return out, nil
}

// TopCreators returns up to n creators whose tokens sold for the most
// (sum of sale prices, first sales and resales), then by number of sales.
// The database ranks by an approximate sum; the volumes returned are exact.
func (s *Store) TopCreators(ctx context.Context, n int) ([]listing.CreatorStats, error) {
	approx := "SUM(CAST(e.amount AS REAL))"
	if s.backend == Postgres {
		approx = "SUM(CAST(NULLIF(e.amount, '') AS NUMERIC))"
	}
	db := s.db.WithContext(ctx)
	var ranked []struct {
		Creator string
		Sales   int
	}
	err := db.Raw(`SELECT t.creator AS creator, COUNT(*) AS sales FROM chain_events e JOIN tokens t ON t.token_id = e.token_id
		WHERE e.kind = ? GROUP BY t.creator ORDER BY `+approx+` DESC, COUNT(*) DESC, t.creator LIMIT ?`, soldKind, max(n, 0)).
		Scan(&ranked).Error
	if err != nil {
		return nil, fmt.Errorf("top creators: %w", err)
	}
	if len(ranked) == 0 {
		return []listing.CreatorStats{}, nil
	}
	creators := make([]string, len(ranked))
	stats := make(map[string]*listing.CreatorStats, len(ranked))
	out := make([]listing.CreatorStats, len(ranked))
	for i, r := range ranked {
		creators[i] = r.Creator
		out[i] = listing.CreatorStats{Address: r.Creator, Sales: r.Sales, Volume: new(big.Int)}
		stats[r.Creator] = &out[i]
	}
	var sales []struct {
		Creator string
		Amount  string
	}
	err = db.Raw(`SELECT t.creator AS creator, e.amount AS amount FROM chain_events e JOIN tokens t ON t.token_id = e.token_id
		WHERE e.kind = ? AND t.creator IN ?`, soldKind, creators).Scan(&sales).Error
	if err != nil {
		return nil, fmt.Errorf("top creators: volumes: %w", err)
	}
	for _, sale := range sales {
		stats[sale.Creator].Volume.Add(stats[sale.Creator].Volume, weiOf(sale.Amount))
	}
	var minted []struct {
		Creator string
		Tokens  int
	}
	err = db.Raw(`SELECT creator, COUNT(*) AS tokens FROM tokens WHERE creator IN ? GROUP BY creator`, creators).
		Scan(&minted).Error
	if err != nil {
		return nil, fmt.Errorf("top creators: tokens: %w", err)
	}
	for _, m := range minted {
		stats[m.Creator].Tokens = m.Tokens
	}
	sort.SliceStable(out, func(i, j int) bool {
		if c := out[i].Volume.Cmp(out[j].Volume); c != 0 {
			return c > 0
		}
		return out[i].Sales > out[j].Sales
	})
	return out, nil
}
