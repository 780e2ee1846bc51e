import { randomUUID } from 'node:crypto';
import { appendAuditEvent, appendClaimAction, loadClaimLog, lockPayableClaimsOfFund, upsertClaimPaymentLine, type PayableClaim, type Queryable } from '@huiqi/db';
import { applyClaimAction, foldClaim, type AnyClaimAction } from '@huiqi/workflows';
import { creditNow } from './credit-clock';

/**
 * Payment of approved risk-compensation claims through the benefits payment batches: the finance
 * officer's batch of a fund (`POST /api/benefits/payment-batches`) also takes the fund's approved
 * claims. `payableClaimsOfFund` says what to add to the batch's count and total; once the batch row
 * exists, `placeClaimsInBatch` writes one payable line per claim for the bank's account and records the
 * claim PAYMENT_SCHEDULED, in the batch's transaction; a line that failed at the bank moves to the new
 * batch. The bank's return file then marks the line paid or failed like any other line.
 */
export async function payableClaimsOfFund(tx: Queryable, fundId: string): Promise<{ claims: PayableClaim[]; totalFen: number }> {
  const claims = await lockPayableClaimsOfFund(tx, fundId);
  return { claims, totalFen: claims.reduce((s, c) => s + c.amountFen, 0) };
}

export async function placeClaimsInBatch(tx: Queryable, claims: readonly PayableClaim[], batchId: string, userId: string): Promise<void> {
  if (claims.length === 0) return;
  const at = creditNow();
  for (const p of claims) {
    const log = await loadClaimLog(tx, p.claimId, true);
    const claim = foldClaim(log);
    const paymentId = await upsertClaimPaymentLine(tx, { id: `pay-${randomUUID()}`, claimId: p.claimId, batchId, amountFen: p.amountFen, payeeName: claim.account.accountName, accountNumber: claim.account.accountNumber, bankName: claim.account.bankName }, at);
    if (p.isRetry) continue;
    const action = { id: randomUUID(), type: 'PAYMENT_SCHEDULED', at: at.toISOString(), actor: { kind: 'FINANCE', userId }, payload: { batchId, paymentId } } as AnyClaimAction;
    const r = applyClaimAction(log, action);
    if (!r.ok) throw new Error(`claim ${p.claimId} cannot be batched: ${r.error.message.en}`);
    if (!(await appendClaimAction(tx, r.value.claim, log.length, action))) throw new Error(`claim ${p.claimId} changed while being batched`);
  }
  await appendAuditEvent(tx, { type: 'RISK_CLAIMS_BATCHED', subject: batchId, payload: { lines: claims.length, totalFen: claims.reduce((s, c) => s + c.amountFen, 0) } }, userId, at);
}
