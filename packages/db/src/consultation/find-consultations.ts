import type { Queryable } from '../database';
import type { ConsultationProjection } from './consultation-records';

interface Row {
  consultation_id: string; work_id: string; version_id: string; draft_kind: string; title: string; issuing_body: string;
  owner_department: string; jurisdiction: string; status: string; start_date: string; end_date: string;
  opened_at: Date | string; updated_at: Date | string; published_at: Date | string | null; comment_count: number | string;
}

const iso = (v: Date | string) => new Date(v).toISOString();
const toProjection = (r: Row): ConsultationProjection => ({
  consultationId: r.consultation_id, workId: r.work_id, versionId: r.version_id, draftKind: r.draft_kind, title: r.title,
  issuingBody: r.issuing_body, ownerDepartment: r.owner_department, jurisdiction: r.jurisdiction, status: r.status,
  startDate: r.start_date, endDate: r.end_date, openedAt: iso(r.opened_at), updatedAt: iso(r.updated_at),
  publishedAt: r.published_at === null ? null : iso(r.published_at), commentCount: Number(r.comment_count),
});

export interface ConsultationQuery {
  /** Only these statuses (all when omitted). */
  statuses?: readonly string[];
  ownerDepartment?: string;
  workId?: string;
  limit?: number;
}

/** Consultations, newest first. */
export async function listConsultations(q: Queryable, query: ConsultationQuery = {}): Promise<ConsultationProjection[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.statuses) { params.push(query.statuses); where.push(`status = ANY($${params.length}::text[])`); }
  if (query.ownerDepartment) { params.push(query.ownerDepartment); where.push(`owner_department = $${params.length}`); }
  if (query.workId) { params.push(query.workId); where.push(`work_id = $${params.length}`); }
  params.push(Math.min(Math.max(query.limit ?? 100, 1), 500));
  const rows = await q.query<Row>(`SELECT * FROM consultations ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY opened_at DESC, consultation_id LIMIT $${params.length}`, params);
  return rows.map(toProjection);
}

export async function findConsultation(q: Queryable, consultationId: string): Promise<ConsultationProjection | null> {
  const [r] = await q.query<Row>('SELECT * FROM consultations WHERE consultation_id = $1', [consultationId]);
  return r ? toProjection(r) : null;
}

/** Open consultations whose last day is before `day` (for the sweeper that ends comment periods). */
export async function listConsultationsPastEnd(q: Queryable, day: string): Promise<string[]> {
  const rows = await q.query<{ consultation_id: string }>("SELECT consultation_id FROM consultations WHERE status = 'OPEN' AND end_date < $1 ORDER BY consultation_id", [day]);
  return rows.map((r) => r.consultation_id);
}
