import type { BilingualText } from '@huiqi/kernel';
import { APPEAL_STATUS_LABELS } from './appeals-labels';

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
  SUBMITTED: { label: APPEAL_STATUS_LABELS.SUBMITTED, isFinal: false, isPaused: false },
  ACCEPTED: { label: APPEAL_STATUS_LABELS.ACCEPTED, isFinal: false, isPaused: false },
  REJECTED: { label: APPEAL_STATUS_LABELS.REJECTED, isFinal: true, isPaused: false },
  DISPATCHED: { label: APPEAL_STATUS_LABELS.DISPATCHED, isFinal: false, isPaused: false },
  DISPATCH_DISPUTED: { label: APPEAL_STATUS_LABELS.DISPATCH_DISPUTED, isFinal: false, isPaused: false },
  EXTENSION_REQUESTED: { label: APPEAL_STATUS_LABELS.EXTENSION_REQUESTED, isFinal: false, isPaused: false },
  INFO_REQUESTED: { label: APPEAL_STATUS_LABELS.INFO_REQUESTED, isFinal: false, isPaused: true },
  ANSWERED: { label: APPEAL_STATUS_LABELS.ANSWERED, isFinal: false, isPaused: false },
  RATED: { label: APPEAL_STATUS_LABELS.RATED, isFinal: false, isPaused: false },
  CLOSED: { label: APPEAL_STATUS_LABELS.CLOSED, isFinal: true, isPaused: false },
  WITHDRAWN: { label: APPEAL_STATUS_LABELS.WITHDRAWN, isFinal: true, isPaused: false },
} as const satisfies Record<AppealStatus, AppealStatusInfo>;

export function isFinalStatus(s: AppealStatus): boolean {
  return appealStatuses[s].isFinal;
}
