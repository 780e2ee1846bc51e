import { err, ok, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';
import type { AppealAction, AppealActionType, Attachment, Reporter } from './action';
import { appealActionLabels } from './action-labels';
import type { Actor, ActorRole, DepartmentId } from './actor';
import type { AppealCase, PauseState, RatingState } from './appeal-case';
import { appealError, type AppealError } from './appeal-error';
import { appealTypes, type AppealType } from './appeal-type';
import type { ArrearsComplaintForm } from './arrears-form';
import type { ArrearsTerms } from './arrears-terms';
import { availableActions } from './available-actions';
import type { ClockKind, ClockProblem } from './clock';
import { foldCase } from './fold-case';
import { isReporter } from './performers';
import { appealStatuses, type AppealStatus } from './status';
import { dueInstant } from './due-instant';
import type { Verification } from './time-limits/time-limit-rule';

/** Anyone looking at a case: an actor, or the public (which sees only statistics). */
export type Viewer = Actor | { role: 'PUBLIC' };

export type ViewerAccess = 'REPORTER' | 'DEPARTMENT' | 'SUPERVISOR';

export interface DeadlineView {
  clock: ClockKind;
  due: PlainDate | null;
  /** The exact instant for hour limits; null for day limits. */
  dueAt: string | null;
  /** When the clock runs out: `dueAt`, or 24:00 China Standard Time at the end of `due`. */
  runsOutAt: string | null;
  latestDue: PlainDate | null;
  /** An approved extension: the due date approved and the day of approval (`due` is then that date, moved on by later pauses). */
  extension: { approvedOn: PlainDate; approvedDue: PlainDate } | null;
  isMet: boolean;
  metAt: string | null;
  source: { title: string; provision: string | null; url: string | null; verification: Verification };
  problem: ClockProblem | null;
}

export interface TimelineEntry {
  at: string;
  type: AppealActionType;
  label: BilingualText;
  byRole: ActorRole;
  /** The acting department, when a department acted. */
  byDepartment: DepartmentId | null;
  /** The acting official's user id — only to officials, and never a hidden reporter's. */
  byUser: string | null;
  /** The action's public text (answer, reason, request for information …), when there is one the viewer may read. */
  text: string | null;
}

export interface CaseView {
  access: ViewerAccess;
  caseId: string;
  trackingNumber: string;
  type: AppealType;
  typeLabel: BilingualText;
  status: AppealStatus;
  statusLabel: BilingualText;
  title: string;
  description: string;
  isAnonymous: boolean;
  /** Null when the reporter is anonymous and the viewer is not the reporter. */
  reporter: Reporter | null;
  owner: DepartmentId;
  lead: DepartmentId | null;
  coHandlers: DepartmentId[];
  submittedAt: string;
  closedAt: string | null;
  deadlines: DeadlineView[];
  pauses: PauseState[];
  /** An extension request awaiting the supervisor: the date asked for (a working day); the reason only to officials. */
  pendingExtension: { requestedDue: PlainDate; requestedAt: string; reason: string | null } | null;
  attachments: Attachment[];
  answers: AppealCase['answers'];
  rating: RatingState | null;
  reopenCount: number;
  arrears: { form: ArrearsComplaintForm; terms: ArrearsTerms | null } | null;
  creditMark: AppealCase['creditMark'];
  timeline: TimelineEntry[];
  availableActions: { type: AppealActionType; label: BilingualText }[];
}

function accessOf(viewer: Viewer, c: AppealCase, smeBureauId: DepartmentId): ViewerAccess | null {
  if (viewer.role === 'ENTERPRISE') return isReporter(viewer, c) ? 'REPORTER' : null;
  if (viewer.role === 'SUPERVISOR') return 'SUPERVISOR';
  if (viewer.role === 'DEPARTMENT' && viewer.departmentId) {
    const d = viewer.departmentId;
    if (d === c.owner || d === c.lead || c.coHandlers.includes(d)) return 'DEPARTMENT';
    if (d === smeBureauId && c.status === 'DISPATCH_DISPUTED') return 'DEPARTMENT';
  }
  return null;
}

function publicText(a: AppealAction, access: ViewerAccess): string | null {
  switch (a.type) {
    case 'ANSWERED':
    case 'INFO_PROVIDED':
      return a.payload.text;
    case 'INFO_REQUESTED':
      return a.payload.items;
    case 'REJECTED':
      return a.payload.explanation;
    case 'REOPENED':
    case 'EXTENSION_DENIED':
      return a.payload.reason;
    case 'RATED':
      return a.payload.comment;
    case 'RETURNED':
    case 'EXTENSION_REQUESTED':
      return access === 'REPORTER' ? null : a.payload.reason;
    case 'NOTE_ADDED':
      return a.payload.isInternal && access === 'REPORTER' ? null : a.payload.text;
    case 'SUPERVISION_NOTICE':
      return access === 'REPORTER' ? null : a.payload.text;
    default:
      return null;
  }
}

/** Steps the reporter does not see: internal notes, reminders, supervision between offices. */
function isHiddenFromReporter(a: AppealAction): boolean {
  return (
    a.type === 'REMINDER_SENT' ||
    a.type === 'DEADLINES_RECOMPUTED' ||
    a.type === 'URGED' ||
    (a.type === 'SUPERVISION_NOTICE' && a.payload.target === 'DEPARTMENT') ||
    (a.type === 'NOTE_ADDED' && a.payload.isInternal)
  );
}

/**
 * The case (folded from its log) as `viewer` may see it, or CASE_NOT_VISIBLE.
 * - An enterprise sees only its own cases (same user or same enterprise), with every step, date and due date.
 * - A department sees only cases it owns or that are dispatched to it (lead or co-handler); the SME
 *   bureau also sees cases whose dispatch it must decide. A department that returned a case no longer sees it.
 * - The supervision office sees every case (督办).
 * - An anonymous reporter's identity is never shown to any official, nor their user id in the timeline.
 * - The public sees no case (only statistics without personal data).
 */
export function presentCaseFor(viewer: Viewer, log: readonly AppealAction[], smeBureauId: DepartmentId): Result<CaseView, AppealError> {
  const c = foldCase(log);
  const access = viewer.role === 'PUBLIC' || viewer.role === 'SYSTEM' ? null : accessOf(viewer, c, smeBureauId);
  if (access === null) return err(appealError('CASE_NOT_VISIBLE', '无权查看该诉求', 'you may not see this case', { caseId: c.caseId }));
  const hideReporter = c.isAnonymous && access !== 'REPORTER';
  const timeline: TimelineEntry[] = log
    .filter((a) => access !== 'REPORTER' || !isHiddenFromReporter(a))
    .map((a) => {
      const isOfficial = a.actor.role === 'DEPARTMENT' || a.actor.role === 'SUPERVISOR';
      const isReporterAction = a.actor.role === 'ENTERPRISE';
      return {
        at: a.at,
        type: a.type,
        label: appealActionLabels[a.type],
        byRole: a.actor.role,
        byDepartment: isOfficial ? a.actor.departmentId : null,
        byUser: access === 'REPORTER' ? (isReporterAction ? a.actor.userId : null) : isReporterAction && hideReporter ? null : a.actor.userId,
        text: publicText(a, access),
      };
    });
  return ok({
    access,
    caseId: c.caseId,
    trackingNumber: c.trackingNumber,
    type: c.type,
    typeLabel: appealTypes[c.type].label,
    status: c.status,
    statusLabel: appealStatuses[c.status].label,
    title: c.title,
    description: c.description,
    isAnonymous: c.isAnonymous,
    reporter: hideReporter ? null : c.reporter,
    owner: c.owner,
    lead: c.lead,
    coHandlers: c.coHandlers,
    submittedAt: c.submittedAt,
    closedAt: c.closedAt,
    deadlines: Object.values(c.clocks).map((k) => ({
      clock: k.kind,
      due: k.due,
      dueAt: k.dueAt,
      runsOutAt: dueInstant(k),
      latestDue: k.latestDue,
      extension: k.extension,
      isMet: k.metAt !== null,
      metAt: k.metAt,
      source: { title: k.rule.source.title, provision: k.rule.source.provision, url: k.rule.source.url, verification: k.rule.source.verification },
      problem: k.problem,
    })),
    pauses: c.pauses,
    pendingExtension: c.pendingExtension
      ? { requestedDue: c.pendingExtension.requestedDue, requestedAt: c.pendingExtension.requestedAt, reason: access === 'REPORTER' ? null : c.pendingExtension.reason }
      : null,
    attachments: c.attachments,
    answers: c.answers,
    rating: c.rating,
    reopenCount: c.reopenCount,
    arrears: c.arrears,
    creditMark: c.creditMark,
    timeline,
    availableActions: availableActions(c, viewer as Actor, smeBureauId),
  });
}
