import type { Queryable } from '../database';

/** The registry state of an enterprise as one comparable text: profile version, then year:version of each year's figures. */
const STAMP = `e.version::text || '/' || COALESCE((SELECT string_agg(f.year::text || ':' || f.version::text, ',' ORDER BY f.year) FROM enterprise_figures f WHERE f.uscc = e.uscc), '')`;

/** Up to `limit` enterprises whose registry state differs from the one they were last matched at (never matched included), by uscc. */
export async function listChangedSinceMatch(db: Queryable, limit: number): Promise<{ uscc: string; stamp: string }[]> {
  return db.query<{ uscc: string; stamp: string }>(
    `SELECT e.uscc, ${STAMP} AS stamp FROM enterprises e LEFT JOIN publication_match_watermarks w ON w.uscc = e.uscc
     WHERE w.registry_stamp IS DISTINCT FROM ${STAMP} ORDER BY e.uscc LIMIT $1`,
    [Math.min(Math.max(limit, 1), 10000)],
  );
}

/** The current registry state of these enterprises (the stamp their watermark is compared with), by uscc. */
export async function registryStamps(db: Queryable, usccs: readonly string[]): Promise<{ uscc: string; stamp: string }[]> {
  if (usccs.length === 0) return [];
  return db.query<{ uscc: string; stamp: string }>(`SELECT e.uscc, ${STAMP} AS stamp FROM enterprises e WHERE e.uscc = ANY($1::text[]) ORDER BY e.uscc`, [usccs]);
}
