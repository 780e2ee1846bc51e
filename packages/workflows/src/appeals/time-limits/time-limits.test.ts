import { describe, expect, it } from 'vitest';
import { CODE_IMPLEMENTATIONS } from '@huiqi/rules-engine';
import { APPEAL_TYPES } from '../appeal-type';
import { resolveTimeLimits, shippedTimeLimits } from './resolve-time-limits';
import { describeAmount } from './time-limit-rule';

describe('time limits as data', () => {
  it('cites a source for every rule, with an id that says where it applies', () => {
    for (const j of shippedTimeLimits) {
      for (const [type, rules] of Object.entries(j.types)) {
        for (const r of rules!) {
          expect(r.id).toBe(`${j.jurisdiction}/${type}/${r.clock}`);
          expect(r.source.title.length).toBeGreaterThan(4);
          expect(r.source.url ?? r.source.provision).toBeTruthy();
          if (r.source.verification !== 'CONFIRMED') expect(r.source.note?.zh).toBeTruthy();
        }
      }
    }
  });

  it('every law-library address of a time limit is declared where the rule base checks it at load (one home)', () => {
    const declared = new Set(CODE_IMPLEMENTATIONS.find((c) => c.name === 'appealTimeLimits')!.addresses);
    const used = shippedTimeLimits.flatMap((j) => Object.values(j.types).flatMap((rules) => rules!.map((r) => r.source.address).filter((a): a is string => !!a)));
    expect(used.length).toBeGreaterThan(0);
    expect(new Set(used)).toEqual(declared);
  });

  it('gives Shenzhen a limit for every appeal type, inheriting arrears from the national rules', () => {
    for (const type of APPEAL_TYPES) expect(resolveTimeLimits('cn-gd-sz', type).ok).toBe(true);
    const arrears = resolveTimeLimits('cn-gd-sz', 'ARREARS_COMPLAINT');
    expect(arrears.ok && arrears.value.map((r) => [r.id, describeAmount(r.amount).zh, r.maxTotal?.days ?? null])).toEqual([
      ['cn/ARREARS_COMPLAINT/ACCEPT', '10个工作日', null],
      ['cn/ARREARS_COMPLAINT/TRANSFER', '10个工作日', null],
      ['cn/ARREARS_COMPLAINT/ANSWER', '30日', 90],
    ]);
    const pq = resolveTimeLimits('cn-gd-sz-ft', 'POLICY_QUESTION');
    expect(pq.ok && describeAmount(pq.value[0]!.amount)).toEqual({ zh: '24小时', en: '24 hours' });
  });

  it('marks the complaint figures as unverified and reports a jurisdiction without data as an error', () => {
    const c = resolveTimeLimits('cn-gd-sz', 'COMPLAINT');
    expect(c.ok && c.value[0]!.source.verification).toBe('UNVERIFIED');
    const none = resolveTimeLimits('cn-sh', 'REQUEST');
    expect(!none.ok && none.error.code).toBe('TIME_LIMITS_MISSING');
    expect(!none.ok && none.error.message.zh).toMatch(/cn-sh/);
  });
});
