import { err, ok, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';
import type { AppealType } from '../appeal-type';
import type { TimeLimitsPort } from './jurisdiction-time-limits';
import type { TimeLimitRule } from './time-limit-rule';
import { shippedTimeLimits } from './time-limits-from-rules';

export interface TimeLimitsMissing {
  code: 'TIME_LIMITS_MISSING';
  message: BilingualText;
  jurisdiction: string;
  type: AppealType;
}

/**
 * The clocks of `type` in `jurisdiction` on `on` (the day of the action that starts them): dated
 * parameters of the rule base, a district inheriting its city's and the nation's values. An error
 * when no clock of the type has a value there on that day.
 */
export function resolveTimeLimits(
  jurisdiction: string,
  type: AppealType,
  on: PlainDate,
  port: TimeLimitsPort = shippedTimeLimits(),
): Result<readonly TimeLimitRule[], TimeLimitsMissing> {
  const rules = port.resolve(jurisdiction, type, on);
  if (rules.length > 0) return ok(rules);
  return err({
    code: 'TIME_LIMITS_MISSING',
    message: {
      zh: `辖区 ${jurisdiction} 于 ${on} 未配置“${type}”类诉求的办理时限，无法计算到期日。`,
      en: `No time limits are configured for ${type} appeals in jurisdiction ${jurisdiction} on ${on}; the due date cannot be computed.`,
    },
    jurisdiction,
    type,
  });
}
