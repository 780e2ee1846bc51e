import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listProcurementAwards, listProcurementEvaluations, recordProcurementEvaluation, type ProcurementAward, type ProcurementEvaluation, type ProcurementProject } from '@huiqi/db';
import { parsePlainDate, today } from '@huiqi/kernel';
import { evaluateBids, projectBidsFromJson, type BidsEvaluation } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { departmentRef, invalidInput, loadDepartment, procurementRules } from './procurement-context';
import { canManageDepartmentProcurement } from './procurement-policy';
import { loadReadableProject } from './procurement-projects';
import { plainParameter } from './plain-parameter';
import { EvaluationBody, EvaluationDto, ProjectIdParam } from './procurement-schemas';

/** Whether bids for the project (or the named lot) are in procurement reserved for SMEs. */
export function isReservedProcurement(p: ProcurementProject, lotId: string | null): boolean {
  const res = p.reservation as { method?: string; lots?: { id: string }[] };
  if (res.method === 'WHOLE_PROJECT') return true;
  if (res.method === 'LOTS' && lotId !== null) return (res.lots ?? []).some((l) => l.id === lotId);
  return false;
}

/** A stored evaluation for the client: each bid with its supplier name as entered. */
export function presentEvaluation(e: ProcurementEvaluation, award: ProcurementAward | null) {
  const result = e.result as unknown as BidsEvaluation;
  const suppliers = new Map(((e.input.bids ?? []) as { id: string; supplier?: string }[]).map((b) => [b.id, b.supplier ?? '']));
  return {
    id: e.id,
    projectId: e.projectId,
    lotId: e.lotId,
    evaluatedOn: e.evaluatedOn,
    reservedForSme: e.reservedForSme,
    bids: result.bids.map((b) => ({ ...b, supplier: suppliers.get(b.id) ?? '' })),
    ranges: result.ranges,
    parameters: result.parameters,
    warnings: result.warnings,
    createdAt: e.createdAt,
    award: award ? { id: award.id, winnerName: award.winnerName, announcedOn: award.announcedOn } : null,
  };
}

export function registerProcurementEvaluationRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/procurement/projects/:id/evaluations', {
    schema: {
      tags: ['procurement'],
      summary: '评审价格 Evaluate the bids of a project or lot (prices in yuan): evaluated prices, deduction rate, reason and citations per bid, stored with the date; its department\'s officers; audited',
      params: z.object({ id: ProjectIdParam }),
      body: EvaluationBody,
      response: { 201: EvaluationDto },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    const project = await loadReadableProject(db, user, request.params.id);
    enforce(canManageDepartmentProcurement(user, project.departmentId));
    const body = request.body;
    const date = parsePlainDate(body.date);
    if (!date) throw new AppError('VALIDATION_FAILED', { message: { zh: `评审日期「${body.date}」须为 YYYY-MM-DD`, en: `The evaluation date "${body.date}" must be YYYY-MM-DD` } });
    if (date > today()) throw new AppError('VALIDATION_FAILED', { message: { zh: `评审日期 ${date} 晚于今天`, en: `The evaluation date ${date} is after today` } });
    const lotId = body.lotId ?? null;
    const reservedForSme = isReservedProcurement(project, lotId);
    const rb = await procurementRules();
    const { ref } = await departmentRef(db, rb, await loadDepartment(db, project.departmentId));
    const mapped = projectBidsFromJson({
      date,
      jurisdiction: ref.jurisdiction,
      category: project.category,
      reservedForSme,
      ...(body.deductionRate !== undefined ? { deductionRate: body.deductionRate } : {}),
      ...(body.consortiumDeductionRate !== undefined ? { consortiumDeductionRate: body.consortiumDeductionRate } : {}),
      bids: body.bids,
      name: project.name,
    });
    if ('errors' in mapped) throw invalidInput(mapped.errors);
    const evaluated = evaluateBids(mapped.project, rb);
    if (!evaluated.ok) throw invalidInput(evaluated.error);
    const stored = await db.transaction((tx) =>
      recordProcurementEvaluation(
        tx,
        { projectId: project.id, lotId, evaluatedOn: date, reservedForSme, input: { ...body, lotId }, result: { ...evaluated.value, parameters: evaluated.value.parameters.map(plainParameter) } as unknown as Record<string, unknown>, bidCount: body.bids.length },
        user.id,
      ),
    );
    return reply.status(201).send(presentEvaluation(stored, null));
  });

  r.get('/api/procurement/projects/:id/evaluations', {
    schema: {
      tags: ['procurement'],
      summary: '评审结果 A project\'s stored evaluations, newest first, with their award if published (its department, the SME bureau, auditors)',
      params: z.object({ id: ProjectIdParam }),
      response: { 200: z.object({ items: z.array(EvaluationDto) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const project = await loadReadableProject(db, user, request.params.id);
    const [evaluations, awards] = await Promise.all([listProcurementEvaluations(db, project.id), listProcurementAwards(db, { projectId: project.id })]);
    const byEvaluation = new Map(awards.map((a) => [a.evaluationId, a]));
    return { items: evaluations.map((e) => presentEvaluation(e, byEvaluation.get(e.id) ?? null)) };
  });
}
