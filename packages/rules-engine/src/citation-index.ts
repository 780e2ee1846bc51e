/**
 * What the engine needs from the law library: does an address resolve, and what does it say.
 * Kept small so the engine can be tested with a fake and wired to `@huiqi/legal-text`.
 */
export interface CitationIndex {
  has(address: string): boolean;
  text(address: string): string | null;
  /** The cited element named in words, 《title》第X条第Y款 (the title alone for a whole text); null when it does not resolve. */
  name(address: string): string | null;
}

/** An index over a fixed map of address → text, with names where given (tests, and fallbacks). */
export function mapCitationIndex(entries: Record<string, string>, names: Record<string, string> = {}): CitationIndex {
  return {
    has: (a) => Object.prototype.hasOwnProperty.call(entries, a),
    text: (a) => entries[a] ?? null,
    name: (a) => names[a] ?? null,
  };
}
