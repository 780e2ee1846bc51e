import { describe, expect, it } from 'vitest';
import { fillLink, groupPolicies, POLICY_SECTIONS } from './policy-groups';
import type { PolicyAnswer } from './policies-api';

const policy = (policyId: string, status: PolicyAnswer['status'], amountFen: number | null, zh = policyId): PolicyAnswer => ({
  policyId, title: { zh, en: policyId }, department: { zh: '部门', en: 'dept' }, jurisdiction: 'cn', channel: 'ONLINE_APPLICATION', status, amountFen,
  benefitKind: null, reasons: [], missing: [], firstFailingClause: null, citations: [], version: null, outputs: {},
});

describe('groupPolicies', () => {
  it('puts each policy in the section of its status, largest amount first', () => {
    const g = groupPolicies([policy('a', 'ELIGIBLE', 100), policy('b', 'INELIGIBLE', null), policy('c', 'ELIGIBLE', 5000), policy('d', 'UNKNOWN', null), policy('e', 'ELIGIBLE', null), policy('f', 'NOT_IN_FORCE', null)]);
    expect(g.ELIGIBLE.map((p) => p.policyId)).toEqual(['c', 'a', 'e']);
    expect(g.INELIGIBLE.map((p) => p.policyId)).toEqual(['b']);
    expect(g.UNKNOWN.map((p) => p.policyId)).toEqual(['d']);
    expect(g.NOT_IN_FORCE.map((p) => p.policyId)).toEqual(['f']);
    expect(POLICY_SECTIONS.reduce((n, s) => n + g[s].length, 0)).toBe(6);
  });

  it('links missing facts to where they are filled in', () => {
    expect(fillLink('FIGURES')).toBe('/me/enterprise?tab=figures');
    expect(fillLink('PROFILE')).toBe('/me/enterprise');
    expect(fillLink('DECLARED')).toBe('#declared-facts');
  });
});
