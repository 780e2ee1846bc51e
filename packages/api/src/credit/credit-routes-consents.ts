import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findConsent, listConsents, listInstitutions, type Database, type StoredConsent } from '@huiqi/db';
import { checkReceipt, receiptOf, CREDIT_SCOPES, CREDIT_SCOPE_INFO, ACCESS_LEVELS } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { creditViewer, requireEnterprise, type CreditViewer } from './credit-actor';
import { creditNow } from './credit-clock';
import { presentConsent } from './credit-presenter';
import { maxConsentDays } from './credit-runtime';
import { ConsentListQuery, GrantBody, IdParams, ReceiptCheckBody } from './credit-schemas';
import { ConsentListOutput, ConsentOutput, ConsentReceiptOutput, CreditSetupOutput, ReceiptCheckOutput } from './credit-output-schemas';
import { fileAnswer } from '../schemas/common';
import { asPlainDate, grantConsent, withdrawConsent } from './consent-service';
import { today } from '@huiqi/kernel';
import { htmlToPdf } from '../consultation/report-pdf';
import { renderReceiptHtml } from './receipt-html';

const tags = ['credit'];

async function namesOf(db: Database): Promise<Map<string, { zh: string; en: string }>> {
  return new Map((await listInstitutions(db)).map((i) => [i.id, i.name]));
}

/** May this viewer see this consent? Its enterprise, its institution, the overseers. Others get 404 (nothing leaks). */
function canSee(v: CreditViewer, c: StoredConsent): boolean {
  return v.kind === 'OVERSEER' || (v.kind === 'ENTERPRISE' && v.uscc === c.uscc) || (v.kind === 'INSTITUTION' && v.institutionId === c.institutionId);
}

/** Consent routes (授权): grant, list, read, revoke, receipt and its check (validate → authorize → command → present). */
export function registerCreditConsentRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/credit/institutions', { schema: { tags, summary: '金融机构与可授权的数据范围 Financial institutions, the data scopes and the longest consent period', response: { 200: CreditSetupOutput } } }, async (request) => {
    creditViewer(request);
    const now = creditNow();
    return {
      institutions: await listInstitutions(db),
      scopes: CREDIT_SCOPES.map((s) => ({ scope: s, ...CREDIT_SCOPE_INFO[s] })),
      accessLevels: ACCESS_LEVELS,
      maxPeriodDays: await maxConsentDays(today('Asia/Shanghai', now)),
      today: today('Asia/Shanghai', now),
    };
  });

  r.post('/api/credit/consents', { schema: { tags, summary: '授权金融机构查看本企业数据 Grant a financial institution a consent', body: GrantBody, response: { 201: ConsentOutput } } }, async (request, reply) => {
    const actor = requireEnterprise(request);
    const b = request.body;
    const c = await grantConsent(db, actor, { ...b, startDate: asPlainDate(b.startDate), endDate: asPlainDate(b.endDate) });
    reply.status(201);
    return presentConsent(c, creditNow(), (await namesOf(db)).get(c.institutionId) ?? null, true);
  });

  r.get('/api/credit/consents', { schema: { tags, summary: '授权列表（企业：本企业的；金融机构：授予本机构的；监管：全部）Consents the viewer may see, newest first', querystring: ConsentListQuery, response: { 200: ConsentListOutput } } }, async (request) => {
    const v = creditViewer(request);
    const q = request.query;
    const [grantedAt, consentId] = q.after ? q.after.split('|') : [];
    const filter = v.kind === 'ENTERPRISE' ? { uscc: v.uscc } : v.kind === 'INSTITUTION' ? { institutionId: v.institutionId } : { all: true as const };
    const rows = await listConsents(db, filter, { limit: q.limit, after: grantedAt && consentId ? { grantedAt, consentId } : null });
    const names = await namesOf(db);
    const now = creditNow();
    const last = rows.length === q.limit ? rows[rows.length - 1] : undefined;
    return { items: rows.map((c) => presentConsent(c, now, names.get(c.institutionId) ?? null, v.kind === 'ENTERPRISE')), next: last ? `${last.grantedAt}|${last.consentId}` : null };
  });

  r.get('/api/credit/consents/:id', { schema: { tags, summary: '一份授权 One consent', params: IdParams, response: { 200: ConsentOutput } } }, async (request) => {
    const v = creditViewer(request);
    const c = await findConsent(db, request.params.id);
    if (!c || !canSee(v, c)) throw new AppError('CREDIT_CONSENT_NOT_FOUND');
    return presentConsent(c, creditNow(), (await namesOf(db)).get(c.institutionId) ?? null, v.kind === 'ENTERPRISE');
  });

  r.post('/api/credit/consents/:id/revoke', { schema: { tags, summary: '撤回授权（立即生效；重复撤回无影响）Revoke a consent, effective at once', params: IdParams, response: { 200: ConsentOutput } } }, async (request) => {
    const actor = requireEnterprise(request);
    const c = await withdrawConsent(db, actor, request.params.id);
    return presentConsent(c, creditNow(), (await namesOf(db)).get(c.institutionId) ?? null, true);
  });

  r.get('/api/credit/consents/:id/receipt', { schema: { tags, summary: '授权证明（JSON，含可核验摘要）The consent receipt with its verifiable digest', params: IdParams, response: { 200: ConsentReceiptOutput } } }, async (request, reply) => {
    const v = creditViewer(request);
    const c = await findConsent(db, request.params.id);
    if (!c || !canSee(v, c)) throw new AppError('CREDIT_CONSENT_NOT_FOUND');
    reply.header('content-disposition', `attachment; filename="consent-${c.consentId}.json"`);
    return receiptOf(c);
  });

  r.get('/api/credit/consents/:id/receipt.pdf', { schema: { tags, summary: '授权证明（PDF，含数字摘要）The consent receipt printed to PDF', params: IdParams, response: { 200: fileAnswer('application/pdf', '授权证明 PDF The receipt as PDF') } } }, async (request, reply) => {
    const v = creditViewer(request);
    const c = await findConsent(db, request.params.id);
    if (!c || !canSee(v, c)) throw new AppError('CREDIT_CONSENT_NOT_FOUND');
    const name = (await namesOf(db)).get(c.institutionId)?.zh ?? c.institutionId;
    const pdf = await htmlToPdf(renderReceiptHtml(c, name));
    if (!pdf) throw new AppError('CREDIT_PDF_UNAVAILABLE');
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="consent-${c.consentId}.pdf"`).send(pdf as never);
  });

  r.post('/api/credit/receipts/check', { schema: { tags, summary: '核验授权证明是否真实、未被篡改 Check a presented consent receipt', body: ReceiptCheckBody, response: { 200: ReceiptCheckOutput } } }, async (request) => {
    creditViewer(request);
    const c = await findConsent(db, request.body.body.consentId);
    const result = checkReceipt(request.body, c?.digest ?? null);
    const labels = {
      GENUINE: { zh: '授权证明真实有效，内容未被改动', en: 'The receipt is genuine and unaltered' },
      ALTERED: { zh: '授权证明的内容或摘要已被改动', en: 'The receipt or its digest was altered' },
      UNKNOWN_CONSENT: { zh: '平台没有签发过该授权', en: 'The platform never issued this consent' },
    } as const;
    return { result, label: labels[result] };
  });
}
