import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import {
  closeVisit, getEnterprise, getInspectionItem, getPlan, getVisit, inspectionCodeSecret, findTarget, listInspectors, listVisits, registerVisit, VisitAlreadyRegisteredError,
  type Database, type StoredVisit,
} from '@huiqi/db';
import { checkVisitInspectors, readEnterpriseCode, taskCode } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { allow, deny, enforce } from '../policies/decision';
import { domainError, requireDepartment } from './inspections-context';
import { canManageInspections, canReadDepartmentInspections } from './inspections-policy';

const VisitIdParam = z.object({ id: z.string().regex(/^it-[a-z0-9-]{8,64}$/) });
const InspectorIds = z.array(z.string().trim().min(1).max(64)).min(1).max(10);

export const VisitDto = z.object({
  visitId: z.string(),
  departmentId: z.string(),
  uscc: z.string(),
  enterpriseName: z.string().nullable(),
  planId: z.string().nullable(),
  itemIds: z.array(z.string()),
  inspectors: z.array(z.object({ id: z.string(), name: z.string() })),
  isEmergency: z.boolean(),
  emergencyReason: z.string().nullable(),
  registeredAt: z.string(),
  closedAt: z.string().nullable(),
  /** The signed task code (T1.…) the enterprise scans. */
  taskCode: z.string(),
});
const VisitWithQr = VisitDto.extend({ svg: z.string() });

const RegisterBody = z.union([
  z.strictObject({ enterpriseCode: z.string().trim().min(1).max(200), planId: z.string().regex(/^ip-[a-z0-9-]{8,64}$/), inspectorIds: InspectorIds }),
  z.strictObject({
    enterpriseCode: z.string().trim().min(1).max(200),
    inspectorIds: InspectorIds,
    /** 应急检查: no plan; published items of the department and a reason; registered before it is carried out. */
    emergency: z.strictObject({ itemIds: z.array(z.string().regex(/^ii-[a-z0-9-]{8,64}$/)).min(1).max(20), reason: z.string().trim().min(1).max(500) }),
  }),
]);

async function present(db: Database, v: StoredVisit, secret: string) {
  const names = new Map((await listInspectors(db, v.departmentId)).map((i) => [i.id, i.name]));
  return {
    visitId: v.id, departmentId: v.departmentId, uscc: v.uscc, enterpriseName: (await getEnterprise(db, v.uscc))?.name ?? null, planId: v.planId, itemIds: v.itemIds,
    inspectors: v.inspectorIds.map((id) => ({ id, name: names.get(id) ?? id })), isEmergency: v.isEmergency, emergencyReason: v.emergencyReason,
    registeredAt: v.registeredAt, closedAt: v.closedAt, taskCode: taskCode(secret, v.id, v.uscc),
  };
}
const withQr = async <T extends { taskCode: string }>(v: T) => ({ ...v, svg: await QRCode.toString(v.taskCode, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) });

/** 扫码入企: an inspection visit registered by scanning the enterprise's code, with its signed task code; closing it. */
export function registerInspectionVisitRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/inspections/visits', {
    schema: {
      tags: ['inspections'],
      summary: '扫码入企 Register a visit by scanning the enterprise\'s code: to a drawn target of a plan with (at least two of) its drawn inspectors, or an emergency inspection (published items, a reason, active inspectors without a conflict) — before it is carried out (department officers)',
      body: RegisterBody,
      response: { 201: VisitWithQr },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    if (!user.departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canManageInspections(user, user.departmentId));
    const secret = await inspectionCodeSecret(db);
    const read = readEnterpriseCode(secret, request.body.enterpriseCode);
    if (!read.ok) throw domainError(read.error);
    const { uscc } = read.value;
    if (!(await getEnterprise(db, uscc))) throw new AppError('NOT_FOUND', { message: { zh: '企业名录中没有该企业', en: 'The enterprise is not in the registry' } });
    const b = request.body;
    let input: Omit<StoredVisit, 'id' | 'registeredAt' | 'closedAt'>;
    if ('planId' in b) {
      const plan = await getPlan(db, b.planId);
      if (!plan || plan.departmentId !== user.departmentId) throw new AppError('INSPECTION_PLAN_NOT_FOUND');
      if (plan.status !== 'DRAWN') throw new AppError('INSPECTION_ACTION_NOT_ALLOWED', { message: { zh: '只有已完成抽取、尚未结束的抽查计划可以登记入企检查', en: 'Only a drawn plan that is not closed can have visits registered' } });
      const target = await findTarget(db, plan.planId, uscc);
      if (!target) throw new AppError('INSPECTION_NOT_A_TARGET', { details: { uscc, planId: plan.planId } });
      const ids = checkVisitInspectors(uscc, b.inspectorIds, { kind: 'PLANNED', drawnInspectorIds: target.inspectors.map((i) => i.id) });
      if (!ids.ok) throw domainError(ids.error);
      input = { departmentId: user.departmentId, uscc, planId: plan.planId, itemIds: plan.itemIds, inspectorIds: ids.value, isEmergency: false, emergencyReason: null };
    } else {
      for (const id of b.emergency.itemIds) {
        const item = await getInspectionItem(db, id);
        if (!item || item.departmentId !== user.departmentId) throw new AppError('INSPECTION_ITEM_NOT_FOUND', { details: { itemId: id } });
        if (!item.publishedAt) throw new AppError('INSPECTION_ITEM_NOT_PUBLISHED', { details: { itemId: id } });
      }
      const roster = await listInspectors(db, user.departmentId);
      const ids = checkVisitInspectors(uscc, b.inspectorIds, { kind: 'EMERGENCY', reason: b.emergency.reason, roster });
      if (!ids.ok) throw domainError(ids.error);
      input = { departmentId: user.departmentId, uscc, planId: null, itemIds: b.emergency.itemIds, inspectorIds: ids.value, isEmergency: true, emergencyReason: b.emergency.reason };
    }
    let visit: StoredVisit;
    try {
      visit = await db.transaction((tx) => registerVisit(tx, input, user.id));
    } catch (e) {
      if (e instanceof VisitAlreadyRegisteredError) throw new AppError('INSPECTION_VISIT_ALREADY_REGISTERED', { details: { uscc, planId: input.planId } });
      throw e;
    }
    reply.status(201);
    return withQr(await present(db, visit, secret));
  });

  r.get('/api/inspections/visits', {
    schema: {
      tags: ['inspections'],
      summary: '检查任务 A department\'s registered visits with their task codes, newest first (its officers, the SME bureau, auditors, admins)',
      querystring: z.object({ department: z.string().min(1).max(100) }),
      response: { 200: z.object({ items: z.array(VisitDto) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDepartmentInspections(user, request.query.department));
    await requireDepartment(db, request.query.department);
    const secret = await inspectionCodeSecret(db);
    const items = [];
    for (const v of await listVisits(db, request.query.department)) items.push(await present(db, v, secret));
    return { items };
  });

  r.get('/api/inspections/visits/:id', {
    schema: { tags: ['inspections'], summary: 'One registered visit with its task code as a QR image (SVG)', params: VisitIdParam, response: { 200: VisitWithQr } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(['DEPARTMENT', 'SME_BUREAU', 'AUDITOR', 'ADMIN'].includes(user.role) ? allow : deny('检查任务仅供执法部门、中小企业主管部门和审计人员查看', 'Visits are for enforcement departments, the SME bureau and auditors'));
    const visit = await getVisit(db, request.params.id);
    if (!visit) throw new AppError('INSPECTION_VISIT_NOT_FOUND');
    enforce(canReadDepartmentInspections(user, visit.departmentId));
    return withQr(await present(db, visit, await inspectionCodeSecret(db)));
  });

  r.post('/api/inspections/visits/:id/close', {
    schema: { tags: ['inspections'], summary: '结束检查 Close a visit: its task code then says so (the department\'s officers)', params: VisitIdParam, response: { 200: VisitDto } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    if (!user.departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canManageInspections(user, user.departmentId));
    const visit = await getVisit(db, request.params.id);
    if (!visit) throw new AppError('INSPECTION_VISIT_NOT_FOUND');
    enforce(canManageInspections(user, visit.departmentId));
    const closed = await db.transaction((tx) => closeVisit(tx, visit.id, user.id));
    return present(db, closed!, await inspectionCodeSecret(db));
  });
}
