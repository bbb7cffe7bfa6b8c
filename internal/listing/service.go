package listing

import (
	"context"
	"fmt"
)

// Catalog is the read model's storage port (internal/store implements it on
// SQLite and PostgreSQL). It is written only by the indexer.
type Catalog interface {
	Token(ctx context.Context, id uint64) (Token, error)
	TokenActivity(ctx context.Context, id uint64, limit int) ([]Activity, error)
	AccountActivity(ctx context.Context, addr string, limit int) ([]Activity, error)
	IndexedHead(ctx context.Context) (uint64, error)
	CatalogueVersion(ctx context.Context) (head uint64, version string, err error)
	SearchTokens(ctx context.Context, q Query) (Page, error)
	Profile(ctx context.Context, addr string) (Profile, error)
	NewestTokens(ctx context.Context, n int) ([]Token, error)
	RecentlySold(ctx context.Context, n int) ([]RecentSale, error)
	TopCreators(ctx context.Context, n int) ([]CreatorStats, error)
	TokenReviews(ctx context.Context, id uint64) ([]Review, error)                // reputation.go
	ReputationStats(ctx context.Context, creator string) (ReputationStats, error) // reputation.go
}

// Service answers the marketplace's read questions (browse, search, token
// pages, profiles, the home page) from the catalog. It never decides access:
// that asks the chain.
type Service struct {
	catalog Catalog
}

// NewService returns the service over catalog.
func NewService(catalog Catalog) *Service { return &Service{catalog: catalog} }

// Token returns one token; an apperr NotFound when the index has not seen it.
func (s *Service) Token(ctx context.Context, id uint64) (Token, error) {
	return s.catalog.Token(ctx, id)
}

// TokenActivity returns a token's history, newest first, at most limit.
func (s *Service) TokenActivity(ctx context.Context, id uint64, limit int) ([]Activity, error) {
	return s.catalog.TokenActivity(ctx, id, limit)
}

// AccountActivity returns what an address did, newest first, at most limit.
func (s *Service) AccountActivity(ctx context.Context, addr string, limit int) ([]Activity, error) {
	a, err := ParseAddress(addr)
	if err != nil {
		return nil, err
	}
	return s.catalog.AccountActivity(ctx, a, limit)
}

// CatalogueVersion is the indexed head and a version of the catalogue
// that changes whenever it does (for page caches).
func (s *Service) CatalogueVersion(ctx context.Context) (uint64, string, error) {
	return s.catalog.CatalogueVersion(ctx)
}

// IndexedHead is the last block the index has applied.
func (s *Service) IndexedHead(ctx context.Context) (uint64, error) {
	return s.catalog.IndexedHead(ctx)
}

// Search runs a browse or search query (normalized: defaults filled in,
// bounds applied).
func (s *Service) Search(ctx context.Context, q Query) (Page, error) {
	return s.catalog.SearchTokens(ctx, q.Normalize())
}

// Profile returns an address's created, owned, listed and sold tokens and
// earnings; an apperr Invalid when addr is not an address.
func (s *Service) Profile(ctx context.Context, addr string) (Profile, error) {
	a, err := ParseAddress(addr)
	if err != nil {
		return Profile{}, err
	}
	return s.catalog.Profile(ctx, a)
}

// Home is what the home page shows of the market.
type Home struct {
	Newest       []Token
	RecentlySold []RecentSale
	TopCreators  []CreatorStats
}

// Home returns the newest tokens, the latest sales and the top creators.
func (s *Service) Home(ctx context.Context, newest, sold, creators int) (Home, error) {
	var h Home
	var err error
	if h.Newest, err = s.catalog.NewestTokens(ctx, newest); err != nil {
		return Home{}, fmt.Errorf("home: newest: %w", err)
	}
	if h.RecentlySold, err = s.catalog.RecentlySold(ctx, sold); err != nil {
		return Home{}, fmt.Errorf("home: recently sold: %w", err)
	}
	if h.TopCreators, err = s.catalog.TopCreators(ctx, creators); err != nil {
		return Home{}, fmt.Errorf("home: top creators: %w", err)
	}
	return h, nil
}
