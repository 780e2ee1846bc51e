import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../testing/run-command';
import benchMatch from './bench-match';

const dir = mkdtempSync(join(tmpdir(), 'huiqi-bench-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCommand(benchMatch, args);

describe('huiqi bench match', () => {
  it('runs all three parts on a small population and reports them as JSON, reusing the cached file', async () => {
    const args = ['--enterprises', '3000', '--policies', '30', '--seed', '4', '--cache-dir', dir, '--workers', '2', '--json'];
    const r = await run(args);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.population.generatedMs).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'population-n3000-s4.huiqi-col'))).toBe(true);
    expect(j.batch).toMatchObject({ policies: 30, fallbackPolicies: 0, fallbackEncoded: 0, workers: 2 });
    const o = j.batch.outcomes;
    expect(o.NOT_IN_FORCE + o.ELIGIBLE + o.UNKNOWN + o.INELIGIBLE).toBe(3000 * 30);
    expect(o.ELIGIBLE).toBeGreaterThan(0);
    expect(j.reference).toMatchObject({ rules: 20, mismatches: 0, fallbackPolicies: 0 });
    expect(j.reference.ratio).toBeGreaterThan(0);
    expect(j.incremental.policies).toBe(30);
    expect(j.incremental.medianMs).toBeGreaterThan(0);
    expect(j.peakRssBytes).toBeGreaterThan(0);
    expect(j.loadAverage.before).toHaveLength(3);
    const again = JSON.parse((await run(args)).out);
    expect(again.population.generatedMs).toBeNull();
    expect(again.batch.outcomes).toEqual(j.batch.outcomes);
  }, 120_000);

  it('prints a readable report without --json', async () => {
    const r = await run(['--enterprises', '3000', '--policies', '20', '--seed', '4', '--cache-dir', dir, '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/reference rules .* ratio [\d.]+×/);
    expect(r.out).toMatch(/one enterprise × 20 policies \(\+ diff\): median/);
  }, 120_000);

  it('refuses missing or malformed options with usage', async () => {
    for (const args of [['--policies', '5'], ['--enterprises', 'x', '--policies', '5'], ['--enterprises', '10', '--policies', '0'], ['--enterprises', '10', '--policies', '5', '--date', '2026/01/01']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/usage: huiqi bench match/);
    }
  });
});
