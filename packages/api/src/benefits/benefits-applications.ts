import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createBenefitCase, findFundPolicy, getEnterprise, listBenefitCasePage, listFundPolicies, loadBenefitCase, nextBenefitTrackingSerial, type BenefitCaseQuery } from '@huiqi/db';
import { bi } from '@huiqi/kernel';
import { factField, type PolicyDef } from '@huiqi/rules-engine';
import { applyBenefitAction, benefitTrackingNumber, BENEFIT_STATUSES, normaliseExpenseKey } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce, deny, allow } from '../policies/decision';
import { getRules } from '../rules/rule-base';
import { assessPolicy, parseDeclaredFacts } from './benefit-assessment';
import { actorOn, benefitViewer, canReadCase, isReviewerOf, PAYMENT_STAGE } from './benefits-access';
import { presentCase, presentSummary } from './benefits-present';
import { projectionOf, todayCst } from './benefits-service';
import { findBenefitPolicy } from './benefit-policy-lookup';
import { BenefitCaseDetail, BenefitCaseList, BenefitPolicyList, BenefitPrefill, BenefitSubmitted } from './benefits-schemas';

export const PolicyIdParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
export const CaseIdParam = z.string().regex(/^bc-[0-9a-f-]{36}$/);
export const Account = z.object({
  accountName: z.string().trim().min(2).max(100),
  accountNumber: z.string().trim().regex(/^[0-9]{8,32}$/, '账号须为8–32位数字'),
  bankName: z.string().trim().min(2).max(100),
});

/**
 * The declared facts (group `declared`: only the enterprise knows them) that the policy version in
 * force reads in its conditions and amount, plus any missing one: all of them go on the form at
 * once, not only those the three-valued evaluation stopped at.
 */
export function declaredFactsRead(policy: PolicyDef | undefined, date: string, missing: readonly string[]): string[] {
  const version = policy?.versions.find((v) => v.from <= date && (v.until === null || date < v.until));
  const sources = version ? [...version.conditions, ...(version.amount ? [version.amount] : [])].map((r) => r.source) : [];
  const names = new Set<string>();
  for (const text of [...sources, ...missing]) for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) names.add(m[0]);
  return [...names].filter((n) => factField(n)?.group === 'declared');
}

export function registerApplicationRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/benefits/policies', {
    schema: { tags: ['benefits'], summary: '可申报政策 Policies paid from a special fund, with their channel (申报 or 免申即享), fund and department (public)', response: { 200: BenefitPolicyList } },
  }, async () => {
    const { rb } = await getRules();
    const links = await listFundPolicies(db);
    const defs = new Map(await Promise.all(links.map(async (l) => [l.policyId, await findBenefitPolicy(db, rb, l.policyId)] as const)));
    return {
      items: links.map((l) => {
        const p = defs.get(l.policyId);
        return {
          policyId: l.policyId, title: p?.title ?? { zh: l.policyId, en: l.policyId }, department: p?.department ?? null, channel: l.channel,
          fund: { id: l.fund.id, name: l.fund.name, year: l.fund.year }, reviewingDepartment: l.fund.departmentId,
          noticeWorkingDays: l.noticeWorkingDays, reviewWorkingDays: l.reviewWorkingDays, implements: p?.implements ?? [],
        };
      }),
    };
  });

  r.get('/api/benefits/policies/:policyId/prefill', {
    schema: { tags: ['benefits'], summary: '申报表预填 The application form filled from the profile and yearly figures, with the rule evaluation and the facts only the enterprise can add (enterprise only)', params: z.object({ policyId: PolicyIdParam }), response: { 200: BenefitPrefill } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(user.role === 'ENTERPRISE' && user.uscc ? allow : deny('只有企业用户可以申报', 'Only enterprise users apply'));
    const link = await findFundPolicy(db, request.params.policyId);
    if (!link) throw new AppError('BENEFIT_POLICY_NOT_OFFERED');
    const enterprise = (await getEnterprise(db, user.uscc!))!;
    const assessment = await assessPolicy(db, user.uscc!, link, todayCst());
    const { rb } = await getRules();
    const def = await findBenefitPolicy(db, rb, link.policyId);
    return {
      policyId: link.policyId, title: def?.title ?? null, channel: link.channel, fund: { id: link.fund.id, name: link.fund.name, year: link.fund.year },
      enterprise: { uscc: enterprise.uscc, name: enterprise.name, district: enterprise.district, districtName: enterprise.districtName, industryCode: enterprise.industryCode, registeredAddress: enterprise.registeredAddress },
      prefilled: assessment.factSources.map((s) => ({ ...s, label: factField(s.fact)?.label ?? { zh: s.fact, en: s.fact }, value: assessment.facts[s.fact] })),
      toFill: declaredFactsRead(def, assessment.assessedOn, assessment.missing.map((m) => m.name)).map((name) => {
        const f = factField(name)!;
        return { name, label: f.label, group: f.group, type: f.type, unit: f.unit ?? null };
      }),
      missingFromRegistry: assessment.missing.filter((m) => m.group !== 'declared'),
      expenseKind: link.expenseKind,
      assessment: { status: assessment.status, amountFen: assessment.amountFen, assessedOn: assessment.assessedOn, dateNote: assessment.dateNote, reasons: assessment.reasons, citations: assessment.citations },
    };
  });

  r.post('/api/benefits/applications', {
    schema: {
      tags: ['benefits'],
      summary: '提交申报 Submit once (requestId makes a retried request return the same application); declared facts in yuan; truthfulness declaration required (enterprise only)',
      body: z.object({
        policyId: PolicyIdParam,
        requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
        declaredFacts: z.record(z.string(), z.unknown()).default({}),
        expenseReference: z.string().trim().max(100).nullish(),
        account: Account,
        declaredTruthful: z.boolean(),
        note: z.string().trim().max(2000).nullish(),
      }),
      response: { 200: BenefitSubmitted, 201: BenefitSubmitted },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(user.role === 'ENTERPRISE' && user.uscc ? allow : deny('只有企业用户可以申报', 'Only enterprise users apply'));
    const b = request.body;
    if (!b.declaredTruthful) throw new AppError('BENEFIT_DECLARATION_REQUIRED');
    const link = await findFundPolicy(db, b.policyId);
    if (!link) throw new AppError('BENEFIT_POLICY_NOT_OFFERED');
    if (link.channel !== 'ONLINE_APPLICATION') throw new AppError('BENEFIT_WRONG_CHANNEL', { message: bi('该政策为免申即享，无需申报：请在“我的惠企兑现”中确认享受意愿', 'This is a no-application benefit: confirm your wish under my benefits instead') });
    const declared = parseDeclaredFacts(b.declaredFacts);
    const uscc = user.uscc!;
    if (link.expenseKind && !b.expenseReference) throw new AppError('VALIDATION_FAILED', { message: bi('请填写费用凭证编号（如贷款合同编号），同一事项不得重复申报', 'Give the expense reference (e.g. the loan contract number): the same expense cannot be funded twice') });
    const on = todayCst();
    const assessment = await assessPolicy(db, uscc, link, on, declared);
    if (assessment.status === 'INELIGIBLE' || assessment.status === 'NOT_IN_FORCE') {
      throw new AppError('BENEFIT_NOT_ELIGIBLE', { message: bi(`按规则判断不符合条件：${assessment.reasons.map((x) => x.zh).join('；')}`, `Not eligible: ${assessment.reasons.map((x) => x.en).join('; ')}`), details: { assessment } });
    }
    const enterprise = (await getEnterprise(db, uscc))!;
    const at = new Date();
    const result = await db.transaction(async (tx) => {
      const serial = await nextBenefitTrackingSerial(tx);
      const first = applyBenefitAction([], { type: 'SUBMIT', payload: { channel: 'ONLINE_APPLICATION', account: b.account, declaredTruthful: true } }, { role: 'ENTERPRISE', userId: user.id }, at.toISOString(), on);
      if (!first.ok) throw new AppError(first.error.code, { message: first.error.message });
      return createBenefitCase(tx, {
        id: `bc-${randomUUID()}`, trackingNumber: benefitTrackingNumber(Number(on.slice(0, 4)), serial), uscc, policyId: link.policyId, fundId: link.fundId,
        channel: 'ONLINE_APPLICATION', requestKey: b.requestId, expenseKey: link.expenseKind && b.expenseReference ? normaliseExpenseKey(link.expenseKind, b.expenseReference) : null,
        form: { declaredFacts: b.declaredFacts, expenseReference: b.expenseReference ?? null, note: b.note ?? null, declaredTruthful: true, declaredAt: at.toISOString() },
        facts: assessment.facts, evaluation: assessment as unknown as Record<string, unknown>, sizeClass: assessment.sizeClass, district: enterprise.district,
        first: first.value.entry as never, projection: projectionOf(first.value.state, link.reviewWorkingDays, on, null),
      });
    });
    reply.status(result.created ? 201 : 200);
    return { created: result.created, application: presentSummary(result.row) };
  });

  r.get('/api/benefits/applications', {
    schema: {
      tags: ['benefits'],
      summary: '申报列表 Applications and 免申即享 cases I may see: the enterprise its own, a reviewer its department\'s policies, finance the approved payments, auditors all; oldest first, a page at a time by key (after = nextCursor)',
      querystring: z.object({
        status: z.enum(BENEFIT_STATUSES).optional(), policyId: PolicyIdParam.optional(), channel: z.enum(['ONLINE_APPLICATION', 'NO_APPLICATION']).optional(),
        pageSize: z.coerce.number().int().min(1).max(500).default(500),
        after: z.string().min(1).max(400).optional(),
      }),
      response: { 200: BenefitCaseList },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const v = await benefitViewer(db, user);
    const q: BenefitCaseQuery = { ...(request.query.policyId ? { policyId: request.query.policyId } : {}), ...(request.query.channel ? { channel: request.query.channel } : {}) };
    if (request.query.status) q.statuses = [request.query.status];
    if (user.role === 'ENTERPRISE') q.uscc = user.uscc!;
    else if (v.isFinance) q.statuses = request.query.status ? (PAYMENT_STAGE.includes(request.query.status) ? [request.query.status] : ['NONE']) : PAYMENT_STAGE;
    else if (user.role === 'SME_BUREAU' || user.role === 'DEPARTMENT') q.departmentId = user.departmentId!;
    else if (user.role !== 'AUDITOR' && user.role !== 'ADMIN') enforce(deny('金融机构不能查看惠企兑现申报', 'Financial institutions cannot see benefit applications'));
    const page = await listBenefitCasePage(db, { ...q, after: request.query.after ?? null }, request.query.pageSize).catch((e: unknown) => {
      if (e instanceof RangeError) throw new AppError('VALIDATION_FAILED', { message: { zh: '翻页标记无效，请从第一页重新开始', en: 'Invalid page cursor: start again from the first page' } });
      throw e;
    });
    return {
      items: page.items.map((row) => ({ ...presentSummary(row), reasons: (row.evaluation.reasons as { zh: string; en: string }[] | undefined) ?? [], canAct: actorOn(v, row) !== null && (user.role === 'ENTERPRISE' || isReviewerOf(v, row.departmentId)) })),
      nextCursor: page.nextCursor,
    };
  });

  r.get('/api/benefits/applications/:id', {
    schema: { tags: ['benefits'], summary: '申报详情 One case: stage dates (受理、审核、公示、拨付), the rule explanation, decision with amount, log, attachments and my next actions', params: z.object({ id: CaseIdParam }), response: { 200: BenefitCaseDetail } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const v = await benefitViewer(db, user);
    if (user.role === 'FINANCIAL_INSTITUTION') enforce(deny('金融机构不能查看惠企兑现申报', 'Financial institutions cannot see benefit applications'));
    const loaded = await loadBenefitCase(db, request.params.id);
    if (!loaded) throw new AppError('BENEFIT_CASE_NOT_FOUND');
    enforce(canReadCase(v, loaded.row));
    return presentCase(db, loaded.row, loaded.log, actorOn(v, loaded.row), user.role !== 'ENTERPRISE');
  });
}

