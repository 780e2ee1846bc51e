import { describe, expect, it } from 'vitest';
import { defaultRulesDir, loadRuleBase, loadTimeLimitBase, type TimeLimitBase } from '@huiqi/rules-engine';
import type { PlainDate } from '@huiqi/kernel';
import { APPEAL_TYPES } from '../appeal-type';
import { resolveTimeLimits } from './resolve-time-limits';
import { describeAmount } from './time-limit-rule';
import { shippedTimeLimits, timeLimitsFromRules } from './time-limits-from-rules';

const d = (s: string) => s as PlainDate;
const port = shippedTimeLimits();

describe('time limits from the rule base (rules/appeals/time-limits.yaml and dated parameters)', () => {
  it('every clock of every appeal type has a source: the parameter value’s reference, named from the law library, flagged when unverified', () => {
    for (const type of APPEAL_TYPES) {
      for (const r of port.resolve('cn-gd-sz', type, d('2026-02-12'))) {
        expect(r.id).toMatch(new RegExp(`^cn(-gd-sz)?/${type}/${r.clock}$`));
        expect(r.source.address).toMatch(/^cn[a-z-]*\/[a-z]+\/[a-z0-9-]+@[\d-]+#/);
        expect(r.source.title.length).toBeGreaterThan(4);
        expect(r.source.parameter).toMatch(/^appeals\.time_limits\./);
        if (r.source.verification !== 'CONFIRMED') expect(r.source.note?.zh).toBeTruthy();
      }
    }
  });

  it('gives Shenzhen a limit for every appeal type, inheriting arrears complaints from the national rules (2025 text)', () => {
    for (const type of APPEAL_TYPES) expect(resolveTimeLimits('cn-gd-sz', type, d('2026-02-12')).ok).toBe(true);
    const arrears = resolveTimeLimits('cn-gd-sz', 'ARREARS_COMPLAINT', d('2026-02-12'));
    expect(arrears.ok && arrears.value.map((r) => [r.id, describeAmount(r.amount).zh, r.maxTotal?.days ?? null, r.source.provision])).toEqual([
      ['cn/ARREARS_COMPLAINT/ACCEPT', '10个工作日', null, '第二十四条第一款'],
      ['cn/ARREARS_COMPLAINT/TRANSFER', '10个工作日', null, '第二十五条第一款'],
      ['cn/ARREARS_COMPLAINT/ANSWER', '30日', 90, '第二十五条第二款'],
    ]);
    expect(arrears.ok && arrears.value[1]!.source.title).toBe('保障中小企业款项支付条例');
    const pq = resolveTimeLimits('cn-gd-sz-ft', 'POLICY_QUESTION', d('2026-02-12'));
    expect(pq.ok && describeAmount(pq.value[0]!.amount)).toEqual({ zh: '24小时', en: '24 hours' });
  });

  it('is dated: before 2025-06-01 (2020 text, “promptly”) an arrears complaint has no transfer or answer figure, only the 224号 review', () => {
    const before = resolveTimeLimits('cn', 'ARREARS_COMPLAINT', d('2025-05-31'));
    expect(before.ok && before.value.map((r) => [r.clock, r.source.address])).toEqual([['ACCEPT', 'cn/regulation/sme-payment-protection@2020-09-01#art_17__para_1']]);
    const on = resolveTimeLimits('cn', 'ARREARS_COMPLAINT', d('2025-06-01'));
    expect(on.ok && on.value.map((r) => r.clock)).toEqual(['ACCEPT', 'TRANSFER', 'ANSWER']);
    expect(on.ok && on.value[0]!.source.from).toBe('2025-06-01');
  });

  it('marks the complaint figures as unverified and reports a jurisdiction without data as an error naming it', () => {
    const c = resolveTimeLimits('cn-gd-sz', 'COMPLAINT', d('2026-02-12'));
    expect(c.ok && c.value[0]!.source.verification).toBe('UNVERIFIED');
    expect(c.ok && c.value[0]!.source.note?.en).toMatch(/Shenzhen SME bureau/);
    const none = resolveTimeLimits('cn-sh', 'REQUEST', d('2026-02-12'));
    expect(!none.ok && none.error.code).toBe('TIME_LIMITS_MISSING');
    expect(!none.ok && none.error.message.zh).toMatch(/cn-sh/);
  });

  it('the light loader and the full rule base give the same clocks (one home for the data)', () => {
    const full = loadRuleBase(defaultRulesDir());
    const light = loadTimeLimitBase(defaultRulesDir());
    if (!full.ok || !light.ok) throw new Error('rules do not load');
    const names = (b: TimeLimitBase) => timeLimitsFromRules(b, () => null);
    for (const type of APPEAL_TYPES) {
      for (const on of ['2021-12-29', '2025-05-31', '2025-06-01', '2026-02-12'] as PlainDate[]) {
        expect(names(light.value).resolve('cn-gd-sz-ns', type, on)).toEqual(names(full.value).resolve('cn-gd-sz-ns', type, on));
      }
    }
  });
});
