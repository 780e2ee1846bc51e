import type { Queryable } from '../database';
import type { RegistryChange } from './match-watermarks';

/** Notices per INSERT statement: big enough that a statement's round trip is noise, small enough to keep one statement's arrays in tens of MB. */
export const NOTICE_INSERT_BATCH = 20_000;

/** Notices of one published version as parallel arrays (row k: usccs[k], kinds[k], missing[k]). */
export interface NoticeColumns {
  usccs: readonly string[];
  kinds: readonly ('ELIGIBLE' | 'UNKNOWN')[];
  /** Missing facts per notice (empty for ELIGIBLE). */
  missing: readonly (readonly string[])[];
}

/**
 * Inserts notices of one published version in batches of `batch`, each one statement over
 * parallel text arrays (`unnest`); a (uscc, version) that already has a notice keeps it, so running
 * it again inserts nothing. Returns how many were inserted. The same SQL on PGlite and PostgreSQL.
 */
export async function insertNoticeColumns(tx: Queryable, draftId: string, notices: NoticeColumns, at: Date = new Date(), batch = NOTICE_INSERT_BATCH): Promise<number> {
  const n = notices.usccs.length;
  if (notices.kinds.length !== n || notices.missing.length !== n) throw new RangeError('notice columns differ in length');
  if (!Number.isSafeInteger(batch) || batch < 1) throw new RangeError(`bad batch size ${batch}`);
  let inserted = 0;
  for (let start = 0; start < n; start += batch) {
    const end = Math.min(n, start + batch);
    // Missing facts travel as one comma-joined text per notice (fact names and param paths have no commas).
    const missing = notices.missing.slice(start, end).map((m) => {
      for (const f of m) if (f.includes(',') || f === '') throw new RangeError(`fact name ${JSON.stringify(f)} cannot be stored`);
      return m.join(',');
    });
    const [row] = await tx.query<{ n: number }>(
      `WITH ins AS (
         INSERT INTO policy_notices (uscc, draft_id, kind, missing, created_at)
         SELECT n.uscc, $1, n.kind, CASE WHEN n.missing = '' THEN '{}'::text[] ELSE string_to_array(n.missing, ',') END, $5
         FROM unnest($2::text[], $3::text[], $4::text[]) AS n(uscc, kind, missing)
         ON CONFLICT (uscc, draft_id) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [draftId, notices.usccs.slice(start, end), notices.kinds.slice(start, end), missing, at.toISOString()],
    );
    inserted += row?.n ?? 0;
  }
  return inserted;
}

/** One notice of any published version (the re-match path: few enterprises, many versions). */
export interface NoticeRow {
  draftId: string;
  uscc: string;
  kind: 'ELIGIBLE' | 'UNKNOWN';
  missing: readonly string[];
}

/**
 * Inserts notices of several published versions in one statement (a (uscc, version) that already
 * has a notice keeps it), and with `matched` records in the same statement that those enterprises
 * were matched at those registry stamps and takes them off the registry change queue where their
 * entry is still the one read (`seq`): one round trip, atomic without a transaction (the re-match
 * path). Returns how many notices were inserted.
 */
export async function insertNoticeRows(db: Queryable, rows: readonly NoticeRow[], at: Date = new Date(), matched: readonly RegistryChange[] = []): Promise<number> {
  if (rows.length === 0 && matched.length === 0) return 0;
  const missing = rows.map((r) => {
    for (const f of r.missing) if (f.includes(',') || f === '') throw new RangeError(`fact name ${JSON.stringify(f)} cannot be stored`);
    return r.missing.join(',');
  });
  const [row] = await db.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO policy_notices (uscc, draft_id, kind, missing, created_at)
       SELECT n.uscc, n.draft_id, n.kind, CASE WHEN n.missing = '' THEN '{}'::text[] ELSE string_to_array(n.missing, ',') END, $5
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS n(draft_id, uscc, kind, missing)
       ON CONFLICT (uscc, draft_id) DO NOTHING RETURNING 1),
     marked AS (
       INSERT INTO publication_match_watermarks (uscc, registry_stamp, matched_at)
       SELECT w.uscc, w.stamp, $5 FROM unnest($6::text[], $7::text[]) AS w(uscc, stamp)
       ON CONFLICT (uscc) DO UPDATE SET registry_stamp = EXCLUDED.registry_stamp, matched_at = EXCLUDED.matched_at RETURNING 1),
     dequeued AS (
       DELETE FROM registry_changes c USING unnest($6::text[], $8::bigint[]) AS d(uscc, seq)
       WHERE c.uscc = d.uscc AND c.seq = d.seq RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [rows.map((r) => r.draftId), rows.map((r) => r.uscc), rows.map((r) => r.kind), missing, at.toISOString(), matched.map((w) => w.uscc), matched.map((w) => w.stamp), matched.map((w) => w.seq)],
  );
  return row?.n ?? 0;
}
