import { randomUUID } from 'node:crypto';
import {
  appendClaimAction, claimsCommittedFen, findClaimIdByLoan, findPoolRegistration, findRecordedLoan, fundUse, insertClaim, insertPoolRegistration, loadClaimLog, type Database, type PoolRegistration,
} from '@huiqi/db';
import { bi, formatMoney, type PlainDate } from '@huiqi/kernel';
import { applyClaimAction, foldClaim, type AnyClaimAction, type ClaimActor, type ClaimPayloads, type PooledLoan, type RiskClaim, type RiskSharingError } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { creditNow } from './credit-clock';
import { assessClaim } from './risk-compensation-rule';
import type { RiskViewer } from './risk-sharing-actor';

/** A domain refusal as an API error: its code, its bilingual message, the field at fault. */
const refusal = (e: RiskSharingError) => new AppError(e.code, { message: e.message, details: e.field ? { field: e.field } : undefined });
/** Beijing calendar day of an instant. */
export const beijingToday = (at = creditNow()) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) as PlainDate;

/**
 * 入池登记: the bank registers a loan it recorded in the marketplace. The loan must exist as a recorded
 * financing outcome (400 naming `demandId`), be the bank's own (403), and be registered once (409).
 */
export async function registerLoan(db: Database, bank: Extract<RiskViewer, { kind: 'BANK' }>, demandId: string): Promise<PoolRegistration> {
  const loan = await findRecordedLoan(db, demandId);
  if (!loan) throw new AppError('RISK_LOAN_NOT_RECORDED', { details: { field: 'demandId' } });
  if (loan.institutionId !== bank.institutionId) throw new AppError('RISK_LOAN_NOT_OWN');
  const at = creditNow();
  const pooled: PooledLoan = { demandId, uscc: loan.uscc, institutionId: loan.institutionId, principalFen: loan.principalFen, grantedOn: loan.grantedOn as PlainDate, registeredOn: beijingToday(at) };
  const inserted = await db.transaction((tx) => insertPoolRegistration(tx, pooled, bank.userId, at));
  if (!inserted) throw new AppError('RISK_LOAN_ALREADY_REGISTERED');
  return { ...pooled, registeredAt: at.toISOString() };
}

/**
 * 补偿申请: the bank that registered a loan files one claim for it once it defaulted. A loan not in the
 * pool is refused (409 naming `demandId`), another bank's loan is 403, a second claim 409; the domain
 * checks the loss, the dates, the description and the account, naming the field.
 */
export async function fileClaim(db: Database, bank: Extract<RiskViewer, { kind: 'BANK' }>, body: Omit<ClaimPayloads['FILED'], 'claimId' | 'loan'> & { demandId: string }): Promise<RiskClaim> {
  const registration = await findPoolRegistration(db, body.demandId);
  if (!registration) {
    const loan = await findRecordedLoan(db, body.demandId);
    if (loan && loan.institutionId !== bank.institutionId) throw new AppError('RISK_LOAN_NOT_OWN');
    throw new AppError('RISK_LOAN_NOT_REGISTERED', { details: { field: 'demandId' } });
  }
  if (registration.institutionId !== bank.institutionId) throw new AppError('RISK_LOAN_NOT_OWN');
  if (await findClaimIdByLoan(db, body.demandId)) throw new AppError('RISK_CLAIM_DUPLICATE');
  const { registeredAt: _, ...loan } = registration;
  const actor: ClaimActor = { kind: 'INSTITUTION', userId: bank.userId, institutionId: bank.institutionId };
  const action = {
    id: randomUUID(), type: 'FILED', at: creditNow().toISOString(), actor,
    payload: { claimId: `rc-${randomUUID()}`, loan, lossPrincipalFen: body.lossPrincipalFen, defaultedOn: body.defaultedOn, description: body.description.trim(), account: { accountName: body.account.accountName.trim(), accountNumber: body.account.accountNumber.trim(), bankName: body.account.bankName.trim() } },
  } as AnyClaimAction;
  const r = applyClaimAction([], action);
  if (!r.ok) throw refusal(r.error);
  const inserted = await db.transaction((tx) => insertClaim(tx, r.value.claim, action));
  if (!inserted) throw new AppError('RISK_CLAIM_DUPLICATE');
  return r.value.claim;
}

export async function loadClaim(db: Database, claimId: string): Promise<{ log: AnyClaimAction[]; claim: RiskClaim }> {
  const log = await loadClaimLog(db, claimId);
  if (log.length === 0) throw new AppError('RISK_CLAIM_NOT_FOUND');
  return { log, claim: foldClaim(log) };
}

/** Who may see a claim: the bank that filed it, the borrower, the bureau and auditors; everyone else 403. */
export function canSeeClaim(v: RiskViewer, c: RiskClaim): boolean {
  if (v.kind === 'BANK') return v.institutionId === c.loan.institutionId;
  if (v.kind === 'ENTERPRISE') return v.uscc === c.loan.uscc;
  return true;
}

/**
 * 补正后重新提交: the bank that filed a rejected claim corrects the filing (the same checks as a first filing,
 * naming the field) and says what it corrected; the claim goes back to review, the rejection kept in its log.
 */
export async function resubmitClaim(db: Database, bank: Extract<RiskViewer, { kind: 'BANK' }>, claimId: string, body: ClaimPayloads['RESUBMITTED']): Promise<RiskClaim> {
  const { claim: current } = await loadClaim(db, claimId);
  if (current.loan.institutionId !== bank.institutionId) throw new AppError('RISK_CLAIM_FORBIDDEN');
  return db.transaction(async (tx) => {
    const log = await loadClaimLog(tx, claimId, true);
    const action: AnyClaimAction = {
      id: randomUUID(), type: 'RESUBMITTED', at: creditNow().toISOString(), actor: { kind: 'INSTITUTION', userId: bank.userId, institutionId: bank.institutionId },
      payload: {
        lossPrincipalFen: body.lossPrincipalFen, defaultedOn: body.defaultedOn, description: body.description.trim(), correction: body.correction.trim(),
        account: { accountName: body.account.accountName.trim(), accountNumber: body.account.accountNumber.trim(), bankName: body.account.bankName.trim() },
      },
    };
    const r = applyClaimAction(log, action);
    if (!r.ok) throw refusal(r.error);
    if (!(await appendClaimAction(tx, r.value.claim, log.length, action))) throw new AppError('RISK_CLAIM_CONFLICT');
    return r.value.claim;
  });
}

export type ReviewDecision = { decision: 'PROPOSE_APPROVAL'; fundId: string; note: string } | { decision: 'CONFIRM_APPROVAL'; note: string } | { decision: 'REJECT'; reason: string };

/**
 * 审核 (双人复核): an officer proposes approval at the rule's amount, paid by a fund with budget left
 * (the fund row locked); another officer confirms it; either may reject with a reason. The rule's
 * assessment is stored with the proposal so the decision can be reproduced after parameters change.
 */
export async function reviewClaim(db: Database, officer: Extract<RiskViewer, { kind: 'OFFICER' }>, claimId: string, d: ReviewDecision): Promise<RiskClaim> {
  const { claim: current } = await loadClaim(db, claimId);
  const assessment = d.decision === 'PROPOSE_APPROVAL' ? await assessClaim(db, current.loan, current.lossPrincipalFen) : null;
  return db.transaction(async (tx) => {
    const log = await loadClaimLog(tx, claimId, true);
    const actor: ClaimActor = { kind: 'OFFICER', userId: officer.userId };
    const at = creditNow().toISOString();
    let action: AnyClaimAction;
    if (d.decision === 'PROPOSE_APPROVAL') {
      const fund = await fundUse(tx, d.fundId, true);
      if (!fund) throw new AppError('RISK_CLAIM_FUND_UNKNOWN', { details: { field: 'fundId' } });
      const a = assessment!;
      if (a.status !== 'ELIGIBLE' || a.amountFen === null || a.amountFen <= 0) {
        throw new AppError('RISK_CLAIM_NOT_COMPENSABLE', { message: bi(`按规则不予补偿或无法计算：${a.reasons.map((r) => r.zh).join('；')}`, `The rule gives no compensable amount: ${a.reasons.map((r) => r.en).join('; ')}`) });
      }
      const left = fund.budgetFen - fund.committedFen - (await claimsCommittedFen(tx, fund.id));
      if (a.amountFen > left) {
        throw new AppError('RISK_CLAIM_BUDGET_EXCEEDED', { message: bi(`专项资金余额 ${formatMoney(left, 'zh')}，不足以支付补偿 ${formatMoney(a.amountFen, 'zh')}`, `The fund has ${formatMoney(left, 'en')} left, less than the ${formatMoney(a.amountFen, 'en')} of compensation`), details: { field: 'fundId' } });
      }
      const decision = { amountFen: a.amountFen, share: a.raw.share ?? '0', countedLossFen: a.countedLossFen ?? 0, assessedOn: a.raw.assessedOn, citations: a.raw.citations, isUnverified: a.isUnverified };
      action = { id: randomUUID(), type: 'APPROVAL_PROPOSED', at, actor, payload: { fundId: fund.id, decision, note: d.note.trim() } };
    } else if (d.decision === 'CONFIRM_APPROVAL') {
      action = { id: randomUUID(), type: 'APPROVAL_CONFIRMED', at, actor, payload: { note: d.note.trim() } };
    } else {
      action = { id: randomUUID(), type: 'REJECTED', at, actor, payload: { reason: d.reason.trim() } };
    }
    const r = applyClaimAction(log, action);
    if (!r.ok) throw refusal(r.error);
    if (!(await appendClaimAction(tx, r.value.claim, log.length, action))) throw new AppError('RISK_CLAIM_CONFLICT');
    return r.value.claim;
  });
}
