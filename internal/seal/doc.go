// Package seal encrypts gated model weights before they reach IPFS and decrypts them for licensed downloads.
//
// The cipher is Tink's streaming AEAD AES256-GCM-HKDF (tink-go v2, streamingaead/subtle) with 1 MiB
// ciphertext segments, not our own chunking. Each file's Tink key is HKDF-SHA256(master key, per-file salt,
// "modelmarket weights v1"); the master key is dir/master.key (32 random bytes, 0600, created at first
// start) and the salt travels in the token metadata as an Envelope. So master.key plus the Envelope JSON
// are enough to decrypt: losing the database loses no model. Back up master.key with the data dir: losing
// it loses every gated file.
//
// Upload path, one pass (plaintext sha256 for the metadata, ciphertext CID from the importer):
//
//	env, _ := seal.NewEnvelope()
//	c, _ := masterKey.Cipher(env)
//	h := sha256.New()
//	ct := c.EncryptReader(io.TeeReader(upload, h)) // import ct into IPFS → ciphertext CID
//	env.PlaintextSize, env.PlaintextSHA256 = n, hex.EncodeToString(h.Sum(nil))
//
// Download path: c.DecryptReader for a whole file (streaming, authenticated segment by segment), or
// c.NewReadSeeker over the UnixFS reader for http.ServeContent and range requests: a range costs one 1 MiB
// segment fetch and decryption at each end, not a decryption from the start.
//
// Ciphertext layout (Tink's): a 40-byte header (length byte, 32-byte salt, 7-byte nonce prefix), then
// segments of 1 MiB (the first one 40 bytes shorter, so segment i is exactly the i-th 1 MiB UnixFS leaf),
// each with a 16-byte GCM tag; the last segment's nonce is flagged, so truncation is detected.
package seal
