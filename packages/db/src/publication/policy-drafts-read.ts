import type { Queryable } from '../database';
import type { PolicyDraft, PolicyDraftAction, PolicyDraftStatus } from './policy-draft-types';

export interface DraftRow {
  id: string;
  policy_key: string;
  version: number;
  title_zh: string;
  title_en: string;
  summary_zh: string;
  summary_en: string;
  department_id: string;
  jurisdiction: string;
  effective_from: string;
  effective_until: string | null;
  channel: PolicyDraft['channel'];
  topics: string[];
  conditions: PolicyDraft['conditions'];
  amount: PolicyDraft['amount'];
  status: PolicyDraftStatus;
  author_user_id: string;
  published_by_user_id: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export const DRAFT_SELECT = `SELECT id, policy_key, version, title_zh, title_en, summary_zh, summary_en, department_id, jurisdiction,
  effective_from, effective_until, channel, topics, conditions, amount, status, author_user_id, published_by_user_id, published_at,
  created_at, updated_at FROM policy_drafts`;

export const toDraft = (r: DraftRow): PolicyDraft => ({
  id: r.id,
  policyKey: r.policy_key,
  version: r.version,
  titleZh: r.title_zh,
  titleEn: r.title_en,
  summaryZh: r.summary_zh,
  summaryEn: r.summary_en,
  departmentId: r.department_id,
  jurisdiction: r.jurisdiction,
  effectiveFrom: r.effective_from,
  effectiveUntil: r.effective_until,
  channel: r.channel,
  topics: r.topics,
  conditions: r.conditions,
  amount: r.amount ?? null,
  status: r.status,
  authorUserId: r.author_user_id,
  publishedByUserId: r.published_by_user_id,
  publishedAt: r.published_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function getPolicyDraft(db: Queryable, id: string): Promise<PolicyDraft | null> {
  const [row] = await db.query<DraftRow>(`${DRAFT_SELECT} WHERE id = $1`, [id]);
  return row ? toDraft(row) : null;
}

export interface PolicyDraftQuery {
  status?: PolicyDraftStatus;
  departmentId?: string;
  limit?: number;
}

/** Versions newest first, filtered by status and department. */
export async function listPolicyDrafts(db: Queryable, q: PolicyDraftQuery = {}): Promise<PolicyDraft[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.status) where.push(`status = $${params.push(q.status)}`);
  if (q.departmentId) where.push(`department_id = $${params.push(q.departmentId)}`);
  const limit = Math.min(Math.max(q.limit ?? 200, 1), 1000);
  const rows = await db.query<DraftRow>(
    `${DRAFT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, id LIMIT ${limit}`,
    params,
  );
  return rows.map(toDraft);
}

/** Published versions whose effective window contains `date` (or every published one when date is omitted). */
export async function listPublishedPolicies(db: Queryable, date?: string): Promise<PolicyDraft[]> {
  const params: unknown[] = [];
  let window = '';
  if (date) {
    params.push(date);
    window = ' AND effective_from <= $1 AND (effective_until IS NULL OR effective_until >= $1)';
  }
  const rows = await db.query<DraftRow>(`${DRAFT_SELECT} WHERE status = 'PUBLISHED'${window} ORDER BY published_at DESC, id`, params);
  return rows.map(toDraft);
}

export async function listPolicyDraftActions(db: Queryable, draftId: string): Promise<PolicyDraftAction[]> {
  const rows = await db.query<{ id: number; draft_id: string; action: PolicyDraftAction['action']; from_status: PolicyDraftStatus | null; to_status: PolicyDraftStatus; actor_user_id: string; note: string | null; at: string }>(
    'SELECT id, draft_id, action, from_status, to_status, actor_user_id, note, at FROM policy_draft_actions WHERE draft_id = $1 ORDER BY id',
    [draftId],
  );
  return rows.map((r) => ({ id: r.id, draftId: r.draft_id, action: r.action, fromStatus: r.from_status, toStatus: r.to_status, actorUserId: r.actor_user_id, note: r.note, at: r.at }));
}

/**
 * A stamp of the set of PUBLISHED version ids (changes whenever a version is published, amended or
 * withdrawn by any process): a cache of compiled published policies re-reads only when it moves.
 */
export async function publishedSetStamp(db: Queryable): Promise<string> {
  const [row] = await db.query<{ stamp: string }>(
    `SELECT count(*)::text || ':' || md5(COALESCE(string_agg(id, ',' ORDER BY id), '')) AS stamp FROM policy_drafts WHERE status = 'PUBLISHED'`,
  );
  return row!.stamp;
}

/** Every PUBLISHED version with its issuing department's name (in force or not). */
export async function listPublishedWithDepartment(db: Queryable): Promise<(PolicyDraft & { departmentName: { zh: string; en: string } })[]> {
  const rows = await db.query<DraftRow & { department_zh: string; department_en: string }>(
    `SELECT d.*, dep.name_zh AS department_zh, dep.name_en AS department_en
     FROM (${DRAFT_SELECT} WHERE status = 'PUBLISHED') d JOIN departments dep ON dep.id = d.department_id ORDER BY d.id`,
  );
  return rows.map((r) => ({ ...toDraft(r), departmentName: { zh: r.department_zh, en: r.department_en } }));
}
