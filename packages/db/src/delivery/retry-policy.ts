/** Waits before the 2nd, 3rd, 4th and 5th attempt of a delivery: 1 min, 5 min, 30 min, 2 h. */
export const DELIVERY_BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const;

/** After this many failed attempts a delivery is FAILED. */
export const MAX_DELIVERY_ATTEMPTS = DELIVERY_BACKOFF_MS.length + 1;

/** When to try again after the `attempts`-th attempt failed (counting from 1), or null when it was the last one. */
export function nextDeliveryAttempt(attempts: number, failedAt: Date): Date | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  const wait = DELIVERY_BACKOFF_MS[Math.max(attempts, 1) - 1]!;
  return new Date(failedAt.getTime() + wait);
}
