package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"modelmarket/internal/wallet"
)

// walletTables is migration 2: sign-in nonces and sessions. Sessions are keyed
// by the sha256 of the cookie token, never the token itself.
func walletTables(b Backend) []string {
	return []string{
		`CREATE TABLE siwe_nonces (nonce TEXT PRIMARY KEY, expires_at ` + ts[b] + ` NOT NULL)`,
		`CREATE INDEX siwe_nonces_expires_at ON siwe_nonces (expires_at)`,
		`CREATE TABLE sessions (
			id_hash TEXT PRIMARY KEY,
			address TEXT NOT NULL,
			chain_id BIGINT NOT NULL,
			csrf_token TEXT NOT NULL,
			created_at ` + ts[b] + ` NOT NULL,
			last_seen_at ` + ts[b] + ` NOT NULL,
			expires_at ` + ts[b] + ` NOT NULL)`,
		`CREATE INDEX sessions_expires_at ON sessions (expires_at)`,
		`CREATE INDEX sessions_address ON sessions (address)`,
	}
}

type nonceRecord struct {
	Nonce     string `gorm:"primaryKey"`
	ExpiresAt time.Time
}

func (nonceRecord) TableName() string { return "siwe_nonces" }

type sessionRecord struct {
	IDHash     string `gorm:"primaryKey"`
	Address    string
	ChainID    int64
	CSRFToken  string `gorm:"column:csrf_token"`
	CreatedAt  time.Time
	LastSeenAt time.Time
	ExpiresAt  time.Time
}

func (sessionRecord) TableName() string { return "sessions" }

// The store implements the wallet's port.
var _ wallet.Store = (*Store)(nil)

// dbTime is how times are written: UTC, at the microsecond PostgreSQL keeps.
func dbTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// CreateNonce implements wallet.Store.
func (s *Store) CreateNonce(ctx context.Context, nonce string, expiresAt time.Time) error {
	if err := s.db.WithContext(ctx).Create(&nonceRecord{Nonce: nonce, ExpiresAt: dbTime(expiresAt)}).Error; err != nil {
		return fmt.Errorf("create nonce: %w", err)
	}
	return nil
}

// ConsumeNonce implements wallet.Store: one DELETE decides, so of two
// concurrent uses exactly one sees a deleted row.
func (s *Store) ConsumeNonce(ctx context.Context, nonce string, now time.Time) (bool, error) {
	res := s.db.WithContext(ctx).Where("nonce = ? AND expires_at > ?", nonce, dbTime(now)).Delete(&nonceRecord{})
	if res.Error != nil {
		return false, fmt.Errorf("consume nonce: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// CreateSession implements wallet.Store.
func (s *Store) CreateSession(ctx context.Context, sess wallet.Session) error {
	r := sessionRecord{
		IDHash: sess.IDHash, Address: sess.Address.Hex(), ChainID: int64(sess.ChainID), CSRFToken: sess.CSRFToken,
		CreatedAt: dbTime(sess.CreatedAt), LastSeenAt: dbTime(sess.LastSeenAt), ExpiresAt: dbTime(sess.ExpiresAt),
	}
	if err := s.db.WithContext(ctx).Create(&r).Error; err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	return nil
}

// Session implements wallet.Store; a missing row is wallet.ErrNotFound.
func (s *Store) Session(ctx context.Context, idHash string) (wallet.Session, error) {
	var r sessionRecord
	err := s.db.WithContext(ctx).Where("id_hash = ?", idHash).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return wallet.Session{}, wallet.ErrNotFound
	}
	if err != nil {
		return wallet.Session{}, fmt.Errorf("read session: %w", err)
	}
	return wallet.Session{
		IDHash: r.IDHash, Address: common.HexToAddress(r.Address), ChainID: uint64(r.ChainID), CSRFToken: r.CSRFToken,
		CreatedAt: r.CreatedAt.UTC(), LastSeenAt: r.LastSeenAt.UTC(), ExpiresAt: r.ExpiresAt.UTC(),
	}, nil
}

// TouchSession implements wallet.Store.
func (s *Store) TouchSession(ctx context.Context, idHash string, lastSeen time.Time) error {
	err := s.db.WithContext(ctx).Model(&sessionRecord{}).Where("id_hash = ?", idHash).Update("last_seen_at", dbTime(lastSeen)).Error
	if err != nil {
		return fmt.Errorf("touch session: %w", err)
	}
	return nil
}

// DeleteSession implements wallet.Store.
func (s *Store) DeleteSession(ctx context.Context, idHash string) error {
	if err := s.db.WithContext(ctx).Where("id_hash = ?", idHash).Delete(&sessionRecord{}).Error; err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

// DeleteExpired implements wallet.Store.
func (s *Store) DeleteExpired(ctx context.Context, now time.Time) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("expires_at <= ?", dbTime(now)).Delete(&nonceRecord{}).Error; err != nil {
			return fmt.Errorf("delete expired nonces: %w", err)
		}
		if err := tx.Where("expires_at <= ?", dbTime(now)).Delete(&sessionRecord{}).Error; err != nil {
			return fmt.Errorf("delete expired sessions: %w", err)
		}
		return nil
	})
}

// SessionCount counts the open sessions of address (all when zero); tests
// use it to prove that a refused sign-in created nothing.
func (s *Store) SessionCount(ctx context.Context, address common.Address) (int64, error) {
	q := s.db.WithContext(ctx).Model(&sessionRecord{})
	if address != (common.Address{}) {
		q = q.Where("address = ?", address.Hex())
	}
	var n int64
	if err := q.Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count sessions: %w", err)
	}
	return n, nil
}
