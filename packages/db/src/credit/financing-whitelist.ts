import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** 产融合作白名单: nominations by departments, the bureau's reviews, and published editions (append-only). */
export interface WhitelistNomination {
  nominationId: string;
  uscc: string;
  enterpriseName: string;
  departmentId: string;
  departmentName: { zh: string; en: string };
  reason: string;
  nominatedAt: string;
  nominatedBy: string;
  review: { decision: 'ACCEPTED' | 'REFUSED'; reason: string | null; reviewedAt: string; reviewedBy: string } | null;
}

export interface WhitelistEdition {
  editionNo: number;
  validFrom: string;
  validUntil: string;
  publishedAt: string;
  entries: { uscc: string; enterpriseName: string; nominationIds: string[] }[];
}

interface NominationRow {
  nomination_id: string; uscc: string; name: string; department_id: string; dept_zh: string; dept_en: string; reason: string; nominated_at: string; nominated_by: string;
  decision: 'ACCEPTED' | 'REFUSED' | null; review_reason: string | null; reviewed_at: string | null; reviewed_by: string | null;
}

const NOMINATION_SELECT = `SELECT n.nomination_id, n.uscc, e.name, n.department_id, d.name_zh AS dept_zh, d.name_en AS dept_en, n.reason, n.nominated_at, n.nominated_by,
       r.decision, r.reason AS review_reason, r.reviewed_at, r.reviewed_by
  FROM whitelist_nominations n JOIN enterprises e ON e.uscc = n.uscc JOIN departments d ON d.id = n.department_id
  LEFT JOIN whitelist_reviews r ON r.nomination_id = n.nomination_id`;

const toNomination = (r: NominationRow): WhitelistNomination => ({
  nominationId: r.nomination_id, uscc: r.uscc, enterpriseName: r.name, departmentId: r.department_id, departmentName: { zh: r.dept_zh, en: r.dept_en },
  reason: r.reason, nominatedAt: r.nominated_at, nominatedBy: r.nominated_by,
  review: r.decision ? { decision: r.decision, reason: r.review_reason, reviewedAt: r.reviewed_at!, reviewedBy: r.reviewed_by! } : null,
});

export async function enterpriseExists(q: Queryable, uscc: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM enterprises WHERE uscc = $1', [uscc])).length > 0;
}

/**
 * The department's nomination of the enterprise that still waits for the bureau's review, if any.
 * Inside a transaction it first takes a lock on the (enterprise, department) pair until the
 * transaction ends, so two concurrent nominations cannot both find nothing pending.
 */
export async function pendingNomination(q: Queryable, uscc: string, departmentId: string): Promise<string | null> {
  await q.query("SELECT pg_advisory_xact_lock(hashtext('whitelist-nomination:' || $1 || ':' || $2))", [uscc, departmentId]);
  const [r] = await q.query<{ nomination_id: string }>(
    `SELECT n.nomination_id FROM whitelist_nominations n LEFT JOIN whitelist_reviews r ON r.nomination_id = n.nomination_id
      WHERE n.uscc = $1 AND n.department_id = $2 AND r.nomination_id IS NULL LIMIT 1`,
    [uscc, departmentId],
  );
  return r?.nomination_id ?? null;
}

/** Stores a nomination with its audit event. Call inside a transaction. */
export async function insertNomination(tx: Queryable, n: { nominationId: string; uscc: string; departmentId: string; reason: string; at: Date; userId: string }): Promise<void> {
  await tx.query('INSERT INTO whitelist_nominations (nomination_id, uscc, department_id, reason, nominated_at, nominated_by) VALUES ($1, $2, $3, $4, $5, $6)', [n.nominationId, n.uscc, n.departmentId, n.reason, n.at.toISOString(), n.userId]);
  await appendAuditEvent(tx, { type: 'WHITELIST_NOMINATED', subject: n.nominationId, payload: { uscc: n.uscc, departmentId: n.departmentId } }, n.userId, n.at);
}

export async function findNomination(q: Queryable, nominationId: string): Promise<WhitelistNomination | null> {
  const [r] = await q.query<NominationRow>(`${NOMINATION_SELECT} WHERE n.nomination_id = $1`, [nominationId]);
  return r ? toNomination(r) : null;
}

/** Nominations newest first: one department's, or all (the bureau). */
export async function listNominations(q: Queryable, filter: { departmentId: string } | { all: true }, limit = 200): Promise<WhitelistNomination[]> {
  const params: unknown[] = [];
  const where = 'departmentId' in filter ? `WHERE n.department_id = $${params.push(filter.departmentId)}` : '';
  const rows = await q.query<NominationRow>(`${NOMINATION_SELECT} ${where} ORDER BY n.nominated_at DESC, n.nomination_id DESC LIMIT $${params.push(limit)}`, params);
  return rows.map(toNomination);
}

/** Records the bureau's decision; false when the nomination was already reviewed (a review is never replaced). */
export async function insertReview(tx: Queryable, r: { nominationId: string; decision: 'ACCEPTED' | 'REFUSED'; reason: string | null; at: Date; userId: string }): Promise<boolean> {
  const rows = await tx.query<{ nomination_id: string }>(
    `INSERT INTO whitelist_reviews (nomination_id, decision, reason, reviewed_at, reviewed_by) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (nomination_id) DO NOTHING RETURNING nomination_id`,
    [r.nominationId, r.decision, r.reason, r.at.toISOString(), r.userId],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'WHITELIST_NOMINATION_REVIEWED', subject: r.nominationId, payload: { decision: r.decision } }, r.userId, r.at);
  return true;
}

/**
 * Publishes a new edition listing every enterprise with an accepted nomination (with the nominations
 * it rests on). Returns null when no nomination has been accepted. Call inside a transaction.
 */
export async function publishEdition(tx: Queryable, e: { validFrom: string; validUntil: string; at: Date; userId: string }): Promise<number | null> {
  const accepted = await tx.query<{ uscc: string; ids: string[] }>(
    `SELECT n.uscc, jsonb_agg(n.nomination_id ORDER BY n.nomination_id) AS ids FROM whitelist_nominations n JOIN whitelist_reviews r ON r.nomination_id = n.nomination_id
      WHERE r.decision = 'ACCEPTED' GROUP BY n.uscc ORDER BY n.uscc`,
  );
  if (accepted.length === 0) return null;
  await tx.query('LOCK TABLE whitelist_editions IN EXCLUSIVE MODE');
  const [row] = await tx.query<{ next: number }>('SELECT coalesce(max(edition_no), 0) + 1 AS next FROM whitelist_editions');
  const next = Number(row!.next);
  await tx.query('INSERT INTO whitelist_editions (edition_no, valid_from, valid_until, published_at, published_by) VALUES ($1, $2, $3, $4, $5)', [next, e.validFrom, e.validUntil, e.at.toISOString(), e.userId]);
  for (const a of accepted) {
    const ids = typeof a.ids === 'string' ? (JSON.parse(a.ids) as string[]) : a.ids;
    await tx.query('INSERT INTO whitelist_edition_entries (edition_no, uscc, nomination_ids) VALUES ($1, $2, $3::jsonb)', [next, a.uscc, JSON.stringify(ids)]);
  }
  await appendAuditEvent(tx, { type: 'WHITELIST_EDITION_PUBLISHED', subject: String(next), payload: { validFrom: e.validFrom, validUntil: e.validUntil, usccs: accepted.map((a) => a.uscc) } }, e.userId, e.at);
  return next;
}

/** The edition in force on a date: the most recently published one whose period covers it. */
const CURRENT_EDITION = `(SELECT edition_no FROM whitelist_editions WHERE valid_from <= $1::date AND valid_until >= $1::date ORDER BY edition_no DESC LIMIT 1)`;

/** The edition in force on `on` (a Beijing date), or, with `latest`, the last one published; null when none. */
export async function findEdition(q: Queryable, pick: { on: string } | { latest: true }): Promise<WhitelistEdition | null> {
  const [ed] = 'on' in pick
    ? await q.query<{ edition_no: number; valid_from: string; valid_until: string; published_at: string }>(`SELECT edition_no, valid_from::text AS valid_from, valid_until::text AS valid_until, published_at FROM whitelist_editions WHERE edition_no = ${CURRENT_EDITION}`, [pick.on])
    : await q.query<{ edition_no: number; valid_from: string; valid_until: string; published_at: string }>('SELECT edition_no, valid_from::text AS valid_from, valid_until::text AS valid_until, published_at FROM whitelist_editions ORDER BY edition_no DESC LIMIT 1');
  if (!ed) return null;
  const entries = await q.query<{ uscc: string; name: string; nomination_ids: string[] | string }>(
    'SELECT w.uscc, e.name, w.nomination_ids FROM whitelist_edition_entries w JOIN enterprises e ON e.uscc = w.uscc WHERE w.edition_no = $1 ORDER BY e.name, w.uscc',
    [ed.edition_no],
  );
  return {
    editionNo: Number(ed.edition_no), validFrom: ed.valid_from, validUntil: ed.valid_until, publishedAt: ed.published_at,
    entries: entries.map((r) => ({ uscc: r.uscc, enterpriseName: r.name, nominationIds: typeof r.nomination_ids === 'string' ? (JSON.parse(r.nomination_ids) as string[]) : r.nomination_ids })),
  };
}

/** The USCCs on the edition in force on `on` (for ordering the banks' marketplace). */
export async function whitelistedOn(q: Queryable, on: string): Promise<Set<string>> {
  const rows = await q.query<{ uscc: string }>(`SELECT uscc FROM whitelist_edition_entries WHERE edition_no = ${CURRENT_EDITION}`, [on]);
  return new Set(rows.map((r) => r.uscc));
}
