import { parsePlainDate, type PlainDate } from './plain-date';

/**
 * A version id: the version's date at the precision the source gives (`2020-06-18`, `2023-05`,
 * `2023`), optionally with a label for two texts attested on one date (`2020-09-16~revision-draft`).
 */
export interface VersionId {
  id: string;
  date: string;
  label: string | null;
  /** First day of the dated period, for ordering and date comparisons. */
  start: PlainDate;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:~([a-z0-9]+(?:-[a-z0-9]+)*))?$/;

export function parseVersionId(text: string): VersionId | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const date = text.split('~')[0]!;
  const start = parsePlainDate(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`);
  if (!start) return null;
  return { id: text, date, label: m[4] ?? null, start };
}

/** A date of reduced precision (`2023`, `2023-05`, `2023-05-01`), or null. */
export function parseLooseDate(text: string): { date: string; start: PlainDate } | null {
  const v = parseVersionId(text);
  return v && v.label === null ? { date: v.date, start: v.start } : null;
}
