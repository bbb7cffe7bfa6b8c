// Package storetest gives tests real databases: a SQLite file in a temp dir,
// and a fresh database on the throwaway PostgreSQL server that scripts/test
// starts and names in MARKET_TEST_POSTGRES.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"modelmarket/internal/store"
)

// EnvPostgres names the env var holding an admin URL of a PostgreSQL server
// tests may create databases on. EnvRequirePostgres=1 turns its absence into a
// failure instead of a skip, so CI cannot silently test SQLite only.
const (
	EnvPostgres        = "MARKET_TEST_POSTGRES"
	EnvRequirePostgres = "MARKET_TEST_REQUIRE_POSTGRES"
)

// SQLiteTarget returns a target for a new SQLite file in a temp dir.
func SQLiteTarget(t testing.TB) store.Target {
	return store.Target{Backend: store.SQLite, DSN: filepath.Join(t.TempDir(), "market.db")}
}

// PostgresTarget creates a fresh, empty database for this test and drops it
// when the test ends. It skips (or fails, under EnvRequirePostgres) when no
// server is configured.
func PostgresTarget(t testing.TB) store.Target {
	t.Helper()
	admin := os.Getenv(EnvPostgres)
	if admin == "" {
		if os.Getenv(EnvRequirePostgres) != "" {
			t.Fatalf("%s is required but not set", EnvPostgres)
		}
		t.Skipf("no PostgreSQL: set %s (./scripts/test does)", EnvPostgres)
	}
	db, err := gorm.Open(postgres.Open(admin), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatalf("connect to test postgres: %v", err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "test_" + hex.EncodeToString(b)
	if err := db.Exec("CREATE DATABASE " + name).Error; err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("parse %s: %v", EnvPostgres, err)
	}
	u.Path = "/" + name
	return store.Target{Backend: store.Postgres, DSN: u.String()}
}

// Open opens a store on the target and closes it when the test ends.
func Open(t testing.TB, target store.Target) *store.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := store.Open(ctx, target, nil)
	if err != nil {
		t.Fatalf("open %s store: %v", target.Backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// ForEachBackend runs fn as a subtest once per real database.
func ForEachBackend(t *testing.T, fn func(t *testing.T, target store.Target)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLiteTarget(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, PostgresTarget(t)) })
}
