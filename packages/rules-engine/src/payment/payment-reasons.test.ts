import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { paymentReasonText, type PaymentReason } from './payment-reasons';

/** One example (or more) of every code: the compiler fails when a code is left out. */
type Every<U extends { code: string }> = { [K in U['code']]: Extract<U, { code: K }>[] };
const d = (s: string) => s as PlainDate;
const CJK = /[\u4e00-\u9fff]/;

describe('payment reasons (one place words every code)', () => {
  it('words every code in both languages, without the code', () => {
    const every: Every<PaymentReason> = {
      PAYMENT_BEFORE_REGULATION: [{ code: 'PAYMENT_BEFORE_REGULATION' }],
      PAYMENT_VERSION_BY_CONTRACT_DATE: [{ code: 'PAYMENT_VERSION_BY_CONTRACT_DATE', version: d('2025-06-01') }],
      PAYMENT_CALENDAR_MISSING: [{ code: 'PAYMENT_CALENDAR_MISSING', calendar: null }],
      PAYMENT_SETTLEMENT_DATE_MISSING: [{ code: 'PAYMENT_SETTLEMENT_DATE_MISSING' }],
      PAYMENT_FROM_SETTLEMENT: [
        { code: 'PAYMENT_FROM_SETTLEMENT', mode: 'PROGRESS', start: d('2025-07-01') },
        { code: 'PAYMENT_FROM_SETTLEMENT', mode: 'PERIODIC', start: d('2025-07-01') },
      ],
      PAYMENT_ACCEPTANCE_LATE: [{ code: 'PAYMENT_ACCEPTANCE_LATE', acceptanceDays: 30, start: d('2025-07-31') }],
      PAYMENT_ACCEPTANCE_MISSING: [{ code: 'PAYMENT_ACCEPTANCE_MISSING' }],
      PAYMENT_AGREED_DAYS_CAPPED: [{ code: 'PAYMENT_AGREED_DAYS_CAPPED', agreedDays: 90, maxDays: 60 }],
      PAYMENT_LARGE_ENTERPRISE_AGREED_TERM: [{ code: 'PAYMENT_LARGE_ENTERPRISE_AGREED_TERM' }],
      PAYMENT_LARGE_ENTERPRISE_NO_STATUTORY_DAYS: [{ code: 'PAYMENT_LARGE_ENTERPRISE_NO_STATUTORY_DAYS' }],
      PAYMENT_NO_REST_DAY_EXTENSION: [{ code: 'PAYMENT_NO_REST_DAY_EXTENSION', clause: 'clause 5' }],
      PAYMENT_MOVED_OFF_REST_DAY: [{ code: 'PAYMENT_MOVED_OFF_REST_DAY', lastDay: d('2025-10-01'), due: d('2025-10-09') }],
      PAYMENT_AGREED_RATE: [{ code: 'PAYMENT_AGREED_RATE' }],
    };
    for (const r of Object.values(every).flat() as PaymentReason[]) {
      const t = paymentReasonText(r);
      expect(CJK.test(t.zh), `${r.code}: ${t.zh}`).toBe(true);
      expect(t.en.length > 0 && !CJK.test(t.en), `${r.code}: ${t.en}`).toBe(true);
      for (const s of [t.zh, t.en]) expect(s.includes(r.code) || /undefined|NaN|\[object/.test(s), `${r.code}: ${s}`).toBe(false);
    }
    expect(paymentReasonText({ code: 'PAYMENT_FROM_SETTLEMENT', mode: 'PERIODIC', start: d('2025-07-01') })).toEqual({
      zh: '按定期结算，付款期限自双方确认结算金额之日（2025-07-01）起算',
      en: 'settlement by period: the term runs from the confirmed settlement (2025-07-01)',
    });
  });

  it('lets the calendar word its own missing year', () => {
    const message = { zh: '缺少 2031 年日历', en: 'no calendar for 2031' };
    expect(paymentReasonText({ code: 'PAYMENT_CALENDAR_MISSING', calendar: { code: 'CALENDAR_YEAR_MISSING', message } as never })).toBe(message);
  });
});
