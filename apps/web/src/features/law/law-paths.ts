/**
 * Paths of the law reader. Work ids contain slashes, so paths carry them with `~`
 * (`/law/cn-sh~regulation~sme-promotion/2020-06-18#art_45__para_1`), like the API.
 */
export const LAW_ROOT = '/law';

export function workKeyOf(workId: string): string {
  return workId.split('/').join('~');
}

export function readerPath(workIdOrKey: string, version: string, eid?: string | null): string {
  const path = `${LAW_ROOT}/${encodeURIComponent(workKeyOf(workIdOrKey))}/${encodeURIComponent(version)}`;
  return eid ? `${path}#${eid}` : path;
}

export function diffPath(workIdOrKey: string, oldVersion?: string, newVersion?: string): string {
  const params = new URLSearchParams();
  if (oldVersion) params.set('old', oldVersion);
  if (newVersion) params.set('new', newVersion);
  const query = params.toString();
  return `${LAW_ROOT}/${encodeURIComponent(workKeyOf(workIdOrKey))}/diff${query ? `?${query}` : ''}`;
}

/** `#art_45__para_1` → `art_45__para_1`; null when the hash is not an eId. */
export function eidFromHash(hash: string): string | null {
  const eid = decodeURIComponent(hash.replace(/^#/, ''));
  return /^[a-z]+(?:_\d+)*(?:__[a-z]+(?:_\d+)*)*$/.test(eid) ? eid : null;
}

/** The element ids from the article down to `eid`: `art_45__para_1__item_2` → art_45, art_45__para_1, art_45__para_1__item_2. */
export function eidAncestors(eid: string): string[] {
  const parts = eid.split('__');
  return parts.map((_, i) => parts.slice(0, i + 1).join('__'));
}

/** Splits a snippet around its match for highlighting. */
export function splitSnippet(snippet: string, match: { start: number; length: number }): [string, string, string] {
  const start = Math.max(0, Math.min(match.start, snippet.length));
  const end = Math.max(start, Math.min(start + match.length, snippet.length));
  return [snippet.slice(0, start), snippet.slice(start, end), snippet.slice(end)];
}
