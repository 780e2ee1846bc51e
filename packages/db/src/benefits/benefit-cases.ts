import type { Queryable } from '../database';
import { decodeKey, encodeKey } from '../registry-search/count-up-to';
import { appendAuditEvent } from '../audit/append-audit-event';
import { COMMITTING_STATUS_SQL } from './benefit-funds';

/** One logged action as stored (the domain type is LoggedBenefitAction in @huiqi/workflows). */
export interface StoredBenefitAction {
  seq: number;
  type: string;
  at: string;
  on: string;
  actor: { role: string; userId: string | null };
  payload: Record<string, unknown>;
}

export interface BenefitCaseRow {
  id: string;
  trackingNumber: string;
  uscc: string;
  enterpriseName: string;
  policyId: string;
  fundId: string;
  departmentId: string;
  channel: 'ONLINE_APPLICATION' | 'NO_APPLICATION';
  status: string;
  expenseKey: string | null;
  form: Record<string, unknown>;
  facts: Record<string, unknown>;
  evaluation: Record<string, unknown>;
  sizeClass: string | null;
  district: string;
  amountFen: number | null;
  decision: Record<string, unknown> | null;
  dueOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What a new action changes in the case row (derived from the fold by the caller). */
export interface BenefitProjection {
  status: string;
  amountFen: number | null;
  decision: Record<string, unknown> | null;
  dueOn: string | null;
}

const SELECT = `SELECT c.*, e.name AS enterprise_name, f.department_id FROM benefit_cases c
  JOIN enterprises e ON e.uscc = c.uscc JOIN benefit_funds f ON f.id = c.fund_id`;

const fromRow = (r: Record<string, unknown>): BenefitCaseRow => ({
  id: r.id as string, trackingNumber: r.tracking_number as string, uscc: r.uscc as string, enterpriseName: r.enterprise_name as string,
  policyId: r.policy_id as string, fundId: r.fund_id as string, departmentId: r.department_id as string, channel: r.channel as BenefitCaseRow['channel'],
  status: r.status as string, expenseKey: (r.expense_key as string | null) ?? null, form: r.form as Record<string, unknown>, facts: r.facts as Record<string, unknown>,
  evaluation: r.evaluation as Record<string, unknown>, sizeClass: (r.size_class as string | null) ?? null, district: r.district as string,
  amountFen: (r.amount_fen as number | null) ?? null, decision: (r.decision as Record<string, unknown> | null) ?? null, dueOn: (r.due_on as string | null) ?? null,
  version: r.version as number, createdAt: r.created_at as string, updatedAt: r.updated_at as string,
});

export async function nextBenefitTrackingSerial(q: Queryable): Promise<number> {
  const [r] = await q.query<{ n: number }>("SELECT nextval('benefit_tracking_seq')::bigint AS n");
  return r!.n;
}

export interface NewBenefitCase {
  id: string;
  trackingNumber: string;
  uscc: string;
  policyId: string;
  fundId: string;
  channel: 'ONLINE_APPLICATION' | 'NO_APPLICATION';
  requestKey: string | null;
  expenseKey: string | null;
  form: Record<string, unknown>;
  facts: Record<string, unknown>;
  evaluation: Record<string, unknown>;
  sizeClass: string | null;
  district: string;
  first: StoredBenefitAction;
  projection: BenefitProjection;
}

/**
 * Opens a case with its first action. Idempotent: the same enterprise and request key (or, for
 * 免申即享, the same enterprise and policy) returns the existing case with created = false.
 */
export async function createBenefitCase(tx: Queryable, c: NewBenefitCase): Promise<{ created: boolean; row: BenefitCaseRow }> {
  const existing = c.requestKey
    ? await tx.query<{ id: string }>('SELECT id FROM benefit_cases WHERE uscc = $1 AND request_key = $2', [c.uscc, c.requestKey])
    : c.channel === 'NO_APPLICATION' ? await tx.query<{ id: string }>("SELECT id FROM benefit_cases WHERE uscc = $1 AND policy_id = $2 AND channel = 'NO_APPLICATION'", [c.uscc, c.policyId]) : [];
  if (existing[0]) return { created: false, row: (await findBenefitCase(tx, existing[0].id))! };
  const inserted = await tx.query(
    `INSERT INTO benefit_cases (id, tracking_number, uscc, policy_id, fund_id, channel, status, request_key, expense_key, form, facts, evaluation, size_class, district,
       amount_fen, decision, due_on, version, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10::jsonb,$11::jsonb,$12::jsonb,$13,$14,$15,$16::jsonb,$17,1,$18,$18)
     ON CONFLICT DO NOTHING RETURNING id`,
    [c.id, c.trackingNumber, c.uscc, c.policyId, c.fundId, c.channel, c.projection.status, c.requestKey, c.expenseKey, JSON.stringify(c.form), JSON.stringify(c.facts),
      JSON.stringify(c.evaluation), c.sizeClass, c.district, c.projection.amountFen, c.projection.decision ? JSON.stringify(c.projection.decision) : null, c.projection.dueOn, c.first.at],
  );
  if (inserted.length === 0) {
    // A concurrent identical request won the race: return its case.
    const [again] = await tx.query<{ id: string }>('SELECT id FROM benefit_cases WHERE uscc = $1 AND (request_key = $2 OR (policy_id = $3 AND channel = $4 AND $4 = \'NO_APPLICATION\'))', [c.uscc, c.requestKey, c.policyId, c.channel]);
    if (!again) throw new Error('benefit case insert conflicted but no existing case found');
    return { created: false, row: (await findBenefitCase(tx, again.id))! };
  }
  await insertAction(tx, c.id, c.first);
  await appendAuditEvent(tx, { type: 'BENEFIT_ACTION_RECORDED', subject: c.id, payload: { trackingNumber: c.trackingNumber, actionType: c.first.type, seq: 1, status: c.projection.status, amountFen: c.projection.amountFen } }, c.first.actor.userId, new Date(c.first.at));
  return { created: true, row: (await findBenefitCase(tx, c.id))! };
}

async function insertAction(tx: Queryable, caseId: string, a: StoredBenefitAction): Promise<void> {
  await tx.query(
    'INSERT INTO benefit_actions (case_id, seq, type, at, on_day, actor_role, actor_user_id, payload) VALUES ($1,$2,$3,$4,$5,$6,$7,$8::jsonb)',
    [caseId, a.seq, a.type, a.at, a.on, a.actor.role, a.actor.userId, JSON.stringify(a.payload)],
  );
}

/**
 * Appends one action and updates the projection, in the caller's transaction. Optimistic
 * concurrency: the action's seq must follow the stored version, else nothing is written and
 * false is returned (someone acted first; reload and retry).
 */
export async function appendBenefitAction(tx: Queryable, row: Pick<BenefitCaseRow, 'id' | 'trackingNumber'>, a: StoredBenefitAction, p: BenefitProjection): Promise<boolean> {
  const updated = await tx.query(
    `UPDATE benefit_cases SET status = $2, amount_fen = $3, decision = $4::jsonb, due_on = $5, version = $6, updated_at = $7 WHERE id = $1 AND version = $8 RETURNING id`,
    [row.id, p.status, p.amountFen, p.decision ? JSON.stringify(p.decision) : null, p.dueOn, a.seq, a.at, a.seq - 1],
  );
  if (updated.length === 0) return false;
  await insertAction(tx, row.id, a);
  await appendAuditEvent(tx, { type: 'BENEFIT_ACTION_RECORDED', subject: row.id, payload: { trackingNumber: row.trackingNumber, actionType: a.type, seq: a.seq, status: p.status, amountFen: p.amountFen } }, a.actor.userId, new Date(a.at));
  return true;
}

export async function findBenefitCase(q: Queryable, id: string): Promise<BenefitCaseRow | null> {
  const [r] = await q.query(`${SELECT} WHERE c.id = $1`, [id]);
  return r ? fromRow(r) : null;
}

/** The case and its log; `forUpdate` locks the case row for the rest of the transaction. */
export async function loadBenefitCase(q: Queryable, id: string, forUpdate = false): Promise<{ row: BenefitCaseRow; log: StoredBenefitAction[] } | null> {
  if (forUpdate) {
    const [locked] = await q.query('SELECT id FROM benefit_cases WHERE id = $1 FOR UPDATE', [id]);
    if (!locked) return null;
  }
  const row = await findBenefitCase(q, id);
  if (!row) return null;
  const actions = await q.query<Record<string, unknown>>('SELECT * FROM benefit_actions WHERE case_id = $1 ORDER BY seq', [id]);
  const log = actions.map((a) => ({
    seq: a.seq as number, type: a.type as string, at: a.at as string, on: a.on_day as string,
    actor: { role: a.actor_role as string, userId: (a.actor_user_id as string | null) ?? null }, payload: a.payload as Record<string, unknown>,
  }));
  return { row, log };
}

export interface BenefitCaseQuery {
  uscc?: string;
  departmentId?: string;
  policyId?: string;
  statuses?: readonly string[];
  channel?: 'ONLINE_APPLICATION' | 'NO_APPLICATION';
  limit?: number;
}

export async function listBenefitCases(q: Queryable, f: BenefitCaseQuery): Promise<BenefitCaseRow[]> {
  const { where, params } = filtersOf(f);
  params.push(Math.min(f.limit ?? 500, 2000));
  const rows = await q.query(`${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY c.created_at, c.id LIMIT $${params.length}`, params);
  return rows.map(fromRow);
}

function filtersOf(f: BenefitCaseQuery) {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...vs: unknown[]) => {
    let out = sql;
    for (const v of vs) {
      params.push(v);
      out = out.replace('?', `$${params.length}`);
    }
    where.push(out);
  };
  if (f.uscc) add('c.uscc = ?', f.uscc);
  if (f.departmentId) add('f.department_id = ?', f.departmentId);
  if (f.policyId) add('c.policy_id = ?', f.policyId);
  if (f.channel) add('c.channel = ?', f.channel);
  if (f.statuses && f.statuses.length > 0) add('c.status = ANY(?::text[])', [...f.statuses]);
  return { where, params, add };
}

/**
 * One page of cases in the order they were created, by key: `after` is the previous page's
 * `nextCursor` (the last row's creation instant as the database prints it, and its id), so a deep
 * page costs what the first costs (index of migration 0804). A malformed cursor is a RangeError.
 */
export async function listBenefitCasePage(q: Queryable, f: BenefitCaseQuery & { after?: string | null }, limit: number): Promise<{ items: BenefitCaseRow[]; nextCursor: string | null }> {
  const { where, params, add } = filtersOf(f);
  if (f.after) {
    const k = decodeKey(f.after, 2);
    if (!k) throw new RangeError('bad cursor');
    add('(c.created_at, c.id) > (?::timestamptz, ?)', k[0], k[1]);
  }
  const n = Math.min(Math.max(limit, 1), 500);
  params.push(n + 1);
  const rows = await q.query<Record<string, unknown>>(
    `${SELECT.replace('SELECT c.*,', 'SELECT c.*, c.created_at::text AS page_key,')}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY c.created_at, c.id LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, n);
  const last = page[page.length - 1];
  return { items: page.map(fromRow), nextCursor: rows.length > n && last ? encodeKey([last.page_key as string, last.id as string]) : null };
}

/** What one enterprise was already granted under a policy (committing statuses), other than `exceptCaseId`. */
export async function grantedToEnterprise(q: Queryable, policyId: string, uscc: string, exceptCaseId: string): Promise<number> {
  const [r] = await q.query<{ s: number }>(
    `SELECT COALESCE(SUM(amount_fen), 0)::bigint AS s FROM benefit_cases WHERE policy_id = $1 AND uscc = $2 AND id <> $3 AND status IN ${COMMITTING_STATUS_SQL}`,
    [policyId, uscc, exceptCaseId]);
  return r?.s ?? 0;
}

/** Other cases that already fund the same expense (committing statuses). */
export async function casesFundingExpense(q: Queryable, expenseKey: string, exceptCaseId: string): Promise<{ trackingNumber: string; policyId: string }[]> {
  return q.query(
    `SELECT tracking_number AS "trackingNumber", policy_id AS "policyId" FROM benefit_cases WHERE expense_key = $1 AND id <> $2 AND status IN ${COMMITTING_STATUS_SQL} ORDER BY created_at`,
    [expenseKey, exceptCaseId]);
}
