import type { CandidateFilters, PlanAction, PlanWindow } from './plan-action';
import type { PlanKind, PlanStatus } from './plan-status';
import { planTransitionFor } from './plan-transition-table';

/** A plan as folded from its log: the projection stored beside the log and shown to users. */
export interface InspectionPlan {
  planId: string;
  departmentId: string;
  kind: PlanKind;
  year: number;
  title: string;
  itemIds: string[];
  filters: CandidateFilters;
  ratios: Record<string, string>;
  ratioSources: Record<string, string>;
  inspectorsPerTarget: number;
  /** When the visits are to take place (merged visits are proposed for overlapping windows). */
  window: PlanWindow;
  status: PlanStatus;
  seedDigest: string | null;
  candidateCount: number | null;
  candidateListDigest: string | null;
  /** Public only after the draw. */
  seed: string | null;
  targetCount: number | null;
  createdAt: string;
  committedAt: string | null;
  drawnAt: string | null;
  closedAt: string | null;
  version: number;
}

/** Folds a plan log (the first action must be CREATED; later actions were checked by `applyPlanAction`). */
export function foldPlan(log: readonly PlanAction[]): InspectionPlan {
  const first = log[0];
  if (!first || first.type !== 'CREATED') throw new RangeError('a plan log must start with CREATED');
  const p = first.payload;
  let plan: InspectionPlan = {
    ...p,
    itemIds: [...p.itemIds],
    window: p.window ?? { from: `${p.year}-01-01`, to: `${p.year}-12-31` },
    status: 'DRAFT',
    seedDigest: null,
    candidateCount: null,
    candidateListDigest: null,
    seed: null,
    targetCount: null,
    createdAt: first.at,
    committedAt: null,
    drawnAt: null,
    closedAt: null,
    version: 1,
  };
  for (const a of log.slice(1)) {
    const t = planTransitionFor(plan.status, a.type);
    if (!t) throw new RangeError(`plan log has ${a.type} in ${plan.status}`);
    plan = { ...plan, status: t.to, version: plan.version + 1 };
    switch (a.type) {
      case 'SEED_COMMITTED':
        plan = { ...plan, seedDigest: a.payload.seedDigest, candidateCount: a.payload.candidateCount, candidateListDigest: a.payload.candidateListDigest, committedAt: a.at };
        break;
      case 'DRAWN':
        plan = { ...plan, seed: a.payload.seed, targetCount: a.payload.targetCount, drawnAt: a.at };
        break;
      case 'CLOSED':
      case 'CANCELLED':
        plan = { ...plan, closedAt: a.at };
        break;
    }
  }
  return plan;
}
