package seal

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
)

// MasterKeyFile is the name of the master key file inside the data dir.
const MasterKeyFile = "master.key"

// MasterKeySize is the length of the master key in bytes.
const MasterKeySize = 32

// MasterKey is the server's long-lived secret. Losing it loses every gated file, so back it up with the
// data dir. Its String, GoString and LogValue methods redact it so it never reaches a log by accident.
type MasterKey struct {
	key [MasterKeySize]byte
}

// String redacts the key.
func (MasterKey) String() string { return "seal.MasterKey(redacted)" }

// GoString redacts the key for %#v.
func (MasterKey) GoString() string { return "seal.MasterKey(redacted)" }

// LogValue redacts the key for log/slog.
func (MasterKey) LogValue() slog.Value { return slog.StringValue("redacted") }

// LoadOrCreateMasterKey reads dir/master.key, or creates it with 32 random bytes and mode 0600 when it does
// not exist yet. Creation is atomic (temp file, fsync, hard link into place), and when two processes race
// the loser reads the winner's key instead of replacing it.
//
// It returns an error if the file is readable or writable by group or others, is not a regular file, or
// does not hold exactly 32 bytes: the server must refuse to start rather than use or replace a bad key.
func LoadOrCreateMasterKey(dir string) (*MasterKey, error) {
	path := filepath.Join(dir, MasterKeyFile)
	mk, err := loadMasterKey(path)
	if err == nil {
		return mk, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("seal: create key dir: %w", err)
	}
	if err := createMasterKey(dir, path); err != nil && !errors.Is(err, fs.ErrExist) {
		return nil, err
	}
	// Read back what is on disk: either our key or the one a concurrent process linked first.
	return loadMasterKey(path)
}

func loadMasterKey(path string) (*MasterKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("seal: open master key: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("seal: stat master key: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("seal: master key %s is not a regular file", path)
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return nil, fmt.Errorf("seal: master key %s has mode %#o, accessible by group or others; run chmod 600 on it", path, perm)
	}
	if st.Size() != MasterKeySize {
		return nil, fmt.Errorf("seal: master key %s has %d bytes, want %d; refusing to use or replace it", path, st.Size(), MasterKeySize)
	}
	mk := &MasterKey{}
	if _, err := f.ReadAt(mk.key[:], 0); err != nil {
		return nil, fmt.Errorf("seal: read master key: %w", err)
	}
	return mk, nil
}

func createMasterKey(dir, path string) error {
	var key [MasterKeySize]byte
	if _, err := rand.Read(key[:]); err != nil {
		return fmt.Errorf("seal: generate master key: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".master.key.*") // CreateTemp uses mode 0600
	if err != nil {
		return fmt.Errorf("seal: create master key: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("seal: chmod master key: %w", err)
	}
	if _, err := tmp.Write(key[:]); err != nil {
		tmp.Close()
		return fmt.Errorf("seal: write master key: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("seal: sync master key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("seal: close master key: %w", err)
	}
	// Link, not rename: rename would silently replace a key another process created a moment ago.
	if err := os.Link(tmp.Name(), path); err != nil {
		return fmt.Errorf("seal: install master key: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // make the new name durable; best effort where directories cannot be synced
		d.Close()
	}
	return nil
}
