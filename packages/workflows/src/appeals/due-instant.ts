import { addDays } from '@huiqi/kernel';
import type { ClockSnapshot } from './clock';

/**
 * The instant a clock runs out: the exact hour for hour limits, otherwise 24:00 (China Standard
 * Time) of the due date — 民法典 Art. 203 ¶2: the act may be done until 24:00 of the last day.
 */
export function dueInstant(clock: Pick<ClockSnapshot, 'due' | 'dueAt'>): string | null {
  if (clock.dueAt) return clock.dueAt;
  return clock.due ? `${addDays(clock.due, 1)}T00:00:00+08:00` : null;
}
