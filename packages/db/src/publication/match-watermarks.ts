import type { Queryable } from '../database';

/** The registry state of an enterprise as one comparable text: profile version, then year:version of each year's figures. */
const STAMP = `e.version::text || '/' || COALESCE((SELECT string_agg(f.year::text || ':' || f.version::text, ',' ORDER BY f.year) FROM enterprise_figures f WHERE f.uscc = e.uscc), '')`;

/** An enterprise to re-match: its registry stamp now, and its place in the change queue (null when not queued). */
export interface RegistryChange {
  uscc: string;
  stamp: string;
  /** `registry_changes.seq` as text; the re-match deletes the queue entry only while it is unchanged. */
  seq: string | null;
}

/**
 * Up to `limit` enterprises from the registry change queue (migration 0630: every insert or update
 * of a profile or its figures queues the uscc), oldest change first.
 */
export async function listChangedSinceMatch(db: Queryable, limit: number): Promise<RegistryChange[]> {
  return db.query<RegistryChange>(
    `SELECT e.uscc, ${STAMP} AS stamp, c.seq::text AS seq FROM registry_changes c JOIN enterprises e ON e.uscc = c.uscc ORDER BY c.seq LIMIT $1`,
    [Math.min(Math.max(limit, 1), 10000)],
  );
}

/** The current registry state of these enterprises (the stamp their watermark records) and their queue entries, by uscc. */
export async function registryStamps(db: Queryable, usccs: readonly string[]): Promise<RegistryChange[]> {
  if (usccs.length === 0) return [];
  return db.query<RegistryChange>(
    `SELECT e.uscc, ${STAMP} AS stamp, c.seq::text AS seq FROM enterprises e LEFT JOIN registry_changes c ON c.uscc = e.uscc
     WHERE e.uscc = ANY($1::text[]) ORDER BY e.uscc`,
    [usccs],
  );
}
