import type { Queryable } from '../database';

/** With `estimateFirst`, a planner estimate above this many times the limit is taken without counting. */
export const ESTIMATE_FIRST_FACTOR = 2;

/**
 * The number of rows of `fromWhere` (`FROM … WHERE …`, with `params`), counted exactly up to
 * `limit`; past it the planner's row estimate (never below limit + 1), said to be one — so a list
 * over millions of rows never counts them all. With `estimateFirst` the planner is asked first and
 * an estimate far past the limit (ESTIMATE_FIRST_FACTOR times) is answered without counting: the
 * limited count of a wide filter still builds its whole bitmap (a quarter of a million rows for
 * one industry section of a city), which is most of a search's time.
 */
export async function countUpTo(
  db: Queryable, fromWhere: string, params: unknown[], limit: number, options: { estimateFirst?: boolean } = {},
): Promise<{ total: number; estimated: boolean }> {
  if (options.estimateFirst) {
    const estimate = await plannerEstimate(db, fromWhere, params);
    if (estimate > limit * ESTIMATE_FIRST_FACTOR) return { total: estimate, estimated: true };
  }
  const n = await countAtMost(db, fromWhere, params, limit);
  if (n <= limit) return { total: n, estimated: false };
  return { total: Math.max(await plannerEstimate(db, fromWhere, params), limit + 1), estimated: true };
}

/** The number of rows of `fromWhere`, counted up to `limit` + 1 (a larger number means "more than `limit`"). */
export async function countAtMost(db: Queryable, fromWhere: string, params: unknown[], limit: number): Promise<number> {
  const [c] = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM (SELECT 1 ${fromWhere} LIMIT ${Math.floor(limit) + 1}) s`, params);
  return Number(c?.n ?? 0);
}

/** The planner's estimate of the number of rows of `fromWhere` (EXPLAIN, nothing read). */
async function plannerEstimate(db: Queryable, fromWhere: string, params: unknown[]): Promise<number> {
  const plan = await db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) SELECT 1 ${fromWhere}`, params);
  const raw = plan[0]?.['QUERY PLAN'];
  const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: { 'Plan Rows': number } }[];
  return Math.round(doc[0]?.Plan['Plan Rows'] ?? 0);
}

/** A key cursor: the values of the last row shown, base64url JSON of strings. Null when malformed or of another length. */
export function decodeKey(cursor: string, length: number): string[] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === length && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // not a cursor
  }
  return null;
}

export function encodeKey(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}
