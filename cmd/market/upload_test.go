package main

import (
	"io"
	"strings"
	"testing"
	"time"
)

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{
		"0": 0, "1048576": 1 << 20, "50GiB": 50 << 30, "500MiB": 500 << 20, "2 TiB": 2 << 40, "10KB": 10 << 10, "7B": 7,
	} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "1.5GiB", "GiB", "12 parsecs", "99999999999TiB"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) accepted", in)
		}
	}
}

func TestConfig_UploadFlags(t *testing.T) {
	env := func(k string) string {
		if k == "MARKET_UPLOAD_QUOTA" {
			return "1GiB"
		}
		return ""
	}
	c, err := parseConfig([]string{"--max-upload-size", "2GiB", "--upload-expiry", "48h"}, env, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxUploadSize != 2<<30 || c.UploadQuota != 1<<30 || c.UploadExpiry != 48*time.Hour {
		t.Fatalf("config %d %d %s", c.MaxUploadSize, c.UploadQuota, c.UploadExpiry)
	}
	d, err := parseConfig(nil, func(string) string { return "" }, io.Discard)
	if err != nil || d.MaxUploadSize != 50<<30 || d.UploadQuota != 100<<30 || d.UploadExpiry != 7*24*time.Hour {
		t.Fatalf("defaults %d %d %s (%v)", d.MaxUploadSize, d.UploadQuota, d.UploadExpiry, err)
	}
	for _, args := range [][]string{{"--max-upload-size", "lots"}, {"--upload-quota", "-5"}, {"--upload-expiry", "0s"}} {
		if _, err := parseConfig(args, func(string) string { return "" }, io.Discard); err == nil || !strings.Contains(err.Error(), args[0]) {
			t.Errorf("%v: err = %v, want one naming %s", args, err, args[0])
		}
	}
}

func TestConfig_Confirmations(t *testing.T) {
	env := func(k string) string {
		if k == "MARKET_CONFIRMATIONS" {
			return "12"
		}
		return ""
	}
	c, err := parseConfig(nil, env, io.Discard)
	if err != nil || c.Confirmations != 12 {
		t.Fatalf("from env: %d (%v)", c.Confirmations, err)
	}
	if c, err = parseConfig([]string{"--confirmations", "3"}, env, io.Discard); err != nil || c.Confirmations != 3 {
		t.Fatalf("flag over env: %d (%v)", c.Confirmations, err)
	}
	if d, err := parseConfig(nil, func(string) string { return "" }, io.Discard); err != nil || d.Confirmations != 0 {
		t.Fatalf("default: %d (%v)", d.Confirmations, err)
	}
	for _, v := range []string{"-1", "twelve", "70000"} {
		if _, err := parseConfig([]string{"--confirmations", v}, func(string) string { return "" }, io.Discard); err == nil || !strings.Contains(err.Error(), "--confirmations") {
			t.Errorf("%q: err = %v, want one naming --confirmations", v, err)
		}
	}
}

func TestConfig_PageQueue(t *testing.T) {
	env := func(k string) string {
		if k == "MARKET_PAGE_SLOTS" {
			return "32"
		}
		return ""
	}
	c, err := parseConfig([]string{"--page-wait", "30s"}, env, io.Discard)
	if err != nil || c.PageSlots != 32 || c.PageWait != 30*time.Second {
		t.Fatalf("env slots, flag wait: %d %s (%v)", c.PageSlots, c.PageWait, err)
	}
	if d, err := parseConfig(nil, func(string) string { return "" }, io.Discard); err != nil || d.PageSlots != 0 || d.PageWait != 10*time.Second {
		t.Fatalf("defaults: %d %s (%v)", d.PageSlots, d.PageWait, err)
	}
	for _, args := range [][]string{{"--page-slots", "-1"}, {"--page-slots", "many"}, {"--page-wait", "0s"}, {"--page-wait", "soon"}} {
		if _, err := parseConfig(args, func(string) string { return "" }, io.Discard); err == nil || !strings.Contains(err.Error(), args[0]) {
			t.Errorf("%v: err = %v, want one naming %s", args, err, args[0])
		}
	}
}
