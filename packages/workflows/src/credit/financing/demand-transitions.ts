import type { DemandActionType, DemandStatus } from './demand-status';

/**
 * Who may act on a demand, relative to it: OWNER — the enterprise that published it; INSTITUTION —
 * any financial institution; TAKER — the institution that took it (接单).
 */
export type DemandPerformer = 'OWNER' | 'INSTITUTION' | 'TAKER';

export interface DemandTransition {
  readonly by: readonly DemandPerformer[];
  readonly to: DemandStatus;
}

export type DemandStatusTransitions = { readonly [A in DemandActionType]?: DemandTransition };

/**
 * THE table of allowed actions per status. PUBLISHED is the first action on an empty log. A bank that
 * took a demand records the loan, or releases the demand back to the marketplace (不予放款).
 */
export const DEMAND_TRANSITIONS = {
  PUBLISHED: {
    TAKEN: { by: ['INSTITUTION'], to: 'TAKEN' },
    WITHDRAWN: { by: ['OWNER'], to: 'WITHDRAWN' },
  },
  TAKEN: {
    LOAN_RECORDED: { by: ['TAKER'], to: 'LOAN_GRANTED' },
    RELEASED: { by: ['TAKER'], to: 'PUBLISHED' },
    WITHDRAWN: { by: ['OWNER'], to: 'WITHDRAWN' },
  },
  LOAN_GRANTED: {},
  WITHDRAWN: {},
} as const satisfies Record<DemandStatus, DemandStatusTransitions>;

export function demandTransitionFor(status: DemandStatus, action: DemandActionType): DemandTransition | null {
  const row: DemandStatusTransitions = DEMAND_TRANSITIONS[status];
  return row[action] ?? null;
}
