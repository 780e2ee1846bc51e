import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { unsupportedNameNumbers } from './name-numbers';

const base = { date: '2025-08-11' as PlainDate, input: { contractDate: '2025-06-01', deliveryDate: '2025-06-10', amount_yuan: '500000' } };

describe('unsupportedNameNumbers', () => {
  it('catches a name that contradicts its own expectation (逾期1日 over an expectation of 2 days)', () => {
    const c = { ...base, name: '逾期1日，50万元利息250元', expect: { daysOverdue: 2, interestYuan: '500.00' } };
    expect(unsupportedNameNumbers(c)).toEqual([1, 250]);
  });

  it('checks a date in the name against the dates of the case (month and day together)', () => {
    const c = { ...base, name: '3月31日到期', expect: { dueDate: '2024-04-01' } };
    expect(unsupportedNameNumbers(c)).toEqual([331]);
    expect(unsupportedNameNumbers({ ...c, expect: { lastCountedDay: '2024-03-31' } })).toEqual([]);
  });

  it('accepts numbers found in the input, the date, the expectation, 万 and percentages', () => {
    const c = { ...base, name: '2025年6月10日交付，8月11日逾期2日，50万元利息500元', expect: { daysOverdue: 2, interestYuan: '500.00' } };
    expect(unsupportedNameNumbers(c)).toEqual([]);
    expect(unsupportedNameNumbers({ ...c, name: '日利率0.05%', expect: { outputs: { rate: '0.0005' } } })).toEqual([]);
  });

  it('accepts figures of the law in force and skips document numbers, codes and years naming a text', () => {
    const c = { ...base, name: '2020年文本下按深工信〔2023〕26号第9项，G53，机关30日内付款', expect: { status: 'X' } };
    expect(unsupportedNameNumbers(c, [30])).toEqual([]);
    expect(unsupportedNameNumbers(c)).toEqual([30]);
  });

  it('reads "少1分" as the threshold minus one fen', () => {
    const c = { ...base, name: '营业收入50万元少1分', input: { revenue: '499999.99' }, expect: { status: 'X' } };
    expect(unsupportedNameNumbers(c)).toEqual([]);
  });
});
