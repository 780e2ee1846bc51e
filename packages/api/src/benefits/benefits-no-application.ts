import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createBenefitCase, findFundPolicy, getEnterprise, listBenefitCases, listSharedFacts, nextBenefitTrackingSerial, type Database, type User } from '@huiqi/db';
import { bi } from '@huiqi/kernel';
import { applyBenefitAction, benefitTrackingNumber } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { deny, enforce, allow } from '../policies/decision';
import { getRules } from '../rules/rule-base';
import { assessPolicy } from './benefit-assessment';
import { requireCashBenefit } from './benefit-cash-only';
import { findBenefitPolicy } from './benefit-policy-lookup';
import { benefitViewer, isReviewerOf } from './benefits-access';
import { PolicyIdParam } from './benefits-applications';
import { actOnCase, projectionOf, todayCst } from './benefits-service';
import { NoApplicationApproval, NoApplicationComparison } from './benefits-schemas';

async function reviewerLink(db: Database, user: User, policyId: string) {
  const link = await findFundPolicy(db, policyId);
  const v = await benefitViewer(db, user);
  if (!link) {
    enforce(user.role === 'SME_BUREAU' || user.role === 'DEPARTMENT' ? allow : deny('只有审核部门可以操作', 'Only the reviewing department may do this'));
    throw new AppError('BENEFIT_POLICY_NOT_OFFERED');
  }
  enforce(isReviewerOf(v, link.fund.departmentId) ? allow : deny('该政策不由本部门审核', 'Your department does not review this policy'));
  if (link.channel !== 'NO_APPLICATION') throw new AppError('BENEFIT_WRONG_CHANNEL', { message: bi('该政策不是免申即享政策', 'This policy is not a no-application benefit') });
  const policy = await findBenefitPolicy(db, (await getRules()).rb, policyId);
  if (policy) requireCashBenefit(policy); // a fee cut or tax relief linked before kinds existed is never paid out
  return { link, v };
}

/**
 * 数据比对: every enterprise with shared data for the policy is evaluated by the rules engine as
 * of today (within the fund year); the eligible ones with a computable amount are listed (once —
 * a repeated comparison lists only new ones) and asked to confirm their wish and account.
 */
export async function compareData(db: Database, user: User, policyId: string, on = todayCst()) {
  const { link } = await reviewerLink(db, user, policyId);
  const candidates = await listSharedFacts(db, policyId);
  const outcome = { candidates: candidates.length, listed: [] as string[], alreadyListed: 0, ineligible: [] as { uscc: string; reasons: unknown }[], unknown: [] as { uscc: string; missing: string[] }[] };
  for (const c of candidates) {
    const a = await assessPolicy(db, c.uscc, link, on);
    if (a.status !== 'ELIGIBLE' || a.amountFen === null || a.amountFen <= 0) {
      if (a.status === 'UNKNOWN' || (a.status === 'ELIGIBLE' && a.amountFen === null)) outcome.unknown.push({ uscc: c.uscc, missing: a.missing.map((m) => m.name) });
      else outcome.ineligible.push({ uscc: c.uscc, reasons: a.reasons });
      continue;
    }
    const enterprise = (await getEnterprise(db, c.uscc))!;
    const at = new Date();
    const created = await db.transaction(async (tx) => {
      const first = applyBenefitAction([], { type: 'LIST', payload: { channel: 'NO_APPLICATION', computedFen: a.amountFen } }, { role: 'REVIEWER', userId: user.id }, at.toISOString(), on);
      if (!first.ok) throw new AppError(first.error.code, { message: first.error.message });
      const serial = await nextBenefitTrackingSerial(tx);
      return createBenefitCase(tx, {
        id: `bc-${randomUUID()}`, trackingNumber: benefitTrackingNumber(Number(on.slice(0, 4)), serial), uscc: c.uscc, policyId, fundId: link.fundId, channel: 'NO_APPLICATION',
        requestKey: null, expenseKey: null, form: { dataSource: c.source }, facts: a.facts, evaluation: a as unknown as Record<string, unknown>, sizeClass: a.sizeClass,
        district: enterprise.district, first: first.value.entry as never, projection: projectionOf(first.value.state, link.reviewWorkingDays, on, null),
      });
    });
    if (created.created) outcome.listed.push(created.row.trackingNumber);
    else outcome.alreadyListed++;
  }
  return outcome;
}

export function registerNoApplicationRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/benefits/no-application/:policyId/compare', {
    schema: { tags: ['benefits'], summary: '数据比对 免申即享: evaluate every enterprise with shared data and list the eligible ones for 意愿确认 (reviewing department only; repeatable)', params: z.object({ policyId: PolicyIdParam }), response: { 200: NoApplicationComparison } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    return compareData(db, user, request.params.policyId);
  });

  r.post('/api/benefits/no-application/:policyId/approve', {
    schema: {
      tags: ['benefits'],
      summary: '批量审核 Approve every confirmed 免申即享 case of the policy, each with the rule-computed amount and the fund checks; refused ones are listed with the figures',
      params: z.object({ policyId: PolicyIdParam }),
      response: { 200: NoApplicationApproval },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const { v } = await reviewerLink(db, user, request.params.policyId);
    const confirmed = await listBenefitCases(db, { policyId: request.params.policyId, statuses: ['CONFIRMED'], channel: 'NO_APPLICATION' });
    const approved: { trackingNumber: string; amountFen: number | null }[] = [];
    const refused: { trackingNumber: string; code: string; message: { zh: string; en: string } }[] = [];
    for (const c of confirmed) {
      try {
        const row = await actOnCase(db, c.id, (x) => (isReviewerOf(v, x.departmentId) ? { role: 'REVIEWER', userId: user.id } : null), { action: 'APPROVE' });
        approved.push({ trackingNumber: row.trackingNumber, amountFen: row.amountFen });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        refused.push({ trackingNumber: c.trackingNumber, code: e.code, message: e.bilingual });
      }
    }
    return { approved, refused };
  });
}
