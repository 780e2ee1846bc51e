/**
 * Three-valued truth as bytes, ordered so that Kleene logic is plain arithmetic:
 * FALSE < UNKNOWN < TRUE, hence `and` = min, `or` = max, `not` = 2 − x.
 * (The rules engine's `and3`/`or3`/`not3` on single values; these are the same over arrays.)
 */
export const F = 0;
export const U = 1;
export const T = 2;
export type Tri = typeof F | typeof U | typeof T;

/** out[i] = a[i] ∧ b[i] (Kleene) for i < n. `out` may alias `a` or `b`. */
export function and3Array(a: Uint8Array, b: Uint8Array, out: Uint8Array, n: number): Uint8Array {
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    out[i] = x < y ? x : y;
  }
  return out;
}

/** out[i] = a[i] ∨ b[i] (Kleene) for i < n. */
export function or3Array(a: Uint8Array, b: Uint8Array, out: Uint8Array, n: number): Uint8Array {
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    out[i] = x > y ? x : y;
  }
  return out;
}

/** out[i] = ¬a[i] (Kleene: ¬UNKNOWN = UNKNOWN) for i < n. */
export function not3Array(a: Uint8Array, out: Uint8Array, n: number): Uint8Array {
  for (let i = 0; i < n; i++) out[i] = 2 - a[i]!;
  return out;
}

/** The byte for a rules-engine truth value (true, false or UNKNOWN). */
export function triOf(v: unknown): Tri {
  return v === true ? T : v === false ? F : U;
}
