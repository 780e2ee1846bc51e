
/**
 * A legal address: `<work id>[@<version date>]#<eId>`, the work id being
 * `<jurisdiction>/<doc-type>/<slug>`, e.g. `cn-gd-sz/regulation/sme-promotion@2025-01-23#art_45__para_1__item_2`.
 */
export interface LegalAddress {
  work: string;
  /** Version id: the version's date (`2020-06-18`, or `2023` at year precision), null for "in force". */
  version: string | null;
  eid: string | null;
}

const ADDRESS = /^([a-z]{2}(?:-[a-z0-9]+)*\/[a-z][a-z-]*\/[a-z0-9][a-z0-9-]*)(?:@(\d{4}(?:-\d{2}(?:-\d{2})?)?(?:~[a-z0-9-]+)?))?(?:#([a-z]+(?:_[0-9a-z]+)*(?:__[a-z]+(?:_[0-9a-z]+)*)*))?$/;

export function parseAddress(text: string): LegalAddress | null {
  const m = ADDRESS.exec(text);
  if (!m) return null;
  return { work: m[1]!, version: m[2] ?? null, eid: m[3] ?? null };
}

export function formatAddress(a: LegalAddress): string {
  return `${a.work}${a.version ? `@${a.version}` : ''}${a.eid ? `#${a.eid}` : ''}`;
}
