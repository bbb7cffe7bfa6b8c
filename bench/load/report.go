package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"modelmarket/internal/chain"
	"modelmarket/internal/store"
	"modelmarket/internal/wallet"
)

// printTable prints each target's figures and its ratios to the better of
// the two static runs (the higher throughput, the lower p99).
func printTable(w io.Writer, targets []target, results []result) {
	var ref result
	for _, r := range results {
		if r.name != "static" {
			continue
		}
		if ref.rps == 0 || r.rps > ref.rps {
			ref.rps = r.rps
		}
		if ref.p99 == 0 || r.p99 < ref.p99 {
			ref.p99 = r.p99
		}
	}
	goals := map[string]target{}
	for _, t := range targets {
		goals[t.name] = t
	}
	fmt.Fprintf(w, "\n%-20s %9s %9s %9s %7s %8s %8s  %s\n", "target", "req/s", "p50", "p99", "cached", "rps/st", "p99/st", "goal")
	for _, r := range results {
		cached := "-"
		if r.requests > 0 && r.name != "static" {
			cached = fmt.Sprintf("%.0f%%", 100*float64(r.hits)/float64(r.requests))
		}
		line := fmt.Sprintf("%-20s %9.0f %9s %9s %7s %7.0f%% %7.2fx", r.name, r.rps, ms(r.p50), ms(r.p99), cached,
			100*r.rps/ref.rps, float64(r.p99)/float64(ref.p99))
		if g := goals[r.name]; g.maxP99 > 0 {
			line += "  " + verdict(g, r, ref)
		}
		if r.errors > 0 {
			line += fmt.Sprintf("  (%d errors)", r.errors)
		}
		fmt.Fprintln(w, line)
	}
}

func verdict(g target, r, ref result) string {
	p99 := float64(r.p99) / float64(ref.p99)
	rps := r.rps / ref.rps
	ok := p99 <= g.maxP99 && rps >= g.minRPS && r.errors == 0
	s := fmt.Sprintf("p99 ≤ %.0fx", g.maxP99)
	if g.minRPS > 0 {
		s += fmt.Sprintf(", rps ≥ %.0f%%", 100*g.minRPS)
	}
	if ok {
		return "met (" + s + ")"
	}
	return "NOT met (" + s + ")"
}

// freshPostgres creates a database on the server in MARKET_TEST_POSTGRES
// and returns its target and the func that drops it.
func freshPostgres(ctx context.Context) (store.Target, func(), error) {
	admin := os.Getenv("MARKET_TEST_POSTGRES")
	if admin == "" {
		return store.Target{}, nil, fmt.Errorf("-db postgres needs MARKET_TEST_POSTGRES (an admin URL)")
	}
	db, err := gorm.Open(postgres.Open(admin), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return store.Target{}, nil, fmt.Errorf("connect to postgres: %w", err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "bench_load_" + hex.EncodeToString(b)
	if err := db.WithContext(ctx).Exec("CREATE DATABASE " + name).Error; err != nil {
		return store.Target{}, nil, fmt.Errorf("create database: %w", err)
	}
	drop := func() {
		db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	}
	u, err := url.Parse(admin)
	if err != nil {
		drop()
		return store.Target{}, nil, err
	}
	u.Path = "/" + name
	return store.Target{Backend: store.Postgres, DSN: u.String()}, drop, nil
}

// signInCookie signs dev account #1 in (SIWE, as the browser does) and
// returns its session cookie as a Cookie header value.
func signInCookie(ctx context.Context, svc *wallet.Service, dev *chain.DevChain) (string, error) {
	acc := dev.Accounts()[1]
	m, err := svc.NewMessage(ctx, acc.Address)
	if err != nil {
		return "", err
	}
	sig, err := wallet.SignPersonal([]byte(m.String()), acc.Key)
	if err != nil {
		return "", err
	}
	_, token, err := svc.SignIn(ctx, m.String(), hexutil.Encode(sig))
	if err != nil {
		return "", fmt.Errorf("sign in: %w", err)
	}
	if strings.ContainsAny(token, "; ") {
		return "", fmt.Errorf("unexpected session token %q", token)
	}
	return "mm_session=" + token, nil
}
