import type { AppealAction } from './action';
import type { AppealCase, ClockState } from './appeal-case';
import { CLOCK_KINDS, type ClockKind } from './clock';
import { dueInstant } from './due-instant';
import { localDateOf, parseInstant } from './local-time';
import type { AppealStatus } from './status';
import { transitionFor, type Target } from './transition-table';
import { foldLog } from '../case-log';

/** Actions that meet each clock's obligation. */
const MEETS: Record<ClockKind, readonly string[]> = {
  ACCEPT: ['ACCEPTED', 'REJECTED', 'DISPATCHED', 'TRANSFERRED'],
  TRANSFER: ['TRANSFERRED'],
  ANSWER: ['ANSWERED'],
};

export const CREDIT_MARK_LEGAL_REF = '保障中小企业款项支付条例（国务院令第802号）第二十六条';

function resolveTarget(c: AppealCase, to: Target): AppealStatus {
  switch (to) {
    case 'SAME':
      return c.status;
    case 'RESUME':
      return c.resumeStatus ?? (c.lead ? 'DISPATCHED' : 'ACCEPTED');
    case 'RETURN_ROUTE':
      return c.returns.length > 1 ? 'DISPATCH_DISPUTED' : 'ACCEPTED';
    case 'HANDLING':
      return c.lead ? 'DISPATCHED' : 'ACCEPTED';
    default:
      return to;
  }
}

function answeredOnTime(c: AppealCase, at: string): boolean | null {
  const clock = c.clocks.ANSWER;
  const due = clock ? dueInstant(clock) : null;
  if (!clock || clock.metAt !== null || due === null) return null;
  return parseInstant(at)! < parseInstant(due)!;
}

function initialCase(first: AppealAction): AppealCase {
  if (first.type !== 'SUBMITTED') throw new RangeError(`an appeal log must start with SUBMITTED, not ${first.type}`);
  const p = first.payload;
  return {
    caseId: p.caseId,
    trackingNumber: p.trackingNumber,
    type: p.type,
    jurisdiction: p.jurisdiction,
    title: p.title,
    description: p.description,
    status: 'SUBMITTED',
    isAnonymous: p.isAnonymous,
    reporter: p.reporter,
    attachments: [...p.attachments],
    owner: p.receivedBy,
    lead: null,
    coHandlers: [],
    dispatchOwnership: null,
    assignedEver: [],
    responsibleDepartment: p.receivedBy,
    returns: [],
    isDispatchFinal: false,
    submittedAt: first.at,
    acceptedAt: null,
    firstAnsweredAt: null,
    lastAnsweredAt: null,
    closedAt: null,
    updatedAt: first.at,
    clocks: {},
    pauses: [],
    isPaused: false,
    resumeStatus: null,
    pendingExtension: null,
    extensions: [],
    answers: [],
    ratings: [],
    rating: null,
    reopenCount: 0,
    urges: [],
    supervisionNotices: [],
    creditMark: null,
    remindersSent: [],
    rejection: null,
    withdrawal: null,
    arrears: p.arrears ? { form: p.arrears, terms: first.computed.arrearsTerms ?? null } : null,
    version: 0,
    anomalies: [],
  };
}

/** Applies the effects of one action that the table allowed. Mutates `c` (a fresh object owned by foldCase). */
function applyEffects(c: AppealCase, a: AppealAction, before: AppealStatus): void {
  switch (a.type) {
    case 'SUBMITTED':
      break;
    case 'ACCEPTED':
      c.acceptedAt ??= a.at;
      break;
    case 'REJECTED':
      c.rejection = { reason: a.payload.reason, explanation: a.payload.explanation, relatedCaseId: a.payload.relatedCaseId };
      c.closedAt = a.at;
      break;
    case 'DISPATCHED':
      c.acceptedAt ??= a.at;
      c.lead = a.payload.lead;
      c.coHandlers = [...a.payload.coHandlers];
      c.dispatchOwnership = a.payload.ownership;
      for (const d of [a.payload.lead, ...a.payload.coHandlers]) if (d && !c.assignedEver.includes(d)) c.assignedEver.push(d);
      if (before === 'DISPATCH_DISPUTED') c.isDispatchFinal = true;
      break;
    case 'TRANSFERRED':
      c.lead = a.payload.handlingDepartment;
      c.coHandlers = [];
      c.dispatchOwnership = 'SINGLE';
      if (!c.assignedEver.includes(a.payload.handlingDepartment)) c.assignedEver.push(a.payload.handlingDepartment);
      if (before === 'DISPATCH_DISPUTED') c.isDispatchFinal = true;
      break;
    case 'RETURNED':
      c.returns.push({ at: a.at, by: c.lead ?? a.actor.departmentId ?? '', reason: a.payload.reason });
      c.lead = null;
      c.coHandlers = [];
      c.dispatchOwnership = null;
      break;
    case 'EXTENSION_REQUESTED':
      c.resumeStatus = before;
      c.pendingExtension = { requestedDue: a.payload.requestedDue, reason: a.payload.reason, requestedAt: a.at };
      break;
    case 'EXTENSION_APPROVED':
    case 'EXTENSION_DENIED':
      if (c.pendingExtension) {
        c.extensions.push({
          requestedDue: c.pendingExtension.requestedDue,
          decidedAt: a.at,
          isApproved: a.type === 'EXTENSION_APPROVED',
          newDue: a.type === 'EXTENSION_APPROVED' ? a.payload.newDue : null,
        });
      }
      c.pendingExtension = null;
      break;
    case 'INFO_REQUESTED':
      c.resumeStatus = before;
      c.pauses.push({ from: localDateOf(a.at), until: null, requestedAt: a.at, providedAt: null, items: a.payload.items });
      break;
    case 'INFO_PROVIDED': {
      const open = c.pauses[c.pauses.length - 1];
      if (open && open.until === null) {
        open.until = localDateOf(a.at);
        open.providedAt = a.at;
      }
      c.attachments.push(...a.payload.attachments);
      break;
    }
    case 'ANSWERED':
      c.answers.push({ at: a.at, by: a.actor.departmentId ?? '', text: a.payload.text, attachments: [...a.payload.attachments], isOnTime: answeredOnTime(c, a.at) });
      c.firstAnsweredAt ??= a.at;
      c.lastAnsweredAt = a.at;
      c.pendingExtension = null;
      break;
    case 'RATED': {
      const r = { at: a.at, satisfaction: a.payload.satisfaction, isResolved: a.payload.isResolved, comment: a.payload.comment };
      c.ratings.push(r);
      c.rating = r;
      break;
    }
    case 'REOPENED':
      c.reopenCount++;
      break;
    case 'CLOSED':
      c.closedAt = a.at;
      break;
    case 'WITHDRAWN':
      c.withdrawal = { at: a.at, reason: a.payload.reason };
      c.closedAt = a.at;
      break;
    case 'URGED':
      c.urges.push({ at: a.at, by: a.actor.userId });
      break;
    case 'SUPERVISION_NOTICE':
      c.supervisionNotices.push({ at: a.at, target: a.payload.target, text: a.payload.text });
      break;
    case 'CREDIT_MARKED':
      c.creditMark = { at: a.at, finding: a.payload.finding, legalRef: CREDIT_MARK_LEGAL_REF };
      break;
    case 'REMINDER_SENT':
      if (!c.remindersSent.includes(a.payload.key)) c.remindersSent.push(a.payload.key);
      break;
    case 'NOTE_ADDED':
    case 'DEADLINES_RECOMPUTED':
      break;
  }
}

function applyClocks(c: AppealCase, a: AppealAction): void {
  for (const kind of CLOCK_KINDS) {
    const snap = a.computed.clocks?.[kind];
    if (snap) {
      const prev = c.clocks[kind];
      const metAt = prev && prev.startedAt === snap.startedAt ? prev.metAt : null;
      c.clocks[kind] = { ...snap, metAt } satisfies ClockState;
    }
    const clock = c.clocks[kind];
    if (clock && clock.metAt === null && MEETS[kind].includes(a.type)) clock.metAt = a.at;
  }
}

/**
 * Derives the case from its append-only log (OpenCRVS getStatusFromActions style).
 * Pure and total for any log that starts with SUBMITTED: an action the table would not allow
 * is listed in `anomalies` and otherwise ignored. An empty log is a programmer error (throws).
 */
export function foldCase(log: readonly AppealAction[]): AppealCase {
  const c = foldLog(log, 'appeal', {
    open(first) {
      const opened = initialCase(first);
      applyClocks(opened, first);
      return opened;
    },
    transitionFor,
    apply(c, a, t) {
      applyEffects(c, a, c.status);
      c.status = resolveTarget(c, t.to);
      if (c.status !== 'INFO_REQUESTED' && c.status !== 'EXTENSION_REQUESTED') c.resumeStatus = null;
      applyClocks(c, a);
      c.responsibleDepartment = c.lead ?? c.owner;
    },
  });
  c.isPaused = c.status === 'INFO_REQUESTED';
  return c;
}
