import { describe, expect, it } from 'vitest';
import { COLLATERAL_KINDS } from '../financing/demand';
import { COLLATERAL_LABELS, productProblemText, termReasonText, type ProductProblem, type TermReason } from './loan-product-reasons';

/** One example (or more) of every code: the compiler fails when a code is left out. */
type Every<U extends { code: string }> = { [K in U['code']]: Extract<U, { code: K }>[] };
const CJK = /[\u4e00-\u9fff]/;

function expectWorded(code: string, t: { zh: string; en: string }) {
  expect(CJK.test(t.zh), `${code}: ${t.zh}`).toBe(true);
  expect(t.en.length > 0 && !CJK.test(t.en), `${code}: ${t.en}`).toBe(true);
  for (const s of [t.zh, t.en]) expect(s.includes(code) || /undefined|NaN|\[object/.test(s), `${code}: ${s}`).toBe(false);
}

describe('loan product reasons (one place words every code)', () => {
  it('words every refusal of a product definition', () => {
    const every: Every<ProductProblem> = {
      NAME_MISSING: [{ code: 'NAME_MISSING', maxChars: 100 }],
      DESCRIPTION_TOO_LONG: [{ code: 'DESCRIPTION_TOO_LONG' }],
      MIN_AMOUNT_NOT_POSITIVE: [{ code: 'MIN_AMOUNT_NOT_POSITIVE' }],
      MAX_AMOUNT_BELOW_MIN: [{ code: 'MAX_AMOUNT_BELOW_MIN' }],
      RATE_NOT_PERCENT: [{ code: 'RATE_NOT_PERCENT' }],
      MIN_TERM_OUT_OF_RANGE: [{ code: 'MIN_TERM_OUT_OF_RANGE', maxMonths: 360 }],
      MAX_TERM_OUT_OF_RANGE: [{ code: 'MAX_TERM_OUT_OF_RANGE' }],
      COLLATERAL_NOT_CHOSEN: [{ code: 'COLLATERAL_NOT_CHOSEN' }],
      TOO_MANY_CONDITIONS: [{ code: 'TOO_MANY_CONDITIONS', max: 12 }],
      CONDITION_ID_INVALID: [{ code: 'CONDITION_ID_INVALID' }],
      CONDITION_LABEL_MISSING: [{ code: 'CONDITION_LABEL_MISSING' }],
      CONDITION_EXPRESSION_MISSING: [{ code: 'CONDITION_EXPRESSION_MISSING' }],
    };
    for (const p of Object.values(every).flat() as ProductProblem[]) expectWorded(p.code, productProblemText(p));
  });

  it('words every term comparison, met and not met, and names every kind of collateral', () => {
    const every: Every<TermReason> = {
      AMOUNT_RANGE: [true, false].map((met) => ({ code: 'AMOUNT_RANGE' as const, met, amountFen: 50_000_000, minFen: 10_000_000, maxFen: 100_000_000 })),
      TERM_RANGE: [true, false].map((met) => ({ code: 'TERM_RANGE' as const, met, months: 12, minMonths: 6, maxMonths: 36 })),
      COLLATERAL_ACCEPTED: [true, false].map((met) => ({ code: 'COLLATERAL_ACCEPTED' as const, met, offered: 'RECEIVABLES' as const, accepted: COLLATERAL_KINDS })),
    };
    for (const r of Object.values(every).flat() as TermReason[]) expectWorded(r.code, termReasonText(r));
    for (const k of COLLATERAL_KINDS) expectWorded(k, COLLATERAL_LABELS[k]);
    expect(termReasonText({ code: 'TERM_RANGE', met: false, months: 48, minMonths: 6, maxMonths: 36 })).toEqual({ zh: '期限48个月不在产品期限6至36个月之内', en: 'the term of 48 months is outside 6–36 months' });
  });
});
