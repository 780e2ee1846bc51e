import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestHex, prefixedSha256 } from './prefixed-sha256';

const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function hex(prefix: string, suffix: string): string {
  const out = new Uint32Array(8);
  prefixedSha256(prefix).digestInto(suffix, out, 0);
  return digestHex(out, 0);
}

describe('prefixedSha256', () => {
  it('matches the FIPS 180-4 example "abc" and the empty message', () => {
    expect(hex('', 'abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex('', '')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with node:crypto at every prefix and suffix length around the block boundaries', () => {
    for (let p = 0; p <= 130; p++)
      for (const s of [0, 1, 18, 46, 54, 55, 56, 63, 64, 65, 119, 120]) {
        const prefix = 'p'.repeat(p);
        const suffix = 'S'.repeat(s);
        expect(hex(prefix, suffix), `prefix ${p}, suffix ${s}`).toBe(reference(prefix + suffix));
      }
  });

  it('agrees with node:crypto on random Unicode prefixes and suffixes, reusing one hasher', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 150 }), fc.array(fc.string({ unit: 'binary', maxLength: 100 }), { maxLength: 8 }), (prefix, suffixes) => {
        const h = prefixedSha256(prefix);
        const out = new Uint32Array(8 * suffixes.length);
        suffixes.forEach((s, i) => h.digestInto(s, out, i * 8));
        suffixes.forEach((s, i) => expect(digestHex(out, i * 8)).toBe(reference(prefix + s)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the first digest word of every columnar key, at every prefix length and for keys of mixed lengths', () => {
    const encoder = new TextEncoder();
    for (let p = 0; p <= 70; p++) {
      const prefix = 's'.repeat(p);
      const keys = ['', 'A', '91440300MA5HQ1PC0X', '中文', 'x'.repeat(40), 'y'.repeat(Math.max(0, 55 - (p % 64))), 'z'.repeat(Math.max(0, 56 - (p % 64))), '91440300MA5HQ1PC0Y'];
      const parts = keys.map((k) => encoder.encode(k));
      const offsets = new Uint32Array(keys.length + 1);
      parts.forEach((b, i) => (offsets[i + 1] = offsets[i]! + b.length));
      const bytes = new Uint8Array(offsets[keys.length]!);
      parts.forEach((b, i) => bytes.set(b, offsets[i]!));
      const out = new Uint32Array(keys.length);
      prefixedSha256(prefix).firstWords(bytes, offsets, keys.length, out);
      keys.forEach((k, i) => expect(out[i]!.toString(16).padStart(8, '0'), `prefix ${p}, key ${i}`).toBe(reference(prefix + k).slice(0, 8)));
    }
  });
});
