import type { BudgetUse, ProgrammeInput, VoucherProgramme } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

interface ProgrammeRow {
  programme_id: string; kind: VoucherProgramme['kind']; name: string; description: string; amount_fen: number | string; valid_from: string | Date; valid_until: string | Date;
  categories: VoucherProgramme['categories']; eligibility_policy_id: string | null; budget_fen: number | string; fund_id: string;
}

const day = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

const fromRow = (r: ProgrammeRow): VoucherProgramme => ({
  programmeId: r.programme_id, kind: r.kind, name: r.name, description: r.description, amountFen: Number(r.amount_fen), validFrom: day(r.valid_from) as VoucherProgramme['validFrom'],
  validUntil: day(r.valid_until) as VoucherProgramme['validUntil'], categories: r.categories, eligibilityPolicyId: r.eligibility_policy_id, budgetFen: Number(r.budget_fen), fundId: r.fund_id,
});

export async function insertProgramme(tx: Queryable, programmeId: string, p: ProgrammeInput, userId: string, at = new Date()): Promise<void> {
  await tx.query(
    `INSERT INTO voucher_programmes (programme_id, kind, name, description, amount_fen, valid_from, valid_until, categories, eligibility_policy_id, budget_fen, fund_id, created_by, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8::jsonb,$9,$10,$11,$12,$13)`,
    [programmeId, p.kind, p.name, p.description, p.amountFen, p.validFrom, p.validUntil, JSON.stringify(p.categories), p.eligibilityPolicyId, p.budgetFen, p.fundId, userId, at.toISOString()],
  );
  await appendAuditEvent(tx, { type: 'VOUCHER_PROGRAMME_CREATED', subject: programmeId, payload: { kind: p.kind, amountFen: p.amountFen, budgetFen: p.budgetFen, fundId: p.fundId, validUntil: p.validUntil } }, userId, at);
}

export async function findProgramme(q: Queryable, programmeId: string, forUpdate = false): Promise<VoucherProgramme | null> {
  const [r] = await q.query<ProgrammeRow>(`SELECT * FROM voucher_programmes WHERE programme_id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [programmeId]);
  return r ? fromRow(r) : null;
}

export async function listProgrammes(q: Queryable): Promise<VoucherProgramme[]> {
  const rows = await q.query<ProgrammeRow>('SELECT * FROM voucher_programmes ORDER BY created_at DESC, programme_id');
  return rows.map(fromRow);
}

/** The budget a programme's vouchers hold: issued, claimed and redeemed ones (expired ones have returned theirs), and what was settled. */
export async function programmeBudgetUse(q: Queryable, p: Pick<VoucherProgramme, 'programmeId' | 'budgetFen'>): Promise<BudgetUse & { counts: Record<string, number> }> {
  const rows = await q.query<{ status: string; n: number | string; held: number | string }>(
    `SELECT status, count(*) AS n, COALESCE(SUM(COALESCE(payable_fen, amount_fen)), 0) AS held FROM vouchers WHERE programme_id = $1 GROUP BY status`, [p.programmeId]);
  let committed = 0;
  let settled = 0;
  const counts: Record<string, number> = {};
  for (const r of rows) {
    counts[r.status] = Number(r.n);
    if (r.status !== 'EXPIRED') committed += Number(r.held);
    if (r.status === 'SETTLED') settled += Number(r.held);
  }
  return { budgetFen: p.budgetFen, committedFen: committed, settledFen: settled, availableFen: p.budgetFen - committed, counts };
}
