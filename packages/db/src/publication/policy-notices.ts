import type { Queryable } from '../database';
import { insertNoticeColumns } from './bulk-notices';

/** ELIGIBLE / UNKNOWN: about a policy version; CONSULTATION_OPENED: a consultation on a related draft opened (migration 0912). */
export type NoticeKind = 'ELIGIBLE' | 'UNKNOWN' | 'CONSULTATION_OPENED';

export interface NewNotice {
  uscc: string;
  /** A policy version's notice (consultation notices are inserted by the consultation module). */
  kind: Exclude<NoticeKind, 'CONSULTATION_OPENED'>;
  /** Facts the rules engine needs to decide (UNKNOWN only). */
  missing: string[];
}

export interface PolicyNotice {
  id: number;
  uscc: string;
  /** The policy version (null for a consultation notice). */
  draftId: string | null;
  policyKey: string | null;
  version: number | null;
  /** The consultation (CONSULTATION_OPENED only). */
  consultationId: string | null;
  /** The policy's title, or the consultation's (its zh title in both fields: a consultation has no English title). */
  titleZh: string;
  titleEn: string;
  departmentId: string;
  channel: string | null;
  kind: NoticeKind;
  missing: string[];
  createdAt: string;
  readAt: string | null;
}

/**
 * Inserts the notices of one published version; a (uscc, version) pair that already has one is
 * left as it is, so a job run twice inserts nothing new. Returns how many were inserted
 * (the bulk path of bulk-notices.ts, in batches).
 */
export async function insertNotices(tx: Queryable, draftId: string, notices: readonly NewNotice[], at: Date = new Date()): Promise<number> {
  if (notices.length === 0) return 0;
  return insertNoticeColumns(tx, draftId, { usccs: notices.map((x) => x.uscc), kinds: notices.map((x) => x.kind), missing: notices.map((x) => x.missing) }, at);
}

/** An enterprise's inbox, newest first, with the policy (or consultation) each notice is about. */
export async function listNotices(db: Queryable, uscc: string, limit = 200): Promise<PolicyNotice[]> {
  const rows = await db.query<{
    id: number; uscc: string; draft_id: string | null; policy_key: string | null; version: number | null; consultation_id: string | null; title_zh: string; title_en: string;
    department_id: string; channel: string | null; kind: NoticeKind; missing: string[]; created_at: string; read_at: string | null;
  }>(
    `SELECT n.id, n.uscc, n.draft_id, d.policy_key, d.version, n.consultation_id, COALESCE(d.title_zh, c.title) AS title_zh, COALESCE(d.title_en, c.title) AS title_en,
       COALESCE(d.department_id, c.owner_department) AS department_id, d.channel, n.kind, n.missing, n.created_at, n.read_at
     FROM policy_notices n LEFT JOIN policy_drafts d ON d.id = n.draft_id LEFT JOIN consultations c ON c.consultation_id = n.consultation_id
     WHERE n.uscc = $1 ORDER BY n.id DESC LIMIT $2`,
    [uscc, Math.min(Math.max(limit, 1), 1000)],
  );
  return rows.map((r) => ({
    id: r.id, uscc: r.uscc, draftId: r.draft_id, policyKey: r.policy_key, version: r.version, consultationId: r.consultation_id, titleZh: r.title_zh, titleEn: r.title_en,
    departmentId: r.department_id, channel: r.channel, kind: r.kind, missing: r.missing, createdAt: r.created_at, readAt: r.read_at,
  }));
}

export async function countUnreadNotices(db: Queryable, uscc: string): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*) AS n FROM policy_notices WHERE uscc = $1 AND read_at IS NULL', [uscc]);
  return row?.n ?? 0;
}

/** Marks one of the enterprise's own notices read (idempotent); false when it has no such notice. */
export async function markNoticeRead(db: Queryable, uscc: string, id: number, at: Date = new Date()): Promise<boolean> {
  const rows = await db.query<{ id: number }>(
    'UPDATE policy_notices SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND uscc = $2 RETURNING id',
    [id, uscc, at.toISOString()],
  );
  return rows.length === 1;
}
