import { paysCash } from '@huiqi/rules-engine';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  budgetApprovalThreshold, decideBudgetChange, findFundPolicy, linkPolicyToFund, listBudgetChanges, listFundPolicies, listFundUse, proposeBudgetChange, saveFund,
  type Queryable, type User,
} from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { allow, deny, enforce, type Decision } from '../policies/decision';
import { unwrap } from '../admin/admin-result';
import { publishedPolicies } from '../publication/published-policy-cache';
import { hasAmount } from '../publication/reach';
import { getRules } from '../rules/rule-base';
import { PolicyIdParam } from './benefits-applications';
import { requireCashBenefit } from './benefit-cash-only';
import { findBenefitPolicy } from './benefit-policy-lookup';
import { BudgetChangeList, BudgetChangeView, FundAdminList, FundCreated, FundLinkList, FundLinkSaved, LinkablePolicyList } from './benefits-schemas';

/** Funds are run by SME bureau officers (not department officers, not finance); auditors read. */
export function canManageFunds(user: User): Decision {
  return user.role === 'SME_BUREAU' ? allow : deny('只有中小企业服务局工作人员可以管理专项资金', 'Only SME bureau officers manage special funds');
}
function canReadFunds(user: User): Decision {
  return canManageFunds(user).allowed || user.role === 'AUDITOR' ? allow : deny('只有中小企业服务局工作人员和审计人员可以查看资金管理', 'Only SME bureau officers and auditors see fund administration');
}

const FundIdParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const Yuanless = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Every policy a fund can pay: the rule base's and those published in the console, with whether it computes an amount. */
async function linkablePolicies(db: Queryable) {
  const { rb } = await getRules();
  const out = new Map<string, { policyId: string; title: { zh: string; en: string }; source: 'RULES' | 'CONSOLE'; hasAmount: boolean; isCash: boolean }>();
  for (const p of rb.policies.values()) out.set(p.id, { policyId: p.id, title: p.title, source: 'RULES', hasAmount: hasAmount(p), isCash: paysCash(p) });
  for (const a of await publishedPolicies(db, rb)) if (!out.has(a.policy.id)) out.set(a.policy.id, { policyId: a.policy.id, title: a.policy.title, source: 'CONSOLE', hasAmount: hasAmount(a.policy), isCash: paysCash(a.policy) });
  return [...out.values()].sort((a, b) => a.policyId.localeCompare(b.policyId));
}

/**
 * 资金管理: funds with yearly budgets, budget changes (four-eyes above the threshold setting), and
 * which fund pays which policy — rule-base or published in the console — with the per-enterprise
 * cap and the channel (申报 or 免申即享).
 */
export function registerFundAdminRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manager = (p: Parameters<typeof requirePrincipal>[0]) => { const { user } = requirePrincipal(p); enforce(canManageFunds(user)); return user; };
  const reader = (p: Parameters<typeof requirePrincipal>[0]) => { const { user } = requirePrincipal(p); enforce(canReadFunds(user)); return user; };

  r.get('/api/benefits/funds', {
    schema: { tags: ['benefits'], summary: '资金管理 Funds with budget, commitments, payments, the pending budget change and the four-eyes threshold (SME bureau, auditors)', response: { 200: FundAdminList } },
  }, async (request) => {
    reader(request.principal);
    const funds = await listFundUse(db);
    const items = [];
    for (const f of funds) {
      const changes = await listBudgetChanges(db, f.id);
      items.push({ ...f, pendingChange: changes.find((c) => c.status === 'PENDING') ?? null });
    }
    return { items, thresholdFen: await budgetApprovalThreshold(db) };
  });

  r.post('/api/benefits/funds', {
    schema: {
      tags: ['benefits'], summary: '新建专项资金 Create a fund with its yearly budget (a budget above the threshold waits for a second officer)',
      body: z.object({ id: FundIdParam, nameZh: z.string().min(1).max(100), nameEn: z.string().max(200).default(''), jurisdiction: z.string().max(64), departmentId: z.string().max(48), year: z.number().int().min(2000).max(2200), budgetFen: Yuanless, reason: z.string().max(500).default('新建专项资金') }),
      response: { 201: FundCreated },
    },
  }, async (request, reply) => {
    const user = manager(request.principal);
    const b = request.body;
    const created = await db.transaction(async (tx) => {
      const [exists] = await tx.query('SELECT 1 AS one FROM benefit_funds WHERE id = $1', [b.id]);
      if (exists) throw new AppError('ADMIN_CONFLICT', { message: { zh: `资金代码「${b.id}」已存在`, en: `the fund code '${b.id}' exists` }, details: { field: 'id' } });
      const [dept] = await tx.query<{ deactivated_at: string | null }>('SELECT deactivated_at FROM departments WHERE id = $1', [b.departmentId]);
      if (!dept || dept.deactivated_at !== null) throw new AppError('ADMIN_INVALID', { message: { zh: '审核部门不存在或已停用', en: 'the reviewing department does not exist or is deactivated' }, details: { field: 'departmentId' } });
      const [j] = await tx.query('SELECT 1 AS one FROM jurisdictions WHERE id = $1', [b.jurisdiction]);
      if (!j) throw new AppError('ADMIN_INVALID', { message: { zh: `辖区「${b.jurisdiction}」不存在`, en: `no jurisdiction '${b.jurisdiction}'` }, details: { field: 'jurisdiction' } });
      await saveFund(tx, { id: b.id, name: { zh: b.nameZh.trim(), en: b.nameEn.trim() }, jurisdiction: b.jurisdiction, departmentId: b.departmentId, year: b.year, budgetFen: 0 }, user.id);
      const change = b.budgetFen > 0 ? unwrap(await proposeBudgetChange(tx, b.id, b.budgetFen, b.reason || '新建专项资金', user.id)) : null;
      return { fundId: b.id, budgetChange: change };
    });
    return reply.code(201).send(created);
  });

  r.get('/api/benefits/funds/:fundId/budget-changes', {
    schema: { tags: ['benefits'], summary: '预算调整记录 A fund\'s budget changes, who proposed and who approved them', params: z.object({ fundId: FundIdParam }), response: { 200: BudgetChangeList } },
  }, async (request) => {
    reader(request.principal);
    return { items: await listBudgetChanges(db, request.params.fundId) };
  });

  r.post('/api/benefits/funds/:fundId/budget-changes', {
    schema: {
      tags: ['benefits'], summary: '调整预算 Propose a new yearly budget: applied at once up to the threshold, otherwise waiting for a second officer',
      params: z.object({ fundId: FundIdParam }), body: z.object({ newBudgetFen: Yuanless, reason: z.string().max(500) }),
      response: { 201: BudgetChangeView },
    },
  }, async (request, reply) => {
    const user = manager(request.principal);
    const change = await db.transaction(async (tx) => unwrap(await proposeBudgetChange(tx, request.params.fundId, request.body.newBudgetFen, request.body.reason, user.id)));
    return reply.code(201).send(change);
  });

  r.post('/api/benefits/funds/:fundId/budget-changes/:changeId/decision', {
    schema: {
      tags: ['benefits'], summary: '复核预算调整 A second officer (never the proposer) approves or rejects a pending budget change',
      params: z.object({ fundId: FundIdParam, changeId: z.string().max(64) }), body: z.object({ approve: z.boolean(), note: z.string().max(500).default('') }),
      response: { 200: BudgetChangeView },
    },
  }, async (request) => {
    const user = manager(request.principal);
    return db.transaction(async (tx) => unwrap(await decideBudgetChange(tx, request.params.fundId, request.params.changeId, request.body.approve, request.body.note, user.id)));
  });

  r.get('/api/benefits/linkable-policies', {
    schema: { tags: ['benefits'], summary: '可关联政策 Rule-base policies and policies published in the console that grant cash (a fee cut or a tax deduction is never paid by a fund), with whether they compute an amount', response: { 200: LinkablePolicyList } },
  }, async (request) => {
    reader(request.principal);
    return { items: (await linkablePolicies(db)).filter((p) => p.isCash) };
  });

  r.get('/api/benefits/fund-links', {
    schema: { tags: ['benefits'], summary: '资金与政策 Which fund pays which policy, the channel (申报 / 免申即享) and the per-enterprise cap', response: { 200: FundLinkList } },
  }, async (request) => {
    reader(request.principal);
    const titles = new Map((await linkablePolicies(db)).map((p) => [p.policyId, p]));
    return {
      items: (await listFundPolicies(db)).map((l) => ({
        policyId: l.policyId, title: titles.get(l.policyId)?.title ?? { zh: l.policyId, en: l.policyId }, source: titles.get(l.policyId)?.source ?? null,
        fundId: l.fundId, fundName: l.fund.name, fundYear: l.fund.year, channel: l.channel, capFen: l.capFen ?? null, capParam: l.capParam,
        noticeWorkingDays: l.noticeWorkingDays, reviewWorkingDays: l.reviewWorkingDays,
      })),
    };
  });

  r.put('/api/benefits/fund-links/:policyId', {
    schema: {
      tags: ['benefits'], summary: '关联政策与资金 Link a policy (rule base or published in the console, with an amount) to a fund: channel (免申即享 on/off), per-enterprise cap in fen',
      params: z.object({ policyId: PolicyIdParam }),
      body: z.object({
        fundId: FundIdParam, channel: z.enum(['ONLINE_APPLICATION', 'NO_APPLICATION']), capFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
        noticeWorkingDays: z.number().int().min(0).max(60).default(0), reviewWorkingDays: z.number().int().min(1).max(120).default(20),
      }),
      response: { 200: FundLinkSaved },
    },
  }, async (request) => {
    const user = manager(request.principal);
    const b = request.body;
    const policy = (await linkablePolicies(db)).find((p) => p.policyId === request.params.policyId);
    if (!policy) throw new AppError('ADMIN_NOT_FOUND', { message: { zh: '规则库和已发布政策中都没有这项政策', en: 'Neither the rule base nor the published policies have this policy' } });
    if (!policy.hasAmount) throw new AppError('ADMIN_INVALID', { message: { zh: '该政策没有可计算的补助金额，不能由资金拨付', en: 'The policy computes no amount, so no fund can pay it' } });
    const def = await findBenefitPolicy(db, (await getRules()).rb, request.params.policyId);
    if (def) requireCashBenefit(def);
    return db.transaction(async (tx) => {
      const [fund] = await tx.query('SELECT 1 AS one FROM benefit_funds WHERE id = $1', [b.fundId]);
      if (!fund) throw new AppError('ADMIN_INVALID', { message: { zh: `没有资金「${b.fundId}」`, en: `no fund '${b.fundId}'` }, details: { field: 'fundId' } });
      const before = await findFundPolicy(tx, request.params.policyId);
      await linkPolicyToFund(tx, {
        policyId: request.params.policyId, fundId: b.fundId, channel: b.channel, capParam: before?.capParam ?? null, capFen: b.capFen,
        noticeWorkingDays: b.noticeWorkingDays, reviewWorkingDays: b.reviewWorkingDays, expenseKind: before?.expenseKind ?? null,
      }, user.id);
      const after = (await findFundPolicy(tx, request.params.policyId))!;
      return { policyId: after.policyId, fundId: after.fundId, channel: after.channel, capFen: after.capFen ?? null, noticeWorkingDays: after.noticeWorkingDays, reviewWorkingDays: after.reviewWorkingDays };
    });
  });
}
