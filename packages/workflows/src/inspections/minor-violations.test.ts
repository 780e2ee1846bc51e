import { readFileSync } from 'node:fs';
import type { PlainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessFinding, compileMinorViolations, type MinorViolationFile } from './minor-violations';

const file = parse(readFileSync(new URL('../../../../rules/inspections/minor-violations.yaml', import.meta.url), 'utf8')) as MinorViolationFile;
const anyAddress = () => true;
const catalogue = (() => {
  const c = compileMinorViolations(file, anyAddress);
  if (!c.ok) throw new Error(JSON.stringify(c.error));
  return c.value;
})();
const on = '2026-11-20' as PlainDate;

describe('轻微免罚 and 首违不罚 (行政处罚法 第三十三条第一款, 深圳条例 第六十九条)', () => {
  it('no penalty for a minor violation corrected in time without harmful consequences', () => {
    const a = assessFinding(catalogue, 'miit-license-display', { correctedInTime: true, harmfulConsequence: false }, on);
    expect(a.ok && a.value.status).toBe('NO_PENALTY');
    expect(a.ok && a.value.explanation[0]!.cites).toContain('cn/law/administrative-penalty@2021-07-15#art_33__para_1');
  });

  it('the penalty may be waived for a first violation with minor harm corrected in time', () => {
    const a = assessFinding(catalogue, 'miit-license-display', { correctedInTime: true, harmfulConsequence: true, harmMinor: true, firstViolation: true }, on);
    expect(a.ok && a.value.status).toBe('MAY_WAIVE');
  });

  it('a second violation with harm is not excluded from a penalty; not corrected in time neither', () => {
    expect(assessFinding(catalogue, 'miit-license-display', { correctedInTime: true, harmfulConsequence: true, harmMinor: true, firstViolation: false }, on)).toMatchObject({ ok: true, value: { status: 'PENALTY_NOT_EXCLUDED' } });
    expect(assessFinding(catalogue, 'miit-license-display', { correctedInTime: false, harmfulConsequence: false, harmMinor: true, firstViolation: true }, on)).toMatchObject({ ok: true, value: { status: 'PENALTY_NOT_EXCLUDED' } });
  });

  it('answers UNKNOWN naming the missing fact while the answer could still be no penalty', () => {
    const a = assessFinding(catalogue, 'miit-license-display', { harmfulConsequence: false }, on);
    expect(a.ok && a.value.status).toBe('UNKNOWN');
    expect(a.ok && a.value.missing).toContain('correctedInTime');
    expect(a.ok && a.value.explanation.map((x) => x.holds)).toEqual(['UNKNOWN', 'UNKNOWN']);
  });

  it('refuses a list whose rule does not type-check or whose citation does not resolve, naming the place', () => {
    const broken = { ...file, rules: [{ ...file.rules[0]!, when: 'correctedInTime + 1' }] };
    const r = compileMinorViolations(broken, anyAddress);
    expect(!r.ok && r.error[0]!.message.zh).toContain('rules[0]');
    const unresolved = compileMinorViolations(file, (a) => !a.includes('administrative-penalty'));
    expect(!unresolved.ok && unresolved.error[0]!.message.en).toContain('does not resolve');
  });

  it('refuses an unknown entry', () => {
    expect(assessFinding(catalogue, 'no-such-entry', {}, on).ok).toBe(false);
  });
});
