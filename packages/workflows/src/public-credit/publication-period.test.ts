import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { markState, publicationPeriod } from './publication-period';

const fig = (months: number) => ({ months, reference: 'x', unverified: true });

describe('publicationPeriod and markState', () => {
  it('counts months from the day after the decision to the corresponding day, or the month\'s last day (民法典 第二百零一条、第二百零二条)', () => {
    const p = publicationPeriod('2026-01-31' as PlainDate, fig(1), fig(36));
    expect(p.ok && [p.value.start, p.value.minimumEnd, p.value.end]).toEqual(['2026-01-31', '2026-02-28', '2029-01-31']);
  });

  it('refuses a missing figure or a shortest period longer than the longest', () => {
    const none = publicationPeriod('2026-01-31' as PlainDate, null, fig(12));
    expect(none.ok ? null : none.error.code).toBe('CREDIT_MARK_PERIOD_UNKNOWN');
    const crossed = publicationPeriod('2026-01-31' as PlainDate, fig(13), fig(12));
    expect(crossed.ok ? null : crossed.error.code).toBe('CREDIT_MARK_PERIOD_UNKNOWN');
  });

  it('publishes up to and including the last day, then stops; a repair ends it at once; an unpublished record is never published', () => {
    const period = { end: '2026-12-31' as PlainDate };
    expect(markState({ isPublic: true, period, repairedOn: null }, '2026-12-31' as PlainDate)).toBe('PUBLISHED');
    expect(markState({ isPublic: true, period, repairedOn: null }, '2027-01-01' as PlainDate)).toBe('PUBLICATION_ENDED');
    expect(markState({ isPublic: true, period, repairedOn: '2026-06-01' as PlainDate }, '2026-06-02' as PlainDate)).toBe('REPAIRED');
    expect(markState({ isPublic: false, period, repairedOn: null }, '2026-06-02' as PlainDate)).toBe('RECORDED_NOT_PUBLIC');
  });
});
