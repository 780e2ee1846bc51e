import { describe, expect, it } from 'vitest';
import { fen } from '@huiqi/kernel';
import { loadRuleBase } from '@huiqi/rules-engine';
import { evaluateBids, type BidInput, type ProjectBidsInput } from './evaluate-bids';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;

const W = 1_000_000_00; // ¥1,000,000.00 in fen
const project = (over: Partial<ProjectBidsInput>, bids: BidInput[]): ProjectBidsInput => ({
  date: '2024-05-01',
  jurisdiction: 'cn',
  category: 'GOODS',
  reservedForSme: false,
  deductionRate: '0.1',
  consortiumDeductionRate: '0.05',
  bids,
  ...over,
});
const run = (p: ProjectBidsInput) => {
  const r = evaluateBids(p, rb);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const errorsOf = (p: ProjectBidsInput) => {
  const r = evaluateBids(p, rb);
  if (r.ok) throw new Error('expected errors');
  return r.error;
};
const smallGoods = (id = 'A', price = W): BidInput => ({ id, priceFen: fen(price), items: [{ makerSize: 'small' }, { makerSize: 'micro' }] });

describe('evaluateBids — small and micro price deduction (46号 Art. 9 para 1)', () => {
  it('2021: goods all made by small and micro enterprises, 6%–10% range, purchaser chose 8%', () => {
    const v = run(project({ date: '2021-06-01', deductionRate: 0.08, consortiumDeductionRate: '0.03' }, [smallGoods()]));
    expect(v.ranges?.priceDeduction).toMatchObject({ min: '0.06', max: '0.1' });
    const b = v.bids[0]!;
    expect(b).toMatchObject({ preference: 'SMALL_MICRO_DEDUCTION', deductionRate: '0.08', evaluatedPriceFen: 92_000_000, deductionFen: 8_000_000, smeStatus: 'SMALL_MICRO' });
    expect(b.reason.zh).toContain('8%');
    expect(b.reason.zh).toContain('6%—10%');
    expect(b.citations).toContain('cn/measures/procurement-sme-promotion@2021-01-01#art_9__para_1');
  });

  it('2021: 12% is outside 6%–10% and refused naming deductionRate and the range', () => {
    const e = errorsOf(project({ date: '2021-06-01', deductionRate: 0.12, consortiumDeductionRate: null }, [smallGoods()]));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ code: 'RATE_OUT_OF_RANGE', field: 'deductionRate' });
    expect(e[0]!.message.zh).toContain('6%—10%');
    expect(e[0]!.message.en).toContain('12%');
  });

  it('2024: the 10%–20% range of 财库〔2022〕19号 applies; 20% accepted, 8% refused', () => {
    const v = run(project({ deductionRate: '0.2' }, [smallGoods('A', 123_456_78)]));
    expect(v.ranges?.priceDeduction).toMatchObject({ min: '0.1', max: '0.2' });
    expect(v.bids[0]).toMatchObject({ deductionRate: '0.2', evaluatedPriceFen: 98_765_42 }); // 12,345,678 × 0.8 = 9,876,542.4 → 9,876,542
    expect(v.bids[0]!.citations).toContain('cn/notice/procurement-sme-support-2022@2022-07-01#measure_2__para_1');
    expect(v.warnings.some((w) => w.zh.includes('未完全核实'))).toBe(true);
    const e = errorsOf(project({ deductionRate: '0.08' }, [smallGoods()]));
    expect(e[0]).toMatchObject({ code: 'RATE_OUT_OF_RANGE', field: 'deductionRate' });
    expect(e[0]!.message.zh).toContain('10%—20%');
  });

  it('the day before and the day the encoded 19号 date takes effect', () => {
    expect(run(project({ date: '2022-06-30', deductionRate: '0.1', consortiumDeductionRate: '0.02' }, [smallGoods()])).ranges?.priceDeduction.max).toBe('0.1');
    expect(run(project({ date: '2022-07-01', deductionRate: '0.1' }, [smallGoods()])).ranges?.priceDeduction.max).toBe('0.2');
  });

  it('a mixed bid with one item made by a large enterprise gets no deduction (Art. 4)', () => {
    const v = run(project({}, [{ id: 'M', priceFen: fen(W), items: [{ makerSize: 'small' }, { makerSize: 'large' }, { makerSize: 'micro' }] }]));
    expect(v.bids[0]).toMatchObject({ preference: 'NONE', deductionRate: '0', evaluatedPriceFen: W, smeStatus: 'NOT_SME', qualifiesForReservedShare: false });
    expect(v.bids[0]!.reason.zh).toContain('大型');
    expect(v.bids[0]!.citations).toEqual(['cn/measures/procurement-sme-promotion@2021-01-01#art_4__para_1']);
  });

  it('a medium manufacturer: reserved-share preference but no small-micro deduction', () => {
    const v = run(project({}, [{ id: 'D', priceFen: fen(W), items: [{ makerSize: 'small' }, { makerSize: 'medium' }] }]));
    expect(v.bids[0]).toMatchObject({ preference: 'NONE', deductionRate: '0', evaluatedPriceFen: W, smeStatus: 'MEDIUM', qualifiesForReservedShare: true });
    expect(v.bids[0]!.reason.zh).toContain('中型');
  });

  it('a project reserved for SMEs gives no deduction and needs no rates', () => {
    const v = run(project({ reservedForSme: true, deductionRate: null, consortiumDeductionRate: null }, [smallGoods()]));
    expect(v.ranges).toBeNull();
    expect(v.bids[0]).toMatchObject({ preference: 'NONE', deductionRate: '0', evaluatedPriceFen: W, qualifiesForReservedShare: true });
    expect(v.bids[0]!.reason.zh).toContain('专门面向中小企业');
  });

  it('a reserved project: a bid with a large manufacturer does not qualify', () => {
    const v = run(project({ reservedForSme: true, deductionRate: null, consortiumDeductionRate: null }, [{ id: 'L', priceFen: fen(W), items: [{ makerSize: 'large' }] }]));
    expect(v.bids[0]).toMatchObject({ preference: 'NONE', qualifiesForReservedShare: false, evaluatedPriceFen: W });
    expect(v.bids[0]!.reason.zh).toContain('不符合参加条件');
  });

  it('services: the provider counts, with the goods/services range', () => {
    const v = run(project({ category: 'SERVICES', deductionRate: '0.15' }, [{ id: 'S', priceFen: fen(W), items: [{ makerSize: 'micro' }] }]));
    expect(v.bids[0]).toMatchObject({ deductionRate: '0.15', evaluatedPriceFen: 85_000_000 });
    expect(v.bids[0]!.reason.zh).toContain('服务承接单位');
  });

  it('ranks bids by evaluated price: a small bid can overtake a cheaper large one', () => {
    const v = run(project({ deductionRate: '0.1' }, [smallGoods('A', W), { id: 'B', priceFen: fen(95_000_000), items: [{ makerSize: 'large' }] }]));
    expect(v.bids.map((b) => [b.id, b.evaluatedPriceFen, b.rank])).toEqual([
      ['A', 90_000_000, 1],
      ['B', 95_000_000, 2],
    ]);
  });
});

describe('evaluateBids — consortium and subcontract deduction (46号 Art. 9 para 2)', () => {
  const consortium = (small: string, large: string): BidInput => ({ id: 'C', priceFen: fen(W), consortium: [{ size: 'small', share: small }, { size: 'large', share: large }] });

  it('2024 goods: small and micro hold exactly 30% → the 4%–6% consortium deduction at the chosen 5%', () => {
    const v = run(project({}, [consortium('0.3', '0.7')]));
    expect(v.ranges?.consortiumDeduction).toMatchObject({ min: '0.04', max: '0.06' });
    expect(v.bids[0]).toMatchObject({ preference: 'CONSORTIUM_DEDUCTION', deductionRate: '0.05', evaluatedPriceFen: 95_000_000, smallMicroShare: '0.3', smeStatus: 'NOT_SME' });
    expect(v.bids[0]!.citations).toContain('cn/measures/procurement-sme-promotion@2021-01-01#art_9__para_2');
  });

  it('just below 30% (29.99%) → no deduction, the reason gives both figures', () => {
    const v = run(project({}, [consortium('0.2999', '0.7001')]));
    expect(v.bids[0]).toMatchObject({ preference: 'NONE', deductionRate: '0', evaluatedPriceFen: W });
    expect(v.bids[0]!.reason.zh).toContain('29.99%');
    expect(v.bids[0]!.reason.zh).toContain('低于 30%');
  });

  it('subcontracts to small and micro firms: 30% gets the deduction, 29% does not', () => {
    const sub = (shares: string[]): BidInput => ({ id: 'S', priceFen: fen(W), items: [{ makerSize: 'medium' }], subcontracts: shares.map((s) => ({ size: 'micro' as const, share: s })) });
    expect(run(project({}, [sub(['0.1', '0.2'])])).bids[0]).toMatchObject({ preference: 'CONSORTIUM_DEDUCTION', deductionRate: '0.05', smallMicroShare: '0.3' });
    const below = run(project({}, [sub(['0.09', '0.2'])])).bids[0]!;
    expect(below).toMatchObject({ preference: 'NONE', smallMicroShare: '0.29' });
    expect(below.reason.zh).toContain('分包');
  });

  it('a bid listing only subcontracts gets the subcontract deduction, never the small-micro one', () => {
    const v = run(project({}, [{ id: 'S', priceFen: fen(W), subcontracts: [{ size: 'small', share: '0.5' }] }]));
    expect(v.bids[0]).toMatchObject({ preference: 'CONSORTIUM_DEDUCTION', deductionRate: '0.05', smeStatus: 'UNKNOWN', qualifiesForReservedShare: false });
  });

  it('2021: the consortium range is 2%–3%; 5% is refused naming consortiumDeductionRate', () => {
    const e = errorsOf(project({ date: '2021-03-01', deductionRate: '0.06' }, [consortium('0.4', '0.6')]));
    expect(e[0]).toMatchObject({ code: 'RATE_OUT_OF_RANGE', field: 'consortiumDeductionRate' });
    expect(e[0]!.message.zh).toContain('2%—3%');
    expect(run(project({ date: '2021-03-01', deductionRate: '0.06', consortiumDeductionRate: '0.03' }, [consortium('0.4', '0.6')])).bids[0]!.deductionRate).toBe('0.03');
  });

  it('a consortium of small and micro members only is treated as small/micro (full deduction)', () => {
    const v = run(project({}, [{ id: 'K', priceFen: fen(W), consortium: [{ size: 'small', share: 0.5 }, { size: 'micro', share: 0.5 }] }]));
    expect(v.bids[0]).toMatchObject({ preference: 'SMALL_MICRO_DEDUCTION', deductionRate: '0.1' });
  });

  it('the consortium rate is required as soon as a bid has a consortium or subcontracts', () => {
    const e = errorsOf(project({ consortiumDeductionRate: undefined }, [consortium('0.4', '0.6')]));
    expect(e[0]).toMatchObject({ code: 'RATE_REQUIRED', field: 'consortiumDeductionRate' });
  });
});

describe('evaluateBids — works (工程)', () => {
  it('2024 works: small-micro 3%–5% (unchanged by 19号), consortium 1%–2%', () => {
    const v = run(project({ category: 'WORKS', deductionRate: '0.05', consortiumDeductionRate: '0.01' }, [
      { id: 'W1', priceFen: fen(W), items: [{ makerSize: 'micro' }] },
      { id: 'W2', priceFen: fen(W), consortium: [{ size: 'large', share: '0.6' }, { size: 'small', share: '0.4' }] },
    ]));
    expect(v.ranges).toMatchObject({ priceDeduction: { min: '0.03', max: '0.05' }, consortiumDeduction: { min: '0.01', max: '0.02' } });
    expect(v.bids[0]).toMatchObject({ deductionRate: '0.05', evaluatedPriceFen: 95_000_000 });
    expect(v.bids[0]!.reason.zh).toContain('施工单位');
    expect(v.bids[1]).toMatchObject({ preference: 'CONSORTIUM_DEDUCTION', deductionRate: '0.01', evaluatedPriceFen: 99_000_000 });
    expect(v.warnings.some((w) => w.zh.includes('综合评估法'))).toBe(true);
  });

  it('works: a 10% deduction (a goods figure) is refused', () => {
    const e = errorsOf(project({ category: 'WORKS', deductionRate: '0.1' }, [{ id: 'W', priceFen: fen(W), items: [{ makerSize: 'micro' }] }]));
    expect(e[0]).toMatchObject({ code: 'RATE_OUT_OF_RANGE', field: 'deductionRate' });
    expect(e[0]!.message.zh).toContain('3%—5%');
  });
});

describe('evaluateBids — malformed input is refused with the field named', () => {
  it('names each bad field of each bid', () => {
    const bad = project({}, [
      { id: 'A', priceFen: -5, items: [{ makerSize: 'small' }] },
      { id: 'A', priceFen: fen(W), items: [{ makerSize: 'huge' as never }] },
      { id: 'C', priceFen: fen(W), consortium: [{ size: 'small', share: '0.4' }, { size: 'large', share: '0.5' }] },
      { id: 'D', priceFen: fen(W), consortium: [{ size: 'small', share: 'x' }] },
      { id: 'E', priceFen: fen(W) },
    ]);
    const fields = errorsOf(bad).map((e) => e.field);
    expect(fields).toEqual(['bids[0].priceFen', 'bids[1].id', 'bids[1].items[0].makerSize', 'bids[2].consortium', 'bids[3].consortium[0].share', 'bids[4]']);
  });

  it('refuses an unknown jurisdiction, a bad date and a bad category together', () => {
    const fields = errorsOf(project({ date: '2024-02-30', jurisdiction: 'xx', category: 'FOOD' as never }, [smallGoods()])).map((e) => e.field);
    expect(fields).toEqual(['date', 'jurisdiction', 'category']);
  });

  it('refuses a date before 46号 took effect (no parameter in force)', () => {
    const e = errorsOf(project({ date: '2020-06-01' }, [smallGoods()]));
    expect(e[0]).toMatchObject({ code: 'NO_PARAMETER' });
  });

  it('reads parameters by jurisdiction: Shenzhen inherits the national range', () => {
    expect(run(project({ jurisdiction: 'cn-gd-sz' }, [smallGoods()])).ranges?.priceDeduction).toMatchObject({ min: '0.1', max: '0.2' });
  });
});
