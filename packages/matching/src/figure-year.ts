import type { PlainDate } from '@huiqi/kernel';

/**
 * The fiscal year whose figures count as "the prior year" on a matching date (fact schema:
 * yearly figures are the prior fiscal year's): the calendar year before the date.
 */
export function figureYearOn(date: PlainDate): number {
  return Number(date.slice(0, 4)) - 1;
}
