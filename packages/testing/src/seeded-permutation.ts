import { splitmix32 } from './prng';

/**
 * A bijection on [0, size) chosen by the seed: i ↦ (a·i + b) mod size with gcd(a, size) = 1.
 * Maps row indexes to distinct code or name numbers, so uniqueness holds by construction
 * (no retry loop, no set of used values) and different seeds give different assignments.
 */
export function seededPermutation(seed: number, salt: number, size: number): (i: number) => number {
  if (!Number.isSafeInteger(size) || size < 1 || size > 2 ** 32) throw new RangeError(`permutation size must be 1…2^32, got ${size}`);
  const s = splitmix32((seed >>> 0) ^ splitmix32(Math.floor(seed / 4294967296) ^ salt));
  let a = (splitmix32(s ^ 0x9e37) % size) | 1;
  while (gcd(a, size) !== 1) a = (a + 2) % size || 1;
  const b = splitmix32(s ^ 0x7f4a) % size;
  const aHi = Math.floor(a / 65536);
  const aLo = a % 65536;
  return (i: number) => {
    // (a·i) mod size without exceeding 2^53: split a into 16-bit halves.
    const hi = (aHi * i) % size;
    return (((hi * 65536) % size) + ((aLo * i) % size) + b) % size;
  };
}

function gcd(x: number, y: number): number {
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
