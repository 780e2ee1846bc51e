import type { BilingualText } from '@huiqi/kernel';
import { COLLATERAL_KINDS, type CollateralKind, type DemandTerms } from '../financing/demand';
import { productProblemText, termReasonText, type ProductProblem, type TermReason } from './loan-product-reasons';

/**
 * 贷款产品: what a financial institution offers, as data. The product's terms (amount range in fen, annual
 * rate as an exact decimal, term range, accepted 担保方式) are compared with a demand's published terms;
 * its eligibility conditions are expressions of the rules language (`when`), checked against the fact
 * schema when the product is defined and evaluated three-valued by the rules engine, never executed as
 * code. Each condition cites the article it implements (a policy the product carries out, or the
 * national law's 第十六条 by default: 国家鼓励各类金融机构开发和提供适合中小企业特点的金融产品和服务).
 */
export interface ProductCondition {
  id: string;
  label: BilingualText;
  when: string;
  cite: string;
}

export interface LoanProductTerms {
  name: string;
  description: string;
  minAmountFen: number;
  maxAmountFen: number;
  /** Exact decimal percent as the bank writes it ("3.45"). */
  annualRatePercent: string;
  minTermMonths: number;
  maxTermMonths: number;
  /** Accepted 担保方式; a demand offering one of them (or NONE when NONE is accepted) matches. */
  collateral: readonly CollateralKind[];
  conditions: readonly ProductCondition[];
}

export interface LoanProduct extends LoanProductTerms {
  productId: string;
  institutionId: string;
  definedAt: string;
  withdrawnAt: string | null;
}

/** Limits of a product definition (the demand's limits: 30 years at most). */
export const PRODUCT_LIMITS = { maxTermMonths: 360, maxConditions: 12, maxNameChars: 100, maxDescriptionChars: 2000, maxExpressionChars: 500 } as const;

/** The default article of a product condition: 中华人民共和国中小企业促进法 第十六条第一款 (in force). */
export const PRODUCT_DEFAULT_CITE = 'cn/law/sme-promotion@2018-01-01#art_16__para_1';

const RATE = /^[0-9]{1,2}(\.[0-9]{1,4})?$/;
const CONDITION_ID = /^[a-z][a-z0-9_]{0,39}$/;

/** A refusal of a product definition, naming the field. */
export interface ProductError {
  code: 'LOAN_PRODUCT_INVALID';
  field: string;
  /** What is wrong, as a code (worded by `productProblemText`, loan-product-reasons.ts); none for a condition the rule base refuses. */
  problem?: ProductProblem;
  message: BilingualText;
}

const bad = (field: string, problem: ProductProblem): ProductError => ({ code: 'LOAN_PRODUCT_INVALID', field, problem, message: productProblemText(problem) });
const positiveFen = (n: number) => Number.isSafeInteger(n) && n > 0;

/**
 * The checks of a product's terms, in order, each naming its field. The conditions' expressions are
 * checked by the caller against the rule base (they need the fact schema); here only their shape.
 */
export function checkProductTerms(p: LoanProductTerms): ProductError | null {
  if (p.name.trim() === '' || p.name.length > PRODUCT_LIMITS.maxNameChars) return bad('name', { code: 'NAME_MISSING', maxChars: PRODUCT_LIMITS.maxNameChars });
  if (p.description.length > PRODUCT_LIMITS.maxDescriptionChars) return bad('description', { code: 'DESCRIPTION_TOO_LONG' });
  if (!positiveFen(p.minAmountFen)) return bad('minAmountFen', { code: 'MIN_AMOUNT_NOT_POSITIVE' });
  if (!positiveFen(p.maxAmountFen) || p.maxAmountFen < p.minAmountFen) return bad('maxAmountFen', { code: 'MAX_AMOUNT_BELOW_MIN' });
  if (!RATE.test(p.annualRatePercent)) return bad('annualRatePercent', { code: 'RATE_NOT_PERCENT' });
  if (!Number.isInteger(p.minTermMonths) || p.minTermMonths < 1 || p.minTermMonths > PRODUCT_LIMITS.maxTermMonths) return bad('minTermMonths', { code: 'MIN_TERM_OUT_OF_RANGE', maxMonths: PRODUCT_LIMITS.maxTermMonths });
  if (!Number.isInteger(p.maxTermMonths) || p.maxTermMonths < p.minTermMonths || p.maxTermMonths > PRODUCT_LIMITS.maxTermMonths) return bad('maxTermMonths', { code: 'MAX_TERM_OUT_OF_RANGE' });
  if (p.collateral.length === 0 || p.collateral.some((c) => !COLLATERAL_KINDS.includes(c)) || new Set(p.collateral).size !== p.collateral.length) return bad('collateral', { code: 'COLLATERAL_NOT_CHOSEN' });
  if (p.conditions.length > PRODUCT_LIMITS.maxConditions) return bad('conditions', { code: 'TOO_MANY_CONDITIONS', max: PRODUCT_LIMITS.maxConditions });
  const ids = new Set<string>();
  for (const [i, c] of p.conditions.entries()) {
    const field = `conditions[${i}]`;
    if (!CONDITION_ID.test(c.id) || ids.has(c.id)) return bad(field, { code: 'CONDITION_ID_INVALID' });
    ids.add(c.id);
    if (c.label.zh.trim() === '') return bad(field, { code: 'CONDITION_LABEL_MISSING' });
    if (c.when.trim() === '' || c.when.length > PRODUCT_LIMITS.maxExpressionChars) return bad(field, { code: 'CONDITION_EXPRESSION_MISSING' });
  }
  return null;
}

/** One term of a product compared with a demand: met or not, in words. */
export interface TermCheck {
  term: 'AMOUNT' | 'TERM' | 'COLLATERAL';
  met: boolean;
  /** The comparison as a code with its figures (worded by `termReasonText`, loan-product-reasons.ts). */
  why: TermReason;
  reason: BilingualText;
}

/** The demand's published terms against the product's: amount within the range, term within the range, collateral accepted. */
export function compareTerms(product: Pick<LoanProductTerms, 'minAmountFen' | 'maxAmountFen' | 'minTermMonths' | 'maxTermMonths' | 'collateral'>, demand: Pick<DemandTerms, 'amountFen' | 'termMonths' | 'collateral'>): TermCheck[] {
  const inAmount = demand.amountFen >= product.minAmountFen && demand.amountFen <= product.maxAmountFen;
  const inTerm = demand.termMonths >= product.minTermMonths && demand.termMonths <= product.maxTermMonths;
  const accepts = product.collateral.includes(demand.collateral);
  const check = (term: TermCheck['term'], why: TermReason): TermCheck => ({ term, met: why.met, why, reason: termReasonText(why) });
  return [
    check('AMOUNT', { code: 'AMOUNT_RANGE', met: inAmount, amountFen: demand.amountFen, minFen: product.minAmountFen, maxFen: product.maxAmountFen }),
    check('TERM', { code: 'TERM_RANGE', met: inTerm, months: demand.termMonths, minMonths: product.minTermMonths, maxMonths: product.maxTermMonths }),
    check('COLLATERAL', { code: 'COLLATERAL_ACCEPTED', met: accepts, offered: demand.collateral, accepted: product.collateral }),
  ];
}

/** Three-valued match of a product and a demand. */
export type MatchStatus = 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN';

/**
 * Combines the term checks with the rules engine's answer on the enterprise's facts (null when the
 * facts are not available to the asker: a bank without the enterprise's consent). A failed term is
 * INELIGIBLE whatever the facts say; otherwise the conditions decide, and without facts — or with a
 * condition whose fact is missing — the answer is UNKNOWN. A product without conditions needs no facts.
 */
export function combineMatch(terms: readonly TermCheck[], conditions: 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' | 'NOT_IN_FORCE' | null, hasConditions: boolean): MatchStatus {
  if (terms.some((t) => !t.met)) return 'INELIGIBLE';
  if (!hasConditions) return 'ELIGIBLE';
  if (conditions === null || conditions === 'UNKNOWN') return 'UNKNOWN';
  return conditions === 'ELIGIBLE' ? 'ELIGIBLE' : 'INELIGIBLE';
}
