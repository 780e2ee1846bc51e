/**
 * The time the credit routes act at. Consents start and expire at instants, so API tests move this
 * clock instead of waiting; production uses the system clock.
 */
let clock: () => Date = () => new Date();

export function creditNow(): Date {
  return clock();
}

/** For tests: act as if it were `fn()` (pass null to return to the system clock). */
export function setCreditClock(fn: (() => Date) | null): void {
  clock = fn ?? (() => new Date());
}
