import { bi, type BilingualText } from '@huiqi/kernel';

/** Persisted case statuses, derived by folding the action log. Never renamed. */
export const APPEAL_STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'REJECTED',
  'DISPATCHED',
  'DISPATCH_DISPUTED',
  'EXTENSION_REQUESTED',
  'INFO_REQUESTED',
  'ANSWERED',
  'RATED',
  'CLOSED',
  'WITHDRAWN',
] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export interface AppealStatusInfo {
  label: BilingualText;
  /** No further action is possible. */
  isFinal: boolean;
  /** The clock is stopped while the case waits for the enterprise (补正). */
  isPaused: boolean;
}

export const appealStatuses = {
  SUBMITTED: { label: bi('已提交', 'Submitted'), isFinal: false, isPaused: false },
  ACCEPTED: { label: bi('已受理', 'Accepted'), isFinal: false, isPaused: false },
  REJECTED: { label: bi('不予受理', 'Rejected as out of scope'), isFinal: true, isPaused: false },
  DISPATCHED: { label: bi('办理中', 'Being handled'), isFinal: false, isPaused: false },
  DISPATCH_DISPUTED: { label: bi('派单争议待中小企业主管部门裁定', 'Dispatch disputed; the SME bureau decides'), isFinal: false, isPaused: false },
  EXTENSION_REQUESTED: { label: bi('延期申请待审批', 'Extension awaiting approval'), isFinal: false, isPaused: false },
  INFO_REQUESTED: { label: bi('待企业补充材料（计时暂停）', 'Waiting for the enterprise (clock paused)'), isFinal: false, isPaused: true },
  ANSWERED: { label: bi('已答复', 'Answered'), isFinal: false, isPaused: false },
  RATED: { label: bi('已评价', 'Rated'), isFinal: false, isPaused: false },
  CLOSED: { label: bi('已办结', 'Closed'), isFinal: true, isPaused: false },
  WITHDRAWN: { label: bi('已撤回', 'Withdrawn'), isFinal: true, isPaused: false },
} as const satisfies Record<AppealStatus, AppealStatusInfo>;

export function isFinalStatus(s: AppealStatus): boolean {
  return appealStatuses[s].isFinal;
}
