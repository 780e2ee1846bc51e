import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  countCandidates, freezeCandidates, getInspectionItem, getPlan, insertTargets, listInspectors, listPlans, listTargets, loadPlanLog, loadSeed, lockPlanAtVersion,
  PlanVersionConflictError, readCandidateColumns, readCandidates, recordPlanAction, storeSeed, type Database, type Queryable, type User,
} from '@huiqi/db';
import { today } from '@huiqi/kernel';
import { applyPlanAction, candidateListDigest, drawColumns, drawInspectors, parseSamplingRatio, seedDigest, type DrawnInspector, type PlanAction, type PlanActor } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { getRules } from '../rules/rule-base';
import { PlainDateString } from '../schemas/common';
import { departmentNames, domainError, domainErrors, presentPlan, requireDepartment } from './inspections-context';
import { canManageInspections, canReadDepartmentInspections } from './inspections-policy';
import { PlanBody, PlanDto, PlanIdParam, RISK_STRATA, TargetDto, Year } from './inspections-schemas';
import { defaultRatios, sourceOfDefault } from './sampling-ratio-defaults';

const actorOf = (user: User): PlanActor => ({ userId: user.id, departmentId: user.departmentId, isSystem: false });

async function loadReadablePlan(db: Database, user: User, planId: string) {
  if (!['DEPARTMENT', 'SME_BUREAU', 'AUDITOR', 'ADMIN'].includes(user.role)) enforce({ allowed: false, reason: { zh: '抽查计划仅供执法部门、中小企业主管部门和审计人员使用', en: 'Inspection plans are for enforcement departments, the SME bureau and auditors' } });
  const plan = await getPlan(db, planId);
  if (!plan) throw new AppError('INSPECTION_PLAN_NOT_FOUND');
  enforce(canReadDepartmentInspections(user, plan.departmentId));
  return plan;
}

/** Appends an action checked by the domain; a concurrent change is 409. */
async function act(db: Database, user: User, planId: string, action: PlanAction) {
  const log = await loadPlanLog(db, planId);
  const r = applyPlanAction(log, action);
  if (!r.ok) throw domainError(r.error);
  await inTransaction(db, (tx) => recordPlanAction(tx, r.value.plan, r.value.log[r.value.log.length - 1]!, user.id));
  return r.value.plan;
}

/** 抽查计划: create (items must be published), commit (candidates frozen, seed digest published), draw (targets and inspectors, seed published), cancel. */
export function registerInspectionPlanRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/inspections/plans', {
    schema: {
      tags: ['inspections'],
      summary: '抽查计划 My department\'s plans of a year (its officers; the SME bureau, auditors read any department)',
      querystring: z.object({ department: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/).optional(), year: Year.optional() }),
      response: { 200: z.object({ departmentId: z.string(), items: z.array(PlanDto), canManage: z.boolean() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const departmentId = request.query.department ?? user.departmentId;
    if (!departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canReadDepartmentInspections(user, departmentId));
    const names = await departmentNames(db);
    const plans = await listPlans(db, { departmentId, year: request.query.year ?? null, publicOnly: false });
    const items = [];
    for (const p of plans) items.push(await presentPlan(db, p, names));
    return { departmentId, items, canManage: canManageInspections(user, departmentId).allowed };
  });

  r.get('/api/inspections/sampling-ratios', {
    schema: {
      tags: ['inspections'],
      summary: '抽查比例参数 The sampling ratio per risk grade in force for a department\'s jurisdiction on a date, with its source and whether it is verified (public)',
      querystring: z.object({ jurisdiction: z.string().regex(/^[a-z0-9-]{2,64}$/).default('cn-gd-sz'), date: PlainDateString.optional() }),
      response: { 200: z.object({ items: z.array(z.object({ stratum: z.string(), parameter: z.string(), value: z.string(), reference: z.string(), from: z.string(), unverified: z.boolean(), note: z.string().nullable() })) }) },
      security: [],
    },
  }, async (request) => {
    const { rb } = await getRules();
    return { items: defaultRatios(rb, request.query.jurisdiction, (request.query.date ?? today()) as ReturnType<typeof today>) };
  });

  r.post('/api/inspections/plans', {
    schema: {
      tags: ['inspections'],
      summary: '制定抽查计划 Create a plan of my department: published items only, candidate filters (industry, district, risk grade, credit class), ratios per risk grade (missing ones from the dated parameters); audited',
      body: PlanBody,
      response: { 201: PlanDto.extend({ candidatesByStratum: z.record(z.string(), z.number().int()) }) },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    if (!user.departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canManageInspections(user, user.departmentId));
    const department = await requireDepartment(db, user.departmentId);
    const body = request.body;
    for (const id of body.itemIds) {
      const item = await getInspectionItem(db, id);
      if (!item || item.departmentId !== department.id) throw new AppError('INSPECTION_ITEM_NOT_FOUND', { message: { zh: `本部门没有检查事项 ${id}`, en: `my department has no inspection item ${id}` }, details: { itemId: id } });
      if (item.publishedAt === null) throw new AppError('INSPECTION_ITEM_NOT_PUBLISHED', { message: { zh: `检查事项「${item.name}」尚未公布，未公布的事项不得检查`, en: `the item "${item.name}" is not published; unpublished items may not be inspected` }, details: { itemId: id } });
    }
    const { rb } = await getRules();
    const defaults = new Map(defaultRatios(rb, department.jurisdiction, today()).map((d) => [d.stratum, d]));
    const ratios: Record<string, string> = {};
    const ratioSources: Record<string, string> = {};
    for (const stratum of Object.keys(body.ratios)) if (!(RISK_STRATA as readonly string[]).includes(stratum))
      throw new AppError('INSPECTION_INVALID_INPUT', { message: { zh: `没有层级「${stratum}」（层级为 A、B、C、D、UNGRADED）`, en: `no stratum "${stratum}" (strata are A, B, C, D, UNGRADED)` }, details: { stratum } });
    for (const stratum of RISK_STRATA) {
      const given = body.ratios[stratum];
      if (given !== undefined) {
        const parsed = parseSamplingRatio(given, stratum);
        if (!parsed.ok) throw domainError(parsed.error);
        ratios[stratum] = parsed.value.text;
        ratioSources[stratum] = '计划确定 set in the plan';
      } else {
        const d = defaults.get(stratum);
        if (!d) throw new AppError('INSPECTION_INVALID_INPUT', { message: { zh: `层级「${stratum}」没有抽查比例，也没有在用的参数值`, en: `stratum "${stratum}" has no ratio and no parameter value in force` }, details: { stratum } });
        ratios[stratum] = d.value;
        ratioSources[stratum] = sourceOfDefault(d);
      }
    }
    const planId = `ip-${randomUUID()}`;
    const plan = await act(db, user, planId, {
      id: randomUUID(), type: 'CREATED', at: new Date().toISOString(), actor: actorOf(user),
      payload: { planId, departmentId: department.id, kind: body.kind, year: body.year, title: body.title, itemIds: body.itemIds, filters: body.filters, ratios, ratioSources, inspectorsPerTarget: body.inspectorsPerTarget, ...(body.window ? { window: body.window } : {}) },
    });
    return reply.status(201).send({ ...(await presentPlan(db, plan, await departmentNames(db))), candidatesByStratum: await countCandidates(db, plan.filters) });
  });

  r.get('/api/inspections/plans/:id', {
    schema: {
      tags: ['inspections'],
      summary: '抽查计划详情 One plan with candidate counts per stratum (before the commitment) and its targets (after the draw)',
      params: z.object({ id: PlanIdParam }),
      response: { 200: PlanDto.extend({ candidatesByStratum: z.record(z.string(), z.number().int()), targets: z.array(TargetDto), canManage: z.boolean() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const plan = await loadReadablePlan(db, user, request.params.id);
    const candidatesByStratum = plan.status === 'DRAFT' ? await countCandidates(db, plan.filters) : {};
    const roster = new Map((await listInspectors(db, plan.departmentId)).map((i) => [i.id, i.name]));
    const targets = (await listTargets(db, plan.planId)).map(({ planId: _p, ...t }) => ({ ...t, inspectors: t.inspectors.map((i) => ({ ...i, name: roster.get(i.id) ?? i.id })) }));
    return { ...(await presentPlan(db, plan, await departmentNames(db))), candidatesByStratum, targets, canManage: canManageInspections(user, plan.departmentId).allowed };
  });

  r.post('/api/inspections/plans/:id/commit', {
    schema: {
      tags: ['inspections'],
      summary: '公布种子摘要 Freeze the candidate list from the registry and publish the SHA-256 digests of the secret seed and of the list (before the draw); audited',
      params: z.object({ id: PlanIdParam }),
      response: { 200: PlanDto },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const existing = await loadReadablePlan(db, user, request.params.id);
    enforce(canManageInspections(user, existing.departmentId));
    const log = await loadPlanLog(db, existing.planId);
    const precheck = applyPlanAction(log, commitAction(user, { seedDigest: '', candidateCount: 0, candidateListDigest: '' }));
    if (!precheck.ok) throw domainError(precheck.error);
    const seed = randomBytes(32).toString('hex');
    // The candidate list is frozen in the transaction of the commitment, so its digest describes exactly what is stored.
    const plan = await inTransaction(db, async (tx) => {
      await lockPlanAtVersion(tx, existing.planId, log.length);
      const count = await freezeCandidates(tx, existing.planId, existing.filters);
      const digest = candidateListDigest(await readCandidates(tx, existing.planId));
      await storeSeed(tx, existing.planId, seed);
      const action = commitAction(user, { seedDigest: seedDigest(seed), candidateCount: count, candidateListDigest: digest });
      const r2 = applyPlanAction(log, action);
      if (!r2.ok) throw domainError(r2.error);
      await recordPlanAction(tx, r2.value.plan, action, user.id);
      return r2.value.plan;
    });
    return presentPlan(db, plan, await departmentNames(db));
  });

  r.post('/api/inspections/plans/:id/draw', {
    schema: {
      tags: ['inspections'],
      summary: '双随机抽取 Draw the targets (SHA-256 of SEED:USCC per stratum) and their inspectors (SHA-256 of SEED:USCC:inspector, recusals applied, at least two), and publish the seed; audited',
      params: z.object({ id: PlanIdParam }),
      response: { 200: PlanDto.extend({ targets: z.array(TargetDto) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const existing = await loadReadablePlan(db, user, request.params.id);
    enforce(canManageInspections(user, existing.departmentId));
    const log = await loadPlanLog(db, existing.planId);
    const seed = await loadSeed(db, existing.planId);
    const action: PlanAction = { id: randomUUID(), type: 'DRAWN', at: new Date().toISOString(), actor: actorOf(user), payload: { seed: seed ?? '', targetCount: 0 } };
    const precheck = applyPlanAction(log, action);
    if (!precheck.ok || seed === null) throw domainError(precheck.ok ? { code: 'ACTION_NOT_ALLOWED', message: { zh: '计划尚未公布种子摘要', en: 'the plan has no committed seed' }, details: {} } : precheck.error);
    // The frozen list read as columns (no object per candidate kept) and drawn in one columnar pass.
    const drawn = drawColumns(seed, await readCandidateColumns(db, existing.planId), { ratios: existing.ratios });
    if (!drawn.ok) throw domainErrors(drawn.error);
    const roster = (await listInspectors(db, existing.departmentId, true)).map((i) => ({ id: i.id, conflicts: i.conflicts }));
    const targets: { uscc: string; stratum: string; rank: number; digest: string; inspectors: DrawnInspector[] }[] = [];
    for (const t of drawn.value.selected) {
      const people = drawInspectors(seed, t.uscc, roster, existing.inspectorsPerTarget);
      if (!people.ok) throw domainError(people.error);
      targets.push({ uscc: t.uscc, stratum: t.stratum, rank: t.rank, digest: t.digest, inspectors: people.value.inspectors });
    }
    const final: PlanAction = { ...action, payload: { seed, targetCount: targets.length } };
    const r2 = applyPlanAction(log, final);
    if (!r2.ok) throw domainError(r2.error);
    await inTransaction(db, async (tx) => {
      await lockPlanAtVersion(tx, existing.planId, log.length);
      await insertTargets(tx, existing.planId, targets);
      await recordPlanAction(tx, r2.value.plan, final, user.id);
    });
    const names = new Map((await listInspectors(db, existing.departmentId)).map((i) => [i.id, i.name]));
    const stored = (await listTargets(db, existing.planId)).map(({ planId: _p, ...t }) => ({ ...t, inspectors: t.inspectors.map((i) => ({ ...i, name: names.get(i.id) ?? i.id })) }));
    return { ...(await presentPlan(db, r2.value.plan, await departmentNames(db))), targets: stored };
  });

  r.post('/api/inspections/plans/:id/cancel', {
    schema: {
      tags: ['inspections'],
      summary: '撤销抽查计划 Cancel a plan before its draw, with a reason (a committed digest stays on record); audited',
      params: z.object({ id: PlanIdParam }),
      body: z.strictObject({ reason: z.string().trim().min(1).max(500) }),
      response: { 200: PlanDto },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const existing = await loadReadablePlan(db, user, request.params.id);
    enforce(canManageInspections(user, existing.departmentId));
    const log = await loadPlanLog(db, existing.planId);
    const r2 = applyPlanAction(log, { id: randomUUID(), type: 'CANCELLED', at: new Date().toISOString(), actor: actorOf(user), payload: { reason: request.body.reason } });
    if (!r2.ok) throw domainError(r2.error);
    await inTransaction(db, (tx) => recordPlanAction(tx, r2.value.plan, r2.value.log[r2.value.log.length - 1]!, user.id));
    return presentPlan(db, r2.value.plan, await departmentNames(db));
  });
}

const commitAction = (user: User, payload: Extract<PlanAction, { type: 'SEED_COMMITTED' }>['payload']): PlanAction => ({
  id: randomUUID(), type: 'SEED_COMMITTED', at: new Date().toISOString(), actor: actorOf(user), payload,
});

/** A transaction whose lost optimistic lock becomes 409 INSPECTION_PLAN_CHANGED. */
async function inTransaction<T>(db: Database, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(fn);
  } catch (e) {
    if (e instanceof PlanVersionConflictError) throw new AppError('INSPECTION_PLAN_CHANGED');
    throw e;
  }
}
