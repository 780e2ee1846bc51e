import { describe, expect, it } from 'vitest';
import type { BilingualText, PlainDate } from '@huiqi/kernel';
import { policyReasonText, type PolicyReason } from './evaluate-reasons';

/** Examples of every code: the compiler fails when a code is left out. */
type Every<U extends { code: string }> = { [K in U['code']]: Extract<U, { code: K }>[] };
const CJK = /[\u4e00-\u9fff]/;
const d = (s: string) => s as PlainDate;
const clause: BilingualText = { zh: '营业收入不超过2000万元', en: 'revenue at most 20 million yuan' };
const needed: BilingualText[] = [{ zh: '营业收入', en: 'revenue' }, { zh: '从业人员', en: 'employees' }];

describe('policy evaluation reasons (one place words every code)', () => {
  it('words every code in both languages, without the code', () => {
    const every: Every<PolicyReason> = {
      POLICY_OUTSIDE_JURISDICTION: [{ code: 'POLICY_OUTSIDE_JURISDICTION', jurisdiction: { zh: '深圳市', en: 'Shenzhen' } }],
      POLICY_NOT_YET_IN_FORCE: [{ code: 'POLICY_NOT_YET_IN_FORCE', from: d('2027-01-01') }],
      POLICY_EXPIRED: [{ code: 'POLICY_EXPIRED', until: d('2024-01-01') }],
      POLICY_NO_VERSION: [{ code: 'POLICY_NO_VERSION', date: d('2025-05-05') }],
      CLAUSE_NOT_MET: [{ code: 'CLAUSE_NOT_MET', clause, gaps: [] }, { code: 'CLAUSE_NOT_MET', clause, gaps: [{ zh: '超出 100 万元', en: '1 million yuan over' }] }],
      CLAUSE_UNDECIDED: [{ code: 'CLAUSE_UNDECIDED', clause, needed }, { code: 'CLAUSE_UNDECIDED', clause, needed: [] }],
      AMOUNT_UNDECIDED: [{ code: 'AMOUNT_UNDECIDED', needed }],
    };
    for (const r of Object.values(every).flat() as PolicyReason[]) {
      const t = policyReasonText(r);
      expect(CJK.test(t.zh) && t.en.length > 0 && !CJK.test(t.en), `${r.code}: ${t.zh} / ${t.en}`).toBe(true);
      expect(t.zh.includes(r.code) || t.en.includes(r.code), r.code).toBe(false);
    }
    expect(policyReasonText({ code: 'CLAUSE_UNDECIDED', clause, needed })).toEqual({
      zh: '无法判断：营业收入不超过2000万元（需补充 营业收入、从业人员）',
      en: 'cannot decide: revenue at most 20 million yuan (needs revenue, employees)',
    });
  });
});
