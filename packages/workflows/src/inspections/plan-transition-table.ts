import type { PlanActionType, PlanStatus } from './plan-status';

/**
 * Who may act on a plan: OWNER = an officer of the department that made it; SYSTEM = the
 * platform (closing a plan when the last result is recorded).
 */
export type PlanPerformer = 'OWNER' | 'SYSTEM';

export interface PlanTransition {
  readonly by: readonly PlanPerformer[];
  readonly to: PlanStatus;
}
export type PlanStatusTransitions = { readonly [A in PlanActionType]?: PlanTransition };

/** THE table of allowed plan actions per status (CREATED starts a log and is not in it). */
export const PLAN_TRANSITIONS = {
  DRAFT: {
    SEED_COMMITTED: { by: ['OWNER'], to: 'SEED_COMMITTED' },
    CANCELLED: { by: ['OWNER'], to: 'CANCELLED' },
  },
  SEED_COMMITTED: {
    DRAWN: { by: ['OWNER'], to: 'DRAWN' },
    CANCELLED: { by: ['OWNER'], to: 'CANCELLED' },
  },
  DRAWN: {
    CLOSED: { by: ['OWNER', 'SYSTEM'], to: 'CLOSED' },
  },
  CLOSED: {},
  CANCELLED: {},
} as const satisfies Record<PlanStatus, PlanStatusTransitions>;

export function planTransitionFor(status: PlanStatus, action: PlanActionType): PlanTransition | undefined {
  const row: PlanStatusTransitions = PLAN_TRANSITIONS[status];
  return row[action];
}
