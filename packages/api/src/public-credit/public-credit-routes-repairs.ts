import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listRepairIds, type Database } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import { CREDIT_MARK_KIND_INFO, type CreditMarkKind, type RepairActor, type RepairCase, type RepairPerformer } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { creditNow } from '../credit/credit-clock';
import { departmentNames } from '../inspections/inspections-context';
import { markViewer, requireRepairEnterprise, type MarkViewer } from './public-credit-actor';
import { RepairActionBody, RepairBody, RepairIdParams, RepairList, RepairListQuery, RepairWithMark } from './public-credit-schemas';
import { presentMark } from './present-mark';
import { markExtras } from './mark-content';
import { presentRepair } from './present-repair';
import { actOnRepair, loadRepair, submitRepair } from './repair-service';

const tags = ['credit'];

const performerOf = (v: MarkViewer, c: RepairCase): RepairPerformer | null => (v.kind === 'BUREAU' ? 'BUREAU' : v.kind === 'ENTERPRISE' && v.uscc === c.uscc ? 'APPLICANT' : null);

async function present(db: Database, v: MarkViewer, repair: RepairCase, mark: Parameters<typeof presentMark>[0]) {
  const on = today('Asia/Shanghai', creditNow());
  const m = presentMark(mark, await departmentNames(db), on, await markExtras(db, mark));
  return { repair: presentRepair(repair, performerOf(v, repair), { subjectName: mark.subjectName, kindLabel: CREDIT_MARK_KIND_INFO[mark.kind as CreditMarkKind].label }), mark: m };
}

/** 信用修复: the enterprise applies, the SME bureau reviews (asks once for missing materials, approves or refuses with reasons). */
export function registerRepairRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/credit/repairs', {
    schema: { tags, summary: '申请信用修复：最短公示期限届满后，说明已实施的修复措施和证明（社会信用条例第七十九—八十一条；企业）Apply for credit repair of one of my marks', body: RepairBody, response: { 201: RepairWithMark } },
  }, async (request, reply) => {
    const actor = requireRepairEnterprise(request);
    const { repair, mark } = await submitRepair(db, actor, request.body);
    reply.status(201);
    return present(db, { kind: 'ENTERPRISE', ...actor }, repair, mark);
  });

  r.get('/api/credit/repairs', {
    schema: { tags, summary: '信用修复申请：企业看本企业的，中小企业服务局和审计看全部（open=true 为待处理）Credit-repair applications', querystring: RepairListQuery, response: { 200: RepairList } },
  }, async (request) => {
    const v = markViewer(request);
    const filter = v.kind === 'ENTERPRISE' ? { uscc: v.uscc } : request.query.open === 'true' ? { open: true as const } : { all: true as const };
    const ids = await listRepairIds(db, filter, 200);
    const items = await Promise.all(ids.map(async (id) => {
      const { repair, mark } = await loadRepair(db, id);
      return presentRepair(repair, performerOf(v, repair), { subjectName: mark.subjectName, kindLabel: CREDIT_MARK_KIND_INFO[mark.kind as CreditMarkKind].label });
    }));
    return { items };
  });

  r.get('/api/credit/repairs/:id', {
    schema: { tags, summary: '一件信用修复申请及其信用记录 One application with its mark (the applicant, the SME bureau, auditors)', params: RepairIdParams, response: { 200: RepairWithMark } },
  }, async (request) => {
    const v = markViewer(request);
    const { repair, mark } = await loadRepair(db, request.params.id);
    if (v.kind === 'ENTERPRISE' && repair.uscc !== v.uscc) throw new AppError('CREDIT_REPAIR_NOT_FOUND');
    return present(db, v, repair, mark);
  });

  r.post('/api/credit/repairs/:id/actions', {
    schema: {
      tags,
      summary: '办理信用修复申请：局方一次性告知补正、准予或不予修复（须写理由，三个工作日内），企业补正或撤回；准予修复的，该记录停止公示（第八十二条）Act on an application',
      params: RepairIdParams,
      body: RepairActionBody,
      response: { 200: RepairWithMark },
    },
  }, async (request) => {
    const v = markViewer(request);
    if (v.kind === 'AUDITOR') throw new AppError('CREDIT_REPAIR_ACTOR_NOT_PERMITTED');
    const actor: RepairActor = v.kind === 'BUREAU' ? { kind: 'BUREAU', userId: v.userId } : { kind: 'ENTERPRISE', userId: v.userId, uscc: v.uscc };
    const b = request.body;
    const { repair, mark } = await actOnRepair(db, request.params.id, b.type, actor, b.payload as never);
    return present(db, v, repair, mark);
  });
}
