/**
 * The time the consultation routes act at. Comment windows and the end of the period depend on
 * the date, so API tests move this clock instead of waiting for a deadline; production uses the
 * system clock.
 */
let clock: () => Date = () => new Date();

export function consultationNow(): Date {
  return clock();
}

/** For tests: act as if it were `fn()` (pass null to return to the system clock). */
export function setConsultationClock(fn: (() => Date) | null): void {
  clock = fn ?? (() => new Date());
}
