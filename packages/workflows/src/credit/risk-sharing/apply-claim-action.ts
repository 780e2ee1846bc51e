import { compareDates, err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import type { AnyClaimAction, ClaimActor, ClaimPayloads } from './claim-action';
import { claimTransitionFor, type ClaimPerformer } from './claim-transitions';
import { foldClaim, type RiskClaim } from './fold-claim';
import { riskSharingError, type RiskSharingError } from './risk-sharing-error';

/** Limits of free text (a sanity bound for input, not law). */
export const CLAIM_LIMITS = { maxTextChars: 1000, maxAccountChars: 100 } as const;

/** Beijing calendar day of an instant. */
const beijingDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10) as PlainDate;
const blank = (s: string) => s.trim() === '';

/**
 * The bank's claim as filed: the loss is more than zero and at most the principal registered in the
 * pool; the default happened after the loan entered the pool (a loan already in default when
 * registered is not the pool's risk) and not after today; a description and a payee account are given.
 */
export function checkFiling(p: Pick<ClaimPayloads['FILED'], 'loan' | 'lossPrincipalFen' | 'defaultedOn' | 'description' | 'account'>, today: PlainDate): RiskSharingError | null {
  if (!Number.isSafeInteger(p.lossPrincipalFen) || p.lossPrincipalFen <= 0 || p.lossPrincipalFen > p.loan.principalFen) {
    return riskSharingError('RISK_CLAIM_LOSS_INVALID', 'lossPrincipalFen', '本金损失须大于零，且不超过入池登记的贷款本金', 'The principal lost must be more than zero and at most the principal registered in the pool');
  }
  if (compareDates(p.defaultedOn, p.loan.registeredOn) < 0 || compareDates(p.defaultedOn, today) > 0) {
    return riskSharingError('RISK_CLAIM_DEFAULT_DATE_INVALID', 'defaultedOn', '违约日期须在入池登记日期之后，且不晚于今天', 'The default date must be on or after the day the loan was registered in the pool and not after today');
  }
  if (blank(p.description) || p.description.length > CLAIM_LIMITS.maxTextChars) {
    return riskSharingError('RISK_CLAIM_DESCRIPTION_EMPTY', 'description', `请说明违约和追偿情况（不超过 ${CLAIM_LIMITS.maxTextChars} 字）`, `Describe the default and the recovery efforts (at most ${CLAIM_LIMITS.maxTextChars} characters)`);
  }
  for (const k of ['accountName', 'accountNumber', 'bankName'] as const) {
    if (blank(p.account[k]) || p.account[k].length > CLAIM_LIMITS.maxAccountChars) {
      return riskSharingError('RISK_CLAIM_ACCOUNT_INVALID', `account.${k}`, '请填写收款账户的户名、账号和开户行', 'Give the payee account name, number and bank');
    }
  }
  return null;
}

function performersOf(c: RiskClaim, actor: ClaimActor): ClaimPerformer[] {
  if (actor.kind === 'INSTITUTION') return actor.institutionId === c.loan.institutionId ? ['BANK'] : [];
  if (actor.kind === 'OFFICER') return ['REVIEWER'];
  return ['FINANCE'];
}

/**
 * Appends one action to a claim's log: the transition table says whether the status allows it and to
 * whom; the guards check the filing (and a corrected filing, with what was corrected), that a proposal carries a compensable amount, that the confirming
 * officer is not the proposer, and that a rejection has its reason. Returns the new state.
 */
export function applyClaimAction(log: readonly AnyClaimAction[], action: AnyClaimAction): Result<{ claim: RiskClaim; action: AnyClaimAction }, RiskSharingError> {
  if (log.length === 0) {
    if (action.type !== 'FILED' || action.actor.kind !== 'INSTITUTION' || action.actor.institutionId !== action.payload.loan.institutionId) {
      return err(riskSharingError('RISK_CLAIM_ACTOR_NOT_PERMITTED', null, '补偿申请须由登记该笔贷款的金融机构提出', 'A claim is filed by the institution that registered the loan'));
    }
    const bad = checkFiling(action.payload, beijingDay(action.at));
    return bad ? err(bad) : ok({ claim: foldClaim([action]), action });
  }
  const c = foldClaim(log);
  const t = action.type === 'FILED' ? null : claimTransitionFor(c.status, action.type);
  if (!t) return err(riskSharingError('RISK_CLAIM_ACTION_NOT_ALLOWED', null, '当前状态下不能执行此操作', 'This action is not allowed in the current status'));
  if (!t.by.some((p) => performersOf(c, action.actor).includes(p))) return err(riskSharingError('RISK_CLAIM_ACTOR_NOT_PERMITTED', null, '无权执行此操作', 'You may not perform this action'));
  if (action.type === 'APPROVAL_PROPOSED') {
    const d = action.payload.decision;
    if (!Number.isSafeInteger(d.amountFen) || d.amountFen <= 0) return err(riskSharingError('RISK_CLAIM_NOT_COMPENSABLE', null, '按规则计算的补偿金额为零或无法计算，不能同意', 'The rule gives no compensable amount; the claim cannot be approved'));
  }
  if (action.type === 'APPROVAL_CONFIRMED' && c.proposal?.by === action.actor.userId) {
    return err(riskSharingError('RISK_CLAIM_SAME_REVIEWER', null, '复核须由另一名工作人员办理', 'A second officer, not the one who proposed it, confirms the approval'));
  }
  if (action.type === 'RESUBMITTED') {
    const p = action.payload;
    if (blank(p.correction) || p.correction.length > CLAIM_LIMITS.maxTextChars) {
      return err(riskSharingError('RISK_CLAIM_CORRECTION_REQUIRED', 'correction', `请说明补正了哪些内容（不超过 ${CLAIM_LIMITS.maxTextChars} 字）`, `Say what was corrected (at most ${CLAIM_LIMITS.maxTextChars} characters)`));
    }
    const bad = checkFiling({ ...p, loan: c.loan }, beijingDay(action.at));
    if (bad) return err(bad);
  }
  if (action.type === 'REJECTED' && (blank(action.payload.reason) || action.payload.reason.length > CLAIM_LIMITS.maxTextChars)) {
    return err(riskSharingError('RISK_CLAIM_REASON_REQUIRED', 'reason', '请填写不予补偿的理由', 'Give the reason for rejecting the claim'));
  }
  return ok({ claim: foldClaim([...log, action]), action });
}
