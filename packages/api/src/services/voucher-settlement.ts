import { randomUUID } from 'node:crypto';
import { appendVoucherAction, auditSettlementBatch, upsertVoucherPaymentLine, loadProviderLog, loadVoucherLog, lockRedeemedVouchersOfFund, type Queryable, type RedeemedVoucher } from '@huiqi/db';
import { applyVoucherAction, foldProvider, type AnyVoucherAction } from '@huiqi/workflows';
import { servicesNow } from './services-clock';

/**
 * Settlement through the benefits payment batches: the finance officer's batch of a fund
 * (`POST /api/benefits/payment-batches`) also takes the redeemed vouchers of the programmes that fund
 * pays. `redeemedVouchersOfFund` says what to add to the batch's count and total; after the batch row
 * exists, `placeVouchersInBatch` writes one payable line per voucher for the provider's settlement
 * account and records the voucher SETTLED (列入拨付批次), in the batch's transaction; a line that failed
 * at the bank moves to the new batch (the voucher stays SETTLED).
 */
export async function redeemedVouchersOfFund(tx: Queryable, fundId: string): Promise<{ vouchers: RedeemedVoucher[]; totalFen: number }> {
  const vouchers = await lockRedeemedVouchersOfFund(tx, fundId);
  return { vouchers, totalFen: vouchers.reduce((s, v) => s + v.payableFen, 0) };
}

export async function placeVouchersInBatch(tx: Queryable, vouchers: readonly RedeemedVoucher[], batchId: string, userId: string): Promise<void> {
  const at = servicesNow();
  const byProgramme = new Map<string, { lines: number; totalFen: number }>();
  for (const v of vouchers) {
    const provider = foldProvider(await loadProviderLog(tx, v.providerId));
    const paymentId = await upsertVoucherPaymentLine(tx, { id: `pay-${randomUUID()}`, voucherId: v.voucherId, batchId, amountFen: v.payableFen, payeeName: provider.account.accountName, accountNumber: provider.account.accountNumber, bankName: provider.account.bankName }, at);
    if (!v.isRetry) await recordSettled(tx, v, batchId, paymentId, userId, at);
    const s = byProgramme.get(v.programmeId) ?? { lines: 0, totalFen: 0 };
    byProgramme.set(v.programmeId, { lines: s.lines + 1, totalFen: s.totalFen + v.payableFen });
  }
  for (const [programmeId, s] of byProgramme) await auditSettlementBatch(tx, batchId, { programmeId, ...s }, userId, at);
}

/** The voucher's SETTLED action (列入拨付批次), the first time its line is batched. */
async function recordSettled(tx: Queryable, v: RedeemedVoucher, batchId: string, paymentId: string, userId: string, at: Date): Promise<void> {
  const log = await loadVoucherLog(tx, v.voucherId);
  const action = { id: randomUUID(), type: 'SETTLED', at: at.toISOString(), actor: { kind: 'FINANCE', userId }, payload: { batchId, paymentId } } as AnyVoucherAction;
  const r = applyVoucherAction(log, action);
  if (!r.ok) throw new Error(`voucher ${v.voucherId} cannot be settled: ${r.error.message.en}`);
  if (!(await appendVoucherAction(tx, r.value.voucher, log.length, action))) throw new Error(`voucher ${v.voucherId} changed while being settled`);
}
