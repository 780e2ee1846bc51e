import type { Queryable } from '../database';
import type { VersionSource } from './data-sources';

/** The intake kinds stored as department facts (migrations 0712, 0713, 0714). */
export type DepartmentFactKind = 'SOCIAL_SECURITY_HEADCOUNT' | 'TAX_CREDIT_RATING' | 'QUALIFICATIONS' | 'SHARED_FACTS' | 'LOAN_RECORDS';

/**
 * One valid row of a department-fact file: the enterprise, the key within the kind (`period`: YYYY or
 * YYYY-MM; the qualification tag for QUALIFICATIONS; the policy id for SHARED_FACTS; `institution:contract`
 * for LOAN_RECORDS) and the value.
 */
export interface DepartmentFactRow {
  uscc: string;
  period: string;
  value: Record<string, string | number | boolean>;
}

const CHUNK = 5_000;

/**
 * Merges rows into `department_facts` in the caller's transaction, set-based: one
 * INSERT … ON CONFLICT DO UPDATE … WHERE the value differs per 5 000 rows, each written row
 * appended to the versions with the batch. A value equal to the stored one writes nothing.
 */
export async function mergeDepartmentFacts(tx: Queryable, kind: DepartmentFactKind, rows: readonly DepartmentFactRow[], batchId: string, at: Date, sharedSource?: string): Promise<{ inserted: number; updated: number; changedUsccs: string[] }> {
  let inserted = 0;
  let updated = 0;
  const changed = new Set<string>();
  // Shared facts add to what is stored for (enterprise, policy) — several bodies may each deliver some
  // facts of one policy — and a delivered fact replaces the stored one; the other kinds replace the value.
  const next = kind === 'SHARED_FACTS' ? 'f.value || EXCLUDED.value' : 'EXCLUDED.value';
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const [r] = await tx.query<{ inserted: number; updated: number; usccs: string[] | null }>(
      `WITH s AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[]) AS s(uscc, period, value)
       ), u AS (
         INSERT INTO department_facts AS f (uscc, kind, period, value, version, intake_batch_id, updated_at)
         SELECT s.uscc, $4, s.period, s.value, 1, $5, $6::timestamptz FROM s ORDER BY s.uscc, s.period
         ON CONFLICT (uscc, kind, period) DO UPDATE SET value = ${next}, version = f.version + 1, intake_batch_id = EXCLUDED.intake_batch_id, updated_at = EXCLUDED.updated_at
         WHERE f.value IS DISTINCT FROM ${next}
         RETURNING f.uscc, f.period, f.value, f.version
       ), v AS (
         INSERT INTO department_fact_versions (uscc, kind, period, version, value, intake_batch_id, valid_from)
         SELECT uscc, $4, period, version, value, $5, $6::timestamptz FROM u
         RETURNING version
       )${kind === 'SHARED_FACTS' ? `, b AS (
         -- 数据比对 reads benefit_shared_facts (benefits module): every applied row is merged into it, named by its source
         INSERT INTO benefit_shared_facts AS x (uscc, policy_id, facts, source, recorded_at)
         SELECT uscc, period, value, $7, $6::timestamptz FROM u
         ON CONFLICT (uscc, policy_id) DO UPDATE SET facts = x.facts || EXCLUDED.facts, source = EXCLUDED.source, recorded_at = EXCLUDED.recorded_at
       )` : ''}
       SELECT (SELECT count(*) FILTER (WHERE version = 1) FROM v)::int AS inserted, (SELECT count(*) FILTER (WHERE version > 1) FROM v)::int AS updated,
              (SELECT array_agg(DISTINCT uscc) FROM u) AS usccs`,
      [part.map((p) => p.uscc), part.map((p) => p.period), part.map((p) => JSON.stringify(p.value)), kind, batchId, at.toISOString(), ...(kind === 'SHARED_FACTS' ? [sharedSource ?? '部门数据导入'] : [])],
    );
    inserted += r!.inserted;
    updated += r!.updated;
    for (const u of r!.usccs ?? []) changed.add(u);
  }
  return { inserted, updated, changedUsccs: [...changed] };
}

/** A department fact as stored, with who delivered it (for the enterprise's data sources). */
export interface DepartmentFact {
  kind: DepartmentFactKind;
  period: string;
  value: Record<string, unknown>;
  version: number;
  source: VersionSource & { type: 'INTAKE' };
}

interface Row {
  kind: DepartmentFactKind; period: string; value: Record<string, unknown>; version: number; intake_batch_id: string;
  department_id: string | null; name_zh: string | null; name_en: string | null; channel: string | null; received_at: string | Date | null; updated_at: string | Date;
}

const iso = (v: string | Date) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** An enterprise's department facts, newest period first within each kind. */
export async function listDepartmentFacts(q: Queryable, uscc: string): Promise<DepartmentFact[]> {
  const rows = await q.query<Row>(
    `SELECT f.kind, f.period, f.value, f.version, f.intake_batch_id, f.updated_at, b.department_id, d.name_zh, d.name_en, b.channel, b.received_at
       FROM department_facts f LEFT JOIN intake_batches b ON b.id = f.intake_batch_id LEFT JOIN departments d ON d.id = b.department_id
      WHERE f.uscc = $1 ORDER BY f.kind, f.period DESC`,
    [uscc],
  );
  return rows.map((r) => ({
    kind: r.kind,
    period: r.period,
    value: r.value,
    version: r.version,
    source: {
      type: 'INTAKE',
      batchId: r.intake_batch_id,
      departmentId: r.department_id,
      departmentName: r.name_zh ? { zh: r.name_zh, en: r.name_en ?? r.name_zh } : null,
      channel: r.channel ?? 'CLI',
      receivedAt: iso(r.received_at ?? r.updated_at),
    },
  }));
}

/** What a SHARED_FACTS batch checks against: the policies linked to a fund, and the delivering department's name. */
export async function sharedFactsContext(q: Queryable, departmentId: string | null): Promise<{ fundedPolicies: Set<string>; departmentName: string | null }> {
  const policies = await q.query<{ policy_id: string }>('SELECT policy_id FROM benefit_fund_policies');
  const [d] = departmentId ? await q.query<{ name_zh: string }>('SELECT name_zh FROM departments WHERE id = $1', [departmentId]) : [];
  return { fundedPolicies: new Set(policies.map((p) => p.policy_id)), departmentName: d?.name_zh ?? null };
}

/** Who holds each of these loan contracts already (LOAN_RECORDS key `institution:contract` → uscc): a contract belongs to one enterprise. */
export async function loanContractHolders(q: Queryable, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await q.query<{ period: string; uscc: string }>(`SELECT period, uscc FROM department_facts WHERE kind = 'LOAN_RECORDS' AND period = ANY ($1::text[])`, [keys]);
  return new Map(rows.map((r) => [r.period, r.uscc]));
}
