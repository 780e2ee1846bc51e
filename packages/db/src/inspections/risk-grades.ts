import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export interface RiskGradeRow {
  uscc: string;
  riskGrade: 'A' | 'B' | 'C' | 'D';
  creditClass: string | null;
}

/** Sets enterprises' risk grades (企业信用风险分类) as of a date, replacing earlier grades; one audit event per call. */
export async function setRiskGrades(tx: Queryable, rows: readonly RiskGradeRow[], gradedOn: string, actorUserId: string | null, at: Date = new Date()): Promise<number> {
  for (let i = 0; i < rows.length; i += 1000) {
    const page = rows.slice(i, i + 1000);
    await tx.query(
      `INSERT INTO inspection_risk_grades (uscc, risk_grade, credit_class, graded_on)
       SELECT u, g, c, $4::date FROM unnest($1::text[], $2::text[], $3::text[]) AS t(u, g, c)
       ON CONFLICT (uscc) DO UPDATE SET risk_grade = EXCLUDED.risk_grade, credit_class = EXCLUDED.credit_class, graded_on = EXCLUDED.graded_on`,
      [page.map((r) => r.uscc), page.map((r) => r.riskGrade), page.map((r) => r.creditClass), gradedOn],
    );
  }
  await appendAuditEvent(tx, { type: 'INSPECTION_RISK_GRADES_SET', subject: 'inspection_risk_grades', payload: { count: rows.length, gradedOn } }, actorUserId, at);
  return rows.length;
}

/** The USCCs of `usccs` that are not in the enterprise registry. */
export async function usccsNotInRegistry(q: Queryable, usccs: readonly string[]): Promise<string[]> {
  const rows = await q.query<{ uscc: string }>('SELECT u AS uscc FROM unnest($1::text[]) AS t(u) WHERE NOT EXISTS (SELECT 1 FROM enterprises e WHERE e.uscc = t.u)', [usccs]);
  return rows.map((r) => r.uscc);
}
