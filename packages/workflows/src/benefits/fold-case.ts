import type { BilingualText, PlainDate } from '@huiqi/kernel';
import type { AmountDecision, BenefitChannel, LoggedBenefitAction, PayeeAccount } from './benefit-action';
import type { BenefitStatus } from './status';
import { BENEFIT_TRANSITIONS } from './transition-table';

/** A pause of the review clock: 补正 requested on `from`, materials received on `until` (null = still waiting). */
export interface ReviewPause {
  from: PlainDate;
  until: PlainDate | null;
}

/** The state of a case, derived only from its log. */
export interface BenefitCaseState {
  status: BenefitStatus;
  channel: BenefitChannel;
  /** Number of actions applied (the case's version). */
  version: number;
  account: PayeeAccount | null;
  /** Dates of each stage: 受理, 审核, 公示, 拨付 (China-time days). */
  dates: {
    submittedOn: PlainDate | null;
    listedOn: PlainDate | null;
    confirmedOn: PlainDate | null;
    acceptedOn: PlainDate | null;
    decidedOn: PlainDate | null;
    noticeUntil: PlainDate | null;
    approvedOn: PlainDate | null;
    paidOn: PlainDate | null;
    closedOn: PlainDate | null;
  };
  decision: (AmountDecision & { approvedBy: string | null; confirmedBy: string | null }) | null;
  rejection: { reason: BilingualText; article: string | null } | null;
  pauses: ReviewPause[];
  corrections: { requestedOn: PlainDate; note: string; answeredOn: PlainDate | null; answer: string | null }[];
  payment: { batchId: string; bankReference: string | null; failure: string | null } | null;
  computedAtListingFen: number | null;
}

const EMPTY_DATES: BenefitCaseState['dates'] = {
  submittedOn: null, listedOn: null, confirmedOn: null, acceptedOn: null, decidedOn: null, noticeUntil: null, approvedOn: null, paidOn: null, closedOn: null,
};

/** Status after an approval (or a confirmed override). */
export function statusAfterDecision(d: AmountDecision, confirmed: boolean): BenefitStatus {
  if (!confirmed && d.amountFen !== d.computedFen) return 'OVERRIDE_PENDING';
  return d.noticeUntil ? 'PUBLIC_NOTICE' : 'APPROVED';
}

/**
 * Folds a valid log into the case state. The log is assumed to have been built with
 * `applyBenefitAction` (which checks every transition); fold never throws on a valid log.
 */
export function foldBenefitCase(log: readonly LoggedBenefitAction[]): BenefitCaseState {
  let s: BenefitCaseState | null = null;
  for (const a of log) {
    if (s === null) {
      s = {
        status: BENEFIT_TRANSITIONS[a.type].to as BenefitStatus, channel: a.type === 'LIST' ? 'NO_APPLICATION' : 'ONLINE_APPLICATION', version: 0,
        account: null, dates: { ...EMPTY_DATES }, decision: null, rejection: null, pauses: [], corrections: [], payment: null, computedAtListingFen: null,
      };
    }
    s = step(s, a);
  }
  if (!s) throw new Error('empty benefit case log');
  return s;
}

function step(prev: BenefitCaseState, a: LoggedBenefitAction): BenefitCaseState {
  const s: BenefitCaseState = { ...prev, version: prev.version + 1, dates: { ...prev.dates }, pauses: [...prev.pauses], corrections: [...prev.corrections] };
  switch (a.type) {
    case 'SUBMIT':
      s.status = 'SUBMITTED'; s.account = a.payload.account; s.dates.submittedOn = a.on; break;
    case 'LIST':
      s.status = 'LISTED'; s.dates.listedOn = a.on; s.computedAtListingFen = a.payload.computedFen; break;
    case 'CONFIRM':
      s.status = 'CONFIRMED'; s.account = a.payload.account; s.dates.confirmedOn = a.on; break;
    case 'DECLINE':
      s.status = 'DECLINED'; s.dates.closedOn = a.on; break;
    case 'ACCEPT':
      s.status = 'UNDER_REVIEW'; s.dates.acceptedOn = a.on; break;
    case 'REQUEST_CORRECTION':
      s.status = 'AWAITING_CORRECTION';
      if (!s.dates.acceptedOn) s.dates.acceptedOn = a.on; // asking for material accepts the file for review
      s.pauses.push({ from: a.on, until: null });
      s.corrections.push({ requestedOn: a.on, note: a.payload.note, answeredOn: null, answer: null });
      break;
    case 'SUBMIT_CORRECTION': {
      s.status = 'UNDER_REVIEW';
      const p = s.pauses[s.pauses.length - 1];
      if (p) s.pauses[s.pauses.length - 1] = { ...p, until: a.on };
      const c = s.corrections[s.corrections.length - 1];
      if (c) s.corrections[s.corrections.length - 1] = { ...c, answeredOn: a.on, answer: a.payload.note };
      break;
    }
    case 'APPROVE':
      s.decision = { ...a.payload, approvedBy: a.actor.userId, confirmedBy: null };
      s.status = statusAfterDecision(a.payload, false);
      s.dates.decidedOn = a.on;
      s.dates.noticeUntil = a.payload.noticeUntil;
      if (s.status === 'APPROVED') s.dates.approvedOn = a.on;
      break;
    case 'CONFIRM_OVERRIDE':
      if (s.decision) {
        s.decision = { ...s.decision, confirmedBy: a.actor.userId };
        s.status = statusAfterDecision(s.decision, true);
        if (s.status === 'APPROVED') s.dates.approvedOn = a.on;
      }
      break;
    case 'REJECT':
      s.status = 'REJECTED'; s.rejection = a.payload; s.dates.closedOn = a.on; s.dates.decidedOn = a.on; break;
    case 'END_NOTICE':
      s.status = 'APPROVED'; s.dates.approvedOn = a.on; break;
    case 'WITHDRAW':
      s.status = 'WITHDRAWN'; s.dates.closedOn = a.on; break;
    case 'SCHEDULE_PAYMENT':
      s.status = 'PAYMENT_IN_PROGRESS'; s.payment = { batchId: a.payload.batchId, bankReference: null, failure: null }; break;
    case 'RECORD_PAID':
      s.status = 'PAID'; s.payment = { batchId: a.payload.batchId, bankReference: a.payload.bankReference, failure: null }; s.dates.paidOn = a.payload.paidOn; s.dates.closedOn = a.on; break;
    case 'RECORD_PAYMENT_FAILED':
      s.status = 'PAYMENT_FAILED'; s.payment = { batchId: a.payload.batchId, bankReference: null, failure: a.payload.reason }; break;
  }
  return s;
}
