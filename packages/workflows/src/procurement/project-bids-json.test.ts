import { describe, expect, it } from 'vitest';
import { projectBidsFromJson } from './project-bids-json';

const ok = { date: '2024-05-01', jurisdiction: 'cn', category: 'Works', reservedForSme: false, deductionRate: 0.04, bids: [{ id: 'A', price: '1234.5', supplier: '甲', items: [{ makerSize: 'micro' }] }] };

describe('projectBidsFromJson', () => {
  it('reads yuan exactly into fen and the category in any case', () => {
    const r = projectBidsFromJson(ok);
    expect('project' in r && r.project).toMatchObject({ category: 'WORKS', deductionRate: 0.04, bids: [{ id: 'A', priceFen: 123450 }] });
  });

  it('refuses unknown fields at both levels and bad prices, naming each', () => {
    const r = projectBidsFromJson({ ...ok, budget: 1, bids: [{ ...ok.bids[0], price: 0, colour: 'red' }, { id: 'B', price: '1.001', items: [] }] });
    expect('errors' in r && r.errors.map((e) => e.field)).toEqual(['budget', 'bids[0].colour', 'bids[0].price', 'bids[1].price']);
  });

  it('refuses a non-object', () => {
    expect('errors' in projectBidsFromJson([1]) && projectBidsFromJson([1])).toBeTruthy();
  });
});
