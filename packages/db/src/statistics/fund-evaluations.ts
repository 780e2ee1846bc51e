import type { FundEvaluationConclusion, FundEvaluationContent, FundEvaluationKind } from '@huiqi/workflows';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { Database, Queryable } from '../database';

/**
 * 资金评估审计结果 (migration 0926): audits and performance evaluations of the support funds, recorded
 * by an SME bureau officer and published (深圳 draft 第五十六条). Every write — record, change,
 * publish — is a new version kept in `fund_evaluation_versions` and an audit event in the same transaction.
 */
export interface StoredFundEvaluation extends FundEvaluationContent {
  evaluationId: string;
  fundId: string;
  fundYear: number;
  fundNameZh: string;
  fundNameEn: string;
  published: boolean;
  publishedAt: string | null;
  version: number;
  recordedAt: string;
  recordedBy: string;
  updatedAt: string;
}

export class FundEvaluationVersionConflictError extends Error {
  constructor(readonly current: number) {
    super(`fund evaluation version conflict (current ${current})`);
  }
}

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date).toISOString());
const dateText = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

const SELECT = `SELECT e.evaluation_id, e.fund_id, f.year AS fund_year, f.name_zh AS fund_name_zh, f.name_en AS fund_name_en, e.kind, e.body_zh, e.body_en,
    e.report_date::text AS report_date, e.conclusion, e.findings, e.rectification, e.rectified_on::text AS rectified_on,
    e.published, e.published_at, e.version, e.recorded_at, e.recorded_by, e.updated_at
  FROM fund_evaluations e JOIN benefit_funds f ON f.id = e.fund_id`;

const map = (r: Record<string, unknown>): StoredFundEvaluation => ({
  evaluationId: r.evaluation_id as string, fundId: r.fund_id as string, fundYear: Number(r.fund_year),
  fundNameZh: r.fund_name_zh as string, fundNameEn: r.fund_name_en as string,
  kind: r.kind as FundEvaluationKind, body: { zh: r.body_zh as string, en: (r.body_en as string | null) ?? null },
  reportDate: dateText(r.report_date)!, conclusion: r.conclusion as FundEvaluationConclusion,
  findings: r.findings as string, rectification: r.rectification as string, rectifiedOn: dateText(r.rectified_on),
  published: r.published === true, publishedAt: iso(r.published_at), version: Number(r.version),
  recordedAt: iso(r.recorded_at)!, recordedBy: r.recorded_by as string, updatedAt: iso(r.updated_at)!,
});

/** The fund's id, year and names, or null when there is no such fund. */
export async function findFundForEvaluation(q: Queryable, fundId: string): Promise<{ id: string; year: number; nameZh: string; nameEn: string } | null> {
  const [f] = await q.query<{ id: string; year: number; name_zh: string; name_en: string }>('SELECT id, year, name_zh, name_en FROM benefit_funds WHERE id = $1', [fundId]);
  return f ? { id: f.id, year: Number(f.year), nameZh: f.name_zh, nameEn: f.name_en } : null;
}

export async function getFundEvaluation(q: Queryable, evaluationId: string): Promise<StoredFundEvaluation | null> {
  const [r] = await q.query<Record<string, unknown>>(`${SELECT} WHERE e.evaluation_id = $1`, [evaluationId]);
  return r ? map(r) : null;
}

/** The results for the funds of a year (all, or only the published ones), by fund, then report date. */
export async function listFundEvaluations(q: Queryable, year: number, only: 'ALL' | 'PUBLISHED'): Promise<StoredFundEvaluation[]> {
  const rows = await q.query<Record<string, unknown>>(
    `${SELECT} WHERE f.year = $1 ${only === 'PUBLISHED' ? 'AND e.published' : ''} ORDER BY e.fund_id, e.report_date, e.evaluation_id`, [year]);
  return rows.map(map);
}

/** Every version of a result, oldest first: what was written, by whom and when. */
export async function fundEvaluationVersions(q: Queryable, evaluationId: string): Promise<{ version: number; content: Record<string, unknown>; writtenAt: string; writtenBy: string }[]> {
  const rows = await q.query<Record<string, unknown>>('SELECT version, content, written_at, written_by FROM fund_evaluation_versions WHERE evaluation_id = $1 ORDER BY version', [evaluationId]);
  return rows.map((r) => ({
    version: Number(r.version), content: (typeof r.content === 'string' ? JSON.parse(r.content) : r.content) as Record<string, unknown>,
    writtenAt: iso(r.written_at)!, writtenBy: r.written_by as string,
  }));
}

const contentOf = (e: StoredFundEvaluation) => ({
  fundId: e.fundId, kind: e.kind, body: e.body, reportDate: e.reportDate, conclusion: e.conclusion, findings: e.findings,
  rectification: e.rectification, rectifiedOn: e.rectifiedOn, published: e.published, publishedAt: e.publishedAt,
});

async function keepVersion(tx: Queryable, e: StoredFundEvaluation, userId: string, now: Date): Promise<void> {
  await tx.query('INSERT INTO fund_evaluation_versions (evaluation_id, version, content, written_at, written_by) VALUES ($1, $2, $3::jsonb, $4, $5)',
    [e.evaluationId, e.version, JSON.stringify(contentOf(e)), now.toISOString(), userId]);
}

/** Records a new result (unpublished), its first version and the audit event `STATISTICS_FUND_EVALUATION_RECORDED`. */
export async function recordFundEvaluation(db: Database, input: { evaluationId: string; fundId: string; content: FundEvaluationContent; userId: string }, now = new Date()): Promise<StoredFundEvaluation> {
  const c = input.content;
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO fund_evaluations (evaluation_id, fund_id, kind, body_zh, body_en, report_date, conclusion, findings, rectification, rectified_on, version, recorded_at, recorded_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10::date, 1, $11, $12, $11, $12)`,
      [input.evaluationId, input.fundId, c.kind, c.body.zh, c.body.en, c.reportDate, c.conclusion, c.findings, c.rectification, c.rectifiedOn, now.toISOString(), input.userId]);
    const e = (await getFundEvaluation(tx, input.evaluationId))!;
    await keepVersion(tx, e, input.userId, now);
    await appendAuditEvent(tx, {
      type: 'STATISTICS_FUND_EVALUATION_RECORDED', subject: e.evaluationId,
      payload: { fundId: e.fundId, kind: e.kind, reportDate: e.reportDate, conclusion: e.conclusion, version: 1 },
    }, input.userId, now);
    return e;
  });
}

/**
 * Changes a result with optimistic concurrency (`expectedVersion`): a new version, kept, audited as
 * `STATISTICS_FUND_EVALUATION_CHANGED`. A published result stays published; the public sees the new text.
 */
export async function changeFundEvaluation(db: Database, input: { evaluationId: string; content: FundEvaluationContent; expectedVersion: number; userId: string }, now = new Date()): Promise<StoredFundEvaluation | null> {
  const c = input.content;
  return db.transaction(async (tx) => {
    const [cur] = await tx.query<{ version: number }>('SELECT version FROM fund_evaluations WHERE evaluation_id = $1 FOR UPDATE', [input.evaluationId]);
    if (!cur) return null;
    if (Number(cur.version) !== input.expectedVersion) throw new FundEvaluationVersionConflictError(Number(cur.version));
    const version = input.expectedVersion + 1;
    await tx.query(
      `UPDATE fund_evaluations SET kind = $2, body_zh = $3, body_en = $4, report_date = $5::date, conclusion = $6, findings = $7, rectification = $8,
         rectified_on = $9::date, version = $10, updated_at = $11, updated_by = $12 WHERE evaluation_id = $1`,
      [input.evaluationId, c.kind, c.body.zh, c.body.en, c.reportDate, c.conclusion, c.findings, c.rectification, c.rectifiedOn, version, now.toISOString(), input.userId]);
    const e = (await getFundEvaluation(tx, input.evaluationId))!;
    await keepVersion(tx, e, input.userId, now);
    await appendAuditEvent(tx, {
      type: 'STATISTICS_FUND_EVALUATION_CHANGED', subject: e.evaluationId,
      payload: { fundId: e.fundId, kind: e.kind, reportDate: e.reportDate, conclusion: e.conclusion, version, published: e.published },
    }, input.userId, now);
    return e;
  });
}

/**
 * Publishes a result (a new version, audited as `STATISTICS_FUND_EVALUATION_PUBLISHED`); a result
 * already published is returned as it is, with `changed: false` and no new version or event.
 */
export async function publishFundEvaluation(db: Database, input: { evaluationId: string; expectedVersion: number; userId: string }, now = new Date()): Promise<{ evaluation: StoredFundEvaluation; changed: boolean } | null> {
  return db.transaction(async (tx) => {
    const [cur] = await tx.query<{ version: number; published: boolean }>('SELECT version, published FROM fund_evaluations WHERE evaluation_id = $1 FOR UPDATE', [input.evaluationId]);
    if (!cur) return null;
    if (cur.published === true) return { evaluation: (await getFundEvaluation(tx, input.evaluationId))!, changed: false };
    if (Number(cur.version) !== input.expectedVersion) throw new FundEvaluationVersionConflictError(Number(cur.version));
    const version = input.expectedVersion + 1;
    await tx.query('UPDATE fund_evaluations SET published = true, published_at = $2, published_by = $3, version = $4, updated_at = $2, updated_by = $3 WHERE evaluation_id = $1',
      [input.evaluationId, now.toISOString(), input.userId, version]);
    const e = (await getFundEvaluation(tx, input.evaluationId))!;
    await keepVersion(tx, e, input.userId, now);
    await appendAuditEvent(tx, {
      type: 'STATISTICS_FUND_EVALUATION_PUBLISHED', subject: e.evaluationId,
      payload: { fundId: e.fundId, kind: e.kind, reportDate: e.reportDate, conclusion: e.conclusion, version },
    }, input.userId, now);
    return { evaluation: e, changed: true };
  });
}
