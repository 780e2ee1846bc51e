import { describe, expect, it } from 'vitest';
import type { BilingualText, Fen, PlainDate } from '@huiqi/kernel';
import {
  awardPreferenceText,
  bidReasonText,
  declarationReasonText,
  fieldError,
  fieldProblemText,
  procurementNoteText,
  requirementText,
  reservationText,
  toMeetText,
  type AwardPreference,
  type BidReason,
  type DeclarationReason,
  type ProcurementFieldProblem,
  type ProcurementNote,
  type RequirementReason,
  type ReservationReason,
  type ToMeetAction,
} from './procurement-reasons';

/** One example (or more) of every code of a union: the compiler fails when a code is left out. */
type Every<U extends { code: string }> = { [K in U['code']]: Extract<U, { code: K }>[] };
const all = <U extends { code: string }>(e: Every<U>): U[] => Object.values(e).flat() as U[];

const CJK = /[\u4e00-\u9fff]/;
const d = '2025-03-01' as PlainDate;
const f = (n: number) => n as Fen;

/** Words in both languages, Chinese in the zh text only, and neither the code nor a missing value in the words. */
function expectWorded(code: string, t: BilingualText) {
  expect(CJK.test(t.zh), `${code} zh: ${t.zh}`).toBe(true);
  expect(t.en.trim().length > 0 && !CJK.test(t.en), `${code} en: ${t.en}`).toBe(true);
  for (const s of [t.zh, t.en]) {
    expect(s.includes(code), `${code} leaks into "${s}"`).toBe(false);
    expect(/undefined|NaN|\[object/.test(s), `${code}: ${s}`).toBe(false);
  }
}

describe('procurement reasons (one place words every code)', () => {
  it('words every field problem, after the field path', () => {
    const problems = all<ProcurementFieldProblem>({
      NOT_AN_ARRAY: [{ code: 'NOT_AN_ARRAY' }],
      NOT_AN_OBJECT: [{ code: 'NOT_AN_OBJECT' }],
      NOT_JSON_OBJECT: [{ code: 'NOT_JSON_OBJECT' }],
      NOT_JSON: [{ code: 'NOT_JSON' }],
      UNKNOWN_FIELD: [{ code: 'UNKNOWN_FIELD' }],
      NON_EMPTY_ARRAY_REQUIRED: [{ code: 'NON_EMPTY_ARRAY_REQUIRED' }],
      TEXT_REQUIRED: [{ code: 'TEXT_REQUIRED' }],
      UNIQUE_TEXT_REQUIRED: [{ code: 'UNIQUE_TEXT_REQUIRED' }],
      SUPPLIER_NAME_TEXT: [{ code: 'SUPPLIER_NAME_TEXT' }],
      PROJECT_NAME_TEXT: [{ code: 'PROJECT_NAME_TEXT' }],
      REQUIRED: (['PURCHASER_NAME', 'PURCHASER', 'PROJECT_NAME', 'SUPPLIER_NAME', 'WINNER_NAME', 'ITEM_NAME', 'ITEM_INDUSTRY', 'ENTERPRISE_NAME'] as const).map((what) => ({ code: 'REQUIRED' as const, what })),
      ITEMS_REQUIRED: [{ code: 'ITEMS_REQUIRED' }],
      SIZE_CLASS_EXPECTED: [{ code: 'SIZE_CLASS_EXPECTED' }],
      SME_SIZE_CLASS_EXPECTED: [{ code: 'SME_SIZE_CLASS_EXPECTED' }],
      CATEGORY_EXPECTED: [{ code: 'CATEGORY_EXPECTED' }],
      CATEGORY_JSON_EXPECTED: [{ code: 'CATEGORY_JSON_EXPECTED' }],
      BOOLEAN_EXPECTED: [{ code: 'BOOLEAN_EXPECTED' }],
      DATE_EXPECTED: [{ code: 'DATE_EXPECTED' }],
      DATE_FORMAT_EXPECTED: [{ code: 'DATE_FORMAT_EXPECTED' }],
      YEAR_EXPECTED: [{ code: 'YEAR_EXPECTED' }],
      JURISDICTION_UNKNOWN: [{ code: 'JURISDICTION_UNKNOWN', shown: 'xx' }],
      AMOUNT_EXPECTED: [{ code: 'AMOUNT_EXPECTED' }],
      AMOUNT_FEN_EXPECTED: [{ code: 'AMOUNT_FEN_EXPECTED' }],
      AMOUNT_YUAN_EXPECTED: [{ code: 'AMOUNT_YUAN_EXPECTED' }],
      FIGURE_EXPECTED: [{ code: 'FIGURE_EXPECTED' }],
      BID_ID_REPEATED: [{ code: 'BID_ID_REPEATED', id: 'A' }],
      PROJECT_ID_REPEATED: [{ code: 'PROJECT_ID_REPEATED', id: 'p1' }],
      BID_PERFORMERS_MISSING: [{ code: 'BID_PERFORMERS_MISSING' }],
      CONTRACT_SHARE_EXPECTED: [{ code: 'CONTRACT_SHARE_EXPECTED' }],
      MEMBER_SHARES_NOT_ONE: [{ code: 'MEMBER_SHARES_NOT_ONE', total: '0.9' }],
      SUBCONTRACT_SHARES_ABOVE_ONE: [{ code: 'SUBCONTRACT_SHARES_ABOVE_ONE', total: '1.2' }],
      RATE_DECIMAL_EXPECTED: [{ code: 'RATE_DECIMAL_EXPECTED' }],
      RATE_REQUIRED: [{ code: 'RATE_REQUIRED', rate: 'SMALL_MICRO', date: d, min: '0.1', max: '0.2' }],
      RATE_OUT_OF_RANGE: [{ code: 'RATE_OUT_OF_RANGE', rate: 'CONSORTIUM', value: '0.5', date: d, min: '0.04', max: '0.06' }],
      EXEMPTION_REASON_REQUIRED: [{ code: 'EXEMPTION_REASON_REQUIRED' }],
      RESERVATION_METHOD_EXPECTED: [{ code: 'RESERVATION_METHOD_EXPECTED', methods: ['NONE', 'LOTS'] }],
      RESERVED_FOR_EXPECTED: [{ code: 'RESERVED_FOR_EXPECTED' }],
      RESERVED_LOTS_REQUIRED: [{ code: 'RESERVED_LOTS_REQUIRED' }],
      RESERVED_LOTS_ABOVE_BUDGET: [{ code: 'RESERVED_LOTS_ABOVE_BUDGET' }],
      SME_SHARE_EXPECTED: [{ code: 'SME_SHARE_EXPECTED' }],
      SMALL_MICRO_SHARE_EXPECTED: [{ code: 'SMALL_MICRO_SHARE_EXPECTED' }],
      SMALL_MICRO_SHARE_ABOVE_SME: [{ code: 'SMALL_MICRO_SHARE_ABOVE_SME' }],
      WINNER_NOT_IN_EVALUATION: [{ code: 'WINNER_NOT_IN_EVALUATION', shown: 'Z' }],
      DECLARATION_REQUIRED: [{ code: 'DECLARATION_REQUIRED' }],
      DECLARATION_SUPPLIER_NOT_WINNER: [{ code: 'DECLARATION_SUPPLIER_NOT_WINNER', declared: 'Acme', winner: 'Bolt' }],
    });
    for (const p of problems) expectWorded(p.code, fieldProblemText(p));
    expect(fieldError('bids[0].id', { code: 'BID_ID_REPEATED', id: 'A' })).toEqual({
      code: 'INVALID_FIELD',
      field: 'bids[0].id',
      problem: { code: 'BID_ID_REPEATED', id: 'A' },
      message: { zh: 'bids[0].id：投标编号 A 重复', en: 'bids[0].id: bid id A is repeated' },
    });
    expect(fieldProblemText({ code: 'RATE_OUT_OF_RANGE', rate: 'SMALL_MICRO', value: '0.25', date: d, min: '0.1', max: '0.2' }).zh).toBe('小微企业价格扣除比例 25% 不在 2025-03-01 施行的 10%—20% 区间内');
  });

  it('words every bid reason', () => {
    const reasons = all<BidReason>({
      BID_RESERVED_LARGE_PERFORMER: [{ code: 'BID_RESERVED_LARGE_PERFORMER', category: 'GOODS' }],
      BID_RESERVED_SIZES_MISSING: [{ code: 'BID_RESERVED_SIZES_MISSING', category: 'WORKS' }],
      BID_RESERVED_NO_DEDUCTION: [{ code: 'BID_RESERVED_NO_DEDUCTION' }],
      BID_LARGE_PERFORMER: [{ code: 'BID_LARGE_PERFORMER', category: 'SERVICES' }],
      BID_LARGE_PERFORMERS_MIXED: [{ code: 'BID_LARGE_PERFORMERS_MIXED', category: 'GOODS', count: 2 }],
      BID_SMALL_MICRO_DEDUCTION: [true, false].map((byConsortium) => ({ code: 'BID_SMALL_MICRO_DEDUCTION' as const, category: 'GOODS' as const, byConsortium, rate: '0.1', min: '0.1', max: '0.2' })),
      BID_SHARE_DEDUCTION: (['CONSORTIUM_AND_SUBCONTRACTS', 'CONSORTIUM', 'SUBCONTRACTS'] as const).map((form) => ({ code: 'BID_SHARE_DEDUCTION' as const, form, share: '0.4', minShare: '0.3', rate: '0.05', min: '0.04', max: '0.06' })),
      BID_SHARE_BELOW_MINIMUM: [true, false].map((countsAsMedium) => ({ code: 'BID_SHARE_BELOW_MINIMUM' as const, form: 'CONSORTIUM' as const, share: '0.2', minShare: '0.3', countsAsMedium })),
      BID_MEDIUM_PERFORMER: [{ code: 'BID_MEDIUM_PERFORMER', category: 'WORKS' }],
      BID_NO_DEDUCTION: [{ code: 'BID_NO_DEDUCTION' }],
    });
    for (const r of reasons) expectWorded(r.code, bidReasonText(r));
    expect(bidReasonText({ code: 'BID_SHARE_DEDUCTION', form: 'CONSORTIUM', share: '0.4', minShare: '0.3', rate: '0.05', min: '0.04', max: '0.06' }).zh).toBe(
      '联合体中小微企业合同份额 40%，达到 30%，按采购文件规定的 5% 扣除报价（区间 4%—6%）',
    );
  });

  it('words every note, award preference, reservation, requirement and action', () => {
    const notes = all<ProcurementNote>({
      PARAMETERS_UNVERIFIED: [{ code: 'PARAMETERS_UNVERIFIED', paths: ['a.b@2021-01-01'], note: 'secondary source' }],
      PARAMETER_UNVERIFIED: [{ code: 'PARAMETER_UNVERIFIED', path: 'a.b', from: '2021-01-01', note: 'secondary source' }],
      WORKS_COMPREHENSIVE_EVALUATION_NOT_ENCODED: [{ code: 'WORKS_COMPREHENSIVE_EVALUATION_NOT_ENCODED' }],
      PROCUREMENT_THRESHOLD_NOT_ENCODED: [{ code: 'PROCUREMENT_THRESHOLD_NOT_ENCODED' }],
      DECLARATION_NOT_PUBLISHED: [{ code: 'DECLARATION_NOT_PUBLISHED' }],
      WINNER_NOT_LOWEST: [{ code: 'WINNER_NOT_LOWEST', rank: 2 }],
      FIGURES_BLANK: [{ code: 'FIGURES_BLANK', item: 1, itemName: 'desks', role: '制造商', maker: 'Acme' }],
      FIGURES_WRONG_YEAR: [{ code: 'FIGURES_WRONG_YEAR', item: 1, maker: 'Acme', year: 2022, expected: 2024 }],
    });
    for (const n of notes) expectWorded(n.code, procurementNoteText(n));
    const prefs = all<AwardPreference>({
      AWARD_RESERVED_PROJECT: [{ code: 'AWARD_RESERVED_PROJECT' }],
      AWARD_SMALL_MICRO_DEDUCTION: [{ code: 'AWARD_SMALL_MICRO_DEDUCTION', rate: '0.1' }],
      AWARD_SHARE_DEDUCTION: [{ code: 'AWARD_SHARE_DEDUCTION', rate: '0.05' }],
      AWARD_NO_PREFERENCE: [{ code: 'AWARD_NO_PREFERENCE' }],
    });
    for (const p of prefs) expectWorded(p.code, awardPreferenceText(p));
    const reservations = all<ReservationReason>({
      NOT_RESERVED: [{ code: 'NOT_RESERVED' }],
      WHOLE_PROJECT_SME: [{ code: 'WHOLE_PROJECT_SME' }],
      WHOLE_PROJECT_SMALL_MICRO: [{ code: 'WHOLE_PROJECT_SMALL_MICRO' }],
      LOTS_RESERVED: [{ code: 'LOTS_RESERVED', lots: 2 }],
      CONSORTIUM_SHARE_REQUIRED: [{ code: 'CONSORTIUM_SHARE_REQUIRED' }],
      SUBCONTRACT_SHARE_REQUIRED: [{ code: 'SUBCONTRACT_SHARE_REQUIRED' }],
    });
    for (const r of reservations) expectWorded(r.code, reservationText(r));
    const requirements = all<RequirementReason>({
      FULL_RESERVATION: [{ code: 'FULL_RESERVATION', projectName: 'desks', category: 'GOODS', budgetFen: f(100_000_00), ceilingFen: f(200_000_00), reservedFen: f(0) }],
      RESERVED_SHARE: [null, '0.4'].map((worksRatio) => ({ code: 'RESERVED_SHARE' as const, ratio: '0.3', worksRatio, projects: 2, baseFen: f(5_000_000_00), requiredFen: f(1_500_000_00), actualFen: f(0) })),
      SMALL_MICRO_SHARE: [{ code: 'SMALL_MICRO_SHARE', ratio: '0.7', draft: false, reservedRequiredFen: f(100), requiredFen: f(70), actualFen: f(0) }],
      DEPARTMENT_SMALL_MICRO_SHARE: [{ code: 'DEPARTMENT_SMALL_MICRO_SHARE', ratio: '0.7', draft: true, reservedRequiredFen: f(100), requiredFen: f(70), actualFen: f(0) }],
      DEPARTMENT_RESERVED_SHARE: [true, false].map((draft) => ({ code: 'DEPARTMENT_RESERVED_SHARE' as const, ratio: '0.3', draft, baseFen: f(100), exemptFen: f(0), requiredFen: f(30), actualFen: f(0) })),
    });
    for (const r of requirements) {
      const t = requirementText(r);
      expectWorded(r.code, t.label);
      expectWorded(r.code, t.explanation);
    }
    const actions = all<ToMeetAction>({
      RESERVE_PROJECT_WHOLLY: [{ code: 'RESERVE_PROJECT_WHOLLY', projectName: 'desks', gapFen: f(100) }],
      RESERVE_MORE: [{ code: 'RESERVE_MORE', scope: 'ABOVE_CEILING', moreFen: f(100), smallMicroFen: 70, turnOverFen: 10 }, { code: 'RESERVE_MORE', scope: 'DEPARTMENT', moreFen: f(100), smallMicroFen: 0, turnOverFen: 0 }],
      TURN_OVER_TO_SMALL_MICRO: [{ code: 'TURN_OVER_TO_SMALL_MICRO', scope: 'DEPARTMENT', turnOverFen: f(100) }],
    });
    for (const a of actions) expectWorded(a.code, toMeetText(a));
  });

  it('words every declaration reason', () => {
    const reasons = all<DeclarationReason>({
      MAKER_NOT_IN_REGISTRY: [{ code: 'MAKER_NOT_IN_REGISTRY', maker: 'Acme' }],
      REGISTRY_FIGURES_MISSING: [{ code: 'REGISTRY_FIGURES_MISSING', enterprise: 'Acme', year: 2024 }],
      NO_SIZE_STANDARD: [{ code: 'NO_SIZE_STANDARD', date: d }],
      DECLARED_SIZE_AGREES: [{ code: 'DECLARED_SIZE_AGREES', declared: 'small', year: 2024 }],
      DECLARED_SIZE_DIFFERS: [{ code: 'DECLARED_SIZE_DIFFERS', declared: 'small', computed: 'medium', year: 2024 }],
      MAKER_IS_LARGE: [{ code: 'MAKER_IS_LARGE', enterprise: 'Acme', year: 2024 }],
    });
    for (const r of reasons) expectWorded(r.code, declarationReasonText(r));
  });
});
