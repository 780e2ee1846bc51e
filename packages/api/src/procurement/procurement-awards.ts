import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AwardExistsError, getProcurementDeclaration, getProcurementEvaluation, recordProcurementAward, type ProcurementAward } from '@huiqi/db';
import { parsePlainDate, today } from '@huiqi/kernel';
import { buildAwardNotice, type AwardNotice, type BidsEvaluation, type Declaration } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { invalidInput, loadDepartment } from './procurement-context';
import { canManageDepartmentProcurement } from './procurement-policy';
import { loadReadableProject } from './procurement-projects';
import { AwardBody, AwardDto, ProjectIdParam } from './procurement-schemas';

/** An award for the public: the notice as published, with the project and purchaser. */
export function presentAward(a: ProcurementAward, names: { projectName: string; purchaser: string; departmentId: string }) {
  const n = a.notice as unknown as AwardNotice;
  return {
    id: a.id,
    projectId: a.projectId,
    projectName: names.projectName,
    purchaser: names.purchaser,
    departmentId: names.departmentId,
    announcedOn: a.announcedOn,
    winnerName: a.winnerName,
    usedSmePreference: a.usedSmePreference,
    smePreference: n.smePreference,
    winner: { priceFen: n.winner.priceFen, evaluatedPriceFen: n.winner.evaluatedPriceFen, deductionRate: n.winner.deductionRate, reason: n.winner.reason, citations: n.winner.citations, rank: n.winner.rank },
    declaration: n.declaration ? { id: a.declarationId, text: n.declaration.text } : null,
    notes: n.notes,
  };
}

export function registerProcurementAwardRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/procurement/projects/:id/awards', {
    schema: {
      tags: ['procurement'],
      summary: '公告中标（成交）结果 Publish the award of an evaluation; when the winner used an SME preference its 声明函 (declarationId) is required and published with it; audited (its department\'s officers)',
      params: z.object({ id: ProjectIdParam }),
      body: AwardBody,
      response: { 201: AwardDto },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    const project = await loadReadableProject(db, user, request.params.id);
    enforce(canManageDepartmentProcurement(user, project.departmentId));
    const body = request.body;
    const evaluation = await getProcurementEvaluation(db, body.evaluationId);
    if (!evaluation || evaluation.projectId !== project.id) throw new AppError('PROCUREMENT_EVALUATION_NOT_FOUND', { message: { zh: `本项目没有评审结果 ${body.evaluationId}`, en: `The project has no evaluation ${body.evaluationId}` } });
    const date = body.announcedOn ? parsePlainDate(body.announcedOn) : today();
    if (!date) throw new AppError('VALIDATION_FAILED', { message: { zh: '公告日期须为 YYYY-MM-DD', en: 'The announcement date must be YYYY-MM-DD' } });
    const bid = ((evaluation.input.bids ?? []) as { id: string; supplier?: string }[]).find((b) => b.id === body.winnerBidId);
    let declaration: Declaration | null = null;
    if (body.declarationId) {
      const d = await getProcurementDeclaration(db, body.declarationId);
      if (!d) throw new AppError('PROCUREMENT_DECLARATION_NOT_FOUND');
      if (d.projectId !== null && d.projectId !== project.id) {
        throw new AppError('VALIDATION_FAILED', { message: { zh: '该声明函是为其他采购项目出具的', en: 'The declaration was made for another project' } });
      }
      declaration = d.content as unknown as Declaration;
    }
    const department = await loadDepartment(db, project.departmentId);
    const notice = buildAwardNotice({
      projectName: project.name,
      purchaser: department.name.zh,
      date,
      evaluation: evaluation.result as unknown as BidsEvaluation,
      winnerId: body.winnerBidId,
      winnerName: bid?.supplier ?? '',
      declaration,
    });
    if (!notice.ok) throw invalidInput(notice.error);
    try {
      const award = await db.transaction((tx) =>
        recordProcurementAward(
          tx,
          {
            projectId: project.id, evaluationId: evaluation.id, winnerBidId: body.winnerBidId, winnerName: notice.value.winner.name,
            declarationId: notice.value.declaration ? (body.declarationId ?? null) : null, announcedOn: date, usedSmePreference: notice.value.usedSmePreference,
            notice: JSON.parse(JSON.stringify(notice.value)) as Record<string, unknown>,
          },
          user.id,
        ),
      );
      return reply.status(201).send(presentAward(award, { projectName: project.name, purchaser: department.name.zh, departmentId: department.id }));
    } catch (e) {
      if (e instanceof AwardExistsError) throw new AppError('PROCUREMENT_AWARD_EXISTS');
      throw e;
    }
  });
}
