/** The last day of a consent that starts on `start` (YYYY-MM-DD) and runs `days` days, both ends counted. */
export function consentEndDate(start: string, days: number): string {
  const t = Date.parse(`${start}T00:00:00Z`) + (days - 1) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
