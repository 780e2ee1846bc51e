import { err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import type { BenefitAction, BenefitActor, LoggedBenefitAction } from './benefit-action';
import { benefitError, type BenefitError } from './benefit-error';
import { foldBenefitCase, type BenefitCaseState } from './fold-case';
import { BENEFIT_STATUS_LABELS } from './status-labels';
import { BENEFIT_TRANSITIONS } from './transition-table';

export interface AppliedBenefitAction {
  entry: LoggedBenefitAction;
  state: BenefitCaseState;
}

const ROLE_LABELS = { ENTERPRISE: '申报企业', REVIEWER: '审核部门', FINANCE: '财务拨付人员', SYSTEM: '系统' } as const;

/**
 * Checks `action` against the transition table and its guards, and returns the new log entry
 * with the resulting state. Refusals are values (never thrown): wrong status, wrong actor,
 * an override without a reason, the same person confirming their own override, a notice period
 * not yet over.
 */
export function applyBenefitAction(
  log: readonly LoggedBenefitAction[], action: BenefitAction, actor: BenefitActor, at: string, on: PlainDate,
): Result<AppliedBenefitAction, BenefitError> {
  const t = BENEFIT_TRANSITIONS[action.type];
  if (!t) return err(benefitError('BENEFIT_INVALID_ACTION', '未知的操作', 'Unknown action'));
  const current = log.length > 0 ? foldBenefitCase(log) : null;
  if (t.from === null) {
    if (current) return err(benefitError('BENEFIT_TRANSITION_NOT_ALLOWED', '该申报已存在，不能重复开启', 'The case already exists'));
  } else {
    if (!current) return err(benefitError('BENEFIT_TRANSITION_NOT_ALLOWED', '申报尚未开启', 'The case has not been opened'));
    if (!(t.from as readonly string[]).includes(current.status)) {
      const label = BENEFIT_STATUS_LABELS[current.status];
      return err(benefitError('BENEFIT_TRANSITION_NOT_ALLOWED', `当前状态为「${label.zh}」，不能执行此操作`, `The case is ${label.en}; this action is not possible now`));
    }
  }
  if (!(t.by as readonly string[]).includes(actor.role)) {
    const who = t.by.map((r) => ROLE_LABELS[r]).join('、');
    return err(benefitError('BENEFIT_NOT_PERMITTED', `此操作只能由${who}执行`, `Only ${t.by.join(', ').toLowerCase()} may do this`));
  }
  if (action.type === 'APPROVE') {
    const d = action.payload;
    if (!Number.isSafeInteger(d.amountFen) || d.amountFen < 0 || !Number.isSafeInteger(d.computedFen) || d.computedFen < 0) {
      return err(benefitError('BENEFIT_INVALID_ACTION', '金额须为非负整数（分）', 'Amounts must be non-negative whole fen'));
    }
    if (d.amountFen !== d.computedFen && !(d.overrideReason && d.overrideReason.trim().length >= 4)) {
      return err(benefitError('BENEFIT_OVERRIDE_REASON_REQUIRED', '核定金额与规则计算金额不同，须说明理由（至少4个字）并由第二人复核', 'The amount differs from the rule-computed amount: give a reason (4+ characters); a second reviewer must confirm'));
    }
  }
  if (action.type === 'CONFIRM_OVERRIDE') {
    const approvedBy = current?.decision?.approvedBy ?? null;
    if (approvedBy !== null && approvedBy === actor.userId) {
      return err(benefitError('BENEFIT_SECOND_REVIEWER_REQUIRED', '调整金额须由另一名审核人员复核，不能由核定人本人确认', 'An override must be confirmed by a second reviewer, not by the one who made it'));
    }
  }
  if (action.type === 'END_NOTICE') {
    const until = current?.dates.noticeUntil;
    if (until && on <= until) {
      return err(benefitError('BENEFIT_NOTICE_NOT_OVER', `公示期至 ${until} 届满，届满后方可结束公示`, `The notice period runs until ${until}`));
    }
  }
  const entry = { ...action, seq: log.length + 1, at, on, actor } as LoggedBenefitAction;
  return ok({ entry, state: foldBenefitCase([...log, entry]) });
}
