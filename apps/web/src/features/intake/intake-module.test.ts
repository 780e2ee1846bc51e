import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { intakeModule } from './intake-module';
import { intakeMessages } from './intake-messages';
import { CONSOLE_KINDS } from './intake-api';

const me = (role: Me['role'], uscc: string | null = null) => ({ role, uscc } as Me);

describe('intake feature module', () => {
  it('gives 数据归集 to officers of the SME bureau and of departments, 数据来源 to enterprises, nothing to others', () => {
    expect(intakeModule.menu!(me('SME_BUREAU')).map((e) => e.path)).toEqual(['/intake']);
    expect(intakeModule.menu!(me('DEPARTMENT')).map((e) => e.path)).toEqual(['/intake']);
    expect(intakeModule.menu!(me('ENTERPRISE', '91440300MA5HQ1PC0X')).map((e) => e.path)).toEqual(['/intake/sources']);
    for (const role of ['FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN', 'SME_BUREAU_FINANCE'] as const) expect(intakeModule.menu!(me(role))).toEqual([]);
  });
  it('names every intake kind, batch status and channel in both languages', () => {
    for (const kind of ['REGISTRY', 'YEARLY_FIGURES', 'SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'LOAN_RECORDS', 'SHARED_FACTS']) {
      expect(intakeMessages.zh[`intake.kindName.${kind}` as keyof typeof intakeMessages.zh]).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const kind of CONSOLE_KINDS) for (const key of [`intake.kind.${kind}`, `intake.columns.${kind}`] as const) expect(intakeMessages.zh[key] && intakeMessages.en[key]).toBeTruthy();
    for (const s of ['APPLIED', 'PARTIALLY_APPLIED', 'REJECTED']) expect(intakeMessages.en[`intake.status.${s}` as keyof typeof intakeMessages.en]).toBeTruthy();
  });
});
