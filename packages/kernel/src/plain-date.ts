/**
 * PlainDate — a calendar date with no time and no zone, as law uses it
 * (effective dates, deadlines, registration dates). Stored as `YYYY-MM-DD`.
 * Never construct legal dates from `Date`, whose zone shifts them.
 */
declare const plainDateBrand: unique symbol;
export type PlainDate = string & { readonly [plainDateBrand]: true };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns the date, or null when the text is not a real `YYYY-MM-DD` date. */
export function parsePlainDate(text: string): PlainDate | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text as PlainDate;
}

export function plainDate(text: string): PlainDate {
  const d = parsePlainDate(text);
  if (d === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return d;
}

export function isPlainDate(value: unknown): value is PlainDate {
  return typeof value === 'string' && parsePlainDate(value) !== null;
}

/** Days since 1970-01-01, so dates can be compared and stepped exactly. */
export function toEpochDay(d: PlainDate): number {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, day) / 86_400_000);
}

export function fromEpochDay(n: number): PlainDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10) as PlainDate;
}

export function addDays(d: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(d) + days);
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(d: PlainDate): number {
  const w = new Date(toEpochDay(d) * 86_400_000).getUTCDay();
  return w === 0 ? 7 : w;
}

export function yearOf(d: PlainDate): number {
  return Number(d.slice(0, 4));
}

/** Today's date in the given IANA zone (default China Standard Time). */
export function today(zone = 'Asia/Shanghai', now: Date = new Date()): PlainDate {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  return plainDate(format.format(now));
}

/** One formatter per time zone: constructing an Intl.DateTimeFormat costs about a hundred times more than using one. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** True when `d` lies in the half-open window [from, until). A null bound is open. */
export function inWindow(d: PlainDate, from: PlainDate | null, until: PlainDate | null): boolean {
  return (from === null || d >= from) && (until === null || d < until);
}
