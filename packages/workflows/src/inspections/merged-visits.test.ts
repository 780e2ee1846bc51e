import type { PlainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { proposeMergedVisits, type PlannedVisit } from './merged-visits';

const v = (planId: string, departmentId: string, uscc: string, from: string, to: string): PlannedVisit => ({ planId, departmentId, uscc, from: from as PlainDate, to: to as PlainDate });

describe('proposeMergedVisits', () => {
  it('proposes one joint visit when two departments reach one enterprise in overlapping windows, in the common window', () => {
    const s = proposeMergedVisits([v('ip-a', 'dept-miit', 'U1', '2026-01-01', '2026-12-31'), v('ip-b', 'dept-futian', 'U1', '2026-11-01', '2026-11-30'), v('ip-a', 'dept-miit', 'U2', '2026-01-01', '2026-12-31')]);
    expect(s.proposals).toEqual([{ uscc: 'U1', planIds: ['ip-a', 'ip-b'], departmentIds: ['dept-futian', 'dept-miit'], from: '2026-11-01', to: '2026-11-30', visitsAvoided: 1 }]);
    expect([s.plannedVisits, s.visitsAfterMerging, s.visitsAvoided]).toEqual([3, 2, 1]);
  });

  it('proposes nothing for windows that do not overlap, or for plans of one department only', () => {
    expect(proposeMergedVisits([v('ip-a', 'd1', 'U1', '2026-01-01', '2026-03-31'), v('ip-b', 'd2', 'U1', '2026-04-01', '2026-06-30')]).proposals).toEqual([]);
    expect(proposeMergedVisits([v('ip-a', 'd1', 'U1', '2026-01-01', '2026-12-31'), v('ip-b', 'd1', 'U1', '2026-01-01', '2026-12-31')]).proposals).toEqual([]);
  });

  it('splits a chain whose common window would be empty: three plans, the third overlapping only the second', () => {
    const s = proposeMergedVisits([v('ip-a', 'd1', 'U1', '2026-01-01', '2026-02-28'), v('ip-b', 'd2', 'U1', '2026-02-01', '2026-05-31'), v('ip-c', 'd3', 'U1', '2026-04-01', '2026-06-30')]);
    expect(s.proposals.map((p) => [p.planIds, p.from, p.to])).toEqual([[['ip-a', 'ip-b'], '2026-02-01', '2026-02-28']]);
    expect(s.visitsAvoided).toBe(1);
  });
});
