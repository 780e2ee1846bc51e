import type { CandidateColumns, CandidateFilters, DrawCandidate } from '@huiqi/workflows';
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

const encoder = new TextEncoder();

/**
 * A plan's frozen candidates as draw columns (keys in one byte buffer, a stratum number per row), read
 * page by page in USCC order — what the draw runs on, without an object per candidate kept. Keys are
 * distinct: the table's key is (plan, uscc).
 */
export async function readCandidateColumns(q: Queryable, planId: string): Promise<CandidateColumns> {
  const [c] = await q.query<{ n: number | string }>('SELECT count(*) AS n FROM inspection_plan_candidates WHERE plan_id = $1', [planId]);
  const total = Number(c?.n ?? 0);
  let keyBytes = new Uint8Array(Math.max(64, total * 18));
  const keyOffsets = new Uint32Array(total + 1);
  const stratumOf = new Uint32Array(total);
  const strata: string[] = [];
  const ids = new Map<string, number>();
  let n = 0;
  let used = 0;
  let after = '';
  for (;;) {
    const rows = await q.query<DrawCandidate>('SELECT uscc, stratum FROM inspection_plan_candidates WHERE plan_id = $1 AND uscc > $2 ORDER BY uscc LIMIT 50000', [planId, after]);
    for (const r of rows) {
      if (n === total) throw new Error(`the candidate list of ${planId} grew while it was read`);
      let id = ids.get(r.stratum);
      if (id === undefined) {
        id = strata.length;
        ids.set(r.stratum, id);
        strata.push(r.stratum);
      }
      if (used + r.uscc.length * 3 > keyBytes.length) {
        const grown = new Uint8Array(Math.max(keyBytes.length * 2, used + r.uscc.length * 3));
        grown.set(keyBytes.subarray(0, used));
        keyBytes = grown;
      }
      keyOffsets[n] = used;
      used += encoder.encodeInto(r.uscc, keyBytes.subarray(used)).written;
      stratumOf[n++] = id;
    }
    if (rows.length < 50_000) break;
    after = rows[rows.length - 1]!.uscc;
  }
  keyOffsets[n] = used;
  return { count: n, keyBytes, keyOffsets: keyOffsets.subarray(0, n + 1), stratumOf: stratumOf.subarray(0, n), strata };
}

export async function storeSeed(tx: Queryable, planId: string, seed: string): Promise<void> {
  await tx.query('INSERT INTO inspection_plan_seeds (plan_id, seed) VALUES ($1, $2)', [planId, seed]);
}

/** The secret seed (for the draw itself; shown publicly only from the plan's projection after DRAWN). */
export async function loadSeed(q: Queryable, planId: string): Promise<string | null> {
  const [row] = await q.query<{ seed: string }>('SELECT seed FROM inspection_plan_seeds WHERE plan_id = $1', [planId]);
  return row?.seed ?? null;
}
