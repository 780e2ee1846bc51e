import { formatCount, formatFenAsWanYuan } from '../../format/money';

/** A figure of an indicator in its unit, as shown to people: counts and whole 万元 grouped, fen as 万元 with two decimals, rates with one decimal. */
export function valueText(unit: string, value: number | null): string {
  if (value === null) return '—';
  if (unit === 'FEN') return formatFenAsWanYuan(value);
  if (unit === 'PERCENT') return `${value.toFixed(1)}%`;
  return formatCount(Math.round(value));
}

/** The recent months, newest first (`YYYY-MM`), the last complete month first. */
export function recentMonths(now: Date, count = 24): string[] {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  let y = beijing.getUTCFullYear();
  let m = beijing.getUTCMonth(); // the previous month, 0-based + 1 − 1
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    if (m === 0) {
      y -= 1;
      m = 12;
    }
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
  }
  return out;
}
