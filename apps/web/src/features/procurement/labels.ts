/** Decimal share text → percent for people: "0.3" → "30%", "0.125" → "12.5%". */
export function percentText(share: string | number | null | undefined): string {
  if (share === null || share === undefined || share === '') return '—';
  const n = Number(share);
  if (!Number.isFinite(n)) return String(share);
  return `${Number((n * 100).toFixed(2))}%`;
}

/** The current year in China (the register's default). */
export function currentYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}

/** Today in China as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
