// Streaming SHA-256 (FIPS 180-4), written for modelmarket: WebCrypto's
// digest() wants the whole input in memory at once, so a multi-GB file could
// not be hashed with it. This hashes in pieces: update() as often as needed,
// then digest(). hashBlob() reads a File in slices (Blob.slice +
// arrayBuffer), so memory stays flat at one slice whatever the file's size.
// Known-answer vectors are checked against Go's crypto/sha256 by
// web/browsertest/verify_test.go.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INIT = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** An incremental SHA-256. */
export class SHA256 {
  constructor() {
    this.h = new Int32Array(INIT);
    this.w = new Int32Array(64);
    this.block = new Uint8Array(64); // a partial block waiting for more bytes
    this.fill = 0; // bytes in this.block
    this.length = 0; // bytes hashed so far (exact up to 2^53)
    this.done = false;
  }

  /** Adds bytes (a Uint8Array) to the hash; returns this. */
  update(bytes) {
    if (this.done) throw new Error('sha256: update after digest');
    let i = 0;
    const n = bytes.length;
    this.length += n;
    if (this.fill > 0) {
      const take = Math.min(64 - this.fill, n);
      this.block.set(bytes.subarray(0, take), this.fill);
      this.fill += take;
      i = take;
      if (this.fill < 64) return this;
      this.blocks(this.block, 0, 64);
      this.fill = 0;
    }
    i = this.blocks(bytes, i, n);
    if (i < n) {
      this.block.set(bytes.subarray(i), 0);
      this.fill = n - i;
    }
    return this;
  }

  /** Finishes the hash and returns the 32-byte digest. */
  digest() {
    if (this.done) throw new Error('sha256: digest called twice');
    const bits = this.length * 8;
    const pad = new Uint8Array(((this.fill + 9 + 63) >> 6) * 64 - this.fill);
    pad[0] = 0x80;
    const hi = Math.floor(bits / 0x100000000);
    const lo = bits >>> 0;
    const e = pad.length;
    pad[e - 8] = hi >>> 24; pad[e - 7] = hi >>> 16; pad[e - 6] = hi >>> 8; pad[e - 5] = hi;
    pad[e - 4] = lo >>> 24; pad[e - 3] = lo >>> 16; pad[e - 2] = lo >>> 8; pad[e - 1] = lo;
    const length = this.length;
    this.update(pad);
    this.length = length;
    this.done = true;
    const out = new Uint8Array(32);
    for (let j = 0; j < 8; j++) {
      const v = this.h[j];
      out[4 * j] = v >>> 24; out[4 * j + 1] = v >>> 16; out[4 * j + 2] = v >>> 8; out[4 * j + 3] = v;
    }
    return out;
  }

  /** Finishes the hash and returns it as 64 lower-case hex digits. */
  hex() { return toHex(this.digest()); }

  /** Hashes the whole 64-byte blocks of p[off, end): one call per update, state in locals. */
  blocks(p, off, end) {
    const w = this.w, h = this.h;
    let h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3], h4 = h[4], h5 = h[5], h6 = h[6], h7 = h[7];
    for (; off + 64 <= end; off += 64) {
      for (let t = 0, o = off; t < 16; t++, o += 4) {
        w[t] = (p[o] << 24) | (p[o + 1] << 16) | (p[o + 2] << 8) | p[o + 3];
      }
      for (let t = 16; t < 64; t++) {
        const x = w[t - 15], y = w[t - 2];
        const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        w[t] = (((w[t - 16] + s0) | 0) + ((w[t - 7] + s1) | 0)) | 0;
      }
      let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7;
      for (let t = 0; t < 64; t++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const ch = (e & f) ^ (~e & g);
        const t1 = (((((hh + S1) | 0) + ((ch + K[t]) | 0)) | 0) + w[t]) | 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const maj = (a & b) ^ (a & c) ^ (b & c);
        hh = g; g = f; f = e; e = (d + t1) | 0;
        d = c; c = b; b = a; a = (t1 + ((S0 + maj) | 0)) | 0;
      }
      h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
      h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + hh) | 0;
    }
    h[0] = h0; h[1] = h1; h[2] = h2; h[3] = h3; h[4] = h4; h[5] = h5; h[6] = h6; h[7] = h7;
    return off;
  }
}

/** Lower-case hex of bytes. */
export function toHex(bytes) {
  let s = '';
  for (const b of bytes) s += (b < 16 ? '0' : '') + b.toString(16);
  return s;
}

/** sha256 of a string's UTF-8 bytes, as hex. */
export function sha256Text(text) {
  return new SHA256().update(new TextEncoder().encode(text)).hex();
}

/**
 * How much of a file is read at once: big enough that reading costs little
 * next to hashing, small enough that the page stays responsive (a slice is
 * hashed in one go on the main thread) and memory flat.
 */
export const SLICE = 2 << 20;

/**
 * Hashes a Blob (a File) slice by slice and returns its sha256 in hex.
 * onProgress(doneBytes, totalBytes) is called after each slice; an aborted
 * signal stops it with an AbortError.
 */
export async function hashBlob(blob, { onProgress, signal, slice = SLICE } = {}) {
  const h = new SHA256();
  for (let off = 0; off < blob.size; off += slice) {
    if (signal?.aborted) throw new DOMException('Hashing was stopped.', 'AbortError');
    const buf = await blob.slice(off, Math.min(off + slice, blob.size)).arrayBuffer();
    h.update(new Uint8Array(buf));
    onProgress?.(Math.min(off + slice, blob.size), blob.size);
  }
  if (blob.size === 0) onProgress?.(0, 0);
  return h.hex();
}
