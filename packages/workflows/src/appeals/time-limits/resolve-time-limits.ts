import { err, ok, type BilingualText, type Result } from '@huiqi/kernel';
import type { AppealType } from '../appeal-type';
import { cnGdSzTimeLimits } from './cn-gd-sz';
import { cnTimeLimits } from './cn';
import type { JurisdictionTimeLimits } from './jurisdiction-time-limits';
import type { TimeLimitRule } from './time-limit-rule';

/** The time-limit data shipped with the package, one file per jurisdiction. */
export const shippedTimeLimits: readonly JurisdictionTimeLimits[] = [cnTimeLimits, cnGdSzTimeLimits];

export interface TimeLimitsMissing {
  code: 'TIME_LIMITS_MISSING';
  message: BilingualText;
  jurisdiction: string;
  type: AppealType;
}

/**
 * The rules for `type` in `jurisdiction`: the most local jurisdiction of the chain
 * (`cn-gd-sz` → `cn-gd` → `cn`) that lists the type wins, as a whole.
 */
export function resolveTimeLimits(
  jurisdiction: string,
  type: AppealType,
  table: readonly JurisdictionTimeLimits[] = shippedTimeLimits,
): Result<readonly TimeLimitRule[], TimeLimitsMissing> {
  const parts = jurisdiction.split('-');
  for (let i = parts.length; i > 0; i--) {
    const j = parts.slice(0, i).join('-');
    const rules = table.find((t) => t.jurisdiction === j)?.types[type];
    if (rules) return ok(rules);
  }
  return err({
    code: 'TIME_LIMITS_MISSING',
    message: {
      zh: `辖区 ${jurisdiction} 未配置“${type}”类诉求的办理时限，无法计算到期日。`,
      en: `No time limits are configured for ${type} appeals in jurisdiction ${jurisdiction}; the due date cannot be computed.`,
    },
    jurisdiction,
    type,
  });
}
