/** Result-type normalisation shared by both engines, keyed by PostgreSQL type OID. */
export const OID = { INT8: 20, DATE: 1082, TIMESTAMPTZ: 1184, TIMESTAMP: 1114 } as const;

/** bigint columns (money in fen, counts) come back as JS numbers; beyond 2^53 is a data error. */
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint value ${text} exceeds the safe integer range`);
  return n;
}

/** `date` stays the plain 'YYYY-MM-DD' text — never a JS Date, whose zone would shift it. */
export function parseDate(text: string): string {
  return text;
}

/** timestamptz as ISO-8601 UTC text with millisecond precision ('2026-01-02T03:04:05.678Z'). */
export function parseTimestamptz(text: string): string {
  // PostgreSQL text form: '2026-01-02 03:04:05.678+00' or '…+05:30' or without fraction.
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(text);
  if (!m) {
    const d = new Date(text);
    if (Number.isNaN(d.getTime())) throw new RangeError(`unreadable timestamp: ${text}`);
    return d.toISOString();
  }
  const iso = `${m[1]}T${m[2]}${m[3]}:${m[4] ?? '00'}`;
  return new Date(iso).toISOString();
}
