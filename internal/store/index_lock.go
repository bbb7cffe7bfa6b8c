package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"time"
)

// IndexerLease is a held indexer leadership: Check reports an error once it
// may be lost, Release gives it up. The same interface literal as
// indexer.Lease, so the Store satisfies indexer.Locker without importing it.
type IndexerLease = interface {
	Check(ctx context.Context) error
	Release()
}

// pgIndexerLock is the advisory lock key of the indexer's leadership.
const pgIndexerLock = 0x6d6d6978 // "mmix"

// TryIndexerLock implements the indexer's Locker port. On PostgreSQL it takes a
// session-level advisory lock on a connection of its own, held until
// Release (or until that session dies, which frees the lock for another
// replica). On SQLite the one process that has the data dir always leads.
func (s *Store) TryIndexerLock(ctx context.Context) (IndexerLease, bool, error) {
	if s.backend != Postgres {
		return soleLease{}, true, nil
	}
	sqlDB, err := s.db.DB()
	if err != nil {
		return nil, false, fmt.Errorf("indexer lock: %w", err)
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("indexer lock: %w", err)
	}
	var got bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, pgIndexerLock).Scan(&got); err != nil {
		conn.Close()
		return nil, false, fmt.Errorf("indexer lock: %w", err)
	}
	if !got {
		conn.Close()
		return nil, false, nil
	}
	return &pgLease{conn: conn}, true, nil
}

type soleLease struct{}

func (soleLease) Check(context.Context) error { return nil }
func (soleLease) Release()                    {}

type pgLease struct{ conn *sql.Conn }

func (l *pgLease) Check(ctx context.Context) error {
	if err := l.conn.PingContext(ctx); err != nil {
		return fmt.Errorf("indexer lock session: %w", err)
	}
	return nil
}

func (l *pgLease) Release() {
	// Unlock before the connection goes back to the pool: the lock belongs
	// to the session, which the pool would hand to someone else still locked.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := l.conn.ExecContext(ctx, `SELECT pg_advisory_unlock($1)`, pgIndexerLock); err != nil {
		// The session is in doubt: make sure it is closed, not reused.
		_ = l.conn.Raw(func(any) error { return driver.ErrBadConn }) // closes it for good
	}
	l.conn.Close()
}
