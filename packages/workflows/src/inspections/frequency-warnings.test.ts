import type { PlainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { frequencyWarnings, type VisitForFrequency } from './frequency-warnings';

const visit = (visitId: string, departmentId: string, on: string, itemIds = ['ii-1'], uscc = 'U1'): VisitForFrequency => ({ visitId, departmentId, uscc, itemIds, on: on as PlainDate });
const caps = (id: string) => ({ 'ii-1': 1, 'ii-2': 3 })[id];

describe('frequencyWarnings', () => {
  it('warns when a department inspects one enterprise under one item more often in a year than the item\'s cap', () => {
    const w = frequencyWarnings([visit('a', 'd1', '2026-01-10'), visit('b', 'd1', '2026-06-10'), visit('c', 'd1', '2027-01-10')], caps);
    expect(w).toEqual([{ kind: 'ANNUAL_CAP_EXCEEDED', uscc: 'U1', departmentId: 'd1', itemId: 'ii-1', year: 2026, visits: 2, cap: 1 }]);
  });

  it('warns once per enterprise for three visits by any departments within 30 days, naming the run', () => {
    const w = frequencyWarnings([visit('a', 'd1', '2026-03-01', ['ii-2']), visit('b', 'd2', '2026-03-20', ['ii-2']), visit('c', 'd3', '2026-03-30', ['ii-2']), visit('d', 'd3', '2026-05-30', ['ii-2'])], caps);
    expect(w).toEqual([{ kind: 'HIGH_FREQUENCY', uscc: 'U1', from: '2026-03-01', to: '2026-03-30', visits: 3, departmentIds: ['d1', 'd2', 'd3'] }]);
  });

  it('does not warn for three visits spread over 31 days', () => {
    expect(frequencyWarnings([visit('a', 'd1', '2026-03-01', ['ii-2']), visit('b', 'd2', '2026-03-20', ['ii-2']), visit('c', 'd3', '2026-03-31', ['ii-2'])], caps)).toEqual([]);
  });
});
