import { describe, expect, it } from 'vitest';
import { toFormValues, toPayload } from './declared-form';
import type { DeclarableField } from './policies-api';

const fields: DeclarableField[] = [
  { name: 'rdExpenseExpensed', type: 'number', unit: 'fen', values: null, group: 'yearly', label: { zh: '研发费用', en: 'R&D' } },
  { name: 'yearsInNicheMarket', type: 'number', unit: 'years', values: null, group: 'declared', label: { zh: '年限', en: 'years' } },
  { name: 'marketShare', type: 'number', unit: 'ratio', values: null, group: 'declared', label: { zh: '占有率', en: 'share' } },
  { name: 'hasOwnBrand', type: 'bool', unit: null, values: null, group: 'declared', label: { zh: '品牌', en: 'brand' } },
  { name: 'firstLoanDate', type: 'date', unit: null, values: null, group: 'declared', label: { zh: '日期', en: 'date' } },
];

describe('declared facts form', () => {
  it('shows money in yuan and converts it back to fen exactly', () => {
    const values = toFormValues(fields, { rdExpenseExpensed: 300_000_001, hasOwnBrand: false });
    expect(values.rdExpenseExpensed).toBe('3000000.01');
    expect(values.hasOwnBrand).toBe('false');
    expect(values.yearsInNicheMarket).toBe('');
    const r = toPayload(fields, { ...values, yearsInNicheMarket: '6', marketShare: '0.12', firstLoanDate: '2023-02-01' }, {});
    expect(r).toEqual({ ok: true, facts: { rdExpenseExpensed: 300_000_001, hasOwnBrand: false, yearsInNicheMarket: 6, marketShare: '0.12', firstLoanDate: '2023-02-01' } });
  });

  it('names the field with a bad amount or number, and keeps facts that are not in the form', () => {
    expect(toPayload(fields, { rdExpenseExpensed: '1.234' }, {})).toEqual({ ok: false, field: 'rdExpenseExpensed', reason: 'MONEY' });
    expect(toPayload(fields, { yearsInNicheMarket: '-1' }, {})).toEqual({ ok: false, field: 'yearsInNicheMarket', reason: 'NUMBER' });
    expect(toPayload(fields.slice(0, 1), { rdExpenseExpensed: '' }, { ipClass1Count: 3, rdExpenseExpensed: 5 })).toEqual({ ok: true, facts: { ipClass1Count: 3 } });
  });
});
