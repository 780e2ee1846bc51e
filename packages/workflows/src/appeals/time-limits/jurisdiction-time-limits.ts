import type { PlainDate } from '@huiqi/kernel';
import type { AppealType } from '../appeal-type';
import type { TimeLimitRule } from './time-limit-rule';

/**
 * Where the appeals workflow gets its time limits: the clocks of one appeal type in force on a day
 * in a jurisdiction (empty when none is set). Backed by the rules engine (`timeLimitsFromRules`),
 * which reads `rules/appeals/time-limits.yaml` and the dated parameters under
 * `rules/parameters/appeals/time_limits/`.
 */
export interface TimeLimitsPort {
  resolve(jurisdiction: string, type: AppealType, on: PlainDate): readonly TimeLimitRule[];
}
