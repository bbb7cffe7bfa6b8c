// Package store keeps the app's SQL state (moderation, sessions, upload
// bookkeeping and the chain read model) through gorm, on pure-Go SQLite by
// default or PostgreSQL for scale. gorm records never leave this package.
package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Backend names the SQL engine behind a Store.
type Backend string

const (
	SQLite   Backend = "sqlite"
	Postgres Backend = "postgres"
)

// Target is a parsed --db value: which backend, and how to reach it.
type Target struct {
	Backend Backend
	DSN     string // a file path for SQLite, a connection URL for PostgreSQL
}

// ParseURL turns a --db value into a Target. An empty value means the SQLite
// file market.db under dataDir. Accepted forms: "sqlite:PATH" and
// "postgres://user:pass@host:port/dbname?…" (or postgresql://). Anything else
// is an error that says what is accepted.
func ParseURL(raw, dataDir string) (Target, error) {
	switch {
	case raw == "":
		return Target{Backend: SQLite, DSN: filepath.Join(dataDir, "market.db")}, nil
	case strings.HasPrefix(raw, "sqlite:"):
		p := strings.TrimPrefix(strings.TrimPrefix(raw, "sqlite:"), "//")
		if p == "" {
			return Target{}, errors.New("sqlite: URL has no file path (use sqlite:PATH)")
		}
		return Target{Backend: SQLite, DSN: p}, nil
	case strings.HasPrefix(raw, "postgres://"), strings.HasPrefix(raw, "postgresql://"):
		u, err := url.Parse(raw)
		if err != nil {
			return Target{}, fmt.Errorf("postgres URL does not parse: %w", errors.Unwrap(err))
		}
		if u.Host == "" || strings.Trim(u.Path, "/") == "" {
			return Target{}, errors.New("postgres URL needs a host and a database name (postgres://user:pass@host:5432/dbname)")
		}
		return Target{Backend: Postgres, DSN: raw}, nil
	default:
		return Target{}, fmt.Errorf("unsupported database URL %q: use sqlite:PATH or postgres://user:pass@host:5432/dbname", Redact(raw))
	}
}

// Redact hides the password of a database URL so it can be printed.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Store is the app's SQL database. It is safe for concurrent use.
type Store struct {
	db      *gorm.DB
	backend Backend
}

// Open connects to the target, then brings the schema up to date by running
// the pending migrations (see migrate.go). It fails if the database cannot be
// reached within ctx, if a migration fails (that migration's changes are
// rolled back), or if the database was migrated by a newer binary.
func Open(ctx context.Context, t Target, log *slog.Logger) (*Store, error) {
	cfg := &gorm.Config{
		Logger:                                   newGormLogger(log),
		NowFunc:                                  func() time.Time { return time.Now().UTC() },
		DisableForeignKeyConstraintWhenMigrating: true,
	}
	var dialector gorm.Dialector
	switch t.Backend {
	case SQLite:
		if err := os.MkdirAll(filepath.Dir(t.DSN), 0o700); err != nil {
			return nil, fmt.Errorf("sqlite %s: %w", t.DSN, err)
		}
		// WAL lets readers run beside the writer; the busy timeout makes a
		// second writer wait instead of failing with "database is locked".
		// Browse and search read wide token rows: a 256 MiB memory map
		// reads them from the page cache without a copy per page, and a
		// 32 MiB page cache per connection (4) keeps a 10,000-token
		// catalogue's hot pages in memory. temp_store(MEMORY) keeps the
		// statement journal of the indexer's multi-row inserts (and sort
		// spills) off disk: it was a tenth of a backfill's time in write
		// calls.
		dsn := "file:" + t.DSN + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)" +
			"&_pragma=mmap_size(268435456)&_pragma=cache_size(-32768)&_pragma=temp_store(MEMORY)&_txlock=immediate"
		dialector = sqlite.Open(dsn)
	case Postgres:
		dialector = postgres.Open(t.DSN)
	default:
		return nil, fmt.Errorf("unknown backend %q", t.Backend)
	}
	db, err := gorm.Open(dialector, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", t.Backend, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", t.Backend, err)
	}
	if t.Backend == SQLite {
		// One writer at a time is what SQLite does anyway; a small pool keeps
		// readers concurrent without piling up busy waits.
		sqlDB.SetMaxOpenConns(4)
	} else {
		sqlDB.SetMaxOpenConns(20)
		sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	}
	s := &Store{db: db, backend: t.Backend}
	if err := s.Ping(ctx); err != nil {
		sqlDB.Close()
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		sqlDB.Close()
		return nil, err
	}
	return s, nil
}

// Backend reports which engine this store runs on.
func (s *Store) Backend() Backend { return s.backend }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return fmt.Errorf("%s: %w", s.backend, err)
	}
	if err := sqlDB.PingContext(ctx); err != nil {
		return fmt.Errorf("%s ping: %w", s.backend, err)
	}
	return nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// gormLogger sends gorm's slow-query and error lines to slog; record-not-found
// is an answer, not an error, and is not logged.
func newGormLogger(log *slog.Logger) logger.Interface {
	if log == nil {
		return logger.Discard
	}
	return logger.NewSlogLogger(log.With("component", "db"), logger.Config{
		SlowThreshold:             500 * time.Millisecond,
		IgnoreRecordNotFoundError: true,
		ParameterizedQueries:      true,
		LogLevel:                  logger.Warn,
	})
}
