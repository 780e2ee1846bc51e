/** The time the services routes and the expiry sweep act at: tests move it instead of waiting; production uses the system clock. */
let clock: () => Date = () => new Date();

export function servicesNow(): Date {
  return clock();
}

/** For tests: act as if it were `fn()` (pass null to return to the system clock). */
export function setServicesClock(fn: (() => Date) | null): void {
  clock = fn ?? (() => new Date());
}
