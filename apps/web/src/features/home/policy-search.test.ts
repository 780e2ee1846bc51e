import { describe, expect, it } from 'vitest';
import { beijingToday, matchesQuery } from './policy-search';

const policy = {
  policyKey: 'sz-rd-support',
  titleZh: '研发投入补助',
  titleEn: 'R&D spending grant',
  summaryZh: '按上年度研发费用给予补助',
  summaryEn: 'A grant on last year\'s R&D spending',
  topics: ['INNOVATION'],
  conditions: [{ labelZh: '上年度研发费用不少于100万元', labelEn: 'R&D spending of at least 1 million yuan' }],
};

describe('front door policy search', () => {
  it('finds a policy by a Chinese or English word of its title, summary or conditions, every word required', () => {
    expect(matchesQuery(policy, '研发')).toBe(true);
    expect(matchesQuery(policy, 'grant')).toBe(true);
    expect(matchesQuery(policy, '100万元')).toBe(true);
    expect(matchesQuery(policy, '研发 融资')).toBe(false);
    expect(matchesQuery(policy, '社保')).toBe(false);
  });

  it('asks for the policies in force on the Beijing date, also in the hours when UTC is still the day before', () => {
    expect(beijingToday(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
    expect(beijingToday(new Date('2026-03-31T15:59:00Z'))).toBe('2026-03-31');
  });
});
