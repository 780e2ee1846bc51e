import { err, ok, type Result } from '@huiqi/kernel';
import { foldPlan, type InspectionPlan } from './inspection-plan';
import { inspectionError, type InspectionError } from './inspection-error';
import type { PlanAction } from './plan-action';
import { planTransitionFor, type PlanPerformer } from './plan-transition-table';
import { parseSamplingRatio } from './sampling-ratio';
import { seedDigest } from './seed-commitment';

const PLAN_STATUS_ZH: Record<InspectionPlan['status'], string> = { DRAFT: '草稿', SEED_COMMITTED: '已公布种子摘要', DRAWN: '已抽取', CLOSED: '已结束', CANCELLED: '已撤销' };
const ACTION_ZH: Record<PlanAction['type'], string> = { CREATED: '创建计划', SEED_COMMITTED: '公布种子摘要', DRAWN: '抽取', CLOSED: '结束计划', CANCELLED: '撤销计划' };

function performersOf(plan: InspectionPlan | null, action: PlanAction): PlanPerformer[] {
  const out: PlanPerformer[] = [];
  if (action.actor.isSystem) out.push('SYSTEM');
  const dept = plan ? plan.departmentId : action.type === 'CREATED' ? action.payload.departmentId : null;
  if (action.actor.departmentId !== null && action.actor.departmentId === dept) out.push('OWNER');
  return out;
}

/**
 * Appends one action to a plan log if the transition table and the guards allow it. Guards:
 * a new plan's ratios must be valid (the stratum named); the revealed seed must hash to the
 * committed digest (so the published seed is the one committed before the draw).
 */
export function applyPlanAction(log: readonly PlanAction[], action: PlanAction): Result<{ log: PlanAction[]; plan: InspectionPlan }, InspectionError> {
  if (log.length === 0) {
    if (action.type !== 'CREATED') return err(inspectionError('FIRST_ACTION_MUST_BE_CREATION', '计划的第一个操作必须是创建', 'the first action of a plan must be its creation'));
    if (!performersOf(null, action).includes('OWNER')) return err(inspectionError('ACTOR_NOT_PERMITTED', '只能为本部门创建抽查计划', "a plan can be created only for the actor's own department"));
    for (const [stratum, ratio] of Object.entries(action.payload.ratios)) {
      const r = parseSamplingRatio(ratio, stratum);
      if (!r.ok) return err(r.error);
    }
    if (action.payload.itemIds.length === 0) return err(inspectionError('PAYLOAD_INVALID', '抽查计划至少要包含一个检查事项', 'a plan needs at least one inspection item', { field: 'itemIds' }));
    if (!Number.isInteger(action.payload.inspectorsPerTarget) || action.payload.inspectorsPerTarget < 2)
      return err(inspectionError('PAYLOAD_INVALID', '每个检查对象至少选派 2 名执法检查人员', 'at least 2 inspectors per target', { field: 'inspectorsPerTarget' }));
    const w = action.payload.window;
    if (w && !(w.from <= w.to && w.from.startsWith(`${action.payload.year}-`) && w.to.startsWith(`${action.payload.year}-`)))
      return err(inspectionError('PAYLOAD_INVALID', `检查时段应在计划年度（${action.payload.year} 年）之内，且开始日不晚于结束日`, `the inspection window must lie in the plan's year (${action.payload.year}) and start no later than it ends`, { field: 'window' }));
    const next = [action];
    return ok({ log: next, plan: foldPlan(next) });
  }
  if (action.type === 'CREATED') return err(inspectionError('ACTION_NOT_ALLOWED', '计划已创建', 'the plan already exists', { action: 'CREATED' }));
  const plan = foldPlan(log);
  const t = planTransitionFor(plan.status, action.type);
  if (!t)
    return err(
      inspectionError('ACTION_NOT_ALLOWED', `计划状态为「${PLAN_STATUS_ZH[plan.status]}」，不能${ACTION_ZH[action.type]}`, `a plan in status ${plan.status} does not allow ${action.type}`, { status: plan.status, action: action.type }),
    );
  const performers = performersOf(plan, action);
  if (!t.by.some((p) => performers.includes(p))) return err(inspectionError('ACTOR_NOT_PERMITTED', '只有制定计划的部门可以操作该计划', 'only the department that made the plan can act on it', { action: action.type }));
  if (action.type === 'DRAWN' && seedDigest(action.payload.seed) !== plan.seedDigest)
    return err(inspectionError('SEED_DOES_NOT_MATCH_DIGEST', '公布的种子与事先公布的摘要不符', 'the seed does not match the digest published before the draw'));
  const next = [...log, action];
  return ok({ log: next, plan: foldPlan(next) });
}
