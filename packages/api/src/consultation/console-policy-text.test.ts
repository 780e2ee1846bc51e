import { describe, expect, it } from 'vitest';
import { indexTree, listArticles, parseLegalText } from '@huiqi/legal-text';
import { consolePolicyText } from './console-policy-text';

const policy = (conditions: number, amount: boolean) => ({
  titleZh: '数字化转型补贴', summaryZh: '  支持中小企业\n数字化转型。 ',
  conditions: Array.from({ length: conditions }, (_, i) => ({ id: `c${i}`, labelZh: `条件${i + 1}`, labelEn: `c${i}`, when: 'employees >= 1', cite: 'cn/law/sme-promotion#art_2' })),
  amount: amount ? { labelZh: '研发费用的10%', labelEn: '10%', formula: 'rd_expense / 10', cite: 'cn/law/sme-promotion#art_2' } : null,
  effectiveFrom: '2026-01-01', effectiveUntil: null,
});

describe('a console policy as structured text', () => {
  it('parses into articles and items the law library addresses (第一条 summary, 第二条 conditions, amount, validity)', () => {
    const text = consolePolicyText(policy(12, true));
    const tree = parseLegalText(text);
    if (!tree.ok) throw new Error(JSON.stringify(tree.error));
    expect(listArticles(tree.value).map((a) => a.num)).toEqual(['第一条', '第二条', '第三条', '第四条']);
    const index = indexTree(tree.value);
    expect(index.get('art_2__para_1__item_12')?.citation).toBe('第二条第一款第（十二）项');
    expect(text).toContain('第一条 支持中小企业 数字化转型。');
    expect(text).toContain('第三条 补助金额：研发费用的10%（依据：cn/law/sme-promotion#art_2）。');
    expect(text.endsWith('第四条 本政策自2026年1月1日起施行。')).toBe(true);
  });

  it('leaves out what the policy does not have: no conditions, no amount (the title stands in for an empty summary)', () => {
    const text = consolePolicyText({ ...policy(0, false), summaryZh: ' ', effectiveUntil: '2027-12-31' });
    expect(text.split('\n')).toEqual(['第一条 本政策为《数字化转型补贴》。', '第二条 本政策自2026年1月1日起施行，有效期至2027年12月31日。']);
  });
});
