package seal

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadOrCreateMasterKey_CreatesPrivateFileAndReusesIt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	mk1, err := LoadOrCreateMasterKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(dir, MasterKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 || st.Size() != MasterKeySize {
		t.Fatalf("master.key mode %v size %d, want 0600 and %d", st.Mode().Perm(), st.Size(), MasterKeySize)
	}
	mk2, err := LoadOrCreateMasterKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	if mk1.key != mk2.key {
		t.Fatal("second call returned a different key")
	}
	if mk1.key == ([MasterKeySize]byte{}) {
		t.Fatal("key is all zeros")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("data dir holds %d entries, want only master.key (temp file left behind?)", len(entries))
	}
}

func TestLoadOrCreateMasterKey_RefusesBadFiles(t *testing.T) {
	for _, tc := range []struct {
		name    string
		mode    os.FileMode
		size    int
		wantErr string
	}{
		{"group readable", 0o640, MasterKeySize, "group or others"},
		{"world readable", 0o604, MasterKeySize, "group or others"},
		{"too short", 0o600, MasterKeySize - 1, "has 31 bytes"},
		{"too long", 0o600, MasterKeySize + 1, "has 33 bytes"},
		{"empty", 0o600, 0, "has 0 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, MasterKeyFile)
			content := bytes.Repeat([]byte{7}, tc.size)
			if err := os.WriteFile(path, content, 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, tc.mode); err != nil {
				t.Fatal(err)
			}
			_, err := LoadOrCreateMasterKey(dir)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
			}
			got, _ := os.ReadFile(path)
			if !bytes.Equal(got, content) {
				t.Fatal("a refused key file was modified")
			}
		})
	}
}

func TestMasterKey_NeverPrinted(t *testing.T) {
	mk, err := LoadOrCreateMasterKey(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var logged bytes.Buffer
	slog.New(slog.NewTextHandler(&logged, nil)).Info("key", "master_key", mk)
	outputs := []string{
		fmt.Sprint(mk), fmt.Sprintf("%v %+v %#v %s", mk, mk, mk, mk), fmt.Sprintf("%v", *mk), logged.String(),
	}
	for _, out := range outputs {
		for _, enc := range []string{fmt.Sprintf("%x", mk.key[:]), fmt.Sprint(mk.key[:4])[1:8]} {
			if strings.Contains(out, enc) {
				t.Fatalf("key material printed: %q", out)
			}
		}
	}
}
