import { loadRuleBase, type RuleBase } from '@huiqi/rules-engine';
import { fen, type PlainDate } from '@huiqi/kernel';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAction } from './apply-action';
import { parseArrearsComplaintForm } from './arrears-form';
import { paymentTermsFromRulesEngine } from './arrears-terms-from-rules-engine';
import { presentCaseFor } from './present-case';
import { act, actors, arrearsForm, arrearsSubmission, DEPT_A, play, SME_BUREAU, testContext } from './testing/appeal-factory';

let ruleBase: RuleBase;
beforeAll(() => {
  const r = loadRuleBase();
  if (!r.ok) throw new Error(`rule base does not load: ${JSON.stringify(r.error.slice(0, 3))}`);
  ruleBase = r.value;
});

const d = (s: string) => s as PlainDate;

describe('arrears complaint form', () => {
  it('accepts a complete form', () => {
    expect(parseArrearsComplaintForm(arrearsForm()).ok).toBe(true);
  });

  it('reports every problem with its field and a bilingual message', () => {
    const r = parseArrearsComplaintForm({
      ...arrearsForm(),
      debtor: { name: '', uscc: null, kind: 'BANK' },
      acceptedOn: null,
      amountFen: 100.5,
      payments: [{ paidOn: '2025-01-01', amountFen: 100 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('ARREARS_FORM_INVALID');
    expect(r.error.fields.map((f) => f.path).sort()).toEqual(['acceptedOn', 'amountFen', 'debtor.kind', 'debtor.name', 'payments.0.paidOn']);
    expect(r.error.fields.find((f) => f.path === 'acceptedOn')!.message).toEqual({ zh: '以验收为付款条件的，须填写验收日期', en: 'acceptance date is required when payment depends on acceptance' });
  });

  it('refuses a form with nothing outstanding', () => {
    const r = parseArrearsComplaintForm(arrearsForm({ payments: [{ paidOn: d('2025-11-01'), amountFen: fen(128_000_000) }] }));
    expect(!r.ok && r.error.fields.map((f) => f.path)).toEqual(['payments']);
  });
});

describe('statutory due date and overdue interest via the rules engine', () => {
  it('public institution, 2025 text: 30 days from acceptance, 0.05 % a day on the outstanding amount', () => {
    // Signed 2025-09-01 (2025 text), accepted 2025-10-20, agreed 30 days → due 2025-11-19.
    // 1,000,000 yuan outstanding from 11/19 to 2026-03-02 = 103 days × 0.0005 × 100,000,000 fen.
    const form = arrearsForm({ payments: [] , amountFen: fen(100_000_000) });
    const r = paymentTermsFromRulesEngine(ruleBase).compute(form, d('2026-03-02'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.value.dueDate, r.value.overdueDays, r.value.outstandingFen, r.value.interestFen]).toEqual(['2025-11-19', 103, 100_000_000, 5_150_000]);
    expect(r.value.basis.join(' ')).toMatch(/art_9/);
    expect(r.value.explanation.zh).toMatch(/2025-11-19/);
  });

  it('charges interest on a late instalment until the day it was paid', () => {
    // 1,280,000 yuan; 280,000 paid 2025-12-01 (12 days late), 1,000,000 outstanding for 103 days.
    const r = paymentTermsFromRulesEngine(ruleBase).compute(arrearsForm(), d('2026-03-02'));
    expect(r.ok && [r.value.outstandingFen, r.value.interestFen]).toEqual([100_000_000, 5_150_000 + 28_000_000 * 0.0005 * 12]);
  });

  it('is stored with the submission and shown to the enterprise and the handling department', () => {
    const ctx = testContext({ paymentTerms: paymentTermsFromRulesEngine(ruleBase) });
    const submitted = applyAction([], act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', arrearsSubmission()), ctx);
    expect(submitted.ok && submitted.value.warnings).toEqual([]);
    if (!submitted.ok) return;
    const log = play(
      [act('ACCEPTED', actors.bureau, '2026-03-03T09:00:00+08:00', { note: null }), act('TRANSFERRED', actors.bureau, '2026-03-04T09:00:00+08:00', { handlingDepartment: DEPT_A, note: null })],
      ctx,
      submitted.value.log,
    );
    for (const viewer of [actors.enterprise, actors.deptA]) {
      const v = presentCaseFor(viewer, log, SME_BUREAU);
      expect(v.ok && v.value.arrears?.terms).toMatchObject({ dueDate: '2025-11-19', interestFen: 5_318_000, asOf: '2026-03-02' });
    }
  });

  it('submits without terms, with a warning, when the rules cannot give a due date', () => {
    // Large enterprise under the 2020 text with no agreed period: no statutory number of days.
    const form = arrearsForm({ contract: { ...arrearsForm().contract, signedOn: d('2021-03-01'), agreedPaymentDays: null, paymentTrigger: 'DELIVERY' }, debtor: { name: '某大型企业', uscc: null, kind: 'LARGE_ENTERPRISE' }, deliveredOn: d('2021-04-01'), acceptedOn: null, payments: [] });
    const ctx = testContext({ paymentTerms: paymentTermsFromRulesEngine(ruleBase) });
    const r = applyAction([], act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', arrearsSubmission({ arrears: form })), ctx);
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(['ARREARS_TERMS_FAILED']);
    expect(r.ok && r.value.case.arrears?.terms).toBeNull();
  });

  it('refuses an arrears submission whose form is invalid, naming the fields', () => {
    const r = applyAction([], act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', arrearsSubmission({ arrears: { ...arrearsForm(), deliveredOn: null } })), testContext());
    expect(!r.ok && r.error.code).toBe('ARREARS_FORM_INVALID');
    expect(!r.ok && (r.error.details.fields as { path: string }[]).map((f) => f.path)).toEqual(['deliveredOn']);
  });
});
