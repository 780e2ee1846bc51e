import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePopulation, readColumnar } from '@huiqi/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../testing/run-command';
import synthGenerate from './synth-generate';

const dir = mkdtempSync(join(tmpdir(), 'huiqi-synth-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCommand(synthGenerate, args);

describe('huiqi synth generate', () => {
  it('writes the population to a columnar file and reports rows, size and timing', async () => {
    const out = join(dir, 'p.bin');
    const r = await run(['--size', '1500', '--seed', '4', '--out', out, '--chunk', '100', '--verify']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Record<string, number>;
    expect(report['rows']).toBe(1500);
    expect(report['bytes']).toBe(statSync(out).size);
    expect(report['verifiedRows']).toBe(1500);
    expect(typeof report['writeMs']).toBe('number');
    const pop = readColumnar(out);
    const rows = generatePopulation({ seed: 4, size: 1500, jurisdiction: 'cn-gd-sz' });
    expect(pop.row(1499)).toEqual(rows[1499]);
    expect(report['latestYearEmployees']).toBe(rows.reduce((s, x) => s + x.figures.at(-1)!.employees, 0));
  });

  it('exits 2 with a bilingual usage message for bad arguments', async () => {
    for (const args of [[], ['--size', '10', '--seed', '1'], ['--size', 'many', '--seed', '1', '--out', 'x'], ['--size', '10', '--seed', '1', '--out', 'x', '--year', '1980'], ['--size', '10', '--seed', '1', '--out', 'x', '--nope']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/用法 usage/);
    }
  });
});
