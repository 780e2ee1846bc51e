import type { PlainDate } from '@huiqi/kernel';
import type { Attachment, MatterOwnership, Reporter, Satisfaction } from './action';
import type { DepartmentId } from './actor';
import type { AppealType } from './appeal-type';
import type { ArrearsComplaintForm } from './arrears-form';
import type { ArrearsTerms } from './arrears-terms';
import type { ClockKind, ClockSnapshot } from './clock';
import type { RejectionReason } from './rejection-reason';
import type { AppealStatus } from './status';

export interface ClockState extends ClockSnapshot {
  /** When the obligation the clock measures was met (accepted, transferred, answered), or null. */
  metAt: string | null;
}

export interface PauseState {
  /** Day the clock stopped (补正 requested) and day it restarts from (材料 received); see @huiqi/calendar `Pause`. */
  from: PlainDate;
  until: PlainDate | null;
  requestedAt: string;
  providedAt: string | null;
  items: string;
}

export interface RatingState {
  at: string;
  satisfaction: Satisfaction;
  isResolved: boolean;
  comment: string | null;
}

/** The state of one appeal, derived by folding its action log (never stored as the truth). */
export interface AppealCase {
  caseId: string;
  trackingNumber: string;
  type: AppealType;
  jurisdiction: string;
  title: string;
  description: string;
  status: AppealStatus;
  isAnonymous: boolean;
  reporter: Reporter;
  attachments: Attachment[];
  /** The first receiver; owns the case until it is closed (首接负责制). */
  owner: DepartmentId;
  lead: DepartmentId | null;
  coHandlers: DepartmentId[];
  /** What the current dispatch said about the matter (NONE/SEVERAL: the SME bureau leads by rule); null when not dispatched. */
  dispatchOwnership: MatterOwnership | null;
  /** Every department a dispatch or transfer ever named, in order (lead first per dispatch). */
  assignedEver: DepartmentId[];
  /** The department answerable for the result: the lead, or the owner when never dispatched. */
  responsibleDepartment: DepartmentId;
  returns: { at: string; by: DepartmentId; reason: string }[];
  /** True once the SME bureau decided a disputed dispatch: it can no longer be returned. */
  isDispatchFinal: boolean;
  submittedAt: string;
  acceptedAt: string | null;
  firstAnsweredAt: string | null;
  lastAnsweredAt: string | null;
  closedAt: string | null;
  updatedAt: string;
  clocks: Partial<Record<ClockKind, ClockState>>;
  pauses: PauseState[];
  isPaused: boolean;
  /** Status to return to after a pause or an extension decision. */
  resumeStatus: AppealStatus | null;
  pendingExtension: { requestedDue: PlainDate; reason: string; requestedAt: string } | null;
  extensions: { requestedDue: PlainDate; decidedAt: string; isApproved: boolean; newDue: PlainDate | null }[];
  /** `isOnTime`: given by the answer due date in force at that moment (null when that date was unknown). */
  answers: { at: string; by: DepartmentId; text: string; attachments: Attachment[]; isOnTime: boolean | null }[];
  ratings: RatingState[];
  /** The latest rating. */
  rating: RatingState | null;
  reopenCount: number;
  urges: { at: string; by: string }[];
  supervisionNotices: { at: string; target: 'DEPARTMENT' | 'DEBTOR'; text: string }[];
  creditMark: { at: string; finding: string; legalRef: string } | null;
  /** Keys of reminders already sent (the sweeper's idempotency record). */
  remindersSent: string[];
  rejection: { reason: RejectionReason; explanation: string; relatedCaseId: string | null } | null;
  withdrawal: { at: string; reason: string | null } | null;
  arrears: { form: ArrearsComplaintForm; terms: ArrearsTerms | null } | null;
  /** Number of actions folded (the log version; storage uses it for optimistic concurrency). */
  version: number;
  /** Actions the table did not allow (only possible in a log not written through applyAction). */
  anomalies: { index: number; type: string; status: AppealStatus }[];
}
