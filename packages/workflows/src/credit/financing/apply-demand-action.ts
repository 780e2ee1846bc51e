import { compareDates, err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import type { DemandTerms, LoanOutcome } from './demand';
import type { AnyDemandAction, DemandActor } from './demand-action';
import { demandTransitionFor, type DemandPerformer } from './demand-transitions';
import { financingError, type FinancingError } from './financing-error';
import { foldDemand, type FinancingDemand } from './fold-demand';

/** Limits of a demand's terms (a sanity bound for input, not law). */
export const DEMAND_LIMITS = { maxTermMonths: 360, maxPurposeChars: 500, maxReasonChars: 500 } as const;
const RATE = /^(0|[1-9]\d?)(\.\d{1,4})?$/;

export function checkTerms(t: DemandTerms): FinancingError | null {
  if (!Number.isSafeInteger(t.amountFen) || t.amountFen <= 0) return financingError('FINANCING_AMOUNT_INVALID', 'amountFen', '融资金额须大于零', 'The amount must be greater than zero');
  if (!Number.isInteger(t.termMonths) || t.termMonths < 1 || t.termMonths > DEMAND_LIMITS.maxTermMonths) return financingError('FINANCING_TERM_INVALID', 'termMonths', `期限须为 1 至 ${DEMAND_LIMITS.maxTermMonths} 个月`, `The term must be 1 to ${DEMAND_LIMITS.maxTermMonths} months`);
  if (t.purpose.trim() === '' || t.purpose.length > DEMAND_LIMITS.maxPurposeChars) return financingError('FINANCING_PURPOSE_EMPTY', 'purpose', `请填写资金用途（不超过 ${DEMAND_LIMITS.maxPurposeChars} 字）`, `State the purpose (at most ${DEMAND_LIMITS.maxPurposeChars} characters)`);
  return null;
}

export function checkLoan(l: LoanOutcome, today: PlainDate, takenOn: PlainDate | null): FinancingError | null {
  if (!Number.isSafeInteger(l.grantedAmountFen) || l.grantedAmountFen <= 0) return financingError('FINANCING_AMOUNT_INVALID', 'grantedAmountFen', '放款金额须大于零', 'The granted amount must be greater than zero');
  if (!RATE.test(l.annualRatePercent)) return financingError('FINANCING_RATE_INVALID', 'annualRatePercent', '年利率应为百分数，如 3.45', 'The annual rate is a percentage such as 3.45');
  if (!Number.isInteger(l.termMonths) || l.termMonths < 1 || l.termMonths > DEMAND_LIMITS.maxTermMonths) return financingError('FINANCING_TERM_INVALID', 'termMonths', `期限须为 1 至 ${DEMAND_LIMITS.maxTermMonths} 个月`, `The term must be 1 to ${DEMAND_LIMITS.maxTermMonths} months`);
  if (compareDates(l.grantedOn, today) > 0 || (takenOn !== null && compareDates(l.grantedOn, takenOn) < 0)) return financingError('FINANCING_GRANT_DATE_INVALID', 'grantedOn', '放款日期不能晚于今天，也不能早于接单日期', 'The loan date cannot be after today or before the demand was taken');
  return null;
}

function performersOf(d: FinancingDemand | null, actor: DemandActor): DemandPerformer[] {
  if (actor.kind === 'ENTERPRISE') return d && d.uscc === actor.uscc ? ['OWNER'] : [];
  return d && d.takenBy === actor.institutionId ? ['INSTITUTION', 'TAKER'] : ['INSTITUTION'];
}

/** Beijing calendar day of an instant. */
const beijingDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10) as PlainDate;

/**
 * Appends one action to a demand's log: the transition table says whether the status allows it and
 * to whom; the guards check the terms, the loan outcome and the release reason. Returns the new state.
 */
export function applyDemandAction(log: readonly AnyDemandAction[], action: AnyDemandAction): Result<{ demand: FinancingDemand; action: AnyDemandAction }, FinancingError> {
  if (log.length === 0) {
    if (action.type !== 'PUBLISHED' || action.actor.kind !== 'ENTERPRISE' || action.actor.uscc !== action.payload.uscc) {
      return err(financingError('FINANCING_ACTION_NOT_ALLOWED', null, '融资需求须由企业发布', 'A demand is published by its enterprise'));
    }
    const bad = checkTerms(action.payload);
    return bad ? err(bad) : ok({ demand: foldDemand([action]), action });
  }
  const d = foldDemand(log);
  const t = action.type === 'PUBLISHED' ? null : demandTransitionFor(d.status, action.type);
  if (!t) return err(financingError('FINANCING_ACTION_NOT_ALLOWED', null, '当前状态下不能执行此操作', 'This action is not allowed in the current status'));
  if (!t.by.some((p) => performersOf(d, action.actor).includes(p))) return err(financingError('FINANCING_ACTOR_NOT_PERMITTED', null, '无权执行此操作', 'You may not perform this action'));
  if (action.type === 'LOAN_RECORDED') {
    const bad = checkLoan(action.payload, beijingDay(action.at), d.takenAt ? beijingDay(d.takenAt) : null);
    if (bad) return err(bad);
  }
  if (action.type === 'RELEASED' && (action.payload.reason.trim() === '' || action.payload.reason.length > DEMAND_LIMITS.maxReasonChars)) {
    return err(financingError('FINANCING_REASON_REQUIRED', 'reason', '请填写不予放款的理由', 'Give the reason for not lending'));
  }
  return ok({ demand: foldDemand([...log, action]), action });
}
