import { describe, expect, it } from 'vitest';
import { gapText, type GapReason } from './trace-reasons';

/** Examples of every code: the compiler fails when a code is left out. */
type Every<U extends { code: string }> = { [K in U['code']]: Extract<U, { code: K }>[] };
const CJK = /[\u4e00-\u9fff]/;
const rdShare = { zh: '研发费用占比', en: 'R&D share' };

describe('explanation gaps (one place words every code)', () => {
  it('words every gap in both languages, without the code', () => {
    const every: Every<GapReason> = {
      GAP_SIZE_NOT_ALLOWED: [{ code: 'GAP_SIZE_NOT_ALLOWED', size: 'medium', allowed: ['small', 'micro'] }, { code: 'GAP_SIZE_NOT_ALLOWED', size: 'unclassified', allowed: ['micro'] }],
      GAP_NOT_IN_LIST: [{ code: 'GAP_NOT_IN_LIST', list: { zh: '资质标签', en: 'qualification tags' }, value: 'TECH_SME', unit: undefined }],
      GAP_NOT_ONE_OF: [{ code: 'GAP_NOT_ONE_OF', operand: { zh: '登记注册类型', en: 'registration type' }, value: 'X', allowed: ['A', 'B'], unit: undefined }],
      GAP_COMPARISON: ['>=', '>', '<=', '<', '==', '!='].map((op) => ({ code: 'GAP_COMPARISON' as const, operand: rdShare, op, value: 5, bound: 6, unit: undefined })),
      GAP_MISSING: [{ code: 'GAP_MISSING', needed: [{ zh: '营业收入', en: 'revenue' }] }],
    };
    for (const g of Object.values(every).flat() as GapReason[]) {
      const t = gapText(g);
      expect(CJK.test(t.zh) && t.en.length > 0 && !CJK.test(t.en), `${g.code}: ${t.zh} / ${t.en}`).toBe(true);
      expect(t.zh.includes(g.code) || t.en.includes(g.code) || /undefined|NaN/.test(t.zh + t.en), `${g.code}: ${t.zh} / ${t.en}`).toBe(false);
    }
    expect(gapText({ code: 'GAP_SIZE_NOT_ALLOWED', size: 'medium', allowed: ['small', 'micro'] }).en).toBe('enterprise size is medium, must be small or micro');
  });
});
