import { addDays, compareDates, daysBetween, err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import { beijingDayStart, type ConsentPurpose } from './consent';
import { creditError, type CreditError } from './credit-error';
import type { ScopeGrant } from './scopes';
import { CREDIT_ARTICLES } from './articles';

export interface GrantInput {
  institutionId: string;
  scopes: readonly ScopeGrant[];
  purpose: ConsentPurpose;
  startDate: PlainDate;
  endDate: PlainDate;
}

/** What the checks need from outside: the institution register, the enterprise's own demands, the dated maximum period. */
export interface GrantContext {
  today: PlainDate;
  isKnownInstitution(id: string): boolean;
  /** The demand exists and belongs to the granting enterprise. */
  isOwnDemand(demandId: string): boolean;
  /** The configured maximum period in days (parameter `credit.consent_max_days`) on a date; null when not configured. */
  maxPeriodDays(on: PlainDate): number | null;
}

export interface GrantTerms extends GrantInput {
  startsAt: string;
  expiresAt: string;
  periodDays: number;
}

/**
 * The checks of a grant, in order, each naming the field it refuses. The scope list must be non-empty
 * and name each scope once (最小必要, ${CREDIT_ARTICLES.minimumNecessary}); the purpose must be stated
 * (约定用途, ${CREDIT_ARTICLES.agreedPurposeOnly}); the period may not start in the past, end before it
 * starts, or exceed the configured maximum (both days counted).
 */
export function checkGrant(input: GrantInput, ctx: GrantContext): Result<GrantTerms, CreditError> {
  if (!ctx.isKnownInstitution(input.institutionId)) {
    return err(creditError('CREDIT_INSTITUTION_UNKNOWN', 'institutionId', '未找到该金融机构', 'No such financial institution'));
  }
  if (input.scopes.length === 0) return err(creditError('CREDIT_SCOPES_EMPTY', 'scopes', '请至少选择一项授权数据', 'Choose at least one data scope'));
  const seen = new Set<string>();
  for (const s of input.scopes) {
    if (seen.has(s.scope)) return err(creditError('CREDIT_SCOPE_DUPLICATE', 'scopes', '同一数据项只能授权一次', 'Each data scope may be granted once', { scope: s.scope }));
    seen.add(s.scope);
  }
  if (input.purpose.text.trim() === '') return err(creditError('CREDIT_PURPOSE_EMPTY', 'purpose', '请填写授权用途', 'State the purpose of the consent'));
  if (input.purpose.kind === 'FINANCING_DEMAND' && !ctx.isOwnDemand(input.purpose.demandId)) {
    return err(creditError('CREDIT_PURPOSE_DEMAND_NOT_OWN', 'purpose', '所选融资需求不存在或不属于本企业', 'The financing demand does not exist or is not yours'));
  }
  if (compareDates(input.startDate, ctx.today) < 0) {
    return err(creditError('CREDIT_PERIOD_STARTS_IN_PAST', 'startDate', '授权开始日期不能早于今天', 'The consent cannot start before today'));
  }
  if (compareDates(input.endDate, input.startDate) < 0) {
    return err(creditError('CREDIT_PERIOD_END_BEFORE_START', 'endDate', '授权截止日期不能早于开始日期', 'The end date is before the start date'));
  }
  const max = ctx.maxPeriodDays(input.startDate);
  if (max === null) return err(creditError('CREDIT_MAX_PERIOD_UNKNOWN', 'endDate', '未配置授权最长期限', 'No maximum consent period is configured'));
  const periodDays = daysBetween(input.startDate, input.endDate) + 1;
  if (periodDays > max) {
    return err(creditError('CREDIT_PERIOD_TOO_LONG', 'endDate', `授权期限不能超过 ${max} 日（本次 ${periodDays} 日）`, `The consent period may not exceed ${max} days (this one: ${periodDays})`, { maxDays: max, periodDays }));
  }
  return ok({ ...input, startsAt: beijingDayStart(input.startDate), expiresAt: beijingDayStart(addDays(input.endDate, 1)), periodDays });
}
