import type { RepairActionType, RepairStatus } from './repair-status';

/** Who may act, relative to the application: APPLICANT — the enterprise the mark names; BUREAU — the SME bureau. */
export type RepairPerformer = 'APPLICANT' | 'BUREAU';

export interface RepairTransition {
  readonly by: readonly RepairPerformer[];
  readonly to: RepairStatus;
}

export type RepairStatusTransitions = { readonly [A in RepairActionType]?: RepairTransition };

/**
 * THE table of allowed actions per status (SUBMITTED opens the log: the application is accepted on
 * submission, 社会信用条例 第八十一条第一款「当场受理」). The bureau asks once for missing materials
 * (一次性告知), the applicant provides them, and the bureau approves or refuses with its reasons
 * (第八十二条). Guards (minimum period served, evidence, reasons) are in `apply-repair-action.ts`.
 */
export const REPAIR_TRANSITIONS = {
  SUBMITTED: {
    MATERIALS_REQUESTED: { by: ['BUREAU'], to: 'MATERIALS_REQUESTED' },
    APPROVED: { by: ['BUREAU'], to: 'APPROVED' },
    REJECTED: { by: ['BUREAU'], to: 'REJECTED' },
    WITHDRAWN: { by: ['APPLICANT'], to: 'WITHDRAWN' },
  },
  MATERIALS_REQUESTED: {
    MATERIALS_PROVIDED: { by: ['APPLICANT'], to: 'SUBMITTED' },
    REJECTED: { by: ['BUREAU'], to: 'REJECTED' },
    WITHDRAWN: { by: ['APPLICANT'], to: 'WITHDRAWN' },
  },
  APPROVED: {},
  REJECTED: {},
  WITHDRAWN: {},
} as const satisfies Record<RepairStatus, RepairStatusTransitions>;

export function repairTransitionFor(status: RepairStatus, action: RepairActionType): RepairTransition | null {
  const row: RepairStatusTransitions = REPAIR_TRANSITIONS[status];
  return row[action] ?? null;
}
