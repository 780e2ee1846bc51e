/**
 * Untrusted input as text for an error message, without ever throwing: `String(x)` throws on
 * objects whose `toString` is not callable (`{"toString": ""}` from JSON), so anything that is not
 * a string is shown as JSON, or by its type when even that fails.
 */
export function shownValue(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
}
