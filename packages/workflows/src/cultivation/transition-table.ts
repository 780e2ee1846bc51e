import type { RecognitionActionType } from './action';
import type { RecognitionStatus } from './status';

/**
 * Who may perform an action, relative to the application:
 * - APPLICANT: a user of the applying enterprise;
 * - DISTRICT: an officer of the district the enterprise is registered in (初审);
 * - CITY: an officer of the city's SME authority (审核, 专家评审, 公示, 认定, 复核, 撤销);
 * - EXPERT: an expert assigned to this application by the draw;
 * - PUBLIC: anyone (an objection during 公示);
 * - SYSTEM: the platform.
 */
export type RecognitionPerformer = 'APPLICANT' | 'DISTRICT' | 'CITY' | 'EXPERT' | 'PUBLIC' | 'SYSTEM';

export interface RecognitionTransition {
  readonly by: readonly RecognitionPerformer[];
  readonly to: RecognitionStatus | 'SAME';
}

export type RecognitionStatusTransitions = { readonly [A in RecognitionActionType]?: RecognitionTransition };

/**
 * THE table of allowed actions per status. The first action is SUBMITTED, on an empty log.
 * Guards (the round's deadline, attachments, every expert's score before 公示, the 公示 period
 * over and every objection answered before recognition, re-review before expiry) live in
 * `check-recognition-guards.ts`.
 */
export const RECOGNITION_TRANSITIONS = {
  SUBMITTED: {
    DISTRICT_PASSED: { by: ['DISTRICT'], to: 'DISTRICT_PASSED' },
    REJECTED: { by: ['DISTRICT'], to: 'REJECTED' },
    WITHDRAWN: { by: ['APPLICANT'], to: 'WITHDRAWN' },
  },
  DISTRICT_PASSED: {
    CITY_PASSED: { by: ['CITY'], to: 'CITY_PASSED' },
    REJECTED: { by: ['CITY'], to: 'REJECTED' },
    WITHDRAWN: { by: ['APPLICANT'], to: 'WITHDRAWN' },
  },
  CITY_PASSED: {
    EXPERTS_ASSIGNED: { by: ['CITY'], to: 'EXPERT_REVIEW' },
    REJECTED: { by: ['CITY'], to: 'REJECTED' },
  },
  EXPERT_REVIEW: {
    SCORE_RECORDED: { by: ['EXPERT'], to: 'SAME' },
    PUBLICITY_STARTED: { by: ['CITY'], to: 'IN_PUBLICITY' },
    REJECTED: { by: ['CITY'], to: 'REJECTED' },
  },
  IN_PUBLICITY: {
    OBJECTION_RECORDED: { by: ['PUBLIC', 'CITY'], to: 'SAME' },
    OBJECTION_ANSWERED: { by: ['CITY'], to: 'SAME' },
    RECOGNISED: { by: ['CITY'], to: 'RECOGNISED' },
    REJECTED: { by: ['CITY'], to: 'REJECTED' },
  },
  RECOGNISED: {
    RE_REVIEW_REQUESTED: { by: ['APPLICANT'], to: 'RE_REVIEW' },
    REVOKED: { by: ['CITY'], to: 'REVOKED' },
  },
  RE_REVIEW: {
    RE_REVIEW_PASSED: { by: ['CITY'], to: 'RECOGNISED' },
    RE_REVIEW_FAILED: { by: ['CITY'], to: 'NOT_RENEWED' },
    REVOKED: { by: ['CITY'], to: 'REVOKED' },
  },
  REJECTED: {},
  WITHDRAWN: {},
  NOT_RENEWED: {},
  REVOKED: {},
} as const satisfies Record<RecognitionStatus, RecognitionStatusTransitions>;

export function recognitionTransitionFor(status: RecognitionStatus, action: RecognitionActionType): RecognitionTransition | null {
  const row: RecognitionStatusTransitions = RECOGNITION_TRANSITIONS[status];
  return row[action] ?? null;
}
