/** Character-bigram profile of a text (whitespace ignored), for content-based alignment. */
export interface Profile {
  grams: Map<string, number>;
  size: number;
}

export function profile(text: string): Profile {
  const chars = Array.from(text.replace(/[\s\u3000]+/g, ''));
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  if (chars.length === 1) grams.set(chars[0]!, 1);
  let size = 0;
  for (const c of grams.values()) size += c;
  return { grams, size };
}

export function overlap(a: Profile, b: Profile): number {
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let n = 0;
  for (const [g, c] of small.grams) {
    const d = large.grams.get(g);
    if (d) n += Math.min(c, d);
  }
  return n;
}

/** Dice coefficient of two profiles: 1 for equal texts, 0 for nothing in common. */
export function dice(a: Profile, b: Profile): number {
  if (a.size + b.size === 0) return 1;
  return (2 * overlap(a, b)) / (a.size + b.size);
}

/** Share of `a` found in `b`. */
export function containment(a: Profile, b: Profile): number {
  return a.size === 0 ? 0 : overlap(a, b) / a.size;
}
