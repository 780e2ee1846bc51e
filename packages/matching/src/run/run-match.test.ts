import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlainDate } from '@huiqi/kernel';
import { loadRuleBase, type RuleBase } from '@huiqi/rules-engine';
import { generatePopulation, writeColumnar } from '@huiqi/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateRange } from '../evaluate-range';
import { compileMatchPlan } from '../match-plan';
import { versionOn } from '../policy-version';
import { readColumnarRange } from '../population-columns';
import { partitionRange, type MatchJob, type PolicySource } from './match-job';
import { MemorySink } from './match-sink';
import { policiesOf, runPartition } from './run-partition';
import { runMatch } from './run-match';

let rb: RuleBase;
let dir: string;
let file: string;
const N = 3000;
const DATE = '2026-03-01' as PlainDate;
const SOURCE: PolicySource = { kind: 'SYNTHETIC', count: 40, seed: 3, withRules: true };

beforeAll(() => {
  const r = loadRuleBase();
  if (!r.ok) throw new Error('rule base');
  rb = r.value;
  dir = mkdtempSync(join(tmpdir(), 'huiqi-run-'));
  file = join(dir, 'pop.bin');
  writeColumnar(file, generatePopulation({ seed: 21, size: N, jurisdiction: 'cn-gd-sz' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jobs(runId: string, size: number): MatchJob[] {
  const policyVersions = policiesOf(rb, SOURCE).map((p) => ({ id: p.id, from: versionOn(p, DATE)?.from ?? null }));
  return partitionRange(N, size).map((r) => ({ runId, file, ...r, policyVersions, date: DATE, policySource: SOURCE }));
}

describe('partitionRange', () => {
  it('covers every row once, in order', () => {
    expect(partitionRange(10, 4)).toEqual([{ from: 0, to: 4 }, { from: 4, to: 8 }, { from: 8, to: 10 }]);
    expect(partitionRange(0, 4)).toEqual([]);
    expect(() => partitionRange(10, 0)).toThrow(RangeError);
  });
  it('jobs survive a JSON round trip (they go through a queue)', () => {
    const j = jobs('r', 1000)[1]!;
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});

describe('runMatch on worker threads', () => {
  it('gives the same outcome codes as one in-thread evaluation, partition by partition', async () => {
    const sink = new MemorySink();
    const res = await runMatch(jobs('run-1', 700), { sink, workers: 2 });
    expect(res.partitions).toBe(5);
    expect(res.workers).toBe(2);
    const policies = policiesOf(rb, SOURCE);
    const cols = readColumnarRange(file, 0, N);
    const whole = evaluateRange(compileMatchPlan(rb, policies, cols.meta, { date: DATE }), cols);
    for (const p of sink.partitions.values()) {
      const n = p.to - p.from;
      policies.forEach((_, pi) => {
        expect(p.codes.subarray(pi * n, (pi + 1) * n)).toEqual(whole.codes.subarray(pi * N + p.from, pi * N + p.to));
      });
    }
    const totals = sink.totals('run-1');
    policies.forEach((pol, pi) => {
      const t = totals.get(pol.id)!;
      expect([t.NOT_IN_FORCE, t.ELIGIBLE, t.UNKNOWN, t.INELIGIBLE]).toEqual([...whole.counts.subarray(pi * 4, pi * 4 + 4)]);
    });
    expect(res.workerMaxRssBytes).toBeGreaterThan(0);
  }, 180_000);

  it('resumes: partitions the sink already holds are not run again', async () => {
    const sink = new MemorySink({ keepCodes: false });
    const all = jobs('run-2', 1000);
    await sink.writePartition(runPartition(all[0]!));
    const res = await runMatch(all, { sink, workers: 1 });
    expect(res).toMatchObject({ partitions: 2, skipped: 1 });
    expect(await sink.writtenRanges('run-2')).toEqual(partitionRange(N, 1000));
  }, 180_000);

  it('refuses a job pinned to a policy version this worker does not have', () => {
    const j = jobs('run-3', N)[0]!;
    const bad = { ...j, policyVersions: [{ id: j.policyVersions[0]!.id, from: '1999-01-01' as PlainDate }] };
    expect(() => runPartition(bad)).toThrow(/version mismatch/);
    expect(() => runPartition({ ...j, policyVersions: [{ id: 'no-such-policy', from: DATE }] })).toThrow(/no policy no-such-policy/);
  });
});
