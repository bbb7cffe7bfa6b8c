package views

import "testing"

func TestCount(t *testing.T) {
	for n, want := range map[uint64]string{0: "0", 999: "999", 1000: "1,000", 12873: "12,873", 1234567: "1,234,567", 100000: "100,000"} {
		if got := Count(n); got != want {
			t.Errorf("Count(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestNewErrorPage_RetryStaysOnSite(t *testing.T) {
	for path, want := range map[string]string{"/boom": "/boom", "//evil.example/x": "/evil.example/x", "": "/"} {
		if got := NewErrorPage(Page{}, 500, "m", "id", path).RetryURL; got != want {
			t.Errorf("retry for %q = %q, want %q", path, got, want)
		}
	}
	if got := NewErrorPage(Page{}, 404, "m", "id", "/x").RetryURL; got != "" {
		t.Errorf("404 offers retry %q; reloading a missing page does not help", got)
	}
}
