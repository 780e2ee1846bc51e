import type { AppealType } from '../appeal-type';
import type { TimeLimitRule } from './time-limit-rule';

/** The time limits one jurisdiction sets, per appeal type. A type not listed inherits from the parent jurisdiction. */
export interface JurisdictionTimeLimits {
  jurisdiction: string;
  types: Partial<Record<AppealType, readonly TimeLimitRule[]>>;
}
