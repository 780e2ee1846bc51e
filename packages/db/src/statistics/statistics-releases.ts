import { appendAuditEvent } from '../audit/append-audit-event';
import type { Database, Queryable } from '../database';

/** Who published a release: the monthly job, or an SME bureau officer by hand. Persisted: never renamed. */
export type ReleaseTrigger = 'SCHEDULE' | 'MANUAL';

/** The day of the month on which the previous month is published when no officer has set one. */
export const DEFAULT_RELEASE_DAY = 10;

export interface ReleaseSummary {
  month: string;
  asOf: string;
  figureYear: number;
  snapshotSeq: number;
  trigger: ReleaseTrigger;
  publishedAt: string;
  tableCount: number;
  hiddenCells: number;
}

export interface StoredRelease<T = unknown> extends ReleaseSummary {
  /** The published tables (after disclosure control), as stored. */
  tables: T[];
}

export interface NewRelease<T> {
  month: string;
  asOf: string;
  figureYear: number;
  snapshotSeq: number;
  trigger: ReleaseTrigger;
  tables: T[];
  hiddenCells: number;
}

const iso = (v: unknown) => new Date(v as string | Date).toISOString();
const dateText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

const summary = (r: Record<string, unknown>): ReleaseSummary => ({
  month: r.month as string, asOf: dateText(r.as_of), figureYear: Number(r.figure_year), snapshotSeq: Number(r.snapshot_seq),
  trigger: r.trigger as ReleaseTrigger, publishedAt: iso(r.published_at), tableCount: Number(r.table_count), hiddenCells: Number(r.hidden_cells),
});

const COLUMNS = `month, as_of::text AS as_of, figure_year, snapshot_seq, trigger, published_at, jsonb_array_length(tables) AS table_count, hidden_cells`;

/** Releases, newest month first (without their tables). */
export async function listReleases(q: Queryable, limit = 120): Promise<ReleaseSummary[]> {
  const rows = await q.query<Record<string, unknown>>(`SELECT ${COLUMNS} FROM statistics_releases ORDER BY month DESC LIMIT $1`, [limit]);
  return rows.map(summary);
}

/** One month's release with its tables, or null when that month has not been published. */
export async function getRelease<T = unknown>(q: Queryable, month: string): Promise<StoredRelease<T> | null> {
  const [r] = await q.query<Record<string, unknown>>(`SELECT ${COLUMNS}, tables FROM statistics_releases WHERE month = $1`, [month]);
  if (!r) return null;
  const tables = (typeof r.tables === 'string' ? JSON.parse(r.tables) : r.tables) as T[];
  return { ...summary(r), tables };
}

/**
 * Stores a month's release once: a second publication of the same month (a job that runs again,
 * an officer clicking twice, both at once) changes nothing and returns the stored release with
 * `created: false`. The first one is audited in the same transaction.
 */
export async function insertRelease<T>(db: Database, r: NewRelease<T>, userId: string | null, now = new Date()): Promise<{ release: ReleaseSummary; created: boolean }> {
  if ((r.trigger === 'MANUAL') !== (userId !== null)) throw new RangeError('a release by hand names its officer, a scheduled one none');
  return db.transaction(async (tx) => {
    const inserted = await tx.query<Record<string, unknown>>(
      `INSERT INTO statistics_releases (month, as_of, figure_year, snapshot_seq, trigger, published_at, published_by, tables, hidden_cells)
       VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8::jsonb, $9)
       ON CONFLICT (month) DO NOTHING
       RETURNING ${COLUMNS}`,
      [r.month, r.asOf, r.figureYear, r.snapshotSeq, r.trigger, now.toISOString(), userId, JSON.stringify(r.tables), r.hiddenCells],
    );
    if (inserted[0]) {
      await appendAuditEvent(tx, {
        type: 'STATISTICS_RELEASE_PUBLISHED', subject: `release-${r.month}`,
        payload: { month: r.month, trigger: r.trigger, figureYear: r.figureYear, snapshotSeq: r.snapshotSeq, tables: r.tables.length, hiddenCells: r.hiddenCells },
      }, userId, now);
      return { release: summary(inserted[0]), created: true };
    }
    const [existing] = await tx.query<Record<string, unknown>>(`SELECT ${COLUMNS} FROM statistics_releases WHERE month = $1`, [r.month]);
    return { release: summary(existing!), created: false };
  });
}

/** The day of the month on which the previous month is published (default `DEFAULT_RELEASE_DAY`). */
export async function releaseDay(q: Queryable): Promise<number> {
  const [r] = await q.query<{ release_day: number }>('SELECT release_day FROM statistics_settings WHERE id');
  return r ? Number(r.release_day) : DEFAULT_RELEASE_DAY;
}

/** Sets the release day (1–28, so every month has it), audited; the same day again changes nothing. */
export async function setReleaseDay(db: Database, day: number, userId: string, now = new Date()): Promise<number> {
  if (!Number.isInteger(day) || day < 1 || day > 28) throw new RangeError(`release day must be 1–28, got ${day}`);
  return db.transaction(async (tx) => {
    const [cur] = await tx.query<{ release_day: number }>('SELECT release_day FROM statistics_settings WHERE id FOR UPDATE');
    const previous = cur ? Number(cur.release_day) : DEFAULT_RELEASE_DAY;
    if (cur && previous === day) return day;
    await tx.query(
      `INSERT INTO statistics_settings (id, release_day, updated_at, updated_by) VALUES (true, $1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET release_day = EXCLUDED.release_day, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [day, now.toISOString(), userId],
    );
    await appendAuditEvent(tx, { type: 'STATISTICS_RELEASE_DAY_SET', subject: 'statistics-release-day', payload: { releaseDay: day, previous } }, userId, now);
    return day;
  });
}
