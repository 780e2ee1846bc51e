import { appendAuditEvent } from '../audit/append-audit-event';
import type { Database } from '../database';

export interface StoredNarrative {
  year: number;
  section: string;
  text: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

const map = (r: Record<string, unknown>): StoredNarrative => ({
  year: Number(r.year), section: r.section as string, text: r.text as string, version: Number(r.version),
  updatedAt: new Date(r.updated_at as string | Date).toISOString(), updatedBy: (r.updated_by as string | null) ?? null,
});

export async function listReportNarratives(db: Pick<Database, 'query'>, year: number): Promise<StoredNarrative[]> {
  const rows = await db.query<Record<string, unknown>>('SELECT * FROM statistics_report_narratives WHERE year = $1 ORDER BY section', [year]);
  return rows.map(map);
}

export class NarrativeVersionConflictError extends Error {
  constructor(readonly current: number) {
    super(`narrative version conflict (current ${current})`);
  }
}

/**
 * Saves an officer's text of one report section with optimistic concurrency (`expectedVersion`:
 * 0 for the first text), and its audit event in the same transaction.
 */
export async function saveReportNarrative(db: Database, input: { year: number; section: string; text: string; expectedVersion: number; userId: string }, now = new Date()): Promise<StoredNarrative> {
  return db.transaction(async (tx) => {
    const [cur] = await tx.query<{ version: number }>('SELECT version FROM statistics_report_narratives WHERE year = $1 AND section = $2 FOR UPDATE', [input.year, input.section]);
    const current = cur ? Number(cur.version) : 0;
    if (current !== input.expectedVersion) throw new NarrativeVersionConflictError(current);
    const version = current + 1;
    const [row] = await tx.query<Record<string, unknown>>(
      `INSERT INTO statistics_report_narratives (year, section, text, version, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (year, section) DO UPDATE SET text = EXCLUDED.text, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
       RETURNING *`, [input.year, input.section, input.text, version, now.toISOString(), input.userId]);
    await appendAuditEvent(tx, { type: 'STATISTICS_REPORT_NARRATIVE_SAVED', subject: `report-${input.year}`, payload: { year: input.year, section: input.section, version, length: input.text.length } }, input.userId, now);
    return map(row!);
  });
}
