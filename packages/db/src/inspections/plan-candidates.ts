import type { CandidateFilters, DrawCandidate } from '@huiqi/workflows';
import type { Queryable } from '../database';

/** Stratum of an enterprise the market regulator has not graded. */
export const UNGRADED_STRATUM = 'UNGRADED';

const PAGE = 20_000;

const FILTERED = `
  FROM enterprises e LEFT JOIN inspection_risk_grades g ON g.uscc = e.uscc
  WHERE (cardinality($1::text[]) = 0 OR EXISTS (SELECT 1 FROM unnest($1::text[]) p WHERE e.industry_code LIKE p || '%'))
    AND (cardinality($2::text[]) = 0 OR e.district = ANY($2::text[]))
    AND (cardinality($3::text[]) = 0 OR COALESCE(g.risk_grade, '${UNGRADED_STRATUM}') = ANY($3::text[]))
    AND (cardinality($4::text[]) = 0 OR g.credit_class = ANY($4::text[]))`;

const filterParams = (f: CandidateFilters) => [f.industryCodes, f.districts, f.riskGrades, f.creditClasses];

/** How many registry enterprises the filters select (shown before a plan is committed). */
export async function countCandidates(q: Queryable, filters: CandidateFilters): Promise<Record<string, number>> {
  const rows = await q.query<{ stratum: string; n: number | string }>(
    `SELECT COALESCE(g.risk_grade, '${UNGRADED_STRATUM}') AS stratum, count(*) AS n ${FILTERED} GROUP BY 1 ORDER BY 1`,
    filterParams(filters),
  );
  return Object.fromEntries(rows.map((r) => [r.stratum, Number(r.n)]));
}

/**
 * Freezes a plan's candidate list from the registry (paged by USCC, 20 000 rows per statement), the
 * stratum being the risk grade (or UNGRADED). Call in the transaction that commits the seed digest.
 */
export async function freezeCandidates(tx: Queryable, planId: string, filters: CandidateFilters): Promise<number> {
  let after = '';
  let total = 0;
  for (;;) {
    const rows = await tx.query<{ uscc: string }>(
      `INSERT INTO inspection_plan_candidates (plan_id, uscc, stratum)
       SELECT $5, e.uscc, COALESCE(g.risk_grade, '${UNGRADED_STRATUM}') ${FILTERED} AND e.uscc > $6 ORDER BY e.uscc LIMIT ${PAGE}
       RETURNING uscc`,
      [...filterParams(filters), planId, after],
    );
    total += rows.length;
    if (rows.length < PAGE) return total;
    after = rows.reduce((m, r) => (r.uscc > m ? r.uscc : m), after);
  }
}

/** A plan's frozen candidates, read page by page in USCC order. */
export async function readCandidates(q: Queryable, planId: string): Promise<DrawCandidate[]> {
  const out: DrawCandidate[] = [];
  let after = '';
  for (;;) {
    const rows = await q.query<DrawCandidate>('SELECT uscc, stratum FROM inspection_plan_candidates WHERE plan_id = $1 AND uscc > $2 ORDER BY uscc LIMIT 50000', [planId, after]);
    out.push(...rows);
    if (rows.length < 50_000) return out;
    after = rows[rows.length - 1]!.uscc;
  }
}

export async function storeSeed(tx: Queryable, planId: string, seed: string): Promise<void> {
  await tx.query('INSERT INTO inspection_plan_seeds (plan_id, seed) VALUES ($1, $2)', [planId, seed]);
}

/** The secret seed (for the draw itself; shown publicly only from the plan's projection after DRAWN). */
export async function loadSeed(q: Queryable, planId: string): Promise<string | null> {
  const [row] = await q.query<{ seed: string }>('SELECT seed FROM inspection_plan_seeds WHERE plan_id = $1', [planId]);
  return row?.seed ?? null;
}
