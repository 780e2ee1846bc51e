import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import evalCommand from './eval';
import rulesTest from './rules-test';

async function run(cmd: typeof evalCommand, args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const code = await cmd.run(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, out: out.join(''), err: err.join('') };
}

describe('huiqi eval', () => {
  it('evaluates one policy with an explanation and the amount in yuan', async () => {
    const input = JSON.stringify({ industryCode: 'C39', employees: 50, revenue: '10000000', isFirstLoan: true, firstLoanFromShenzhenBank: true, firstLoanDate: '2023-02-15', firstLoanPrincipal: '5000000', firstLoanMonths: 6 });
    const r = await run(evalCommand, ['--policy', 'sz-2023-first-loan-interest-subsidy', '--date', '2023-06-01', '--jurisdiction', 'cn-gd-sz', '--explain'], input);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out);
    expect(res).toMatchObject({ status: 'ELIGIBLE', amountFen: 5000000, amountYuan: '50000.00' });
    expect(res.explanation.clauses).toHaveLength(4);
  });

  it('without --policy lists every policy in force', async () => {
    const r = await run(evalCommand, ['--date', '2025-06-01', '--jurisdiction', 'cn-sh'], JSON.stringify({ industryCode: 'C39', employees: 50, revenue: '10000000' }));
    const res = JSON.parse(r.out);
    expect(res.results.length).toBeGreaterThan(3);
    expect(res.results.every((x: { status: string }) => x.status !== 'NOT_IN_FORCE')).toBe(true);
  });

  it('rejects bad input with exit code 2 and says why', async () => {
    expect((await run(evalCommand, ['--date', '2023-02-30'], '{}')).code).toBe(2);
    expect((await run(evalCommand, ['--jurisdiction', 'cn-xx'], '{}')).code).toBe(2);
    expect((await run(evalCommand, [], 'not json')).code).toBe(2);
    const bad = await run(evalCommand, [], JSON.stringify({ employees: -1 }));
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('employees');
    expect((await run(evalCommand, ['--policy', 'nope'], '{}')).err).toContain('nope');
  });
});

describe('huiqi rules test', () => {
  it('runs every case and prints the per-rule-set summary', async () => {
    const r = await run(rulesTest, ['--json']);
    const res = JSON.parse(r.out);
    expect(r.code).toBe(0);
    expect(res.failed).toBe(0);
    expect(Object.keys(res.ruleSets).sort()).toEqual(['appeals', 'cultivation', 'payment', 'procurement', 'size-classification', 'sz-financing', 'sz-relief-2023']);
  });
});
