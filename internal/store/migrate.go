package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Migrations are numbered, append-only and written in SQL per backend, so the
// schema on disk is exactly what these lines say (no diffing of Go structs at
// start, which cannot rename or backfill). Each runs in its own transaction
// with its schema_migrations row; a failure rolls that step back and stops.
// Never edit a released migration: add the next one.
type migration struct {
	version int
	name    string
	up      map[Backend][]string
}

// ts is the column type for a point in time on each backend.
var ts = map[Backend]string{SQLite: "TIMESTAMP", Postgres: "TIMESTAMPTZ"}

var migrations = []migration{
	{1, "instance", map[Backend][]string{
		SQLite:   {`CREATE TABLE instance (id INTEGER PRIMARY KEY CHECK (id = 1), instance_id TEXT NOT NULL, created_at ` + ts[SQLite] + ` NOT NULL)`},
		Postgres: {`CREATE TABLE instance (id INTEGER PRIMARY KEY CHECK (id = 1), instance_id TEXT NOT NULL, created_at ` + ts[Postgres] + ` NOT NULL)`},
	}},
	{2, "wallet_sessions", map[Backend][]string{
		SQLite:   walletTables(SQLite),
		Postgres: walletTables(Postgres),
	}},
	{3, "uploads", map[Backend][]string{
		SQLite:   uploadTables(SQLite),
		Postgres: uploadTables(Postgres),
	}},
	{4, "uploads_gated", map[Backend][]string{
		SQLite:   uploadGatedColumns(SQLite),
		Postgres: uploadGatedColumns(Postgres),
	}},
	{5, "card_drafts", map[Backend][]string{
		SQLite:   cardDraftTables(SQLite),
		Postgres: cardDraftTables(Postgres),
	}},
	{6, "upload_bundles", map[Backend][]string{
		SQLite:   bundleTables(SQLite),
		Postgres: bundleTables(Postgres),
	}},
	{7, "chain_index", map[Backend][]string{
		SQLite:   indexTables(SQLite),
		Postgres: indexTables(Postgres),
	}},
	{8, "token_search", map[Backend][]string{
		SQLite:   searchTables(SQLite),
		Postgres: searchTables(Postgres),
	}},
	{9, "moderation", map[Backend][]string{
		SQLite:   moderationTables(SQLite),
		Postgres: moderationTables(Postgres),
	}},
}

type schemaMigration struct {
	Version   int `gorm:"primaryKey;autoIncrement:false"`
	Name      string
	AppliedAt time.Time
}

func (schemaMigration) TableName() string { return "schema_migrations" }

// pgMigrateLock is the advisory lock key that serializes migrations when
// several replicas start against one PostgreSQL at the same time.
const pgMigrateLock = 0x6d6d6967 // "mmig"

func (s *Store) migrate(ctx context.Context) error {
	db := s.db.WithContext(ctx)
	// PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a concurrent
	// twin (duplicate key in pg_type): replicas starting together take the
	// migration lock for it too.
	err := db.Transaction(func(tx *gorm.DB) error {
		if s.backend == Postgres {
			if err := tx.Exec(`SELECT pg_advisory_xact_lock(?)`, pgMigrateLock).Error; err != nil {
				return err
			}
		}
		return tx.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ` + ts[s.backend] + ` NOT NULL)`).Error
	})
	if err != nil {
		return fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	for _, m := range migrations {
		err := db.Transaction(func(tx *gorm.DB) error {
			if s.backend == Postgres {
				if err := tx.Exec(`SELECT pg_advisory_xact_lock(?)`, pgMigrateLock).Error; err != nil {
					return err
				}
			}
			var n int64
			if err := tx.Model(&schemaMigration{}).Where("version = ?", m.version).Count(&n).Error; err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			for _, stmt := range m.up[s.backend] {
				if err := tx.Exec(stmt).Error; err != nil {
					return err
				}
			}
			return tx.Create(&schemaMigration{Version: m.version, Name: m.name, AppliedAt: time.Now().UTC()}).Error
		})
		if err != nil {
			return fmt.Errorf("migrate: %03d_%s on %s: %w", m.version, m.name, s.backend, err)
		}
	}
	var newest int
	if err := db.Model(&schemaMigration{}).Select("COALESCE(MAX(version), 0)").Scan(&newest).Error; err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	if known := migrations[len(migrations)-1].version; newest > known {
		return fmt.Errorf("migrate: the database is at schema version %d but this binary knows only up to %d: run a newer market", newest, known)
	}
	return nil
}

// SchemaVersion reports the newest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.WithContext(ctx).Model(&schemaMigration{}).Select("COALESCE(MAX(version), 0)").Scan(&v).Error
	if err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}
