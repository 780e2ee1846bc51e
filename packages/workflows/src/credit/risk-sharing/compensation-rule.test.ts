import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainDate, type PlainDate } from '@huiqi/kernel';
import { defaultRulesDir, loadLawCitations, loadRuleBase, type CitationIndex, type Facts, type PolicyDef } from '@huiqi/rules-engine';
import { assessCompensation, compileCompensationRule, COMPENSATION_RULE_FILE } from './compensation-rule';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;
const text = readFileSync(join(defaultRulesDir(), COMPENSATION_RULE_FILE), 'utf8');
/** A small enterprise's registry facts (retail, 30 people, 500万元 revenue). */
const small: Facts = { industryCode: 'F52', employees: 30, revenue: 500_000_000 };
let law: CitationIndex;
let rule: PolicyDef;

const assess = (over: { principal?: number; grantedOn?: string; loss?: number; facts?: Facts; on?: string } = {}) =>
  assessCompensation(rb, rule, { pooledLoanPrincipalFen: over.principal ?? 100_000_000, pooledLoanGrantedOn: plainDate(over.grantedOn ?? '2026-03-02'), lossPrincipalFen: over.loss ?? 40_000_000, registryFacts: over.facts ?? small }, (over.on ?? '2026-03-05') as PlainDate, 'cn-gd-sz');

beforeAll(async () => {
  law = (await loadLawCitations()).index;
  const compiled = compileCompensationRule(rb, text, (a) => law.has(a));
  expect(compiled.errors).toEqual([]);
  rule = compiled.rule!;
});

describe('the loan-loss risk-compensation rule (rules/financing/sz-loan-risk-compensation.yaml)', () => {
  it('compensates half of the principal lost on a loan granted today (the base share, a working value flagged unverified)', () => {
    const a = assess();
    expect([a.status, a.amountFen, a.share, a.shareCap, a.countedLossFen]).toEqual(['ELIGIBLE', 20_000_000, '0.5', '0.8', 40_000_000]);
    expect(a.version?.unverified).toBe(true);
    expect(a.citations).toEqual(expect.arrayContaining(['cn-gd-sz/measures/sme-relief-2023#measure_5__para_1', 'cn/law/sme-promotion@2018-01-01#art_2__para_1']));
  });

  it('raises the share by 30 points, to at most 80 %, for a loan granted 2023-01-01..03-31 (深工信〔2023〕26号 第5项), on both edges of the window', () => {
    expect([assess({ grantedOn: '2023-01-01', on: '2023-01-05' }).share, assess({ grantedOn: '2023-01-01', on: '2023-01-05' }).amountFen]).toEqual(['0.8', 32_000_000]);
    expect(assess({ grantedOn: '2023-03-31', on: '2023-04-02' }).share).toBe('0.8');
    expect(assess({ grantedOn: '2023-04-01', on: '2023-04-02' }).share).toBe('0.5');
    expect(assess({ grantedOn: '2022-12-31', on: '2023-01-02' }).share).toBe('0.5');
  });

  it('counts the loss only up to the principal registered (the cap), rounding to the fen', () => {
    const a = assess({ principal: 10_000_001, loss: 99_000_000 });
    expect([a.countedLossFen, a.amountFen]).toEqual([10_000_001, 5_000_001]);
  });

  it('answers three-valued: a medium enterprise is not compensated, missing figures are UNKNOWN, before 2023 the rule is not in force', () => {
    const medium = assess({ facts: { industryCode: 'F52', employees: 300, revenue: 50_000_000_000 } });
    expect([medium.status, medium.amountFen]).toEqual(['INELIGIBLE', null]);
    const unknown = assess({ facts: { industryCode: 'F52' } });
    expect(unknown.status).toBe('UNKNOWN');
    expect(unknown.missing).toEqual(expect.arrayContaining(['employees']));
    expect(assess({ on: '2022-12-31', grantedOn: '2022-12-01' }).status).toBe('NOT_IN_FORCE');
  });

  it('refuses a rule that does not check, naming the file and line, and a citation that does not resolve', () => {
    const broken = compileCompensationRule(rb, text.replace('when: isSme', 'when: isSme +'), (a) => law.has(a));
    expect(broken.rule).toBeNull();
    expect(broken.errors.join('\n')).toMatch(/sz-loan-risk-compensation\.yaml:\d+:\d+/);
    const unresolved = compileCompensationRule(rb, text, () => false);
    expect(unresolved.errors.join('\n')).toContain('does not resolve');
  });
});
