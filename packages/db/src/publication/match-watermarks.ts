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

/** Records that these enterprises were matched at these registry states. */
export async function recordMatchWatermarks(tx: Queryable, stamps: readonly { uscc: string; stamp: string }[], at: Date = new Date()): Promise<void> {
  if (stamps.length === 0) return;
  await tx.query(
    `INSERT INTO publication_match_watermarks (uscc, registry_stamp, matched_at)
     SELECT s.uscc, s.stamp, $2 FROM jsonb_to_recordset($1::jsonb) AS s(uscc text, stamp text)
     ON CONFLICT (uscc) DO UPDATE SET registry_stamp = EXCLUDED.registry_stamp, matched_at = EXCLUDED.matched_at`,
    [JSON.stringify(stamps), at.toISOString()],
  );
}

/** The current registry state of these enterprises (the stamp their watermark is compared with), by uscc. */
export async function registryStamps(db: Queryable, usccs: readonly string[]): Promise<{ uscc: string; stamp: string }[]> {
  if (usccs.length === 0) return [];
  return db.query<{ uscc: string; stamp: string }>(`SELECT e.uscc, ${STAMP} AS stamp FROM enterprises e WHERE e.uscc = ANY($1::text[]) ORDER BY e.uscc`, [usccs]);
}
