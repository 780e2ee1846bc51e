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
};

/**
 * What the data-sources view shows of one department fact, without ids or codes: the item (the month,
 * the evaluation year, the qualification, or the title of the policy the shared facts are for) and
 * each value labelled (shared facts by the fact schema's labels; amounts in fen, shown in 元 by the page).
 */
export function presentDepartmentFact(f: DepartmentFact, policy: PolicyDef | undefined): { item: BilingualText; fields: PresentedField[] } {
  const item = f.kind === 'SHARED_FACTS'
    ? { zh: `「${policy?.title.zh ?? '已停止的政策'}」比对数据`, en: `data compared for '${policy?.title.en ?? 'a discontinued policy'}'` }
    : DEPARTMENT_FACT_SPECS[f.kind].periodLabel(f.period);
  const fields = Object.entries(f.value).map(([key, value]): PresentedField => {
    const fixed = f.kind === 'SHARED_FACTS' ? undefined : FIXED[key];
    if (fixed) return { key, label: fixed.label, value, unit: fixed.unit };
    const field = factField(key);
    const unit: FieldUnit = field?.type === 'bool' ? 'bool' : field?.type === 'date' ? 'date' : field?.unit === 'fen' ? 'fen' : field?.unit === 'ratio' ? 'ratio' : null;
    return { key, label: field?.label ?? { zh: '其他数据', en: 'other data' }, value, unit };
  });
  return { item, fields };
}
