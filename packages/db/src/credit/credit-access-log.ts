import type { Queryable } from '../database';

/** One entry of the access log (使用记录) as written. */
export interface NewAccessEntry {
  at: Date;
  institutionId: string;
  userId: string;
  uscc: string;
  consentId: string | null;
  action: 'READ' | 'VERIFY';
  scopes: readonly string[];
  purposeText: string | null;
  outcome: 'ALLOWED' | 'REFUSED';
  reason: string | null;
  question: Record<string, unknown> | null;
  answer: 'YES' | 'NO' | 'UNKNOWN' | null;
}

export interface AccessEntry extends Omit<NewAccessEntry, 'at'> {
  entryId: number;
  at: string;
  institutionName: { zh: string; en: string };
  userDisplayName: string;
  enterpriseName: string | null;
}

interface Row {
  entry_id: number;
  at: string;
  institution_id: string;
  user_id: string;
  uscc: string;
  consent_id: string | null;
  action: 'READ' | 'VERIFY';
  scopes: string[];
  purpose_text: string | null;
  outcome: 'ALLOWED' | 'REFUSED';
  reason: string | null;
  question: Record<string, unknown> | null;
  answer: 'YES' | 'NO' | 'UNKNOWN' | null;
  name_zh: string;
  name_en: string;
  display_name: string;
  enterprise_name: string | null;
}

/**
 * Appends one entry. It is written in its own statement, not in the read's transaction, so a
 * refused read (which answers 403) is logged as well. The access log is append-only evidence in its
 * own right and is not copied into the audit hash chain (a million reads would double the chain).
 */
export async function appendAccessEntry(q: Queryable, e: NewAccessEntry): Promise<number> {
  // One statement: the entry and its count (credit_access_counts) are written together or not at all.
  const [r] = await q.query<{ entry_id: number }>(
    `WITH ins AS (
       INSERT INTO credit_access_log (at, institution_id, user_id, uscc, consent_id, action, scopes, purpose_text, outcome, reason, question, answer)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11::jsonb, $12) RETURNING entry_id, institution_id, at, outcome),
     counted AS (
       INSERT INTO credit_access_counts (institution_id, day, outcome, n)
       SELECT institution_id, (at AT TIME ZONE 'Asia/Shanghai')::date, outcome, 1 FROM ins
       ON CONFLICT (institution_id, day, outcome) DO UPDATE SET n = credit_access_counts.n + 1)
     SELECT entry_id FROM ins`,
    [e.at.toISOString(), e.institutionId, e.userId, e.uscc, e.consentId, e.action, JSON.stringify(e.scopes), e.purposeText, e.outcome, e.reason, e.question ? JSON.stringify(e.question) : null, e.answer],
  );
  return Number(r!.entry_id);
}

export type AccessFilter = { uscc: string } | { institutionId: string } | { refusedOnly: true } | { all: true };

/** Entries newest first, paged by key (`before` = the last entry id of the previous page). */
export async function listAccessEntries(q: Queryable, filter: AccessFilter, page: { limit: number; before?: number | null }): Promise<AccessEntry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if ('uscc' in filter) where.push(`l.uscc = $${params.push(filter.uscc)}`);
  if ('institutionId' in filter) where.push(`l.institution_id = $${params.push(filter.institutionId)}`);
  if ('refusedOnly' in filter) where.push(`l.outcome = 'REFUSED'`);
  if (page.before) where.push(`l.entry_id < $${params.push(page.before)}`);
  const rows = await q.query<Row>(
    `SELECT l.entry_id, l.at, l.institution_id, l.user_id, l.uscc, l.consent_id, l.action, l.scopes, l.purpose_text, l.outcome, l.reason, l.question, l.answer,
            f.name_zh, f.name_en, u.display_name, e.name AS enterprise_name
       FROM credit_access_log l
       JOIN financial_institutions f ON f.id = l.institution_id
       JOIN users u ON u.id = l.user_id
       LEFT JOIN enterprises e ON e.uscc = l.uscc
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY l.entry_id DESC LIMIT $${params.push(page.limit)}`,
    params,
  );
  return rows.map((r) => ({
    entryId: Number(r.entry_id), at: r.at, institutionId: r.institution_id, userId: r.user_id, uscc: r.uscc, consentId: r.consent_id, action: r.action,
    scopes: r.scopes, purposeText: r.purpose_text, outcome: r.outcome, reason: r.reason, question: r.question, answer: r.answer,
    institutionName: { zh: r.name_zh, en: r.name_en }, userDisplayName: r.display_name, enterpriseName: r.enterprise_name,
  }));
}

/** Oversight figures per institution (监管视图): consents granted and live, reads allowed and refused (from the kept counts). */
export interface InstitutionOversight {
  institutionId: string;
  name: { zh: string; en: string };
  consents: number;
  activeConsents: number;
  reads: number;
  refused: number;
  lastAccessAt: string | null;
}

export async function oversightByInstitution(q: Queryable, now: Date): Promise<InstitutionOversight[]> {
  const rows = await q.query<{ id: string; name_zh: string; name_en: string; consents: number; active: number; reads: number; refused: number; last_at: string | null }>(
    `SELECT f.id, f.name_zh, f.name_en,
            (SELECT count(*)::int FROM credit_consents c WHERE c.institution_id = f.id) AS consents,
            (SELECT count(*)::int FROM credit_consents c LEFT JOIN credit_consent_revocations r ON r.consent_id = c.consent_id
              WHERE c.institution_id = f.id AND c.starts_at <= $1 AND c.expires_at > $1 AND r.consent_id IS NULL) AS active,
            (SELECT coalesce(sum(n), 0)::int FROM credit_access_counts k WHERE k.institution_id = f.id AND k.outcome = 'ALLOWED') AS reads,
            (SELECT coalesce(sum(n), 0)::int FROM credit_access_counts k WHERE k.institution_id = f.id AND k.outcome = 'REFUSED') AS refused,
            (SELECT l.at FROM credit_access_log l WHERE l.institution_id = f.id ORDER BY l.entry_id DESC LIMIT 1) AS last_at
       FROM financial_institutions f ORDER BY f.id`,
    [now.toISOString()],
  );
  return rows.map((r) => ({ institutionId: r.id, name: { zh: r.name_zh, en: r.name_en }, consents: r.consents, activeConsents: r.active, reads: r.reads, refused: r.refused, lastAccessAt: r.last_at }));
}
