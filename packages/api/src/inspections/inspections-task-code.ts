import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  getInspectionItem, getPlan, getResult, getVisit, inspectionCodeSecret, isVisitRated, listInspectors, rateVisit, ratingTotals, recordVisitComplaint, visitComplaint, type Database, type StoredVisit, type User,
} from '@huiqi/db';
import { today } from '@huiqi/kernel';
import { INSPECTION_METHOD_LABELS, readTaskCode, RESULT_OUTCOMES } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { actorOf, submitAppeal } from '../appeals';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { lawLibrary } from '../law/law-library';
import { allow, deny, enforce } from '../policies/decision';
import { departmentNames, domainError } from './inspections-context';
import { canReadDepartmentInspections } from './inspections-policy';

/** Ratings of a department are shown only from this many on, so no single visit's score can be read off. */
export const MIN_RATINGS_SHOWN = 3;

const CodeBody = z.strictObject({ code: z.string().trim().min(1).max(300) });

/** What the enterprise sees: no ids, codes or law addresses — the article named in plain Chinese. */
const TaskView = z.object({
  status: z.enum(['REGISTERED', 'CLOSED']),
  statusLabel: z.string(),
  departmentName: z.string(),
  planTitle: z.string().nullable(),
  isEmergency: z.boolean(),
  emergencyReason: z.string().nullable(),
  registeredAt: z.string(),
  closedAt: z.string().nullable(),
  inspectors: z.array(z.object({ name: z.string(), certificateNo: z.string() })),
  items: z.array(z.object({ name: z.string(), methodLabel: z.string(), legalBasis: z.array(z.object({ citation: z.string(), lawTitle: z.string() })) })),
  isRated: z.boolean(),
  complaintTrackingNumber: z.string().nullable(),
  /** The recorded result of the visit (shown to the enterprise whether published or not) with the 轻微免罚/首违不罚 answer. */
  result: z
    .object({ outcome: z.enum(RESULT_OUTCOMES), summary: z.string(), inspectedOn: z.string(), publishedAt: z.string().nullable(), penaltyStatus: z.enum(['NO_PENALTY', 'MAY_WAIVE', 'PENALTY_NOT_EXCLUDED', 'UNKNOWN']).nullable() })
    .nullable(),
});

const enterpriseOnly = (user: User) =>
  user.role === 'ENTERPRISE' && user.uscc ? allow : deny('只有企业用户可以核验检查任务码', 'Only enterprise users can check an inspection task code');

/** The visit a task code names, if the server signed it for the scanning enterprise. */
async function visitOfCode(db: Database, user: User, code: string): Promise<StoredVisit> {
  enforce(enterpriseOnly(user));
  const read = readTaskCode(await inspectionCodeSecret(db), code, user.uscc!);
  if (!read.ok) throw domainError(read.error);
  const visit = await getVisit(db, read.value.taskId);
  // A signed code whose visit is gone cannot happen (visits are never deleted); answered as not found.
  if (!visit || visit.uscc !== user.uscc) throw new AppError('INSPECTION_VISIT_NOT_FOUND');
  return visit;
}

async function taskView(db: Database, visit: StoredVisit): Promise<z.infer<typeof TaskView>> {
  const roster = new Map((await listInspectors(db, visit.departmentId)).map((i) => [i.id, i]));
  const lib = lawLibrary();
  const items = [];
  for (const id of visit.itemIds) {
    const item = await getInspectionItem(db, id);
    if (!item) continue;
    items.push({
      name: item.name,
      methodLabel: INSPECTION_METHOD_LABELS[item.method].zh,
      legalBasis: item.legalBasis.map((a) => {
        const r = lib.resolve(a);
        return r ? { citation: r.citation, lawTitle: r.title } : { citation: '（该法规条文已不在法规库中）', lawTitle: '' };
      }),
    });
  }
  const complaint = await visitComplaint(db, visit.id);
  const result = await getResult(db, visit.id);
  return {
    status: visit.closedAt ? 'CLOSED' : 'REGISTERED',
    statusLabel: visit.closedAt ? '检查已结束' : '已登记的检查任务',
    departmentName: (await departmentNames(db)).get(visit.departmentId) ?? '执法部门',
    planTitle: visit.planId ? ((await getPlan(db, visit.planId))?.title ?? null) : null,
    isEmergency: visit.isEmergency,
    emergencyReason: visit.emergencyReason,
    registeredAt: visit.registeredAt,
    closedAt: visit.closedAt,
    inspectors: visit.inspectorIds.map((id) => ({ name: roster.get(id)?.name ?? '（名录中已无此人）', certificateNo: roster.get(id)?.certificateNo ?? '' })),
    items,
    isRated: await isVisitRated(db, visit.id),
    complaintTrackingNumber: complaint?.trackingNumber ?? null,
    result: result
      ? { outcome: result.outcome as (typeof RESULT_OUTCOMES)[number], summary: result.summary, inspectedOn: result.inspectedOn, publishedAt: result.publishedAt, penaltyStatus: (result.penaltyAssessment as { status: 'NO_PENALTY' | 'MAY_WAIVE' | 'PENALTY_NOT_EXCLUDED' | 'UNKNOWN' } | null)?.status ?? null }
      : null,
  };
}

/** 监督码 for the enterprise: check a task code, rate the visit anonymously, complain in one step. */
export function registerInspectionTaskCodeRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/inspections/task-code/check', {
    schema: {
      tags: ['inspections'],
      summary: '核验检查任务码 The enterprise checks a scanned task code: registered or closed, the department, inspectors, items and their legal basis; a code issued for another enterprise is refused (enterprise users)',
      body: CodeBody,
      response: { 200: TaskView },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    return taskView(db, await visitOfCode(db, user, request.body.code));
  });

  r.post('/api/inspections/task-code/rate', {
    schema: {
      tags: ['inspections'],
      summary: '匿名评价 Rate the visit anonymously, once (1–5); the department sees only aggregated ratings (enterprise users)',
      body: CodeBody.extend({ score: z.number().int().min(1).max(5) }),
      response: { 200: TaskView },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const visit = await visitOfCode(db, user, request.body.code);
    const rated = await db.transaction((tx) => rateVisit(tx, visit, request.body.score, today('Asia/Shanghai').toString()));
    if (!rated) throw new AppError('INSPECTION_ALREADY_RATED');
    return taskView(db, visit);
  });

  r.post('/api/inspections/task-code/complain', {
    schema: {
      tags: ['inspections'],
      summary: '一键投诉 Complain about the visit in one step: it becomes an appeal of type 涉企检查投诉 in the appeals loop; once per visit (enterprise users)',
      body: CodeBody.extend({ description: z.string().trim().min(1).max(5000), isAnonymous: z.boolean().default(false) }),
      response: { 201: z.object({ trackingNumber: z.string(), task: TaskView }) },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    const visit = await visitOfCode(db, user, request.body.code);
    if (await visitComplaint(db, visit.id)) throw new AppError('INSPECTION_ALREADY_COMPLAINED');
    const view = await taskView(db, visit);
    const title = `对${view.departmentName}${visit.isEmergency ? '应急检查' : '抽查检查'}的投诉`.slice(0, 100);
    const basis = view.items.map((i) => `${i.name}（${i.legalBasis.map((l) => l.citation).join('；')}）`).join('；');
    // One case per visit even when two submissions race: the visit is the idempotency scope.
    const outcome = await submitAppeal(db, {
      actor: actorOf(user)!,
      submitterScope: `inspection-visit:${visit.id}`,
      idempotencyKey: `inspection-complaint:${visit.id}`,
      auditUserId: user.id,
      draft: {
        type: 'INSPECTION_COMPLAINT',
        title,
        description: `${request.body.description}\n\n检查任务：${view.departmentName}，登记于 ${new Date(visit.registeredAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}（北京时间）；检查事项：${basis}；检查人员：${view.inspectors.map((i) => i.name).join('、')}`.slice(0, 20_000),
        isAnonymous: request.body.isAnonymous,
        reporter: { userId: user.id, enterpriseId: user.uscc, enterpriseName: user.enterpriseName, uscc: user.uscc, contactName: null, contactPhone: null, contactEmail: null },
        relatedCaseId: null,
        arrears: null,
        attachmentIds: [],
      },
    });
    if (outcome.isDuplicate) {
      // A racing twin, or a link lost after the case was made: the link is (re)written, the second answer refused.
      await db.transaction((tx) => recordVisitComplaint(tx, visit, { appealCaseId: outcome.caseId, trackingNumber: outcome.trackingNumber }, user.id));
      throw new AppError('INSPECTION_ALREADY_COMPLAINED', { details: { trackingNumber: outcome.trackingNumber } });
    }
    await db.transaction((tx) => recordVisitComplaint(tx, visit, { appealCaseId: outcome.caseId, trackingNumber: outcome.trackingNumber }, user.id));
    reply.status(201);
    return { trackingNumber: outcome.trackingNumber, task: await taskView(db, visit) };
  });

  r.get('/api/inspections/ratings', {
    schema: {
      tags: ['inspections'],
      summary: '评价汇总 A department\'s anonymous ratings, aggregated only (count; the average from 3 ratings on) — never per enterprise or visit',
      querystring: z.object({ department: z.string().min(1).max(100) }),
      response: { 200: z.object({ departmentId: z.string(), count: z.number().int(), average: z.number().nullable(), minimumShown: z.number().int() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDepartmentInspections(user, request.query.department));
    const [t] = await ratingTotals(db, request.query.department);
    const count = t?.count ?? 0;
    return { departmentId: request.query.department, count, average: count >= MIN_RATINGS_SHOWN ? Math.round((t!.scoreSum / count) * 10) / 10 : null, minimumShown: MIN_RATINGS_SHOWN };
  });
}
