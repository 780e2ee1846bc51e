import { listAppealCases, loadAppealLogs, type Database } from '@huiqi/db';
import { foldCase, type AppealAction, type AppealCase } from '@huiqi/workflows';

/** Folds every case submitted in [from, to) (ISO instants), in batches; at most `cap` cases. */
export async function foldCasesSubmittedBetween(db: Database, from: string, to: string, cap = 50_000): Promise<{ cases: AppealCase[]; isTruncated: boolean }> {
  const cases: AppealCase[] = [];
  const pageSize = 500;
  let after: string | null = null;
  while (cases.length < cap) {
    // By key: each batch starts after the last case of the one before (no OFFSET walk).
    const page = await listAppealCases(db, { scope: { kind: 'ALL' }, submittedFrom: from, submittedTo: to, limit: pageSize, after, exactCountLimit: 0 });
    if (page.items.length === 0) break;
    const logs = await loadAppealLogs(db, page.items.map((i) => i.caseId));
    for (const i of page.items) cases.push(foldCase(logs.get(i.caseId)! as unknown as AppealAction[]));
    if (!page.nextCursor) return { cases, isTruncated: false };
    after = page.nextCursor;
  }
  return { cases, isTruncated: cases.length >= cap };
}

/** [first instant of `fromMonth`, first instant after `toMonth`) in China Standard Time. */
export function monthRange(fromMonth: string, toMonth: string): { from: string; to: string } {
  const [y, m] = toMonth.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: new Date(`${fromMonth}-01T00:00:00+08:00`).toISOString(), to: new Date(`${next}-01T00:00:00+08:00`).toISOString() };
}

/** `YYYY-MM` of now in China Standard Time, and `back` months earlier. */
export function recentMonths(back: number, now = Date.now()): { from: string; to: string } {
  const local = new Date(now + 8 * 3_600_000);
  const to = local.toISOString().slice(0, 7);
  const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - back, 1));
  return { from: d.toISOString().slice(0, 7), to };
}
