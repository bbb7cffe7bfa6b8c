package moderation

import (
	"errors"
	"testing"
	"time"
)

// The expected bytes and hash were computed outside Go (Python's hashlib
// over the README's definition), so the definition, not the code, is tested.
func TestCanonical_MatchesTheDocumentedEncoding(t *testing.T) {
	e := Entry{
		Seq: 1, At: time.Date(2026, 5, 1, 10, 0, 0, 123456789, time.UTC), Admin: "0xad00000000000000000000000000000000000001",
		Action: ActionHide, Target: TokenTargetOf(7), Reason: "Copies “someone” else's work.",
	}
	e = Seal(e, nil)
	want := "20:modelmarket-audit-v1,1:1,27:2026-05-01T10:00:00.123456Z,42:0xad00000000000000000000000000000000000001," +
		"4:hide,7:token:7,33:Copies “someone” else's work.,64:0000000000000000000000000000000000000000000000000000000000000000,"
	if got := string(Canonical(e)); got != want {
		t.Fatalf("canonical\n got %s\nwant %s", got, want)
	}
	if e.Hash != "6b77c5005701f2634e13f150fef52b8a2074778c5dc38a2cfae0b136c20d37bc" {
		t.Fatalf("hash %s", e.Hash)
	}
}

func TestVerifier_NamesTheFirstBadEntry(t *testing.T) {
	var chain []Entry
	var prev *Entry
	for i := range 5 {
		e := Seal(Entry{At: time.Unix(int64(i), 0), Admin: "0xad", Action: ActionDismiss, Target: TokenTargetOf(uint64(i)), Reason: "r"}, prev)
		chain = append(chain, e)
		prev = &chain[len(chain)-1]
	}
	check := func(es []Entry) error {
		var v Verifier
		for _, e := range es {
			if err := v.Next(e); err != nil {
				return err
			}
		}
		return nil
	}
	if err := check(chain); err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func([]Entry) []Entry{
		"reason":   func(es []Entry) []Entry { es[2].Reason = "x"; return es },
		"rehashed": func(es []Entry) []Entry { es[2].Reason = "x"; es[2].Hash = HashOf(es[2]); return es }, // breaks entry 4's link
		"dropped":  func(es []Entry) []Entry { return append(es[:2:2], es[3:]...) },
	} {
		es := edit(append([]Entry(nil), chain...))
		var ce *ChainError
		if err := check(es); !errors.As(err, &ce) {
			t.Fatalf("%s: %v", name, err)
		}
		want := map[string]int64{"reason": 3, "rehashed": 4, "dropped": 4}[name]
		if ce.Seq != want {
			t.Fatalf("%s: named entry %d, want %d (%v)", name, ce.Seq, want, ce)
		}
	}
}
