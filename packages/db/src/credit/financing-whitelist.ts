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
  /** Enterprises on the edition, without those removed after it was published. */
  entries: { uscc: string; enterpriseName: string; nominationIds: string[] }[];
  /** 会签 by the financial regulator's departments (联合建立). */
  cosigns: { departmentId: string; departmentName: { zh: string; en: string }; cosignedAt: string }[];
  /** A financial regulator is designated and has not co-signed: the edition is not in force. */
  awaitingCosign: boolean;
}

/** A removal from the whitelist with its reason. */
export interface WhitelistRemoval {
  removalId: string;
  uscc: string;
  enterpriseName: string;
  reason: string;
  removedAt: string;
}

/**
 * SQL: an edition (alias `e`) takes effect only once co-signed by a financial regulator's department,
 * while one is designated (第十条 联合建立).
 */
const COSIGNED = `(NOT EXISTS (SELECT 1 FROM whitelist_partner_departments)
  OR EXISTS (SELECT 1 FROM whitelist_edition_cosigns c JOIN whitelist_partner_departments p ON p.department_id = c.department_id WHERE c.edition_no = e.edition_no))`;

/** SQL: entry `w` of its edition still stands (no removal of the enterprise after the edition was published). */
const NOT_REMOVED = `NOT EXISTS (SELECT 1 FROM whitelist_removals x WHERE x.uscc = w.uscc AND x.removed_at > (SELECT published_at FROM whitelist_editions pe WHERE pe.edition_no = w.edition_no))`;

/**
 * SQL: the enterprise `usccExpr` is on the edition in force on the date `dateExpr` (a date expression):
 * the latest co-signed edition covering it, and not removed since. For the banks' marketplace ordering.
 */
export function whitelistedSql(usccExpr: string, dateExpr: string): string {
  return `EXISTS (SELECT 1 FROM whitelist_edition_entries w WHERE w.uscc = ${usccExpr} AND ${NOT_REMOVED} AND w.edition_no =
    (SELECT e.edition_no FROM whitelist_editions e WHERE e.valid_from <= ${dateExpr} AND e.valid_until >= ${dateExpr} AND ${COSIGNED} ORDER BY e.edition_no DESC LIMIT 1))`;
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
  // A nomination accepted before the enterprise was last removed no longer counts.
  const accepted = await tx.query<{ uscc: string; ids: string[] }>(
    `SELECT n.uscc, jsonb_agg(n.nomination_id ORDER BY n.nomination_id) AS ids FROM whitelist_nominations n JOIN whitelist_reviews r ON r.nomination_id = n.nomination_id
      WHERE r.decision = 'ACCEPTED' AND NOT EXISTS (SELECT 1 FROM whitelist_removals x WHERE x.uscc = n.uscc AND x.removed_at >= r.reviewed_at) GROUP BY n.uscc ORDER BY n.uscc`,
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

/** The edition in force on a date: the most recently published one whose period covers it and that took effect (co-signed). */
const CURRENT_EDITION = `(SELECT e.edition_no FROM whitelist_editions e WHERE e.valid_from <= $1::date AND e.valid_until >= $1::date AND ${COSIGNED} ORDER BY e.edition_no DESC LIMIT 1)`;

/** The edition in force on `on` (a Beijing date), or, with `latest`, the last one published; null when none. */
export async function findEdition(q: Queryable, pick: { on: string } | { latest: true } | { no: number }): Promise<WhitelistEdition | null> {
  const cols = 'edition_no, valid_from::text AS valid_from, valid_until::text AS valid_until, published_at';
  const [ed] = 'on' in pick
    ? await q.query<{ edition_no: number; valid_from: string; valid_until: string; published_at: string }>(`SELECT ${cols} FROM whitelist_editions WHERE edition_no = ${CURRENT_EDITION}`, [pick.on])
    : 'no' in pick
      ? await q.query<{ edition_no: number; valid_from: string; valid_until: string; published_at: string }>(`SELECT ${cols} FROM whitelist_editions WHERE edition_no = $1`, [pick.no])
      : await q.query<{ edition_no: number; valid_from: string; valid_until: string; published_at: string }>(`SELECT ${cols} FROM whitelist_editions ORDER BY edition_no DESC LIMIT 1`);
  if (!ed) return null;
  const entries = await q.query<{ uscc: string; name: string; nomination_ids: string[] | string }>(
    `SELECT w.uscc, e.name, w.nomination_ids FROM whitelist_edition_entries w JOIN enterprises e ON e.uscc = w.uscc WHERE w.edition_no = $1 AND ${NOT_REMOVED} ORDER BY e.name, w.uscc`,
    [ed.edition_no],
  );
  const cosigns = await q.query<{ department_id: string; name_zh: string; name_en: string; cosigned_at: string | Date }>(
    'SELECT c.department_id, d.name_zh, d.name_en, c.cosigned_at FROM whitelist_edition_cosigns c JOIN departments d ON d.id = c.department_id WHERE c.edition_no = $1 ORDER BY c.cosigned_at',
    [ed.edition_no],
  );
  const [effective] = await q.query<{ ok: boolean }>(`SELECT ${COSIGNED} AS ok FROM whitelist_editions e WHERE e.edition_no = $1`, [ed.edition_no]);
  return {
    editionNo: Number(ed.edition_no), validFrom: ed.valid_from, validUntil: ed.valid_until, publishedAt: ed.published_at,
    entries: entries.map((r) => ({ uscc: r.uscc, enterpriseName: r.name, nominationIds: typeof r.nomination_ids === 'string' ? (JSON.parse(r.nomination_ids) as string[]) : r.nomination_ids })),
    cosigns: cosigns.map((c) => ({ departmentId: c.department_id, departmentName: { zh: c.name_zh, en: c.name_en }, cosignedAt: c.cosigned_at instanceof Date ? c.cosigned_at.toISOString() : new Date(c.cosigned_at).toISOString() })),
    awaitingCosign: effective?.ok !== true,
  };
}

/** The USCCs on the edition in force on `on` (for ordering the banks' marketplace), without those removed since. */
export async function whitelistedOn(q: Queryable, on: string): Promise<Set<string>> {
  const rows = await q.query<{ uscc: string }>(`SELECT w.uscc FROM whitelist_edition_entries w WHERE w.edition_no = ${CURRENT_EDITION} AND ${NOT_REMOVED}`, [on]);
  return new Set(rows.map((r) => r.uscc));
}

/** Whether the enterprise stands on the latest published edition (not removed since): what a removal applies to. */
export async function onLatestEdition(q: Queryable, uscc: string): Promise<boolean> {
  const rows = await q.query(`SELECT 1 AS one FROM whitelist_edition_entries w WHERE w.uscc = $1 AND w.edition_no = (SELECT max(edition_no) FROM whitelist_editions) AND ${NOT_REMOVED}`, [uscc]);
  return rows.length > 0;
}

/** Stores a removal with its audit event. Call inside a transaction. */
export async function insertRemoval(tx: Queryable, r: { removalId: string; uscc: string; reason: string; at: Date; userId: string }): Promise<void> {
  await tx.query('INSERT INTO whitelist_removals (removal_id, uscc, reason, removed_at, removed_by) VALUES ($1, $2, $3, $4, $5)', [r.removalId, r.uscc, r.reason, r.at.toISOString(), r.userId]);
  await appendAuditEvent(tx, { type: 'WHITELIST_REMOVED', subject: r.removalId, payload: { uscc: r.uscc } }, r.userId, r.at);
}

/** Removals newest first. */
export async function listRemovals(q: Queryable, limit = 200): Promise<WhitelistRemoval[]> {
  const rows = await q.query<{ removal_id: string; uscc: string; name: string; reason: string; removed_at: string | Date }>(
    'SELECT r.removal_id, r.uscc, e.name, r.reason, r.removed_at FROM whitelist_removals r JOIN enterprises e ON e.uscc = r.uscc ORDER BY r.removed_at DESC, r.removal_id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ removalId: r.removal_id, uscc: r.uscc, enterpriseName: r.name, reason: r.reason, removedAt: r.removed_at instanceof Date ? r.removed_at.toISOString() : new Date(r.removed_at).toISOString() }));
}

/** Whether the department acts as the financial regulator in the joint building of the list. */
export async function isPartnerDepartment(q: Queryable, departmentId: string): Promise<boolean> {
  return (await q.query('SELECT 1 AS one FROM whitelist_partner_departments WHERE department_id = $1', [departmentId])).length > 0;
}

/** Designates a department as the financial regulator of the list (deployment or demo data; idempotent). */
export async function designatePartnerDepartment(tx: Queryable, departmentId: string, at: Date): Promise<void> {
  await tx.query('INSERT INTO whitelist_partner_departments (department_id, designated_at) VALUES ($1, $2) ON CONFLICT (department_id) DO NOTHING', [departmentId, at.toISOString()]);
}

/** 会签: the regulator's department co-signs an edition (once; false when it already had). Call inside a transaction. */
export async function insertCosign(tx: Queryable, c: { editionNo: number; departmentId: string; at: Date; userId: string }): Promise<boolean> {
  const rows = await tx.query(
    'INSERT INTO whitelist_edition_cosigns (edition_no, department_id, cosigned_at, cosigned_by) VALUES ($1, $2, $3, $4) ON CONFLICT (edition_no, department_id) DO NOTHING RETURNING edition_no',
    [c.editionNo, c.departmentId, c.at.toISOString(), c.userId],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'WHITELIST_EDITION_COSIGNED', subject: String(c.editionNo), payload: { departmentId: c.departmentId } }, c.userId, c.at);
  return true;
}
