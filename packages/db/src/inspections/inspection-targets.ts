import type { DrawnInspector } from '@huiqi/workflows';
import type { Queryable } from '../database';

export interface StoredTarget {
  planId: string;
  uscc: string;
  enterpriseName: string | null;
  stratum: string;
  rank: number;
  digest: string;
  inspectors: DrawnInspector[];
}

/** Stores the drawn targets (in pages of 1 000). Call in the transaction that records DRAWN. */
export async function insertTargets(tx: Queryable, planId: string, targets: readonly Omit<StoredTarget, 'planId' | 'enterpriseName'>[]): Promise<void> {
  for (let i = 0; i < targets.length; i += 1000) {
    const page = targets.slice(i, i + 1000);
    await tx.query(
      `INSERT INTO inspection_targets (plan_id, uscc, stratum, rank, digest, inspectors)
       SELECT $1, u, s, r, d, i::jsonb FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[]) AS t(u, s, r, d, i)`,
      [planId, page.map((t) => t.uscc), page.map((t) => t.stratum), page.map((t) => t.rank), page.map((t) => t.digest), page.map((t) => JSON.stringify(t.inspectors))],
    );
  }
}

type TargetRow = { plan_id: string; uscc: string; name: string | null; stratum: string; rank: number; digest: string; inspectors: DrawnInspector[] };
const toTarget = (r: TargetRow): StoredTarget => ({ planId: r.plan_id, uscc: r.uscc, enterpriseName: r.name, stratum: r.stratum, rank: r.rank, digest: r.digest, inspectors: r.inspectors });

/** One enterprise's place in a plan's draw (null: not drawn), read by key — not by listing the plan. */
export async function findTarget(q: Queryable, planId: string, uscc: string): Promise<StoredTarget | null> {
  const [r] = await q.query<TargetRow>(
    `SELECT t.plan_id, t.uscc, e.name, t.stratum, t.rank, t.digest, t.inspectors
     FROM inspection_targets t LEFT JOIN enterprises e ON e.uscc = t.uscc WHERE t.plan_id = $1 AND t.uscc = $2`,
    [planId, uscc],
  );
  return r ? toTarget(r) : null;
}

/** A plan's targets: strata in name order, each by rank (the published order of the draw). */
export async function listTargets(q: Queryable, planId: string): Promise<StoredTarget[]> {
  const rows = await q.query<TargetRow>(
    `SELECT t.plan_id, t.uscc, e.name, t.stratum, t.rank, t.digest, t.inspectors
     FROM inspection_targets t LEFT JOIN enterprises e ON e.uscc = t.uscc WHERE t.plan_id = $1 ORDER BY t.stratum COLLATE "C", t.rank`,
    [planId],
  );
  return rows.map(toTarget);
}
