import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { defaultRulesDir } from '../load-rule-base';
import { appealTimeLimits } from './appeal-time-limits';
import { loadTimeLimitBase } from './load-time-limits';
import { provisionInWords } from './reference-source';
import { parseTimeLimitDefs } from './time-limit-def';

const base = loadTimeLimitBase(defaultRulesDir());
if (!base.ok) throw new Error('time limits do not load');
const params = base.value.params;

const parse = (yaml: string) => parseTimeLimitDefs('rules/appeals/time-limits.yaml', yaml, params);

describe('rules/appeals/time-limits.yaml', () => {
  it('refuses an unknown parameter, a length that is not hours, days or working days, an unknown clock, and a clock without implements or note — each located', () => {
    const r = parse(`types:
  REQUEST:
    - { clock: ANSWER, starts_on: SUBMITTED, label: { zh: 答复, en: answer }, limit: appeals.time_limits.nope, near_due_hours: 4, note: 测试 }
    - { clock: ACCEPT, starts_on: SUBMITTED, label: { zh: 审查, en: review }, limit: procurement.price_deduction.goods_services.min, near_due_hours: 4, note: 测试 }
    - { clock: LATER, starts_on: SUBMITTED, label: { zh: 其他, en: other }, limit: appeals.time_limits.request.answer, near_due_hours: 4 }
`);
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([
      ['UNKNOWN_PARAMETER', 3],
      ['BAD_UNIT', 4],
      ['WRONG_TYPE', 5],
      ['MISSING_FIELD', 5],
    ]);
  });

  it('loads the shipped file: every clock names a parameter of the right unit, and arrears answers carry their 90-day cap', () => {
    expect(base.value.timeLimits.length).toBeGreaterThanOrEqual(7);
    const answer = appealTimeLimits(base.value, 'cn', 'ARREARS_COMPLAINT', '2025-06-01' as PlainDate).find((t) => t.clock === 'ANSWER')!;
    expect([answer.amount, answer.maxTotal, answer.parameter.reference]).toEqual([{ days: 30 }, { days: 90 }, 'cn/regulation/sme-payment-protection@2025-06-01#art_25__para_2']);
    expect(appealTimeLimits(base.value, 'cn', 'ARREARS_COMPLAINT', '2025-05-31' as PlainDate).map((t) => t.clock)).toEqual(['ACCEPT']);
  });

  it('names provisions in words as the law library does', () => {
    expect(provisionInWords('art_25__para_1')).toBe('第二十五条第一款');
    expect(provisionInWords('art_3__para_1__item_2')).toBe('第三条第一款第（二）项');
    expect(provisionInWords('measure_4__para_1')).toBe('4.第一段');
    expect(provisionInWords(null)).toBeNull();
  });
});
