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
  /** The same for a suffix given as the UTF-8 bytes `bytes[start..end)` (a columnar key: no string, no allocation). */
  digestBytesInto(bytes: Uint8Array, start: number, end: number, out: Uint32Array, offset: number): void;
  /**
   * The first digest word (the top 32 bits, big-endian: the order of the first eight hex digits)
   * of every key `bytes[offsets[i]..offsets[i+1])`, i < count, into `out[i]` — the draw's hot loop.
   */
  firstWords(bytes: Uint8Array, offsets: Uint32Array, count: number, out: Uint32Array): void;
}

export function prefixedSha256(prefix: string): PrefixedSha256 {
  const prefixBytes = encoder.encode(prefix);
  const fullBlocks = Math.floor(prefixBytes.length / 64);
  const midstate = new Int32Array(H0);
  for (let b = 0; b < fullBlocks; b++) compress(midstate, prefixBytes, b * 64);
  const tail = prefixBytes.subarray(fullBlocks * 64);
  const tailLength = tail.length;
  const prefixLength = prefixBytes.length;
  let buffer = new Uint8Array(128);
  buffer.set(tail);
  const state = new Int32Array(8);
  let scratch = new Uint8Array(64);

  /** Pads the message whose suffix bytes are already in `buffer` after the tail, compresses it into `state`. */
  function finish(suffixLength: number): void {
    let pos = tailLength + suffixLength;
    const blocks = Math.ceil((pos + 9) / 64);
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
  }

  function room(suffixLength: number): void {
    const need = Math.ceil((tailLength + suffixLength + 9) / 64) * 64;
    if (need > buffer.length) {
      const grown = new Uint8Array(need);
      grown.set(tail);
      buffer = grown;
    }
  }

  function digestBytesInto(bytes: Uint8Array, start: number, end: number, out: Uint32Array, offset: number): void {
    const length = end - start;
    room(length);
    for (let i = 0; i < length; i++) buffer[tailLength + i] = bytes[start + i]!;
    finish(length);
    for (let i = 0; i < 8; i++) out[offset + i] = state[i]!;
  }

  return {
    digestInto(suffix, out, offset) {
      let ascii = true;
      for (let i = 0; i < suffix.length; i++) if (suffix.charCodeAt(i) > 0x7f) ascii = false;
      if (!ascii) {
        const bytes = encoder.encode(suffix);
        digestBytesInto(bytes, 0, bytes.length, out, offset);
        return;
      }
      if (suffix.length > scratch.length) scratch = new Uint8Array(suffix.length);
      for (let i = 0; i < suffix.length; i++) scratch[i] = suffix.charCodeAt(i);
      digestBytesInto(scratch, 0, suffix.length, out, offset);
    },
    digestBytesInto,
    firstWords(bytes, offsets, count, out) {
      // One-block keys: the words of the block are a template (tail, 0x80, zeros, length) for the
      // current key length, with the key's bytes OR-ed into the words they cover.
      const template = new Int32Array(16);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const block = new Uint8Array(64);
      block.set(tail);
      let paddedFor = -1;
      let first = 0;
      let last = -1;
      for (let k = 0; k < count; k++) {
        const start = offsets[k]!;
        const length = offsets[k + 1]! - start;
        if (tailLength + length + 9 > 64) {
          digestBytesInto(bytes, start, start + length, firstWordScratch, 0);
          out[k] = firstWordScratch[0]!;
          paddedFor = -1; // `compress` used the shared schedule: the template is laid again
          continue;
        }
        if (length !== paddedFor) {
          block.fill(0, tailLength);
          block[tailLength + length] = 0x80;
          const bits = (prefixLength + length) * 8;
          block[60] = bits >>> 24;
          block[61] = bits >>> 16;
          block[62] = bits >>> 8;
          block[63] = bits;
          for (let t = 0; t < 16; t++) template[t] = (block[t * 4]! << 24) | (block[t * 4 + 1]! << 16) | (block[t * 4 + 2]! << 8) | block[t * 4 + 3]!;
          W.set(template);
          first = tailLength >> 2;
          last = length > 0 ? (tailLength + length - 1) >> 2 : first - 1;
          paddedFor = length;
        }
        // Words wholly inside the key are read as big-endian 32-bit integers; the (at most two) edge words byte by byte.
        for (let t = first; t <= last; t++) {
          const lo = 4 * t - tailLength;
          if (lo >= 0 && lo + 4 <= length) {
            W[t] = view.getInt32(start + lo);
            continue;
          }
          let w = template[t]!;
          for (let b = 0; b < 4; b++) {
            const j = lo + b;
            if (j >= 0 && j < length) w |= bytes[start + j]! << ((3 - b) << 3);
          }
          W[t] = w;
        }
        out[k] = firstWordOfSchedule(midstate);
      }
    },
  };
}

const firstWordScratch = new Uint32Array(8);

/**
 * `compress` of the block whose 16 words are in `W[0..16)`, from `midstate`, returning only word 0
 * of the result (the rank key). The schedule's first 16 words are overwritten only from 16 on.
 * The 64 rounds run eight at a time with the working variables renamed instead of shifted
 * (round k of eight uses the names rotated by k): the same arithmetic as `compress`, about a
 * quarter faster in V8. `prefixed-sha256.test.ts` holds it to `node:crypto`.
 */
function firstWordOfSchedule(midstate: Int32Array): number {
  for (let t = 16; t < 64; t++) {
    const w15 = W[t - 15]!;
    const w2 = W[t - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0;
  }
  let a = midstate[0]!, b = midstate[1]!, c = midstate[2]!, d = midstate[3]!;
  let e = midstate[4]!, f = midstate[5]!, g = midstate[6]!, h = midstate[7]!;
  for (let t = 0; t < 64; t += 8) {
    h = (h + ((((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7)))) + ((e & f) ^ (~e & g)) + K[t + 0]! + W[t + 0]!) | 0;
    d = (d + h) | 0;
    h = (h + ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10)))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    g = (g + ((((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7)))) + ((d & e) ^ (~d & f)) + K[t + 1]! + W[t + 1]!) | 0;
    c = (c + g) | 0;
    g = (g + ((((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10)))) + ((h & a) ^ (h & b) ^ (a & b))) | 0;
    f = (f + ((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7)))) + ((c & d) ^ (~c & e)) + K[t + 2]! + W[t + 2]!) | 0;
    b = (b + f) | 0;
    f = (f + ((((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10)))) + ((g & h) ^ (g & a) ^ (h & a))) | 0;
    e = (e + ((((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7)))) + ((b & c) ^ (~b & d)) + K[t + 3]! + W[t + 3]!) | 0;
    a = (a + e) | 0;
    e = (e + ((((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10)))) + ((f & g) ^ (f & h) ^ (g & h))) | 0;
    d = (d + ((((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7)))) + ((a & b) ^ (~a & c)) + K[t + 4]! + W[t + 4]!) | 0;
    h = (h + d) | 0;
    d = (d + ((((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10)))) + ((e & f) ^ (e & g) ^ (f & g))) | 0;
    c = (c + ((((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7)))) + ((h & a) ^ (~h & b)) + K[t + 5]! + W[t + 5]!) | 0;
    g = (g + c) | 0;
    c = (c + ((((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10)))) + ((d & e) ^ (d & f) ^ (e & f))) | 0;
    b = (b + ((((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7)))) + ((g & h) ^ (~g & a)) + K[t + 6]! + W[t + 6]!) | 0;
    f = (f + b) | 0;
    b = (b + ((((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10)))) + ((c & d) ^ (c & e) ^ (d & e))) | 0;
    a = (a + ((((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7)))) + ((f & g) ^ (~f & h)) + K[t + 7]! + W[t + 7]!) | 0;
    e = (e + a) | 0;
    a = (a + ((((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10)))) + ((b & c) ^ (b & d) ^ (c & d))) | 0;
  }
  return (midstate[0]! + a) >>> 0;
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
