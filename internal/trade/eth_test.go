package trade_test

import (
	"testing"

	"modelmarket/internal/apperr"
	"modelmarket/internal/trade"
)

func TestParseETH(t *testing.T) {
	for in, want := range map[string]string{
		"1": "1000000000000000000", "0.25": "250000000000000000", " 1.5 ETH ": "1500000000000000000",
		".5": "500000000000000000", "0.000000000000000001": "1",
	} {
		got, err := trade.ParseETH(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseETH(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", ".", "-1", "1e18", "0x10", "1.0000000000000000001", "one", "1,5"} {
		if _, err := trade.ParseETH(in); apperr.KindOf(err) != apperr.Invalid {
			t.Errorf("ParseETH(%q) err = %v; want Invalid", in, err)
		}
	}
}

func TestPercent(t *testing.T) {
	for bps, want := range map[uint16]string{0: "0%", 250: "2.5%", 500: "5%", 1000: "10%", 1: "0.01%"} {
		if got := trade.Percent(bps); got != want {
			t.Errorf("Percent(%d) = %q; want %q", bps, got, want)
		}
	}
}
