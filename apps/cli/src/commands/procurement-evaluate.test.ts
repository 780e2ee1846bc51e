import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadRuleBase } from '@huiqi/rules-engine';
import command, { evaluateProjectText } from './procurement-evaluate';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;

const ISSUE_EXAMPLE = {
  date: '2024-05-01',
  jurisdiction: 'cn',
  category: 'goods',
  reservedForSme: false,
  deductionRate: 0.1,
  consortiumDeductionRate: 0.05,
  bids: [
    { id: 'A', price: 1000000, items: [{ makerSize: 'small' }] },
    { id: 'B', price: 950000, items: [{ makerSize: 'large' }] },
    { id: 'C', price: 990000, consortium: [{ size: 'small', share: 0.4 }, { size: 'large', share: 0.6 }] },
  ],
};

async function runCli(stdin: string, args: string[] = []) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const errs: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => errs.push(String(c)));
  const code = await command.run(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: out.join(''), stderr: errs.join('') };
}

describe('huiqi procurement evaluate', () => {
  it('evaluates the issue example: A small −10%, B large none, C consortium 40% small −5%', async () => {
    const r = await runCli(JSON.stringify(ISSUE_EXAMPLE));
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.bids.map((b: { id: string; evaluatedPrice: number; deductionRate: number; rank: number }) => [b.id, b.evaluatedPrice, b.deductionRate, b.rank])).toEqual([
      ['A', 900000, 0.1, 1],
      ['B', 950000, 0, 3],
      ['C', 940500, 0.05, 2],
    ]);
    for (const b of o.bids) expect(b.reason).toMatch(/.+ \/ .+/);
    expect(o.bids[1].reason).toContain('大型');
  });

  it('keeps fen exact on odd prices in yuan', () => {
    const r = evaluateProjectText(rb, JSON.stringify({ ...ISSUE_EXAMPLE, deductionRate: 0.15, bids: [{ id: 'A', price: '333333.33', items: [{ makerSize: 'micro' }] }] }));
    expect(r.code).toBe(0);
    if (r.code === 0) expect((r.output.bids as { evaluatedPrice: number }[])[0]!.evaluatedPrice).toBe(283333.33); // 333,333.33 × 0.85 = 283,333.3305
  });

  it('an out-of-range rate: exit 1 and a bilingual error naming deductionRate and the range', async () => {
    const r = await runCli(JSON.stringify({ ...ISSUE_EXAMPLE, deductionRate: 0.25 }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('deductionRate');
    expect(r.stderr).toContain('10%—20%');
    expect(r.stderr).toContain('outside the range');
  });

  it('a malformed bid: exit 1 naming the field (price in yuan, size, unknown field)', async () => {
    const bad = { ...ISSUE_EXAMPLE, bids: [{ id: 'A', price: '12.345', items: [{ makerSize: 'small' }] }, { id: 'B', price: 1, items: [{ makerSize: 'big' }] }, { id: 'C', price: 5, cost: 3, items: [{ makerSize: 'small' }] }] };
    const r = await runCli(JSON.stringify(bad));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bids[0].price');
    expect(r.stderr).toContain('bids[2].cost');
    const r2 = await runCli(JSON.stringify({ ...ISSUE_EXAMPLE, bids: [{ id: 'B', price: 1, items: [{ makerSize: 'big' }] }] }));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('bids[0].items[0].makerSize');
    const r3 = await runCli(JSON.stringify({ ...ISSUE_EXAMPLE, category: 'food' }));
    expect(r3.stderr).toContain('category');
  });

  it('echoes the project name and each bid\'s supplier', () => {
    const r = evaluateProjectText(rb, JSON.stringify({ ...ISSUE_EXAMPLE, name: '实验设备', bids: [{ ...ISSUE_EXAMPLE.bids[0], supplier: '甲公司' }] }));
    expect(r.code).toBe(0);
    if (r.code === 0) expect(r.output).toMatchObject({ name: '实验设备', bids: [{ id: 'A', supplier: '甲公司' }] });
  });

  it('bad JSON: exit 2', async () => {
    const r = await runCli('{"date": ');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('JSON');
  });

  it('--text prints one tab-separated line per bid', async () => {
    const r = await runCli(JSON.stringify(ISSUE_EXAMPLE), ['--text']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => /^[ABC]\t/.test(l))).toHaveLength(3);
    expect(r.stdout).toMatch(/^A\t1000000\t900000\t0\.1\t/m);
  });
});
