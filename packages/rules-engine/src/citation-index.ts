/**
 * What the engine needs from the law library: does an address resolve, and what does it say.
 * Kept small so the engine can be tested with a fake and wired to `@huiqi/legal-text`.
 */
export interface CitationIndex {
  has(address: string): boolean;
  text(address: string): string | null;
}

/** An index over a fixed map of address → text (tests, and fallbacks). */
export function mapCitationIndex(entries: Record<string, string>): CitationIndex {
  return {
    has: (a) => Object.prototype.hasOwnProperty.call(entries, a),
    text: (a) => entries[a] ?? null,
  };
}
