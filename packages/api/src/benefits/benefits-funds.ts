import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { benefitUse, listFundPolicies, listFundUse, overdueBenefitCases, type Database } from '@huiqi/db';
import { type PlainDate } from '@huiqi/kernel';
import { smallMicroShare, type SizeClassCode } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { getRules } from '../rules/rule-base';
import { benefitViewer, canUseDashboard } from './benefits-access';
import { todayCst } from './benefits-service';
import { FundDashboard, FundDisclosure } from './benefits-schemas';

const SHARE_PARAM = 'funds.small_micro_share.min_fraction_denominator';

/** The jurisdiction's minimum share for small and micro enterprises, from the rules parameter (null when none is in force there). */
export async function minimumShare(jurisdiction: string, date: PlainDate) {
  const { rb } = await getRules();
  const id = rb.jurisdictions.has(jurisdiction) ? jurisdiction : 'cn';
  const p = rb.params.resolve(SHARE_PARAM, id, date);
  if (!p || typeof p.value !== 'number') return null;
  return { denominator: p.value, reference: p.reference };
}

/** Use of every fund by policy, district and size class, with the small-and-micro share per fund and overall. */
export async function fundDashboard(db: Database, on = todayCst()) {
  const funds = await listFundUse(db);
  const rows = await benefitUse(db);
  const byFund = [];
  for (const f of funds) {
    const fr = rows.filter((r) => r.fundId === f.id);
    const min = await minimumShare(f.jurisdiction, on);
    byFund.push({
      ...f, remainingFen: f.budgetFen - f.committedFen,
      smallMicro: smallMicroShare(fr.map((r) => ({ sizeClass: r.sizeClass as SizeClassCode, amountFen: r.committedFen })), min),
    });
  }
  const group = (key: 'policyId' | 'district' | 'sizeClass') => {
    const m = new Map<string, { key: string; cases: number; committedFen: number; paidFen: number }>();
    for (const r of rows) {
      const g = m.get(r[key]) ?? { key: r[key], cases: 0, committedFen: 0, paidFen: 0 };
      g.cases += r.cases; g.committedFen += r.committedFen; g.paidFen += r.paidFen;
      m.set(r[key], g);
    }
    return [...m.values()].sort((a, b) => b.committedFen - a.committedFen || a.key.localeCompare(b.key));
  };
  return { asOf: on, funds: byFund, byPolicy: group('policyId'), byDistrict: group('district'), bySizeClass: group('sizeClass') };
}

export function registerFundRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/benefits/dashboard', {
    schema: { tags: ['benefits'], summary: '资金使用看板 Budget, commitments and payments by fund, policy, district and size class; share to small and micro enterprises against the jurisdiction\'s minimum; overdue reviews (officials and auditors)', response: { 200: FundDashboard } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canUseDashboard(await benefitViewer(db, user)));
    const on = todayCst();
    const overdue = await overdueBenefitCases(db, on);
    const visibleOverdue = user.role === 'DEPARTMENT' || (user.role === 'SME_BUREAU' && !user.departmentIsSmeBureau) ? overdue.filter((o) => o.departmentId === user.departmentId) : overdue;
    return { ...(await fundDashboard(db, on)), overdue: visibleOverdue };
  });

  r.get('/api/public/benefits/disclosure', {
    schema: { tags: ['benefits'], summary: '资金公开 Public disclosure of fund use by policy: budget, number of beneficiaries, amounts committed and paid, by size class; no enterprise names or personal data', response: { 200: FundDisclosure } },
  }, async () => {
    const d = await fundDashboard(db);
    const links = await listFundPolicies(db);
    const { rb } = await getRules();
    const rows = await benefitUse(db);
    return {
      asOf: d.asOf,
      funds: d.funds.map((f) => ({
        id: f.id, name: f.name, year: f.year, jurisdiction: f.jurisdiction, budgetFen: f.budgetFen, committedFen: f.committedFen, paidFen: f.paidFen,
        smallMicro: f.smallMicro,
        policies: links.filter((l) => l.fundId === f.id).map((l) => {
          const pr = rows.filter((x) => x.policyId === l.policyId);
          return {
            policyId: l.policyId, title: rb.policies.get(l.policyId)?.title ?? { zh: l.policyId, en: l.policyId }, channel: l.channel,
            beneficiaries: pr.reduce((s, x) => s + x.cases, 0), committedFen: pr.reduce((s, x) => s + x.committedFen, 0), paidFen: pr.reduce((s, x) => s + x.paidFen, 0),
          };
        }),
      })),
      bySizeClass: d.bySizeClass,
    };
  });
}
