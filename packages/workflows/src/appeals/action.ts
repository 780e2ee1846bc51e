import type { PlainDate } from '@huiqi/kernel';
import type { Actor, DepartmentId } from './actor';
import type { AppealType } from './appeal-type';
import type { ArrearsComplaintForm } from './arrears-form';
import type { ArrearsTerms } from './arrears-terms';
import type { ClockKind, ClockSnapshot } from './clock';
import type { RejectionReason } from './rejection-reason';

/** Persisted action types of the appeal case log. Never renamed. */
export const APPEAL_ACTION_TYPES = [
  'SUBMITTED',
  'ACCEPTED',
  'REJECTED',
  'DISPATCHED',
  'TRANSFERRED',
  'RETURNED',
  'EXTENSION_REQUESTED',
  'EXTENSION_APPROVED',
  'EXTENSION_DENIED',
  'INFO_REQUESTED',
  'INFO_PROVIDED',
  'NOTE_ADDED',
  'ANSWERED',
  'RATED',
  'REOPENED',
  'CLOSED',
  'WITHDRAWN',
  'URGED',
  'SUPERVISION_NOTICE',
  'CREDIT_MARKED',
  'REMINDER_SENT',
  'DEADLINES_RECOMPUTED',
] as const;
export type AppealActionType = (typeof APPEAL_ACTION_TYPES)[number];

export interface Attachment {
  /** Storage id of the uploaded file (the storage layer owns the bytes). */
  id: string;
  name: string;
  sha256?: string;
}

/**
 * The reporter as submitted. For an anonymous submission the identity fields may be null;
 * when a logged-in enterprise submits anonymously they are kept but never shown to departments.
 */
export interface Reporter {
  userId: string;
  enterpriseId: string | null;
  enterpriseName: string | null;
  uscc: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
}

export const SATISFACTION_LEVELS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;
/** 满意 / 基本满意 / 不满意 */
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

export const MATTER_OWNERSHIPS = ['SINGLE', 'NONE', 'SEVERAL'] as const;
/** Whether the matter has one responsible department, none, or spans several (then the SME bureau leads). */
export type MatterOwnership = (typeof MATTER_OWNERSHIPS)[number];

export const REMINDER_LEVELS = ['NEAR_DUE', 'OVERDUE'] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

export interface AppealPayloads {
  SUBMITTED: {
    caseId: string;
    trackingNumber: string;
    type: AppealType;
    /** Jurisdiction slug of the receiving authority, e.g. `cn-gd-sz`. */
    jurisdiction: string;
    /** The department whose channel first received the case: it owns the case (首接负责制). */
    receivedBy: DepartmentId;
    title: string;
    description: string;
    isAnonymous: boolean;
    reporter: Reporter;
    attachments: Attachment[];
    /** Client-chosen key; the storage layer keeps it unique so a retried submission is not doubled. */
    idempotencyKey: string;
    /** A previous case on the same matter, if the reporter names one. */
    relatedCaseId: string | null;
    /** Required for ARREARS_COMPLAINT, absent otherwise. */
    arrears: ArrearsComplaintForm | null;
  };
  ACCEPTED: { note: string | null };
  REJECTED: { reason: RejectionReason; explanation: string; relatedCaseId: string | null };
  DISPATCHED: { ownership: MatterOwnership; lead: DepartmentId | null; coHandlers: DepartmentId[]; note: string | null };
  TRANSFERRED: { handlingDepartment: DepartmentId; note: string | null };
  RETURNED: { reason: string };
  EXTENSION_REQUESTED: { requestedDue: PlainDate; reason: string };
  EXTENSION_APPROVED: { newDue: PlainDate; note: string | null };
  EXTENSION_DENIED: { reason: string };
  INFO_REQUESTED: { items: string };
  INFO_PROVIDED: { text: string; attachments: Attachment[] };
  NOTE_ADDED: { text: string; isInternal: boolean };
  ANSWERED: { text: string; attachments: Attachment[] };
  RATED: { satisfaction: Satisfaction; isResolved: boolean; comment: string | null };
  REOPENED: { reason: string };
  CLOSED: { note: string | null };
  WITHDRAWN: { reason: string | null };
  URGED: { note: string | null };
  SUPERVISION_NOTICE: { target: 'DEPARTMENT' | 'DEBTOR'; text: string };
  CREDIT_MARKED: { finding: string };
  REMINDER_SENT: { key: string; clock: ClockKind; level: ReminderLevel; due: PlainDate; recipients: DepartmentId[] };
  DEADLINES_RECOMPUTED: Record<string, never>;
}

/** An action as a caller proposes it. `id` is the caller's transaction id (idempotency). */
export type AppealActionInput = {
  [K in AppealActionType]: { id: string; type: K; at: string; actor: Actor; payload: AppealPayloads[K] };
}[AppealActionType];

/** What the domain computed when it accepted the action; stored with it so folding needs no calendar. */
export interface ActionComputed {
  /** Clocks this action started or changed (a later snapshot of a clock replaces the earlier one). */
  clocks?: Partial<Record<ClockKind, ClockSnapshot>>;
  /** For an arrears complaint: statutory due date and overdue interest at submission. */
  arrearsTerms?: ArrearsTerms;
}

/** An action as stored in the append-only log. */
export type AppealAction = AppealActionInput & { computed: ActionComputed };

export type ActionOf<K extends AppealActionType> = Extract<AppealAction, { type: K }>;
