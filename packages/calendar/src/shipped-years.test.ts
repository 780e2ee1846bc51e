import cd from 'chinese-days';
import { addDays, plainDate, type PlainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { shippedCalendar, shippedYearEntries } from './load-shipped';

const cal = shippedCalendar();

/** Expand an inclusive range. */
function range(from: string, to: string): PlainDate[] {
  const out: PlainDate[] = [];
  for (let d = plainDate(from); d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

function expectOff(dates: PlainDate[], zh: string) {
  for (const d of dates) {
    const info = cal.dayInfo(d);
    expect(info.ok, d).toBe(true);
    if (info.ok) {
      expect(info.value.kind, d).toBe('HOLIDAY');
      expect(info.value.isWorkingDay, d).toBe(false);
      expect(info.value.holiday?.zh, d).toBe(zh);
    }
  }
}
function expectAdjusted(dates: string[], zh: string) {
  for (const d of dates) {
    const info = cal.dayInfo(plainDate(d));
    expect(info.ok && info.value.kind, d).toBe('ADJUSTED_WORKDAY');
    expect(info.ok && info.value.isWorkingDay, d).toBe(true);
    expect(info.ok && info.value.holiday?.zh, d).toBe(zh);
  }
}

// Each row is one line of the State Council's arrangement as recorded in the project's facts (§9).
describe('2025 national calendar (国办发明电〔2024〕12号)', () => {
  it('元旦 1/1 only, no adjusted working day', () => {
    expectOff(range('2025-01-01', '2025-01-01'), '元旦');
    expect(cal.dayInfo(plainDate('2025-01-02'))).toMatchObject({ ok: true, value: { kind: 'WORKDAY' } });
  });
  it('春节 1/28–2/4 off, 1/26 (Sun) and 2/8 (Sat) working', () => {
    expectOff(range('2025-01-28', '2025-02-04'), '春节');
    expectAdjusted(['2025-01-26', '2025-02-08'], '春节');
    expect(cal.isWorkingDay(plainDate('2025-01-27'))).toEqual({ ok: true, value: true });
    expect(cal.isWorkingDay(plainDate('2025-02-05'))).toEqual({ ok: true, value: true });
  });
  it('清明 4/4–4/6 off', () => expectOff(range('2025-04-04', '2025-04-06'), '清明节'));
  it('劳动节 5/1–5/5 off, 4/27 (Sun) working', () => {
    expectOff(range('2025-05-01', '2025-05-05'), '劳动节');
    expectAdjusted(['2025-04-27'], '劳动节');
  });
  it('端午 5/31–6/2 off', () => expectOff(range('2025-05-31', '2025-06-02'), '端午节'));
  it('国庆+中秋 10/1–10/8 off, 9/28 (Sun) and 10/11 (Sat) working', () => {
    expectOff(range('2025-10-01', '2025-10-08'), '国庆节、中秋节');
    expectAdjusted(['2025-09-28', '2025-10-11'], '国庆节、中秋节');
  });
});

describe('2026 national calendar (国务院办公厅 2025-11-04)', () => {
  it('元旦 1/1–1/3 off, 1/4 (Sun) working', () => {
    expectOff(range('2026-01-01', '2026-01-03'), '元旦');
    expectAdjusted(['2026-01-04'], '元旦');
  });
  it('春节 2/15–2/23 off (9 days), 2/14 (Sat) and 2/28 (Sat) working', () => {
    expectOff(range('2026-02-15', '2026-02-23'), '春节');
    expectAdjusted(['2026-02-14', '2026-02-28'], '春节');
    expect(cal.isWorkingDay(plainDate('2026-02-13'))).toEqual({ ok: true, value: true });
    expect(cal.isWorkingDay(plainDate('2026-02-24'))).toEqual({ ok: true, value: true });
  });
  it('清明 4/4–4/6 off', () => expectOff(range('2026-04-04', '2026-04-06'), '清明节'));
  it('劳动节 5/1–5/5 off, 5/9 (Sat) working', () => {
    expectOff(range('2026-05-01', '2026-05-05'), '劳动节');
    expectAdjusted(['2026-05-09'], '劳动节');
  });
  it('端午 6/19–6/21 off', () => expectOff(range('2026-06-19', '2026-06-21'), '端午节'));
  it('中秋 9/25–9/27 off', () => expectOff(range('2026-09-25', '2026-09-27'), '中秋节'));
  it('国庆 10/1–10/7 off, 9/20 (Sun) and 10/10 (Sat) working', () => {
    expectOff(range('2026-10-01', '2026-10-07'), '国庆节');
    expectAdjusted(['2026-09-20', '2026-10-10'], '国庆节');
    expect(cal.dayInfo(plainDate('2026-10-11'))).toMatchObject({ ok: true, value: { kind: 'WEEKEND', isWorkingDay: false } });
  });
});

describe('shipped data', () => {
  it('cites the notice for each hand-entered year', () => {
    const byYear = new Map(shippedYearEntries().filter((e) => e.jurisdiction === 'cn').map((e) => [e.year, e]));
    expect(byYear.get(2025)?.source.documentNumber).toBe('国办发明电〔2024〕12号');
    expect(byYear.get(2025)?.source.publishedOn).toBe('2024-11-12');
    expect(byYear.get(2026)?.source.publishedOn).toBe('2025-11-04');
    for (const y of [2025, 2026]) expect(byYear.get(y)?.source.provenance).not.toMatch(/seeded/);
    for (let y = 2004; y <= 2024; y++) expect(byYear.get(y)?.source.provenance, String(y)).toMatch(/seeded from chinese-days/);
  });

  it('has 2004–2026 and nothing else', () => {
    expect(cal.years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('agrees with chinese-days on every day of every shipped year (independent cross-check)', () => {
    const disagreements: string[] = [];
    for (const year of cal.years) {
      for (let d = plainDate(`${year}-01-01`); d <= `${year}-12-31`; d = addDays(d, 1)) {
        const ours = cal.isWorkingDay(d);
        if (!ours.ok) throw new Error(d);
        if (ours.value !== cd.isWorkday(d)) disagreements.push(d);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('treats 2027 as missing, unlike chinese-days which calls 2027-10-01 a working day', () => {
    expect(cd.isWorkday('2027-10-01')).toBe(true); // the trap this package exists to avoid
    const r = cal.isWorkingDay(plainDate('2027-10-01'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CALENDAR_YEAR_MISSING');
      expect(r.error.year).toBe(2027);
      expect(r.error.message.zh).toContain('2027年');
      expect(r.error.message.en).toContain('2027');
    }
  });
});
