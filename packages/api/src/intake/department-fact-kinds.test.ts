import { describe, expect, it } from 'vitest';
import { completeUscc, plainDate } from '@huiqi/kernel';
import { DEPARTMENT_FACT_SPECS, institutionLookup, parseMonthCell, parseRatingCell, validateDepartmentFactRow } from './department-fact-kinds';
import { resolveHeader } from './resolve-header';

describe('department-fact kinds', () => {
  it('reads months in the usual spellings and refuses impossible or future ones', () => {
    expect(parseMonthCell('2025-3', plainDate('2025-12-01'))).toEqual({ ok: true, value: '2025-03' });
    expect(parseMonthCell('2025年11月', plainDate('2025-12-01'))).toEqual({ ok: true, value: '2025-11' });
    expect(parseMonthCell('2025/13', plainDate('2025-12-01')).ok).toBe(false);
    expect(parseMonthCell('2026-01', plainDate('2025-12-31'))).toMatchObject({ ok: false, error: { en: 'month 2026-01 is after the current month' } });
  });
  it('knows the five grades of 纳税信用等级 (a trailing 级 and lower case accepted)', () => {
    expect(['A', 'b', 'M级', 'c', 'D'].map((t) => parseRatingCell(t))).toEqual(['A', 'B', 'M', 'C', 'D'].map((value) => ({ ok: true, value })));
    expect(parseRatingCell('AA').ok).toBe(false);
  });
  it('reports every problem of a row with the column as the file names it', () => {
    const h = resolveHeader(['统一社会信用代码', '评价年度', '纳税信用等级'], DEPARTMENT_FACT_SPECS.TAX_CREDIT_RATING.columns);
    if (!h.ok) throw new Error('header');
    const bad = validateDepartmentFactRow('TAX_CREDIT_RATING', ['91440300MA5FAKE00X', '2099', 'E'], 7, h.value, plainDate('2025-12-01'));
    expect(bad.ok ? [] : bad.errors.map((e) => [e.line, e.column])).toEqual([[7, '统一社会信用代码'], [7, '评价年度'], [7, '纳税信用等级']]);
  });

  const U = completeUscc('91440300MA5QUAL10');
  const rowOf = (kind: 'QUALIFICATIONS' | 'SHARED_FACTS', header: string[], cells: string[], ctx = {}) => {
    const h = resolveHeader(header, DEPARTMENT_FACT_SPECS[kind].columns);
    if (!h.ok) throw new Error(JSON.stringify(h.errors));
    return validateDepartmentFactRow(kind, cells, 2, h.value, plainDate('2025-12-01'), ctx);
  };
  const QH = ['统一社会信用代码', '资质类型', '证书编号', '有效期起', '有效期至', '发证部门'];
  it('qualifications: the closed list by Chinese name (quotes ignored), plain dates, until ≥ from, impossible dates refused by column', () => {
    expect(rowOf('QUALIFICATIONS', QH, [U, '高新技术企业', 'GR202344201234', '2023-12-12', '2026-12-11', '广东省科学技术厅'])).toEqual({
      ok: true, row: { line: 2, uscc: U, period: 'HIGH_TECH', value: { certificateNumber: 'GR202344201234', validFrom: '2023-12-12', validUntil: '2026-12-11', issuer: '广东省科学技术厅' } },
    });
    expect(rowOf('QUALIFICATIONS', QH, [U, '专精特新“小巨人”企业', 'X-1', '2024/7/1', '2027/6/30', '工业和信息化部'])).toMatchObject({ ok: true, row: { period: 'LITTLE_GIANT', value: { validFrom: '2024-07-01' } } });
    const bad = rowOf('QUALIFICATIONS', QH, [U, '优秀企业', 'A 1', '2023-02-30', '2026-01-01', '某部门']);
    expect(bad.ok ? [] : bad.errors.map((e) => e.column)).toEqual(['资质类型', '证书编号', '有效期起']);
    const reversed = rowOf('QUALIFICATIONS', QH, [U, 'TECH_SME', '202544030500012345', '2025-05-01', '2024-12-31', '深圳市科技创新局']);
    expect(reversed.ok ? null : reversed.errors[0]).toEqual({ line: 2, column: '有效期至', message: { zh: '有效期至 2024-12-31 早于有效期起 2025-05-01', en: 'valid until 2024-12-31 is before valid from 2025-05-01' } });
  });
  it('shared facts: one column per fact the registry does not hold (name or Chinese label), amounts in 元, ratios exact, 是/否; the policy must be linked to a fund', () => {
    const funded = { fundedPolicies: new Set(['sz-2023-tech-sme-interest-subsidy']) };
    const header = ['uscc', '政策编号', '为入库科技型中小企业', '当年实际支付利息（元）', 'interestSubsidyBaseRatio'];
    expect(rowOf('SHARED_FACTS', header, [U, 'sz-2023-tech-sme-interest-subsidy', '是', '12,345.60', '1.5%'], funded)).toEqual({
      ok: true, row: { line: 2, uscc: U, period: 'sz-2023-tech-sme-interest-subsidy', value: { isRegisteredTechSme: true, interestPaid: 1_234_560, interestSubsidyBaseRatio: '0.015' } },
    });
    const bad = rowOf('SHARED_FACTS', header, [U, 'sz-unknown', '也许', '-1', '0.2'], funded);
    expect(bad.ok ? [] : bad.errors.map((e) => [e.column, e.message.zh])).toEqual([
      ['政策编号', '政策「sz-unknown」未关联资金，不能接收共享数据'], ['为入库科技型中小企业', '「也许」应为「是」或「否」'], ['当年实际支付利息（元）', '金额不能为负数：-1'],
    ]);
    expect(resolveHeader(['uscc', 'policy', 'employees'], DEPARTMENT_FACT_SPECS.SHARED_FACTS.columns).ok).toBe(false); // a registry fact is not shared data
    const empty = rowOf('SHARED_FACTS', header, [U, 'sz-2023-tech-sme-interest-subsidy', '', '', ''], funded);
    expect(empty.ok ? null : empty.errors[0]!.message.en).toBe('the row holds no shared fact (every column but the code and the policy is empty)');
  });

  it('放款记录: English headers, a known institution by English name, 元 with thousands separators, 个月 and 抵押 read; the key is institution and contract', () => {
    const h = resolveHeader(['uscc', 'institution', 'contract_number', 'granted_on', 'principal_yuan', 'term_months', 'first_loan', 'security'], DEPARTMENT_FACT_SPECS.LOAN_RECORDS.columns);
    if (!h.ok) throw new Error('header');
    const institutions = institutionLookup([{ id: 'bank-a', name: { zh: '甲银行深圳分行', en: 'Bank A Shenzhen' } }]);
    const r = validateDepartmentFactRow('LOAN_RECORDS', [U, 'bank a shenzhen', 'JK-01', '2023-02-15', '1,000,000.5', '12个月', '否', '抵押贷款'], 2, h.value, plainDate('2025-12-01'), { institutions });
    expect(r).toEqual({ ok: true, row: { line: 2, uscc: U, period: 'bank-a:JK-01', value: { institutionId: 'bank-a', institution: '甲银行深圳分行', contractNumber: 'JK-01', grantedOn: '2023-02-15', principalFen: 100_000_050, termMonths: 12, isFirstLoan: false, security: 'SECURED' } } });
    const bad = validateDepartmentFactRow('LOAN_RECORDS', [U, 'bank-a', 'JK 01', '2023-02-15', '-5', '0', '是', '信用'], 3, h.value, plainDate('2025-12-01'), { institutions });
    expect(bad.ok ? [] : bad.errors.map((e) => e.column)).toEqual(['contract_number', 'principal_yuan', 'term_months']);
  });
});
