import { getRelease, insertRelease, releaseDay, type Database, type ReleaseSummary, type ReleaseTrigger, type StoredRelease } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import { AppError } from '../errors/app-error';
import { lastCompleteMonth, publishedTablesWithSource, type PublishedTableData } from './public-tables';

/** The job queue of the monthly publication (统计发布): daily, it publishes the previous month from the release day on. */
export const STATISTICS_RELEASE_QUEUE = 'statistics.monthly-release';

/** Publications in progress per database and month: a second request for a month being published joins it. */
const running = new WeakMap<Database, Map<string, Promise<{ release: ReleaseSummary; created: boolean }>>>();

/**
 * Publishes a complete month's public tables as a release: computed on the registry snapshot,
 * suppressed (disclosure control, linked tables) and stored as published — hidden cells null,
 * no unsuppressed value kept — with the date they are as of and the snapshot's figure year and
 * change-log position. Once per month: publishing a month again returns the stored release.
 */
export async function publishRelease(db: Database, month: string, trigger: ReleaseTrigger, userId: string | null, between: () => Promise<void> = async () => {}, now = new Date()): Promise<{ release: ReleaseSummary; created: boolean }> {
  const last = lastCompleteMonth(today('Asia/Shanghai', now));
  if (month > last) {
    throw new AppError('STATISTICS_MONTH_NOT_COMPLETE', {
      message: { zh: `${month} 尚未结束，最近可发布的月份是 ${last}。`, en: `${month} has not ended yet; the latest month that can be published is ${last}.` },
      details: { month, latest: last },
    });
  }
  let m = running.get(db);
  if (!m) running.set(db, (m = new Map()));
  const pending = m.get(month);
  if (pending) return pending;
  const run = (async () => {
    const stored = await getRelease(db, month);
    if (stored) return { release: summaryOf(stored), created: false };
    const { asOf, tables, source } = await publishedTablesWithSource(db, month, between);
    const hiddenCells = tables.reduce((a, t) => a + t.hiddenCount, 0);
    return insertRelease(db, { month, asOf, figureYear: source.figureYear, snapshotSeq: source.snapshotSeq, trigger, tables, hiddenCells }, userId, now);
  })().finally(() => m.delete(month));
  m.set(month, run);
  return run;
}

function summaryOf(r: StoredRelease): ReleaseSummary {
  return { month: r.month, asOf: r.asOf, figureYear: r.figureYear, snapshotSeq: r.snapshotSeq, trigger: r.trigger, publishedAt: r.publishedAt, tableCount: r.tableCount, hiddenCells: r.hiddenCells };
}

/**
 * The monthly job's run at `at`: from the release day of the month on (Beijing date), the previous
 * month is published unless it already is. Before the release day nothing happens. Safe to run
 * any number of times (at-least-once delivery, missed days, several runners).
 */
export async function runMonthlyRelease(db: Database, at: Date): Promise<{ month: string; created: boolean } | null> {
  const date = today('Asia/Shanghai', at);
  if (Number(date.slice(8, 10)) < (await releaseDay(db))) return null;
  const month = lastCompleteMonth(date);
  const { created } = await publishRelease(db, month, 'SCHEDULE', null, async () => {}, at);
  return { month, created };
}

/** A stored release's tables, as the public page and the CSV read them. */
export async function storedRelease(db: Database, month: string): Promise<StoredRelease<PublishedTableData>> {
  const r = await getRelease<PublishedTableData>(db, month);
  if (!r) {
    throw new AppError('STATISTICS_RELEASE_NOT_FOUND', {
      message: { zh: `${month} 的统计数据尚未发布。`, en: `The statistics of ${month} have not been published.` },
      details: { month },
    });
  }
  return r;
}
