package ipfs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// kuboVectors are CIDs recorded from Kubo v0.42.0 (built from its module
// source, FACTS.md) on the bytes of testData(size):
//
//	ipfs init -e && ipfs config profile apply unixfs-v1-2025
//	<testData(size)> | ipfs add --only-hash -Q
//
// Run the test with KUBO_IPFS=/path/to/ipfs to compare with a live Kubo too.
var kuboVectors = []struct {
	name string
	size int64
	cid  string
	big  bool // skipped with -short
}{
	{"empty", 0, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", false},
	{"one byte", 1, "bafkreihqghx2lb2e5f5divk4vgdcdvhiuuwowxzaxci5lrcmzlqnvkvgiq", false},
	{"1 MiB, one raw leaf", mib, "bafkreihmmp5jaozsp7y4xdcxaywme4xefusmhon6kxhfexaearu3qbywnm", false},
	{"1 MiB + 1", mib + 1, "bafybeiem5nbixbiygnsg5gcu6bvziljz6bxu4exyml2jvnnogcj755c56y", false},
	{"2 MiB + 1", 2*mib + 1, "bafybeidmc2ydiyobcam5auwczloaymco42cdnkjlodgunxd6o2j7xjgyjy", false},
	{"1024 MiB, one full root", 1024 * mib, "bafybeiax6qpabtuxt4pc6zpbmcl4nft2dyxnmoja3akkeruxwc7hj7rgke", true},
	{"1025 MiB, past 1024 links", 1025 * mib, "bafybeicizuw7fzf52q6m7s5uih4i35tkoxtlmj5zfux6wdyrmqz3k7kqdq", true},
}

// TestAdd_CIDsMatchKubo protects the one promise that lets anyone check our
// files with stock IPFS tools: the same bytes give the same CID as Kubo's
// unixfs-v1-2025 profile, across the single-leaf case and the 1024-link
// boundary of the balanced layout.
func TestAdd_CIDsMatchKubo(t *testing.T) {
	n, _ := openNode(t)
	ctx := context.Background()
	kubo := os.Getenv("KUBO_IPFS")
	for _, v := range kuboVectors {
		t.Run(v.name, func(t *testing.T) {
			if v.big && testing.Short() {
				t.Skip("1 GiB import skipped with -short")
			}
			got, err := n.Add(ctx, testData(v.size))
			if err != nil {
				t.Fatalf("Add: %v", err)
			}
			if got.CID.String() != v.cid {
				t.Errorf("CID = %s, Kubo v0.42.0 recorded %s", got.CID, v.cid)
			}
			if got.Size != v.size {
				t.Errorf("Size = %d, want %d", got.Size, v.size)
			}
			h := sha256.New()
			if _, err := io.Copy(h, testData(v.size)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.SHA256[:], h.Sum(nil)) {
				t.Errorf("SHA256 = %x, want %x", got.SHA256, h.Sum(nil))
			}
			if st, err := n.Stat(ctx); err != nil || st.Blocks != recount(t, n) {
				t.Errorf("Stat = %+v, %v; blocks on disk %d", st, err, recount(t, n))
			}
			if kubo != "" {
				if live := kuboCID(t, kubo, v.size); live != got.CID.String() {
					t.Errorf("CID = %s, live Kubo says %s", got.CID, live)
				}
			}
		})
	}
}

var (
	kuboRepoOnce sync.Once
	kuboRepo     string
	kuboRepoErr  error
)

// kuboCID runs `ipfs add --only-hash -Q` of the given Kubo binary on
// testData(size), in a throwaway repo with the unixfs-v1-2025 profile.
func kuboCID(t *testing.T, bin string, size int64) string {
	t.Helper()
	kuboRepoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kubo-repo-")
		if err != nil {
			kuboRepoErr = err
			return
		}
		kuboRepo = filepath.Join(dir, "repo")
		for _, args := range [][]string{{"init", "-e"}, {"config", "profile", "apply", "unixfs-v1-2025"}} {
			cmd := exec.Command(bin, args...)
			cmd.Env = append(os.Environ(), "IPFS_PATH="+kuboRepo)
			if out, err := cmd.CombinedOutput(); err != nil {
				kuboRepoErr = &exec.ExitError{Stderr: out}
				return
			}
		}
	})
	if kuboRepoErr != nil {
		t.Fatalf("kubo repo: %v", kuboRepoErr)
	}
	cmd := exec.Command(bin, "add", "--only-hash", "-Q")
	cmd.Env = append(os.Environ(), "IPFS_PATH="+kuboRepo)
	cmd.Stdin = testData(size)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("kubo add: %v", err)
	}
	return strings.TrimSpace(string(out))
}
