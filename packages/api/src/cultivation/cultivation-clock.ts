/**
 * The time the cultivation routes act at. Deadlines, 公示 periods and validity depend on the date,
 * so API tests move this clock instead of waiting; production uses the system clock.
 */
let clock: () => Date = () => new Date();

export const cultivationNow = (): Date => clock();

/** For tests: act as if it were `fn()` (pass null to return to the system clock). */
export function setCultivationClock(fn: (() => Date) | null): void {
  clock = fn ?? (() => new Date());
}

/** The current time as an ISO instant in Beijing time (the domain's action times carry an offset). */
export function beijingInstant(now: Date = cultivationNow()): string {
  return `${new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
