package views

import (
	"reflect"
	"testing"
)

func TestLineDiff(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want []DiffLine
	}{
		{"same", "x\ny\n", "x\ny", []DiffLine{{"same", "x"}, {"same", "y"}}},
		{"empty before", "", "a\nb", []DiffLine{{"add", "a"}, {"add", "b"}}},
		{"changed middle", "a\nb\nc", "a\nB\nc\nd", []DiffLine{{"same", "a"}, {"del", "b"}, {"add", "B"}, {"same", "c"}, {"add", "d"}}},
		{"crlf", "a\r\nb", "a\nb", []DiffLine{{"same", "a"}, {"same", "b"}}},
		{"removed", "a\nb", "", []DiffLine{{"del", "a"}, {"del", "b"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := LineDiff(tc.a, tc.b); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("LineDiff = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestParamsChange(t *testing.T) {
	for _, tc := range []struct {
		before, after int64
		want          string
	}{{128, 192, "+64"}, {7_000_000_000, 8_000_000_000, "+1B"}, {1_500_000, 1_000_000, "−500K"}, {5, 5, "no change"}, {0, 12_340, "+12.3K"}} {
		if got := ParamsChange(tc.before, tc.after); got != tc.want {
			t.Errorf("ParamsChange(%d, %d) = %q, want %q", tc.before, tc.after, got, tc.want)
		}
	}
}
