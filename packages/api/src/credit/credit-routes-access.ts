import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appendAccessEntry, consentsForPair, listAccessEntries, oversightByInstitution, type AccessEntry, type Database } from '@huiqi/db';
import {
  answerVerification, consentStatus, CREDIT_ARTICLES, CREDIT_SCOPE_INFO, decideAccess, REFUSAL_LABELS, scopeOfQuestion,
  type AccessDecision, type AccessRequest, type Consent, type CreditScope, type VerificationQuestion,
} from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { creditViewer, requireInstitution, requireOverseer } from './credit-actor';
import { creditNow } from './credit-clock';
import { readScopes, verificationData } from './credit-data';
import { AccessLogQuery, ReadQuery, UsccParams, VerifyBody } from './credit-schemas';
import { AccessLogOutput, EnterpriseDataOutput, OversightOutput, VerificationOutput } from './credit-output-schemas';

const tags = ['credit'];

const purposeText = (c: Consent | null) => (c ? (c.purpose.kind === 'PRODUCT' ? `${c.purpose.productName}：${c.purpose.text}` : c.purpose.text) : null);

/**
 * Logs a refused access and answers 403 with the reason (${CREDIT_ARTICLES.queryNeedsAuthorization}).
 * The log entry is written before the answer, outside any transaction, so the refusal is kept.
 */
async function refuse(db: Database, who: { userId: string; institutionId: string }, uscc: string, request: AccessRequest, d: Extract<AccessDecision, { allowed: false }>, question: Record<string, unknown> | null): Promise<never> {
  await appendAccessEntry(db, {
    at: creditNow(), institutionId: who.institutionId, userId: who.userId, uscc, consentId: d.consent?.consentId ?? null, action: request.kind,
    scopes: request.kind === 'READ' ? request.scopes : [request.scope], purposeText: purposeText(d.consent), outcome: 'REFUSED', reason: d.reason, question, answer: null,
  });
  throw new AppError('CREDIT_ACCESS_REFUSED', { message: REFUSAL_LABELS[d.reason], details: { reason: d.reason } });
}

function presentEntry(e: AccessEntry) {
  return {
    ...e,
    scopeLabels: e.scopes.map((s) => CREDIT_SCOPE_INFO[s as CreditScope]?.label ?? { zh: s, en: s }),
    reasonLabel: e.reason ? (REFUSAL_LABELS[e.reason as keyof typeof REFUSAL_LABELS] ?? null) : null,
  };
}

/** 核验 and 使用: an institution's reads and yes/no questions under consent, every one logged; the access log; the bureau's oversight. */
export function registerCreditAccessRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/credit/enterprises/:uscc/data', {
    schema: { tags, summary: '在授权范围内查看企业数据（每次查看都记录并告知企业）Read an enterprise\'s data within a live consent; every read is logged', params: UsccParams, querystring: ReadQuery, response: { 200: EnterpriseDataOutput } },
  }, async (request) => {
    const who = requireInstitution(request);
    const { uscc } = request.params;
    const now = creditNow();
    const consents = await consentsForPair(db, who.institutionId, uscc);
    const granted = [...new Set(consents.filter((c) => consentStatus(c, now) === 'ACTIVE').flatMap((c) => c.scopes.filter((s) => s.access === 'FULL').map((s) => s.scope)))];
    const scopes = request.query.scopes ?? (granted.length > 0 ? granted : (['REGISTRY_PROFILE'] as CreditScope[]));
    const req: AccessRequest = { kind: 'READ', scopes };
    const d = decideAccess(consents, req, now);
    if (!d.allowed) return refuse(db, who, uscc, req, d, null);
    const data = await readScopes(db, uscc, d.scopes);
    await appendAccessEntry(db, { at: now, institutionId: who.institutionId, userId: who.userId, uscc, consentId: d.consent.consentId, action: 'READ', scopes: d.scopes, purposeText: purposeText(d.consent), outcome: 'ALLOWED', reason: null, question: null, answer: null });
    const verifiable = consents.filter((c) => consentStatus(c, now) === 'ACTIVE').flatMap((c) => c.scopes.filter((s) => CREDIT_SCOPE_INFO[s.scope].verifiable).map((s) => s.scope));
    return { uscc, consentId: d.consent.consentId, expiresAt: d.consent.expiresAt, purpose: d.consent.purpose, scopes: data, verifiableScopes: [...new Set(verifiable)] };
  });

  r.post('/api/credit/enterprises/:uscc/verifications', {
    schema: { tags, summary: '核验：是/否问题，由政府数据回答，不透露数值 Ask a yes/no question answered from government data without revealing the value', params: UsccParams, body: VerifyBody, response: { 200: VerificationOutput } },
  }, async (request) => {
    const who = requireInstitution(request);
    const { uscc } = request.params;
    // The date was checked by the schema (PlainDateString); the cast only brands it.
    const question = request.body as VerificationQuestion;
    const scope = scopeOfQuestion(question);
    if (!CREDIT_SCOPE_INFO[scope].verifiable) throw new AppError('CREDIT_VERIFY_NOT_VERIFIABLE');
    const now = creditNow();
    const req: AccessRequest = { kind: 'VERIFY', scope };
    const d = decideAccess(await consentsForPair(db, who.institutionId, uscc), req, now);
    if (!d.allowed) return refuse(db, who, uscc, req, d, question as unknown as Record<string, unknown>);
    const { data, origin } = await verificationData(db, uscc, question);
    const a = answerVerification(question, data);
    await appendAccessEntry(db, { at: now, institutionId: who.institutionId, userId: who.userId, uscc, consentId: d.consent.consentId, action: 'VERIFY', scopes: [scope], purposeText: purposeText(d.consent), outcome: 'ALLOWED', reason: null, question: question as unknown as Record<string, unknown>, answer: a.answer });
    const labels = { YES: { zh: '是', en: 'Yes' }, NO: { zh: '否', en: 'No' }, UNKNOWN: { zh: '无法判断（平台无该数据）', en: 'Unknown (the platform holds no such data)' } } as const;
    return { ...a, answerLabel: labels[a.answer], question, origin, consentId: d.consent.consentId };
  });

  r.get('/api/credit/access-log', {
    schema: { tags, summary: '使用记录：谁在何时因何查看了哪些数据（企业看本企业的，金融机构看本机构的，监管看全部）The access log', querystring: AccessLogQuery, response: { 200: AccessLogOutput } },
  }, async (request) => {
    const v = creditViewer(request);
    const q = request.query;
    const filter = v.kind === 'ENTERPRISE' ? { uscc: v.uscc } : v.kind === 'INSTITUTION' ? { institutionId: v.institutionId } : q.refusedOnly === 'true' ? { refusedOnly: true as const } : { all: true as const };
    const rows = await listAccessEntries(db, filter, { limit: q.limit, before: q.before ?? null });
    return { items: rows.map(presentEntry), next: rows.length === q.limit ? rows[rows.length - 1]!.entryId : null };
  });

  r.get('/api/credit/oversight', { schema: { tags, summary: '监管视图：各金融机构的授权与查询情况 Oversight: consents and reads per institution', response: { 200: OversightOutput } } }, async (request) => {
    requireOverseer(request);
    return { institutions: await oversightByInstitution(db, creditNow()) };
  });
}
