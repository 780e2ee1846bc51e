import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getPlan, listPlans, listTargets, readCandidates } from '@huiqi/db';
import { DEFAULT_STRATUM, drawSample, type RatioSpec } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { departmentNames, domainErrors, presentPlan } from './inspections-context';
import { DrawBody, DrawResultDto, PlanDto, PlanIdParam, TargetDto, Year } from './inspections-schemas';
import { fileAnswer } from '../schemas/common';

/** 一公开: committed plans with their digests, drawn plans with seed, targets and the candidate list — and a recomputation anyone can call. */
export function registerInspectionPublicRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const publicPlan = async (id: string) => {
    const plan = await getPlan(db, id);
    if (!plan || plan.status === 'DRAFT') throw new AppError('INSPECTION_PLAN_NOT_FOUND');
    return plan;
  };

  r.get('/api/inspections/public/plans', {
    schema: {
      tags: ['inspections'],
      summary: '抽查计划公示 Committed plans (seed digest published before the draw; the seed after it), newest first (public)',
      querystring: z.object({ year: Year.optional() }),
      response: { 200: z.object({ items: z.array(PlanDto) }) },
      security: [],
    },
  }, async (request) => {
    const names = await departmentNames(db);
    const items = [];
    for (const p of await listPlans(db, { departmentId: null, year: request.query.year ?? null, publicOnly: true })) items.push(await presentPlan(db, p, names));
    return { items };
  });

  r.get('/api/inspections/public/plans/:id', {
    schema: {
      tags: ['inspections'],
      summary: '抽查结果公示 One committed plan; after the draw its seed and the drawn targets with ranks, digests and inspectors (public)',
      params: z.object({ id: PlanIdParam }),
      response: { 200: PlanDto.extend({ targets: z.array(TargetDto) }) },
      security: [],
    },
  }, async (request) => {
    const plan = await publicPlan(request.params.id);
    const targets = (await listTargets(db, plan.planId)).map(({ planId: _p, ...t }) => t);
    return { ...(await presentPlan(db, plan, await departmentNames(db))), targets };
  });

  r.get('/api/inspections/public/plans/:id/candidates', {
    schema: {
      tags: ['inspections'],
      summary: '候选名单 The frozen candidate list of a drawn plan as JSON Lines {"uscc","stratum"} — with the seed, anyone recomputes the draw (`huiqi inspections draw`) (public, after the draw)',
      params: z.object({ id: PlanIdParam }),
      response: { 200: fileAnswer('application/x-ndjson', '候选名单 One JSON object {"uscc","stratum"} per line') },
      security: [],
    },
  }, async (request, reply) => {
    const plan = await publicPlan(request.params.id);
    if (plan.seed === null)
      throw new AppError('INSPECTION_ACTION_NOT_ALLOWED', { message: { zh: '候选名单在抽取后公布', en: 'the candidate list is published after the draw' } });
    const rows = await readCandidates(db, plan.planId);
    return reply.type('application/x-ndjson; charset=utf-8').send(rows.map((c) => `${JSON.stringify({ uscc: c.uscc, stratum: c.stratum })}\n`).join(''));
  });

  r.post('/api/inspections/draw', {
    schema: {
      tags: ['inspections'],
      summary: '验证抽取 Recompute a draw from a seed, ratios and candidates with the published algorithm (the same as `huiqi inspections draw`; public)',
      body: DrawBody,
      response: { 200: DrawResultDto },
      security: [],
    },
  }, async (request) => {
    const { seed, ratio, ratios, candidates } = request.body;
    if ((ratio === undefined) === (ratios === undefined))
      throw new AppError('VALIDATION_FAILED', { message: { zh: '请给出 ratio（统一比例）或 ratios（按层级）其中之一', en: 'give either ratio (one for all) or ratios (per stratum)' } });
    const spec: RatioSpec = ratios !== undefined ? { ratios } : { ratio };
    const missing = candidates.findIndex((c) => c.stratum === undefined);
    if (ratios !== undefined && missing >= 0)
      throw new AppError('INSPECTION_INVALID_INPUT', { message: { zh: `第 ${missing + 1} 个候选对象缺少层级 stratum`, en: `candidate ${missing + 1} lacks a stratum` }, details: { index: missing } });
    const drawn = drawSample(seed, candidates.map((c) => ({ uscc: c.uscc, stratum: c.stratum ?? DEFAULT_STRATUM })), spec);
    if (!drawn.ok) throw domainErrors(drawn.error);
    return drawn.value;
  });
}
