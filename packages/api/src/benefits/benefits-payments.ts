import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  countBatchPayments, findBankImport, findPaymentForUpdate, fundUse, insertPaymentBatch, listBatchPaymentsPage, listBenefitCases, listPaymentBatches, recordBankImport, settlePayment, upsertPayment,
  type BenefitPaymentRow, type Database, type User,
} from '@huiqi/db';
import { appendAuditEvent } from '@huiqi/db';
import { bi, formatMoney } from '@huiqi/kernel';
import { foldBenefitCase, parseReturnFile, paymentRows, toCsv } from '@huiqi/workflows';
import { pagesByKey, textDownload } from '../guard/paged-download';
import { streamPaymentXlsx } from './payment-xlsx-stream';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { benefitViewer, canManagePayments, canReadPayments } from './benefits-access';
import { actInTransaction, todayCst } from './benefits-service';
import { loadBenefitCase } from '@huiqi/db';
import { asLog } from './benefits-service';
import { BankReturnImported, PaymentBatch, PaymentBatchList } from './benefits-schemas';
import { placeVouchersInBatch, redeemedVouchersOfFund } from '../services/voucher-settlement';
import { payableClaimsOfFund, placeClaimsInBatch } from '../credit/risk-claim-settlement';
import { fileAnswer } from '../schemas/common';

const BatchIdParam = z.string().regex(/^pb-[0-9a-f-]{36}$/);
/** Payment lines read per page when a batch file is streamed. */
const EXPORT_PAGE = 1_000;
const lineOf = (l: BenefitPaymentRow) => ({ paymentId: l.id, trackingNumber: l.trackingNumber, payeeName: l.payeeName, accountNumber: l.accountNumber, bankName: l.bankName, amountFen: l.amountFen, purpose: `惠企政策兑现 ${l.policyId}` });

/** Puts every approved (or failed, for a retry) case of a fund into a new batch; each case has at most one payment row, ever. */
export async function createPaymentBatch(db: Database, user: User, fundId: string, on = todayCst()) {
  return db.transaction(async (tx) => {
    const fund = await fundUse(tx, fundId, true);
    if (!fund) throw new AppError('BENEFIT_POLICY_NOT_OFFERED', { message: bi('未找到该专项资金', 'No such fund') });
    const cases = (await listBenefitCases(tx, { statuses: ['APPROVED', 'PAYMENT_FAILED'] })).filter((c) => c.fundId === fundId);
    const vouchers = await redeemedVouchersOfFund(tx, fundId); // redeemed service vouchers the fund pays (services module)
    const claims = await payableClaimsOfFund(tx, fundId); // approved loan-loss risk-compensation claims the fund pays (credit module)
    if (cases.length === 0 && vouchers.vouchers.length === 0 && claims.claims.length === 0) throw new AppError('BENEFIT_NOTHING_TO_PAY');
    const batchId = `pb-${randomUUID()}`;
    const total = cases.reduce((s, c) => s + (c.amountFen ?? 0), 0) + vouchers.totalFen + claims.totalFen;
    await insertPaymentBatch(tx, { id: batchId, fundId, createdBy: user.id, lineCount: cases.length + vouchers.vouchers.length + claims.claims.length, totalFen: total });
    await placeVouchersInBatch(tx, vouchers.vouchers, batchId, user.id);
    await placeClaimsInBatch(tx, claims.claims, batchId, user.id);
    for (const c of cases) {
      const loaded = (await loadBenefitCase(tx, c.id, true))!;
      const account = foldBenefitCase(asLog(loaded.log)).account;
      if (!account || !c.amountFen) throw new Error(`approved case ${c.trackingNumber} lacks an account or amount`);
      const placed = await upsertPayment(tx, { id: `pay-${randomUUID()}`, caseId: c.id, batchId, amountFen: c.amountFen, payeeName: account.accountName, accountNumber: account.accountNumber, bankName: account.bankName });
      if (!placed) throw new Error(`case ${c.trackingNumber} already has a pending or paid payment`);
      const r = await actInTransaction(tx, c.id, { type: 'SCHEDULE_PAYMENT', payload: { batchId } }, { role: 'FINANCE', userId: user.id }, on);
      if (!r.ok) throw new AppError('BENEFIT_TRANSITION_NOT_ALLOWED', { message: r.message });
    }
    return (await listPaymentBatches(tx, batchId))[0]!;
  });
}

/**
 * Imports a bank return file. The same file (by sha256) imported again changes nothing; a line for
 * a payment already settled the same way is counted as unchanged; a line that contradicts the
 * batch (unknown payment, other batch, wrong amount, a paid line reported failed) refuses the whole file.
 */
export async function importBankReturn(db: Database, user: User, batchId: string, content: string, on = todayCst()) {
  const parsed = parseReturnFile(content);
  if (!parsed.ok) throw new AppError('BENEFIT_RETURN_FILE_INVALID', { message: bi(parsed.error.map((e) => e.message.zh).join('；'), parsed.error.map((e) => e.message.en).join('; ')), details: { lines: parsed.error.map(({ line, message }) => ({ line, message })) } });
  const sha256 = createHash('sha256').update(content).digest('hex');
  return db.transaction(async (tx) => {
    const batch = (await listPaymentBatches(tx, batchId))[0];
    if (!batch) throw new AppError('BENEFIT_BATCH_NOT_FOUND');
    const previous = await findBankImport(tx, sha256);
    if (previous) return { batchId, alreadyImported: true, ...previous.summary };
    const summary = { paid: 0, failed: 0, unchanged: 0 };
    const problems: string[] = [];
    for (const line of parsed.value) {
      const p = await findPaymentForUpdate(tx, line.paymentId);
      if (!p || p.batchId !== batchId) { problems.push(`${line.paymentId}：不属于本批次 / not in this batch`); continue; }
      if (p.amountFen !== line.amountFen) { problems.push(`${line.paymentId}：金额 ${formatMoney(line.amountFen, 'zh')} 与批次 ${formatMoney(p.amountFen, 'zh')} 不符 / amount differs`); continue; }
      const target = line.outcome === 'PAID' ? 'PAID' : 'FAILED';
      if (p.status === target) { summary.unchanged++; continue; }
      if (p.status === 'PAID') { problems.push(`${line.paymentId}：已记为到账，不能改为失败 / already paid`); continue; }
      if (p.status === 'FAILED') { problems.push(`${line.paymentId}：已记为失败 / already failed`); continue; }
      await settlePayment(tx, p.id, { status: target, bankReference: line.outcome === 'PAID' ? line.bankReference : null, failureReason: line.outcome === 'FAILED' ? line.reason : null, settledOn: line.settledOn });
      if (p.caseId === null) { if (line.outcome === 'PAID') summary.paid++; else summary.failed++; continue; } // a service voucher's or a risk-compensation claim's line: its status is the payment row
      const r = await actInTransaction(tx, p.caseId, line.outcome === 'PAID'
        ? { type: 'RECORD_PAID', payload: { batchId, bankReference: line.bankReference, paidOn: line.settledOn } }
        : { type: 'RECORD_PAYMENT_FAILED', payload: { batchId, reason: line.reason } }, { role: 'FINANCE', userId: user.id }, on);
      if (!r.ok) { problems.push(`${line.paymentId}：${r.message.zh}`); continue; }
      if (line.outcome === 'PAID') summary.paid++; else summary.failed++;
    }
    if (problems.length > 0) throw new AppError('BENEFIT_RETURN_FILE_INVALID', { message: bi(`回单与批次不符，未导入任何一行：${problems.join('；')}`, `The return file contradicts the batch; nothing was imported: ${problems.join('; ')}`), details: { problems } });
    await recordBankImport(tx, { sha256, batchId, importedBy: user.id, summary });
    return { batchId, alreadyImported: false, ...summary };
  });
}

export function registerPaymentRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/benefits/payment-batches', {
    schema: { tags: ['benefits'], summary: '生成拨付批次 A batch of every approved payment of a fund (finance officers only); a case is never in two pending payments', body: z.object({ fundId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) }), response: { 201: PaymentBatch } },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canManagePayments(await benefitViewer(db, user)));
    const batch = await createPaymentBatch(db, user, request.body.fundId);
    reply.status(201);
    return batch;
  });

  r.get('/api/benefits/payment-batches', {
    schema: { tags: ['benefits'], summary: '拨付批次 Payment batches with paid / failed / pending counts (finance officers and auditors)', response: { 200: PaymentBatchList } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadPayments(await benefitViewer(db, user)));
    return { items: await listPaymentBatches(db) };
  });

  r.get('/api/benefits/payment-batches/:id/export', {
    schema: {
      tags: ['benefits'],
      summary: '导出拨付文件 The batch for the bank as CSV (UTF-8 with BOM) or XLSX (finance officers only)',
      params: z.object({ id: BatchIdParam }),
      querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }),
      response: { 200: fileAnswer(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], '拨付文件 The payment file for the bank') },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canManagePayments(await benefitViewer(db, user)));
    const batch = (await listPaymentBatches(db, request.params.id))[0];
    if (!batch) throw new AppError('BENEFIT_BATCH_NOT_FOUND');
    const format = request.query.format;
    const count = await countBatchPayments(db, batch.id);
    await db.transaction((tx) => appendAuditEvent(tx, { type: 'BENEFIT_PAYMENT_BATCH_EXPORTED', subject: batch.id, payload: { format: format === 'csv' ? 'CSV' : 'XLSX', lines: count } }, user.id));
    // Streamed: the lines are read EXPORT_PAGE at a time by tracking number and written as they come.
    const lines = pagesByKey<BenefitPaymentRow>((last) => listBatchPaymentsPage(db, batch.id, last?.trackingNumber ?? null, EXPORT_PAGE));
    const pages = (async function* () {
      for await (const page of lines) yield paymentRows(page.map(lineOf)).slice(1);
    })();
    const [header] = paymentRows([]);
    reply.header('Content-Disposition', `attachment; filename="${batch.id}.${format}"`);
    reply.header('X-Content-Type-Options', 'nosniff');
    if (format === 'csv') {
      reply.header('Content-Type', 'text/csv; charset=utf-8');
      // toCsv of a page starts with the BOM: kept for the header, dropped for the rows after it.
      return reply.send(textDownload(pages, (rows, first) => (first ? toCsv([header!]) : '') + (rows.length ? toCsv(rows).slice(1) : '')) as never);
    }
    reply.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return reply.send(streamPaymentXlsx('拨付批次', header!, pages) as never);
  });

  r.post('/api/benefits/payment-batches/:id/returns', {
    bodyLimit: 5 * 1024 * 1024,
    schema: {
      tags: ['benefits'],
      summary: '导入银行回单 The bank return file (CSV: payment_id,result,amount_yuan,bank_reference,settled_on,reason) marks lines paid or failed; importing the same file again changes nothing',
      params: z.object({ id: BatchIdParam }),
      body: z.object({ content: z.string().min(1).max(4_000_000) }),
      response: { 200: BankReturnImported },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canManagePayments(await benefitViewer(db, user)));
    return importBankReturn(db, user, request.params.id, request.body.content);
  });
}
