import { describe, expect, it } from 'vitest';
import { runCommand } from '../testing/run-command';
import deadline from './deadline';

const run = (args: string[]) => runCommand(deadline, args);

describe('huiqi deadline', () => {
  it('prints the due date of a working-day period across 春节 2026', async () => {
    const r = await run(['--from', '2026-02-09', '--working-days', '15']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ due: '2026-03-06' });
  });

  it('rolls a day period ending in 国庆 2026 forward, also for a local jurisdiction', async () => {
    const r = await run(['--from', '2026-09-03', '--days', '30', '--jurisdiction', 'cn-gd-sz']);
    expect(JSON.parse(r.out)).toEqual({ due: '2026-10-08' });
  });

  it('fails with CALENDAR_YEAR_MISSING (exit 1) when the period reaches 2027', async () => {
    const r = await run(['--from', '2026-12-20', '--days', '15']);
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out) as { error: { code: string; year: number; message: { zh: string; en: string } } };
    expect(body.error.code).toBe('CALENDAR_YEAR_MISSING');
    expect(body.error.year).toBe(2027);
    expect(body.error.message.zh).toContain('2027');
    expect(r.err).toContain('2027');
  });

  it('exits 2 with a bilingual usage message for bad arguments', async () => {
    for (const args of [[], ['--from', '2026-02-30', '--days', '3'], ['--from', '2026-02-01'], ['--from', '2026-02-01', '--days', '3', '--working-days', '2'], ['--from', '2026-02-01', '--days', '-3'], ['--from', '2026-02-01', '--days', 'x'], ['--from', '2026-02-01', '--days', '3', '--bogus', '1'], ['--from', '2026-02-01', '--days', '3', '--pauses', '2026-02-03']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/用法 usage/);
      expect(r.out).toBe('');
    }
  });
});
