/**
 * SHA-256 (FIPS 180-4) of `prefix + suffix` for many suffixes after one shared prefix — the hot loop
 * of the verifiable draw (`draw-sample.ts`), where every candidate is hashed as `SEED + ":" + USCC`.
 *
 * Node's `crypto.createHash` costs about 3 µs per call here (object and Buffer per call), which is
 * 8 s for a city of 2.6 million candidates. This implementation compresses the prefix's complete
 * 64-byte blocks once (the "midstate") and writes each digest as eight 32-bit words into a caller's
 * `Uint32Array` with no allocation. Words compare in the same order as the lowercase hex digest
 * (big-endian), so ranking never needs the hex text. `prefixed-sha256.test.ts` checks it against
 * `node:crypto` on random and boundary-length inputs.
 */

/** The first 32 bits of the fractional parts of the square roots (H0) and cube roots (K) of the first primes (FIPS 180-4 §4.2.2, §5.3.3). */
function primes(n: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
  return out;
}
const fractionBits = (x: number): number => Math.floor((x - Math.floor(x)) * 0x100000000) >>> 0;
// Int32Array, not Uint32Array: words above 2³¹ would be read as heap doubles and slow every round.
const K = Int32Array.from(primes(64), (p) => fractionBits(Math.cbrt(p)) | 0);
const H0 = Int32Array.from(primes(8), (p) => fractionBits(Math.sqrt(p)) | 0);

const W = new Int32Array(64);

/** One compression of the 64 bytes of `block` at `offset` into `state`. */
function compress(state: Int32Array, block: Uint8Array, offset: number): void {
  for (let t = 0; t < 16; t++) {
    const i = offset + t * 4;
    W[t] = (block[i]! << 24) | (block[i + 1]! << 16) | (block[i + 2]! << 8) | block[i + 3]!;
  }
  for (let t = 16; t < 64; t++) {
    const w15 = W[t - 15]!;
    const w2 = W[t - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0;
  }
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!;
  let e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K[t]! + W[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

const encoder = new TextEncoder();

export interface PrefixedSha256 {
  /** Writes SHA-256(prefix + suffix), suffix as UTF-8, as eight big-endian words at `out[offset..offset+8)`. */
  digestInto(suffix: string, out: Uint32Array, offset: number): void;
}

export function prefixedSha256(prefix: string): PrefixedSha256 {
  const prefixBytes = encoder.encode(prefix);
  const fullBlocks = Math.floor(prefixBytes.length / 64);
  const midstate = new Int32Array(H0);
  for (let b = 0; b < fullBlocks; b++) compress(midstate, prefixBytes, b * 64);
  const tail = prefixBytes.subarray(fullBlocks * 64);
  const prefixLength = prefixBytes.length;
  let buffer = new Uint8Array(128);
  buffer.set(tail);
  const state = new Int32Array(8);

  return {
    digestInto(suffix, out, offset) {
      let pos = tail.length;
      let ascii = true;
      for (let i = 0; i < suffix.length; i++) if (suffix.charCodeAt(i) > 0x7f) ascii = false;
      const suffixLength = ascii ? suffix.length : encoder.encode(suffix).length;
      const total = pos + suffixLength + 9;
      const blocks = Math.ceil(total / 64);
      if (blocks * 64 > buffer.length) {
        const grown = new Uint8Array(blocks * 64);
        grown.set(tail);
        buffer = grown;
      }
      if (ascii) for (let i = 0; i < suffix.length; i++) buffer[pos++] = suffix.charCodeAt(i);
      else {
        buffer.set(encoder.encode(suffix), pos);
        pos += suffixLength;
      }
      buffer[pos++] = 0x80;
      const end = blocks * 64 - 8;
      buffer.fill(0, pos, end);
      // Message length in bits as a 64-bit big-endian integer (exact for messages under 2^53 bits).
      const bits = (prefixLength + suffixLength) * 8;
      const high = Math.floor(bits / 0x100000000);
      buffer[end] = high >>> 24;
      buffer[end + 1] = high >>> 16;
      buffer[end + 2] = high >>> 8;
      buffer[end + 3] = high;
      buffer[end + 4] = bits >>> 24;
      buffer[end + 5] = bits >>> 16;
      buffer[end + 6] = bits >>> 8;
      buffer[end + 7] = bits;
      state.set(midstate);
      for (let b = 0; b < blocks; b++) compress(state, buffer, b * 64);
      for (let i = 0; i < 8; i++) out[offset + i] = state[i]!;
    },
  };
}

/** The lowercase hex text of eight digest words — what a verifier computes with any SHA-256 tool. */
const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
export function digestHex(words: Uint32Array, offset: number): string {
  let s = '';
  for (let i = 0; i < 8; i++) {
    const w = words[offset + i]!;
    s += HEX_BYTE[w >>> 24]! + HEX_BYTE[(w >>> 16) & 0xff]! + HEX_BYTE[(w >>> 8) & 0xff]! + HEX_BYTE[w & 0xff]!;
  }
  return s;
}
