import { shippedCalendar } from '@huiqi/calendar';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { earlierFindings, getResult, getVisit, listResults, publishResult, recordResult, type Database, type StoredResult } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import { assessFinding, publicationDue, publicationState, RESULT_OUTCOMES, type PenaltyAssessment } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { allow, deny, enforce } from '../policies/decision';
import { lawLibrary } from '../law/law-library';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { PlainDateString } from '../schemas/common';
import { departmentNames, domainError, requireDepartment } from './inspections-context';
import { canManageInspections, canReadDepartmentInspections } from './inspections-policy';
import { minorViolationCatalogue } from './minor-violation-catalogue';

export const PUBLICATION_PARAMETER = 'inspections.result_publication.working_days';
/** The official working-day calendar (holidays and 调休), loaded once. */
const calendar = (() => {
  let c: ReturnType<typeof shippedCalendar> | null = null;
  return () => (c ??= shippedCalendar('cn'));
})();

const VisitIdParam = z.object({ id: z.string().regex(/^it-[a-z0-9-]{8,64}$/) });
const Outcome = z.enum(RESULT_OUTCOMES);

const Assessment = z.object({
  entryId: z.string(),
  entryName: z.string(),
  status: z.enum(['NO_PENALTY', 'MAY_WAIVE', 'PENALTY_NOT_EXCLUDED', 'UNKNOWN']),
  explanation: z.array(z.object({ outcome: z.enum(['NO_PENALTY', 'MAY_WAIVE']), label: z.object({ zh: z.string(), en: z.string() }), holds: z.union([z.boolean(), z.literal('UNKNOWN')]), cites: z.array(z.object({ citation: z.string(), lawTitle: z.string() })) })),
  cites: z.array(z.object({ citation: z.string(), lawTitle: z.string() })),
  missing: z.array(z.string()),
  firstViolation: z.boolean(),
});

export const ResultDto = z.object({
  visitId: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  uscc: z.string(),
  enterpriseName: z.string().nullable(),
  outcome: Outcome,
  summary: z.string(),
  penalty: Assessment.nullable(),
  inspectedOn: z.string(),
  /** Null when the official calendar has no data yet for a year the period runs into (never guessed). */
  publishDue: z.string().nullable(),
  publishDueProblem: z.string().nullable(),
  /** The publication period's source: the parameter's value, article and whether it is verified. */
  publicationBasis: z.object({ workingDays: z.number().int(), citation: z.string(), unverified: z.boolean() }).nullable(),
  publication: z.enum(['PUBLISHED', 'PENDING', 'OVERDUE', 'DUE_UNKNOWN']),
  publishedAt: z.string().nullable(),
});
/** What the public sees: no summary of the finding's facts beyond the outcome and the department's summary. */
export const PublicResultDto = ResultDto.pick({ visitId: true, departmentName: true, uscc: true, enterpriseName: true, outcome: true, summary: true, inspectedOn: true, publishedAt: true });

const RecordBody = z.strictObject({
  outcome: Outcome,
  summary: z.string().trim().min(1).max(2000),
  inspectedOn: PlainDateString,
  /** The finding on the department's list of minor violations, with the facts the inspector recorded. */
  finding: z
    .strictObject({ entryId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/), correctedInTime: z.boolean().optional(), harmfulConsequence: z.boolean().optional(), harmMinor: z.boolean().optional() })
    .optional(),
});

const cite = (address: string, resolve: (a: string) => { citation: string; title: string } | null | undefined) => {
  const r = resolve(address);
  return { citation: r?.citation ?? address, lawTitle: r?.title ?? '' };
};

async function publicationBasis(departmentJurisdiction: string, on: PlainDate) {
  const { rb } = await getRules();
  const j = ruleJurisdictionOf(rb, departmentJurisdiction, departmentJurisdiction).id;
  const p = rb.params.resolve(PUBLICATION_PARAMETER, j, on);
  if (!p) return null;
  return { workingDays: Number(p.value), reference: p.reference, unverified: p.unverified };
}

export async function presentResult(db: Database, r: StoredResult, names: Map<string, string>) {
  const lib = lawLibrary();
  const resolve = (a: string) => lib.resolve(a);
  const stored = r.penaltyAssessment as (PenaltyAssessment & { firstViolation: boolean }) | null;
  const entry = stored ? minorViolationCatalogue().entries.find((e) => e.id === stored.entryId) : undefined;
  const department = await requireDepartment(db, r.departmentId);
  const basis = await publicationBasis(department.jurisdiction, r.inspectedOn as PlainDate);
  return {
    visitId: r.visitId, departmentId: r.departmentId, departmentName: names.get(r.departmentId) ?? r.departmentId, uscc: r.uscc, enterpriseName: r.enterpriseName,
    outcome: r.outcome as (typeof RESULT_OUTCOMES)[number], summary: r.summary,
    penalty: stored
      ? {
          entryId: stored.entryId, entryName: entry?.name ?? stored.entryId, status: stored.status, missing: stored.missing, firstViolation: stored.firstViolation,
          explanation: stored.explanation.map((x) => ({ ...x, cites: x.cites.map((c) => cite(c, resolve)) })), cites: stored.cites.map((c) => cite(c, resolve)),
        }
      : null,
    inspectedOn: r.inspectedOn, publishDue: r.publishDue,
    publishDueProblem: r.publishDue === null && basis ? (() => {
      const d = publicationDue(calendar(), r.inspectedOn as PlainDate, basis.workingDays);
      return d.ok ? null : d.error.message.zh;
    })() : null,
    publicationBasis: basis ? { workingDays: basis.workingDays, citation: cite(basis.reference, resolve).citation, unverified: basis.unverified } : null,
    publication: publicationState(r.publishDue as PlainDate | null, r.publishedAt ? (r.publishedAt.slice(0, 10) as PlainDate) : null, today('Asia/Shanghai')),
    publishedAt: r.publishedAt,
  };
}

/** 一公开 of results: record a visit's result (with the 轻微免罚/首违不罚 answer), publish it, list them. */
export function registerInspectionResultRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/inspections/visits/:id/result', {
    schema: {
      tags: ['inspections'],
      summary: '录入检查结果 Record the result of a visit (no problem / problem found / ordered to rectify / case opened), once; a finding on the department\'s list of minor violations gets the 轻微免罚/首违不罚 answer (行政处罚法 第三十三条第一款) with its explanation, "first" from the enterprise\'s history; the last day for publication is counted in working days on the official calendar (the department\'s officers)',
      params: VisitIdParam,
      body: RecordBody,
      response: { 201: ResultDto },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    if (!user.departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canManageInspections(user, user.departmentId));
    const visit = await getVisit(db, request.params.id);
    if (!visit) throw new AppError('INSPECTION_VISIT_NOT_FOUND');
    enforce(canManageInspections(user, visit.departmentId));
    const b = request.body;
    const registeredOn = new Date(visit.registeredAt).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    if (b.inspectedOn < registeredOn || b.inspectedOn > today('Asia/Shanghai'))
      throw new AppError('INSPECTION_INVALID_INPUT', { message: { zh: `检查结束日应在登记日（${registeredOn}）与今天之间`, en: `the day the inspection ended must lie between its registration (${registeredOn}) and today` }, details: { field: 'inspectedOn' } });
    if (await getResult(db, visit.id)) throw new AppError('INSPECTION_RESULT_EXISTS');
    let penalty: (PenaltyAssessment & { firstViolation: boolean }) | null = null;
    if (b.finding) {
      const catalogue = minorViolationCatalogue();
      const entry = catalogue.entries.find((e) => e.id === b.finding!.entryId && e.departmentId === visit.departmentId);
      if (!entry) throw new AppError('INSPECTION_INVALID_INPUT', { message: { zh: '本部门的轻微违法行为清单中没有该事项', en: "the entry is not on the department's list of minor violations" }, details: { field: 'finding.entryId' } });
      const firstViolation = (await earlierFindings(db, visit.uscc, entry.id, b.inspectedOn)) === 0;
      const { entryId: _e, ...facts } = b.finding;
      const a = assessFinding(catalogue, entry.id, { ...facts, firstViolation }, b.inspectedOn as PlainDate);
      if (!a.ok) throw domainError(a.error);
      penalty = { ...a.value, firstViolation };
    }
    const department = await requireDepartment(db, visit.departmentId);
    const basis = await publicationBasis(department.jurisdiction, b.inspectedOn as PlainDate);
    if (!basis) throw new AppError('INSPECTION_INVALID_INPUT', { message: { zh: '本辖区没有在用的结果公开期限参数', en: 'no publication period is in force for this jurisdiction' }, details: { parameter: PUBLICATION_PARAMETER } });
    // A period running into a year the calendar has no data for is not guessed: the result is recorded without a last day.
    const due = publicationDue(calendar(), b.inspectedOn as PlainDate, basis.workingDays);
    const recorded = await db.transaction((tx) =>
      recordResult(tx, { visitId: visit.id, departmentId: visit.departmentId, uscc: visit.uscc, outcome: b.outcome, summary: b.summary, violationEntryId: penalty?.entryId ?? null, penaltyAssessment: penalty, inspectedOn: b.inspectedOn, publishDue: due.ok ? due.value : null }, user.id),
    );
    if (!recorded) throw new AppError('INSPECTION_RESULT_EXISTS');
    reply.status(201);
    return presentResult(db, (await getResult(db, visit.id))!, await departmentNames(db));
  });

  r.post('/api/inspections/visits/:id/result/publish', {
    schema: {
      tags: ['inspections'],
      summary: '公开检查结果 Publish a visit\'s result on the public site (once; again answers the published result) (the department\'s officers)',
      params: VisitIdParam,
      response: { 200: ResultDto },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    if (!user.departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canManageInspections(user, user.departmentId));
    const result = await getResult(db, request.params.id);
    if (!result) throw new AppError('INSPECTION_RESULT_NOT_FOUND');
    enforce(canManageInspections(user, result.departmentId));
    const published = await db.transaction((tx) => publishResult(tx, result.visitId, user.id));
    return presentResult(db, published!, await departmentNames(db));
  });

  r.get('/api/inspections/results', {
    schema: {
      tags: ['inspections'],
      summary: '检查结果 A department\'s results with their publication state (published, pending, overdue) and last day, newest first (its officers, the SME bureau, auditors, admins)',
      querystring: z.object({ department: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) }),
      response: { 200: z.object({ items: z.array(ResultDto) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDepartmentInspections(user, request.query.department));
    await requireDepartment(db, request.query.department);
    const names = await departmentNames(db);
    const items = [];
    for (const x of await listResults(db, { departmentId: request.query.department })) items.push(await presentResult(db, x, names));
    return { items };
  });

  r.get('/api/inspections/public/results', {
    schema: {
      tags: ['inspections'],
      summary: '检查结果公示 Published inspection results, newest first (public)',
      response: { 200: z.object({ items: z.array(PublicResultDto) }) },
      security: [],
    },
  }, async () => {
    const names = await departmentNames(db);
    const items = (await listResults(db, { publishedOnly: true })).map((x) => ({
      visitId: x.visitId, departmentName: names.get(x.departmentId) ?? x.departmentId, uscc: x.uscc, enterpriseName: x.enterpriseName,
      outcome: x.outcome as (typeof RESULT_OUTCOMES)[number], summary: x.summary, inspectedOn: x.inspectedOn, publishedAt: x.publishedAt,
    }));
    return { items };
  });

  r.get('/api/inspections/my/results', {
    schema: {
      tags: ['inspections'],
      summary: '我的检查结果 The results of inspections of my enterprise, published or not, with the 轻微免罚/首违不罚 answer (enterprise users)',
      response: { 200: z.object({ items: z.array(ResultDto) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(user.role === 'ENTERPRISE' && user.uscc ? allow : deny('只有企业用户可以查看本企业的检查结果', "Only enterprise users can see their enterprise's inspection results"));
    const names = await departmentNames(db);
    const items = [];
    for (const x of await listResults(db, { uscc: user.uscc! })) items.push(await presentResult(db, x, names));
    return { items };
  });

  r.get('/api/inspections/minor-violations', {
    schema: {
      tags: ['inspections'],
      summary: '轻微违法行为免予处罚清单 A department\'s list of minor violations with each entry\'s citations and the rules (行政处罚法 第三十三条第一款, 深圳条例 第六十九条) that decide 不予处罚 / 可以不予处罚 (public)',
      querystring: z.object({ department: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) }),
      response: {
        200: z.object({
          entries: z.array(z.object({ id: z.string(), name: z.string(), cites: z.array(z.object({ citation: z.string(), lawTitle: z.string() })), unverified: z.boolean() })),
          rules: z.array(z.object({ outcome: z.enum(['NO_PENALTY', 'MAY_WAIVE']), label: z.object({ zh: z.string(), en: z.string() }), cites: z.array(z.object({ citation: z.string(), lawTitle: z.string() })) })),
        }),
      },
      security: [],
    },
  }, async (request) => {
    const lib = lawLibrary();
    const resolve = (a: string) => lib.resolve(a);
    const c = minorViolationCatalogue();
    return {
      entries: c.entries.filter((e) => e.departmentId === request.query.department).map((e) => ({ id: e.id, name: e.name, cites: e.cites.map((x) => cite(x, resolve)), unverified: e.unverified })),
      rules: c.rules.map((x) => ({ outcome: x.outcome, label: x.label, cites: x.cites.map((y) => cite(y, resolve)) })),
    };
  });
}
