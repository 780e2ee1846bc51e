import type { DepartmentFact } from '@huiqi/db';
import type { BilingualText } from '@huiqi/kernel';
import { factField, type PolicyDef } from '@huiqi/rules-engine';
import { DEPARTMENT_FACT_SPECS } from './department-fact-kinds';

export type FieldUnit = 'fen' | 'ratio' | 'people' | 'bool' | 'date' | null;

/** One value of a department fact as the enterprise reads it: a label in words, the value and how to show it. */
export interface PresentedField {
  key: string;
  label: BilingualText;
  value: unknown;
  unit: FieldUnit;
}

const FIXED: Record<string, { label: BilingualText; unit: FieldUnit }> = {
  insuredEmployees: { label: { zh: '参保人数', en: 'insured employees' }, unit: 'people' },
  rating: { label: { zh: '纳税信用等级', en: 'tax credit rating' }, unit: null },
  certificateNumber: { label: { zh: '证书编号', en: 'certificate number' }, unit: null },
  validFrom: { label: { zh: '有效期起', en: 'valid from' }, unit: 'date' },
  validUntil: { label: { zh: '有效期至', en: 'valid until' }, unit: 'date' },
  issuer: { label: { zh: '发证部门', en: 'issuing department' }, unit: null },
  institution: { label: { zh: '贷款机构', en: 'lending institution' }, unit: null },
  contractNumber: { label: { zh: '贷款合同编号', en: 'loan contract number' }, unit: null },
  grantedOn: { label: { zh: '放款日期', en: 'grant date' }, unit: 'date' },
  principalFen: { label: { zh: '贷款本金', en: 'principal' }, unit: 'fen' },
  termMonths: { label: { zh: '贷款期限（月）', en: 'term (months)' }, unit: null },
  isFirstLoan: { label: { zh: '首次贷款', en: 'first loan' }, unit: 'bool' },
};

/** Values kept for the platform, not shown (a loan record's institution id: its name is shown). */
const HIDDEN = new Set(['institutionId']);

/**
 * What the data-sources view shows of one department fact, without ids or codes: the item (the month,
 * the evaluation year, the qualification, or the title of the policy the shared facts are for) and
 * each value labelled (shared facts by the fact schema's labels; amounts in fen, shown in 元 by the page).
 */
export function presentDepartmentFact(f: DepartmentFact, policy: PolicyDef | undefined): { item: BilingualText; fields: PresentedField[] } {
  const item = f.kind === 'SHARED_FACTS'
    ? { zh: `「${policy?.title.zh ?? '已停止的政策'}」比对数据`, en: `data compared for '${policy?.title.en ?? 'a discontinued policy'}'` }
    : DEPARTMENT_FACT_SPECS[f.kind].periodLabel(f.period);
  const fields = Object.entries(f.value).filter(([key]) => f.kind === 'SHARED_FACTS' || !HIDDEN.has(key)).map(([key, value]): PresentedField => {
    // a loan's security in words: 信用贷款 是/否 (no code on screen)
    if (f.kind === 'LOAN_RECORDS' && key === 'security') return { key, label: { zh: '信用贷款（无担保）', en: 'credit loan (unsecured)' }, value: value === 'CREDIT', unit: 'bool' };
    const fixed = f.kind === 'SHARED_FACTS' ? undefined : FIXED[key];
    if (fixed) return { key, label: fixed.label, value, unit: fixed.unit };
    const field = factField(key);
    const unit: FieldUnit = field?.type === 'bool' ? 'bool' : field?.type === 'date' ? 'date' : field?.unit === 'fen' ? 'fen' : field?.unit === 'ratio' ? 'ratio' : null;
    return { key, label: field?.label ?? { zh: '其他数据', en: 'other data' }, value, unit };
  });
  return { item, fields };
}
