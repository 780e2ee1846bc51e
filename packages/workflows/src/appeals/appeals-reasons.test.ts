import { describe, expect, it } from 'vitest';
import { APPEAL_TYPES } from './appeal-type';
import { APPEAL_STATUS_LABELS, APPEAL_TYPE_WORDS, debtorKindLabels, REJECTION_REASON_LABELS } from './appeals-labels';
import { arrearsFieldText, arrearsFormText, type ArrearsFieldProblem } from './appeals-reasons';
import { DEBTOR_KINDS, parseArrearsComplaintForm } from './arrears-form';
import { REJECTION_REASONS } from './rejection-reason';
import { APPEAL_STATUSES } from './status';

/** One example of every code: the compiler fails when a code is left out. */
type Every<U extends { code: string }> = { [K in U['code']]: Extract<U, { code: K }> };
const CJK = /[\u4e00-\u9fff]/;

function expectWorded(code: string, t: { zh: string; en: string }) {
  expect(CJK.test(t.zh), `${code}: ${t.zh}`).toBe(true);
  expect(t.en.length > 0 && !CJK.test(t.en), `${code}: ${t.en}`).toBe(true);
  expect(t.zh.includes(code) || t.en.includes(code), `${code} leaks into the words`).toBe(false);
}

describe('appeals reasons and labels (one place words every code)', () => {
  it('words every problem of the arrears form in both languages', () => {
    const every: Every<ArrearsFieldProblem> = {
      INTEGER_FEN: { code: 'INTEGER_FEN' },
      POSITIVE: { code: 'POSITIVE' },
      REQUIRED: { code: 'REQUIRED' },
      TOO_LONG: { code: 'TOO_LONG' },
      RATE: { code: 'RATE' },
      USCC: { code: 'USCC' },
      REQUIRED_FOR_ACCEPTANCE: { code: 'REQUIRED_FOR_ACCEPTANCE' },
      BEFORE_SIGNING: { code: 'BEFORE_SIGNING' },
      BEFORE_DELIVERY: { code: 'BEFORE_DELIVERY' },
      NOTHING_OUTSTANDING: { code: 'NOTHING_OUTSTANDING' },
      KERNEL_REASON: { code: 'KERNEL_REASON', text: { zh: '日期格式应为 YYYY-MM-DD', en: 'a date is YYYY-MM-DD' } },
      FORMAT_INVALID: { code: 'FORMAT_INVALID', issue: 'invalid_type', detail: 'expected object' },
    };
    for (const p of Object.values(every)) expectWorded(p.code, arrearsFieldText(p));
    expectWorded('FORM', arrearsFormText(2));
  });

  it('returns each field problem as a code with its words', () => {
    const r = parseArrearsComplaintForm({});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.fields.length).toBeGreaterThan(0);
    for (const f of r.error.fields) expect(f.message).toEqual(arrearsFieldText(f.problem));
    expect(r.error.message).toEqual(arrearsFormText(r.error.fields.length));
  });

  it('names every appeal type, status, rejection reason and debtor kind', () => {
    for (const s of APPEAL_STATUSES) expectWorded(s, APPEAL_STATUS_LABELS[s]);
    for (const t of APPEAL_TYPES) {
      expectWorded(t, APPEAL_TYPE_WORDS[t].label);
      expectWorded(t, APPEAL_TYPE_WORDS[t].description);
    }
    for (const r of REJECTION_REASONS) expect(CJK.test(REJECTION_REASON_LABELS[r].zh) && !REJECTION_REASON_LABELS[r].en.includes(r), r).toBe(true);
    for (const k of DEBTOR_KINDS) expectWorded(k, debtorKindLabels[k]);
  });
});
