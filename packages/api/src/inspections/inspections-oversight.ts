import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listInspectionItems, listPlans, listTargets, unregisteredReportCounts, visitsRegisteredBetween, type User } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import { frequencyWarnings, HIGH_FREQUENCY_DEFAULTS, proposeMergedVisits, type PlannedVisit } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { allow, deny, enforce } from '../policies/decision';
import { departmentNames, planWindow } from './inspections-context';
import { Year } from './inspections-schemas';

const READ_ALL = new Set(['SME_BUREAU', 'AUDITOR', 'ADMIN']);
const canSeeOversight = (user: User) =>
  READ_ALL.has(user.role) || (user.role === 'DEPARTMENT' && user.departmentId)
    ? allow
    : deny('检查统筹看板仅供执法部门、中小企业主管部门和审计人员查看', 'The inspection coordination dashboard is for enforcement departments, the SME bureau and auditors');

const Named = z.object({ id: z.string(), name: z.string() });
const Proposal = z.object({
  uscc: z.string(), enterpriseName: z.string().nullable(), plans: z.array(z.object({ planId: z.string(), title: z.string(), departmentName: z.string() })), departments: z.array(Named),
  from: z.string(), to: z.string(), visitsAvoided: z.number().int(),
});
const Warning = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ANNUAL_CAP_EXCEEDED'), uscc: z.string(), enterpriseName: z.string().nullable(), department: Named, itemName: z.string(), year: z.number().int(), visits: z.number().int(), cap: z.number().int() }),
  z.object({ kind: z.literal('HIGH_FREQUENCY'), uscc: z.string(), enterpriseName: z.string().nullable(), from: z.string(), to: z.string(), visits: z.number().int(), departments: z.array(Named) }),
]);

/** 综合查一次 and 高频预警: merged-visit proposals for overlapping plans, the visits they avoid, frequency warnings, unregistered-visit reports. */
export function registerInspectionOversightRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/inspections/oversight', {
    schema: {
      tags: ['inspections'],
      summary: '检查统筹看板 Merged-visit proposals (two or more departments\' drawn plans reaching one enterprise in overlapping windows: one joint visit, visits avoided), high-frequency and annual-cap warnings, reports of unregistered visits — for a year; a department sees what involves it, the SME bureau, auditors and admins everything',
      querystring: z.object({ year: Year.optional() }),
      response: {
        200: z.object({
          year: z.number().int(),
          proposals: z.array(Proposal),
          plannedVisits: z.number().int(),
          visitsAfterMerging: z.number().int(),
          visitsAvoided: z.number().int(),
          warnings: z.array(Warning),
          highFrequency: z.object({ windowDays: z.number().int(), maxVisits: z.number().int() }),
          unregisteredReports: z.array(z.object({ department: Named.nullable(), count: z.number().int() })),
        }),
      },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canSeeOversight(user));
    const year = request.query.year ?? Number(today('Asia/Shanghai').slice(0, 4));
    const own = READ_ALL.has(user.role) ? null : user.departmentId!;
    const names = await departmentNames(db);
    const named = (id: string) => ({ id, name: names.get(id) ?? id });

    const plans = (await listPlans(db, { departmentId: null, year, publicOnly: true })).filter((p) => p.status === 'DRAWN' || p.status === 'CLOSED');
    const planned: PlannedVisit[] = [];
    const enterpriseNames = new Map<string, string | null>();
    for (const p of plans) {
      const w = planWindow(p);
      for (const t of await listTargets(db, p.planId)) {
        enterpriseNames.set(t.uscc, t.enterpriseName);
        planned.push({ planId: p.planId, departmentId: p.departmentId, uscc: t.uscc, from: w.from as PlainDate, to: w.to as PlainDate });
      }
    }
    const summary = proposeMergedVisits(planned);
    const byPlan = new Map(plans.map((p) => [p.planId, p]));
    const proposals = summary.proposals
      .filter((p) => own === null || p.departmentIds.includes(own))
      .map((p) => ({
        uscc: p.uscc, enterpriseName: enterpriseNames.get(p.uscc) ?? null, from: p.from, to: p.to, visitsAvoided: p.visitsAvoided, departments: p.departmentIds.map(named),
        plans: p.planIds.map((id) => ({ planId: id, title: byPlan.get(id)?.title ?? id, departmentName: names.get(byPlan.get(id)?.departmentId ?? '') ?? '' })),
      }));
    const mine = own === null ? planned : planned.filter((v) => v.departmentId === own);
    const avoided = proposals.reduce((s, p) => s + p.visitsAvoided, 0);

    // Visits are registered at instants; the year runs in Beijing time.
    const visits = await visitsRegisteredBetween(db, `${year}-01-01T00:00:00+08:00`, `${year + 1}-01-01T00:00:00+08:00`);
    const items = new Map((await listInspectionItems(db, { departmentId: null, publishedOnly: false })).map((i) => [i.id, i]));
    const all = frequencyWarnings(
      visits.map((v) => ({ visitId: v.id, departmentId: v.departmentId, uscc: v.uscc, itemIds: v.itemIds, on: new Date(v.registeredAt).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }) as PlainDate })),
      (id) => items.get(id)?.annualCapPerEnterprise,
    );
    const visitedBy = new Map<string, Set<string>>();
    for (const v of visits) visitedBy.set(v.uscc, (visitedBy.get(v.uscc) ?? new Set()).add(v.departmentId));
    const warnings = all
      .filter((w) => own === null || (w.kind === 'ANNUAL_CAP_EXCEEDED' ? w.departmentId === own : w.departmentIds.includes(own)))
      .map((w) =>
        w.kind === 'ANNUAL_CAP_EXCEEDED'
          ? { kind: w.kind, uscc: w.uscc, enterpriseName: enterpriseNames.get(w.uscc) ?? null, department: named(w.departmentId), itemName: items.get(w.itemId)?.name ?? w.itemId, year: w.year, visits: w.visits, cap: w.cap }
          : { kind: w.kind, uscc: w.uscc, enterpriseName: enterpriseNames.get(w.uscc) ?? null, from: w.from, to: w.to, visits: w.visits, departments: w.departmentIds.map(named) },
      );
    const reports = (await unregisteredReportCounts(db)).filter((c) => own === null || c.departmentId === own).map((c) => ({ department: c.departmentId ? named(c.departmentId) : null, count: c.count }));
    return {
      year, proposals, plannedVisits: mine.length, visitsAfterMerging: mine.length - avoided, visitsAvoided: avoided, warnings,
      highFrequency: { ...HIGH_FREQUENCY_DEFAULTS }, unregisteredReports: reports,
    };
  });
}
