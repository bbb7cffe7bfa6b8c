package ipfs

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"
)

// Known boxo v0.43.0 bugs, seen through our gateway on both implementations
// (the subtests skip while the bug is there and assert once it is fixed):
//
//   - Failed If-Range: boxo's backend seeks to the range start before
//     httpServeContent evaluates If-Range; when If-Range does not match (a
//     date, a foreign ETag) it answers 200 with the whole file's
//     Content-Length but a body that starts at the range start: a truncated
//     download. Fix in our wrapper: when a request has If-Range that is not
//     exactly `"<root cid>"` of a path without a sub-path, delete both Range
//     and If-Range before boxo sees them (a full 200 is what RFC 9110 asks).
//   - Suffix longer than the file (bytes=-N, N > size): seekToRangeStart
//     refuses a negative start and the answer is a 500, where RFC 9110 asks
//     for the whole file as a 206.

// TestContent_GatewayRanges: resuming a download of a large file must not
// restart it, on either implementation. The file spans several 1 MiB leaves
// so ranges cross block boundaries.
func TestContent_GatewayRanges(t *testing.T) {
	eachContent(t, func(t *testing.T, s Content) {
		data := randomBytes(5*mib+12345, 7100)
		size := len(data)
		added, err := s.Add(context.Background(), bytes.NewReader(data))
		if err != nil {
			t.Fatalf("Add: %v", err)
		}
		srv := httptest.NewServer(s.Gateway(GatewayConfig{}))
		defer srv.Close()
		f := &gatewayFixture{srv: srv}
		path := "/ipfs/" + added.CID.String()

		full, body := f.get(t, "", path)
		if full.StatusCode != http.StatusOK || !bytes.Equal(body, data) {
			t.Fatalf("GET whole: %d, %d bytes (want 200, %d identical)", full.StatusCode, len(body), size)
		}
		if full.Header.Get("Accept-Ranges") != "bytes" {
			t.Errorf("Accept-Ranges = %q, want bytes", full.Header.Get("Accept-Ranges"))
		}
		etag := full.Header.Get("ETag")
		if etag == "" {
			t.Fatal("no ETag on the whole file: If-Range cannot work")
		}

		for _, tc := range []struct {
			name, rng  string
			start, end int // inclusive
		}{
			{"first byte", "bytes=0-0", 0, 0},
			{"inside one leaf", "bytes=100-199", 100, 199},
			{"across three leaves", fmt.Sprintf("bytes=%d-%d", mib-5, 3*mib+5), mib - 5, 3*mib + 5},
			{"end past the size is clamped", fmt.Sprintf("bytes=%d-%d", 5*mib, size+1000), 5 * mib, size - 1},
			{"open ended", fmt.Sprintf("bytes=%d-", 4*mib+7), 4*mib + 7, size - 1},
			{"suffix", "bytes=-12346", size - 12346, size - 1},
		} {
			t.Run(tc.name, func(t *testing.T) {
				resp, body := f.get(t, "", path, "Range", tc.rng)
				assertRange(t, resp, body, data, tc.start, tc.end)
				assertSandboxed(t, resp)
			})
		}

		// RFC 9110 14.1.2: a suffix longer than the representation selects
		// all of it.
		t.Run("suffix longer than the file", func(t *testing.T) {
			resp, body, err := getRange(srv.URL+path, "Range", fmt.Sprintf("bytes=-%d", size+10))
			// boxo v0.43.0 alone answers 500 here; offlineOnly rewrites the range.
			if err != nil {
				t.Fatal(err)
			}
			assertRange(t, resp, body, data, 0, size-1)
		})

		t.Run("resumed download", func(t *testing.T) {
			half := size / 2
			r1, first := f.get(t, "", path, "Range", fmt.Sprintf("bytes=0-%d", half-1))
			assertRange(t, r1, first, data, 0, half-1)
			// The client resumes as curl -C - and browsers do: from the
			// offset it has, guarded by the validator it got.
			r2, rest := f.get(t, "", path, "Range", fmt.Sprintf("bytes=%d-", half), "If-Range", etag)
			assertRange(t, r2, rest, data, half, size-1)
			if got := append(first, rest...); !bytes.Equal(got, data) {
				t.Errorf("the two halves (%d bytes) differ from the file (%d)", len(got), size)
			}
		})

		// A failed If-Range means "send the whole file" (RFC 9110 13.1.5).
		// An ETag here never changes (it is the CID), so only a client that
		// sends another validator (a date, a weak or foreign ETag) gets here.
		for _, ir := range []string{`"not-this-file"`, full.Header.Get("Last-Modified"), "Wed, 21 Oct 2015 07:28:00 GMT"} {
			if ir == "" {
				continue // no Last-Modified: files carry no mtime
			}
			t.Run("If-Range "+ir+" sends the whole file", func(t *testing.T) {
				resp, body, err := getRange(srv.URL+path, "Range", "bytes=10-", "If-Range", ir)
				// boxo v0.43.0 alone answers 200 with the body from the range
				// start (truncated); offlineOnly drops the range instead.
				if err != nil {
					t.Fatal(err)
				}
				if resp.StatusCode != http.StatusOK || !bytes.Equal(body, data) {
					t.Errorf("got %d, %d bytes; want 200 and the whole %d", resp.StatusCode, len(body), size)
				}
			})
		}

		t.Run("If-None-Match with the ETag is 304", func(t *testing.T) {
			resp, body := f.get(t, "", path, "If-None-Match", etag)
			if resp.StatusCode != http.StatusNotModified || len(body) != 0 {
				t.Errorf("got %d, %d bytes; want 304, empty", resp.StatusCode, len(body))
			}
		})

		t.Run("range past the end is 416", func(t *testing.T) {
			resp, _ := f.get(t, "", path, "Range", fmt.Sprintf("bytes=%d-", size))
			if resp.StatusCode != http.StatusRequestedRangeNotSatisfiable {
				t.Errorf("status %d, want 416", resp.StatusCode)
			}
			if want := "bytes */" + strconv.Itoa(size); resp.Header.Get("Content-Range") != want {
				t.Errorf("Content-Range = %q, want %q", resp.Header.Get("Content-Range"), want)
			}
			assertSandboxed(t, resp)
		})
	})
}

// assertRange checks a 206 carrying exactly data[start:end+1].
func assertRange(t *testing.T, resp *http.Response, body, data []byte, start, end int) {
	t.Helper()
	if resp.StatusCode != http.StatusPartialContent {
		t.Fatalf("status %d, want 206", resp.StatusCode)
	}
	want := fmt.Sprintf("bytes %d-%d/%d", start, end, len(data))
	if got := resp.Header.Get("Content-Range"); got != want {
		t.Errorf("Content-Range = %q, want %q", got, want)
	}
	if got, want := resp.Header.Get("Content-Length"), strconv.Itoa(end-start+1); got != want {
		t.Errorf("Content-Length = %q, want %s", got, want)
	}
	if !bytes.Equal(body, data[start:end+1]) {
		t.Errorf("body: %d bytes that differ from the %d wanted", len(body), end-start+1)
	}
}

// getRange is a GET that returns what arrived even when the body was cut
// short (gatewayFixture.get fails the test on a short body).
func getRange(url string, hdr ...string) (*http.Response, []byte, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, nil, err
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp, body, fmt.Errorf("read body: %w", err)
	}
	return resp, body, nil
}
