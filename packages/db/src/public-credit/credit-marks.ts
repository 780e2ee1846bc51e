import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** A mark as stored: whom it names, what produced it, its basis and its publication period. */
export interface StoredMark {
  markId: string;
  kind: string;
  uscc: string;
  subjectName: string;
  sourceKind: 'ARREARS_COMPLAINT' | 'INSPECTION_RESULT';
  sourceRef: string;
  departmentId: string | null;
  finding: string;
  recordBasis: string[];
  publicationBasis: string[];
  decidedOn: string;
  isPublic: boolean;
  publicationReason: string;
  period: { start: string; minimumEnd: string; end: string };
  periodBasis: { minimum: { months: number; reference: string; unverified: boolean }; maximum: { months: number; reference: string; unverified: boolean } };
  recordedAt: string;
  recordedBy: string | null;
  repairedOn: string | null;
  repairedBy: string | null;
}

interface Row {
  mark_id: string; kind: string; uscc: string; subject_name: string; source_kind: StoredMark['sourceKind']; source_ref: string; department_id: string | null; finding: string;
  record_basis: string[]; publication_basis: string[]; decided_on: string; is_public: boolean; publication_reason: string; publication_start: string; publication_min_end: string;
  publication_end: string; period_basis: StoredMark['periodBasis']; recorded_at: string; recorded_by: string | null; repaired_on: string | null; repaired_by: string | null;
}

const COLUMNS = `mark_id, kind, uscc, subject_name, source_kind, source_ref, department_id, finding, record_basis, publication_basis, decided_on, is_public, publication_reason,
  publication_start, publication_min_end, publication_end, period_basis, recorded_at, recorded_by, repaired_on, repaired_by`;

const toMark = (r: Row): StoredMark => ({
  markId: r.mark_id, kind: r.kind, uscc: r.uscc, subjectName: r.subject_name, sourceKind: r.source_kind, sourceRef: r.source_ref, departmentId: r.department_id, finding: r.finding,
  recordBasis: r.record_basis, publicationBasis: r.publication_basis, decidedOn: r.decided_on, isPublic: r.is_public, publicationReason: r.publication_reason,
  period: { start: r.publication_start, minimumEnd: r.publication_min_end, end: r.publication_end }, periodBasis: r.period_basis,
  recordedAt: r.recorded_at, recordedBy: r.recorded_by, repairedOn: r.repaired_on, repairedBy: r.repaired_by,
});

export type NewMark = Omit<StoredMark, 'recordedAt' | 'recordedBy' | 'repairedOn' | 'repairedBy'>;

/** Keeps a mark (one per producing record: false when that record already produced one). Audited. */
export async function insertMark(tx: Queryable, m: NewMark, userId: string, at: Date): Promise<boolean> {
  const rows = await tx.query<{ mark_id: string }>(
    `INSERT INTO credit_marks (${COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11::date, $12, $13, $14::date, $15::date, $16::date, $17::jsonb, $18, $19, NULL, NULL)
     ON CONFLICT (source_kind, source_ref) DO NOTHING RETURNING mark_id`,
    [m.markId, m.kind, m.uscc, m.subjectName, m.sourceKind, m.sourceRef, m.departmentId, m.finding, JSON.stringify(m.recordBasis), JSON.stringify(m.publicationBasis), m.decidedOn,
      m.isPublic, m.publicationReason, m.period.start, m.period.minimumEnd, m.period.end, JSON.stringify(m.periodBasis), at.toISOString(), userId],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'CREDIT_MARK_RECORDED', subject: m.markId, payload: { kind: m.kind, uscc: m.uscc, sourceKind: m.sourceKind, sourceRef: m.sourceRef, isPublic: m.isPublic, publicationEnd: m.period.end } }, userId, at);
  return true;
}

export async function findMark(q: Queryable, markId: string): Promise<StoredMark | null> {
  const [row] = await q.query<Row>(`SELECT ${COLUMNS} FROM credit_marks WHERE mark_id = $1`, [markId]);
  return row ? toMark(row) : null;
}

export async function findMarkBySource(q: Queryable, sourceKind: StoredMark['sourceKind'], sourceRef: string): Promise<StoredMark | null> {
  const [row] = await q.query<Row>(`SELECT ${COLUMNS} FROM credit_marks WHERE source_kind = $1 AND source_ref = $2`, [sourceKind, sourceRef]);
  return row ? toMark(row) : null;
}

/**
 * Marks, newest decision first, paged by key (`after`: the last mark id of the previous page):
 * one organisation's; those published on a day (public, not repaired, the day within the period); or all.
 */
export type MarkFilter = { uscc: string } | { publishedOn: string } | { all: true };

export async function listMarks(q: Queryable, filter: MarkFilter, page: { limit: number; after?: string | null }): Promise<StoredMark[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if ('uscc' in filter) where.push(`uscc = $${params.push(filter.uscc)}`);
  if ('publishedOn' in filter) {
    const on = `$${params.push(filter.publishedOn)}::date`;
    where.push(`is_public AND repaired_on IS NULL AND publication_start <= ${on} AND publication_end >= ${on}`);
    // 停止公开 on an upheld objection (社会信用条例 第五十一条第四款第（三）项): off the public list at once.
    where.push(`NOT EXISTS (SELECT 1 FROM credit_mark_changes s WHERE s.mark_id = credit_marks.mark_id AND s.kind = 'PUBLICATION_STOPPED')`);
  }
  if (page.after) {
    const a = `$${params.push(page.after)}`;
    where.push(`(decided_on, mark_id) < (SELECT decided_on, mark_id FROM credit_marks WHERE mark_id = ${a})`);
  }
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM credit_marks ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY decided_on DESC, mark_id DESC LIMIT $${params.push(page.limit)}`,
    params,
  );
  return rows.map(toMark);
}

/** 准予修复: the mark is no longer published or shared from `repairedOn` (once; false when it already ended). Audited. */
export async function endMarkPublication(tx: Queryable, markId: string, repairId: string, repairedOn: string, userId: string, at: Date): Promise<boolean> {
  const rows = await tx.query<{ mark_id: string }>('UPDATE credit_marks SET repaired_on = $3::date, repaired_by = $2 WHERE mark_id = $1 AND repaired_on IS NULL RETURNING mark_id', [markId, repairId, repairedOn]);
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'CREDIT_MARK_PUBLICATION_ENDED', subject: markId, payload: { repairId, repairedOn } }, userId, at);
  return true;
}
