import type { ConsultationActionType } from './action';
import type { ConsultationStatus } from './status';

/**
 * Who may perform an action, relative to the consultation:
 * - OWNER: an officer of the department that opened it;
 * - COMMENTER: a signed-in enterprise or association, or a member of the public with a verified contact;
 * - AUTHOR: the commenter who wrote the comment the action names;
 * - SYSTEM: the platform (the sweeper that ends the comment period).
 */
export type ConsultationPerformer = 'OWNER' | 'COMMENTER' | 'AUTHOR' | 'SYSTEM';

export interface ConsultationTransition {
  readonly by: readonly ConsultationPerformer[];
  readonly to: ConsultationStatus | 'SAME';
}

export type ConsultationStatusTransitions = { readonly [A in ConsultationActionType]?: ConsultationTransition };

/**
 * THE table of allowed actions per status. The first action is OPENED, on an empty log.
 * Date rules (no comment before the start or after the end date, no end of the period before
 * the end date) and "every opinion answered before the feedback is published" are guards in
 * `check-consultation-guards.ts`; this table says which actions a status allows, and to whom.
 */
export const CONSULTATION_TRANSITIONS = {
  OPEN: {
    COMMENT_SUBMITTED: { by: ['COMMENTER'], to: 'SAME' },
    COMMENT_EDITED: { by: ['AUTHOR'], to: 'SAME' },
    COMMENT_WITHDRAWN: { by: ['AUTHOR'], to: 'SAME' },
    COMMENT_HIDDEN: { by: ['OWNER'], to: 'SAME' },
    COMMENTS_GROUPED: { by: ['OWNER'], to: 'SAME' },
    PERIOD_ENDED: { by: ['OWNER', 'SYSTEM'], to: 'PROCESSING' },
    CANCELLED: { by: ['OWNER'], to: 'CANCELLED' },
  },
  PROCESSING: {
    COMMENT_HIDDEN: { by: ['OWNER'], to: 'SAME' },
    COMMENTS_GROUPED: { by: ['OWNER'], to: 'SAME' },
    OPINION_ANSWERED: { by: ['OWNER'], to: 'SAME' },
    REVISED_DRAFT_LINKED: { by: ['OWNER'], to: 'SAME' },
    FEEDBACK_PUBLISHED: { by: ['OWNER'], to: 'CLOSED' },
  },
  CLOSED: {},
  CANCELLED: {},
} as const satisfies Record<ConsultationStatus, ConsultationStatusTransitions>;

export function consultationTransitionFor(status: ConsultationStatus, action: ConsultationActionType): ConsultationTransition | null {
  const row: ConsultationStatusTransitions = CONSULTATION_TRANSITIONS[status];
  return row[action] ?? null;
}
