import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findDepartment, recordUnregisteredReport } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { actorOf, submitAppeal } from '../appeals';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { allow, deny, enforce } from '../policies/decision';
import { PlainDateString } from '../schemas/common';

const Body = z.strictObject({
  /** The department the visitors named, if the enterprise knows it. */
  departmentId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/).nullable().default(null),
  visitedOn: PlainDateString,
  description: z.string().trim().min(1).max(5000),
  isAnonymous: z.boolean().default(false),
});

/**
 * 举报未登记的检查: an on-site inspection must be registered through the 监督码 system before it
 * is carried out (深圳条例 第六十八条第二款; an emergency one before the inspectors leave). An
 * enterprise reports a visit that showed no task code; the report becomes an appeal of type
 * 涉企检查投诉 (第六十八条第四款) in the appeals loop, and the dashboard counts reports per department.
 */
export function registerInspectionUnregisteredRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/inspections/my/unregistered-visits', {
    schema: {
      tags: ['inspections'],
      summary: '举报未登记的检查 Report an inspection visit that was not registered (no task code shown): it becomes an appeal of type 涉企检查投诉 in the appeals loop (enterprise users)',
      body: Body,
      response: { 201: z.object({ trackingNumber: z.string() }) },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(user.role === 'ENTERPRISE' && user.uscc ? allow : deny('只有企业用户可以举报未登记的检查', 'Only enterprise users can report an unregistered inspection'));
    const b = request.body;
    if (b.visitedOn > today('Asia/Shanghai')) throw new AppError('INSPECTION_INVALID_INPUT', { message: { zh: '检查日期不能晚于今天', en: 'the day of the visit cannot be after today' }, details: { field: 'visitedOn' } });
    const department = b.departmentId ? await findDepartment(db, b.departmentId) : null;
    if (b.departmentId && !department) throw new AppError('DEPARTMENT_NOT_FOUND', { message: { zh: `未找到部门 ${b.departmentId}`, en: `No department ${b.departmentId}` } });
    const who = department ? department.name.zh : '（企业未能确认的部门）';
    const outcome = await submitAppeal(db, {
      actor: actorOf(user)!,
      submitterScope: `inspection-unregistered:${user.uscc}`,
      // The same report sent twice (a double tap) makes one case.
      idempotencyKey: `inspection-unregistered:${createHash('sha256').update(JSON.stringify([b.visitedOn, b.departmentId, b.description])).digest('hex').slice(0, 32)}`,
      auditUserId: user.id,
      draft: {
        type: 'INSPECTION_COMPLAINT',
        title: `举报未登记的入企检查（${who}，${b.visitedOn}）`.slice(0, 100),
        description: `${b.description}\n\n检查日期：${b.visitedOn}；自称部门：${who}；检查人员未出示经监督码系统登记的检查任务码。`.slice(0, 20_000),
        isAnonymous: b.isAnonymous,
        reporter: { userId: user.id, enterpriseId: user.uscc, enterpriseName: user.enterpriseName, uscc: user.uscc, contactName: null, contactPhone: null, contactEmail: null },
        relatedCaseId: null,
        arrears: null,
        attachmentIds: [],
      },
    });
    if (outcome.isDuplicate) throw new AppError('INSPECTION_ALREADY_COMPLAINED', { details: { trackingNumber: outcome.trackingNumber } });
    await db.transaction((tx) => recordUnregisteredReport(tx, { uscc: user.uscc!, departmentId: department?.id ?? null, visitedOn: b.visitedOn, appealCaseId: outcome.caseId, trackingNumber: outcome.trackingNumber }, user.id));
    reply.status(201);
    return { trackingNumber: outcome.trackingNumber };
  });
}
