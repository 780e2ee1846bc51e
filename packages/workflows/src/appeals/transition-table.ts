import type { AppealActionType } from './action';
import type { AppealStatus } from './status';

/**
 * Who may perform an action, relative to the case:
 * - REPORTER: the enterprise (or anonymous token) that submitted the case;
 * - OWNER: the department that first received it (首接负责制: it owns the case until closed);
 * - HANDLER: the lead department when dispatched, otherwise the owner;
 * - LEAD / CO_HANDLER: the lead and co-handling departments of the current dispatch;
 * - SME_BUREAU: the jurisdiction's SME department (decides disputed dispatches);
 * - SUPERVISOR: the supervision (督办) office;
 * - SYSTEM: the platform (deadline sweeper).
 */
export type Performer = 'REPORTER' | 'OWNER' | 'HANDLER' | 'LEAD' | 'CO_HANDLER' | 'SME_BUREAU' | 'SUPERVISOR' | 'SYSTEM';

/**
 * Where the action leads:
 * - a status;
 * - SAME: the status does not change;
 * - RESUME: back to the status before the pause or the extension request;
 * - RETURN_ROUTE: ACCEPTED after the first return (the owner dispatches again), DISPATCH_DISPUTED after a later one;
 * - HANDLING: DISPATCHED when a lead department is set, otherwise ACCEPTED (the owner handles it).
 */
export type Target = AppealStatus | 'SAME' | 'RESUME' | 'RETURN_ROUTE' | 'HANDLING';

export interface Transition {
  readonly by: readonly Performer[];
  readonly to: Target;
}

export type StatusTransitions = { readonly [A in AppealActionType]?: Transition };

const SYSTEM_RUNNING = {
  REMINDER_SENT: { by: ['SYSTEM'], to: 'SAME' },
  DEADLINES_RECOMPUTED: { by: ['SYSTEM'], to: 'SAME' },
} as const satisfies StatusTransitions;

const SUPERVISION = {
  URGED: { by: ['SUPERVISOR'], to: 'SAME' },
  SUPERVISION_NOTICE: { by: ['SUPERVISOR'], to: 'SAME' },
} as const satisfies StatusTransitions;

const WITHDRAW = { WITHDRAWN: { by: ['REPORTER'], to: 'WITHDRAWN' } } as const satisfies StatusTransitions;

/**
 * THE table of allowed actions per status (the only place transitions are decided).
 * The first action of every case is SUBMITTED, on an empty log. Payload rules that depend on
 * the case history (return once per department, reopen once, extension caps …) are guards in
 * `check-guards.ts`; this table says which actions a status allows at all, and to whom.
 */
export const TRANSITIONS = {
  SUBMITTED: {
    ACCEPTED: { by: ['OWNER'], to: 'ACCEPTED' },
    REJECTED: { by: ['OWNER'], to: 'REJECTED' },
    DISPATCHED: { by: ['OWNER'], to: 'DISPATCHED' },
    INFO_REQUESTED: { by: ['OWNER'], to: 'INFO_REQUESTED' },
    NOTE_ADDED: { by: ['OWNER'], to: 'SAME' },
    ...WITHDRAW,
    URGED: { by: ['SUPERVISOR'], to: 'SAME' },
    ...SYSTEM_RUNNING,
  },
  ACCEPTED: {
    REJECTED: { by: ['OWNER'], to: 'REJECTED' },
    DISPATCHED: { by: ['OWNER'], to: 'DISPATCHED' },
    TRANSFERRED: { by: ['OWNER'], to: 'DISPATCHED' },
    INFO_REQUESTED: { by: ['HANDLER'], to: 'INFO_REQUESTED' },
    EXTENSION_REQUESTED: { by: ['HANDLER'], to: 'EXTENSION_REQUESTED' },
    NOTE_ADDED: { by: ['OWNER'], to: 'SAME' },
    ANSWERED: { by: ['HANDLER'], to: 'ANSWERED' },
    ...WITHDRAW,
    ...SUPERVISION,
    ...SYSTEM_RUNNING,
  },
  REJECTED: {},
  DISPATCHED: {
    RETURNED: { by: ['LEAD'], to: 'RETURN_ROUTE' },
    INFO_REQUESTED: { by: ['HANDLER'], to: 'INFO_REQUESTED' },
    EXTENSION_REQUESTED: { by: ['HANDLER'], to: 'EXTENSION_REQUESTED' },
    NOTE_ADDED: { by: ['HANDLER', 'CO_HANDLER', 'OWNER'], to: 'SAME' },
    ANSWERED: { by: ['HANDLER'], to: 'ANSWERED' },
    CREDIT_MARKED: { by: ['HANDLER'], to: 'SAME' },
    ...WITHDRAW,
    ...SUPERVISION,
    ...SYSTEM_RUNNING,
  },
  DISPATCH_DISPUTED: {
    DISPATCHED: { by: ['SME_BUREAU'], to: 'DISPATCHED' },
    TRANSFERRED: { by: ['SME_BUREAU'], to: 'DISPATCHED' },
    NOTE_ADDED: { by: ['OWNER', 'SME_BUREAU'], to: 'SAME' },
    ...WITHDRAW,
    ...SUPERVISION,
    ...SYSTEM_RUNNING,
  },
  EXTENSION_REQUESTED: {
    EXTENSION_APPROVED: { by: ['SUPERVISOR'], to: 'RESUME' },
    EXTENSION_DENIED: { by: ['SUPERVISOR'], to: 'RESUME' },
    NOTE_ADDED: { by: ['HANDLER', 'CO_HANDLER', 'OWNER'], to: 'SAME' },
    ANSWERED: { by: ['HANDLER'], to: 'ANSWERED' },
    CREDIT_MARKED: { by: ['HANDLER'], to: 'SAME' },
    ...WITHDRAW,
    ...SUPERVISION,
    ...SYSTEM_RUNNING,
  },
  INFO_REQUESTED: {
    INFO_PROVIDED: { by: ['REPORTER'], to: 'RESUME' },
    NOTE_ADDED: { by: ['HANDLER', 'OWNER'], to: 'SAME' },
    CLOSED: { by: ['OWNER'], to: 'CLOSED' },
    ...WITHDRAW,
    DEADLINES_RECOMPUTED: { by: ['SYSTEM'], to: 'SAME' },
  },
  ANSWERED: {
    RATED: { by: ['REPORTER'], to: 'RATED' },
    CLOSED: { by: ['OWNER'], to: 'CLOSED' },
    NOTE_ADDED: { by: ['HANDLER', 'OWNER'], to: 'SAME' },
    CREDIT_MARKED: { by: ['HANDLER'], to: 'SAME' },
  },
  RATED: {
    REOPENED: { by: ['REPORTER', 'OWNER'], to: 'HANDLING' },
    CLOSED: { by: ['OWNER'], to: 'CLOSED' },
    NOTE_ADDED: { by: ['HANDLER', 'OWNER'], to: 'SAME' },
    CREDIT_MARKED: { by: ['HANDLER'], to: 'SAME' },
  },
  CLOSED: {},
  WITHDRAWN: {},
} as const satisfies Record<AppealStatus, StatusTransitions>;

/** The transition for `action` in `status`, or null when the table does not allow it. */
export function transitionFor(status: AppealStatus, action: AppealActionType): Transition | null {
  const row: StatusTransitions = TRANSITIONS[status];
  return row[action] ?? null;
}

/** The actions a status allows at all (for any performer). */
export function actionsAllowedIn(status: AppealStatus): AppealActionType[] {
  return Object.keys(TRANSITIONS[status]) as AppealActionType[];
}
