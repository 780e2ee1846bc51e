import type { PlainDate } from '@huiqi/kernel';
import { getRules } from '../rules/rule-base';

/** The jurisdiction whose parameters govern consents (the platform runs for Shenzhen). */
export const CREDIT_JURISDICTION = 'cn-gd-sz';

/** The dated parameter `credit.consent_max_days` for a date, looked up from the jurisdiction upwards; null when none. */
export async function maxConsentDays(on: PlainDate, jurisdiction = CREDIT_JURISDICTION): Promise<number | null> {
  const { rb } = await getRules();
  for (let k = jurisdiction; k.length > 0; k = k.includes('-') ? k.slice(0, k.lastIndexOf('-')) : '') {
    const v = rb.params.resolve('credit.consent_max_days', k, on);
    if (v) return Number(v.value);
  }
  return null;
}
