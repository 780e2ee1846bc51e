import { bi, formatMoney, type BilingualText } from '@huiqi/kernel';
import { COLLATERAL_KINDS, type CollateralKind, type DemandTerms } from '../financing/demand';

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
  message: BilingualText;
}

const bad = (field: string, zh: string, en: string): ProductError => ({ code: 'LOAN_PRODUCT_INVALID', field, message: bi(zh, en) });
const positiveFen = (n: number) => Number.isSafeInteger(n) && n > 0;

/**
 * The checks of a product's terms, in order, each naming its field. The conditions' expressions are
 * checked by the caller against the rule base (they need the fact schema); here only their shape.
 */
export function checkProductTerms(p: LoanProductTerms): ProductError | null {
  if (p.name.trim() === '' || p.name.length > PRODUCT_LIMITS.maxNameChars) return bad('name', `请填写产品名称（不超过 ${PRODUCT_LIMITS.maxNameChars} 字）`, `Name the product (at most ${PRODUCT_LIMITS.maxNameChars} characters)`);
  if (p.description.length > PRODUCT_LIMITS.maxDescriptionChars) return bad('description', '产品说明过长', 'The description is too long');
  if (!positiveFen(p.minAmountFen)) return bad('minAmountFen', '最低金额须大于零', 'The minimum amount must be greater than zero');
  if (!positiveFen(p.maxAmountFen) || p.maxAmountFen < p.minAmountFen) return bad('maxAmountFen', '最高金额不能低于最低金额', 'The maximum amount cannot be below the minimum');
  if (!RATE.test(p.annualRatePercent)) return bad('annualRatePercent', '年利率应为百分数，如 3.45', 'The annual rate is a percentage such as 3.45');
  if (!Number.isInteger(p.minTermMonths) || p.minTermMonths < 1 || p.minTermMonths > PRODUCT_LIMITS.maxTermMonths) return bad('minTermMonths', `最短期限须为 1 至 ${PRODUCT_LIMITS.maxTermMonths} 个月`, `The shortest term must be 1 to ${PRODUCT_LIMITS.maxTermMonths} months`);
  if (!Number.isInteger(p.maxTermMonths) || p.maxTermMonths < p.minTermMonths || p.maxTermMonths > PRODUCT_LIMITS.maxTermMonths) return bad('maxTermMonths', '最长期限不能短于最短期限，且不超过 360 个月', 'The longest term cannot be shorter than the shortest, nor over 360 months');
  if (p.collateral.length === 0 || p.collateral.some((c) => !COLLATERAL_KINDS.includes(c)) || new Set(p.collateral).size !== p.collateral.length) return bad('collateral', '请选择产品接受的担保方式（不重复）', 'Choose the kinds of collateral the product accepts (each once)');
  if (p.conditions.length > PRODUCT_LIMITS.maxConditions) return bad('conditions', `准入条件最多 ${PRODUCT_LIMITS.maxConditions} 条`, `At most ${PRODUCT_LIMITS.maxConditions} eligibility conditions`);
  const ids = new Set<string>();
  for (const [i, c] of p.conditions.entries()) {
    const field = `conditions[${i}]`;
    if (!CONDITION_ID.test(c.id) || ids.has(c.id)) return bad(field, '条件编号须为小写字母开头的 snake_case 且不重复', 'Condition ids are snake_case, start with a letter, and are unique');
    ids.add(c.id);
    if (c.label.zh.trim() === '') return bad(field, '请用中文写明条件的含义', 'Describe the condition in Chinese');
    if (c.when.trim() === '' || c.when.length > PRODUCT_LIMITS.maxExpressionChars) return bad(field, '请填写条件表达式（规则语言）', 'Write the condition in the rules language');
  }
  return null;
}

/** One term of a product compared with a demand: met or not, in words. */
export interface TermCheck {
  term: 'AMOUNT' | 'TERM' | 'COLLATERAL';
  met: boolean;
  reason: BilingualText;
}

export const COLLATERAL_LABELS: Record<CollateralKind, BilingualText> = {
  NONE: bi('信用（无担保）', 'unsecured'),
  REAL_ESTATE: bi('不动产抵押', 'real estate'),
  MOVABLE_PROPERTY: bi('动产抵押', 'movable property'),
  RECEIVABLES: bi('应收账款质押', 'receivables'),
  INTELLECTUAL_PROPERTY: bi('知识产权质押', 'intellectual property'),
  GUARANTOR: bi('保证担保', 'guarantor'),
};

/** Money for explanations: 万元 (or 元 when 万元 would need more than two decimals) with separators, by the kernel's formatMoney. */
export const wanYuan = (fen: number): string => formatMoney(fen, 'zh');
const wanEn = (fen: number) => formatMoney(fen, 'en');

/** The demand's published terms against the product's: amount within the range, term within the range, collateral accepted. */
export function compareTerms(product: Pick<LoanProductTerms, 'minAmountFen' | 'maxAmountFen' | 'minTermMonths' | 'maxTermMonths' | 'collateral'>, demand: Pick<DemandTerms, 'amountFen' | 'termMonths' | 'collateral'>): TermCheck[] {
  const inAmount = demand.amountFen >= product.minAmountFen && demand.amountFen <= product.maxAmountFen;
  const inTerm = demand.termMonths >= product.minTermMonths && demand.termMonths <= product.maxTermMonths;
  const accepts = product.collateral.includes(demand.collateral);
  const range = `${wanYuan(product.minAmountFen)} 至 ${wanYuan(product.maxAmountFen)}`;
  return [
    {
      term: 'AMOUNT', met: inAmount,
      reason: inAmount
        ? bi(`申请金额 ${wanYuan(demand.amountFen)} 在产品额度 ${range} 之内`, `the amount asked (${wanEn(demand.amountFen)}) is within the product's ${wanEn(product.minAmountFen)}–${wanEn(product.maxAmountFen)}`)
        : bi(`申请金额 ${wanYuan(demand.amountFen)} 不在产品额度 ${range} 之内`, `the amount asked (${wanEn(demand.amountFen)}) is outside the product's ${wanEn(product.minAmountFen)}–${wanEn(product.maxAmountFen)}`),
    },
    {
      term: 'TERM', met: inTerm,
      reason: inTerm
        ? bi(`期限${demand.termMonths}个月在产品期限${product.minTermMonths}至${product.maxTermMonths}个月之内`, `the term of ${demand.termMonths} months is within ${product.minTermMonths}–${product.maxTermMonths} months`)
        : bi(`期限${demand.termMonths}个月不在产品期限${product.minTermMonths}至${product.maxTermMonths}个月之内`, `the term of ${demand.termMonths} months is outside ${product.minTermMonths}–${product.maxTermMonths} months`),
    },
    {
      term: 'COLLATERAL', met: accepts,
      reason: accepts
        ? bi(`产品接受${COLLATERAL_LABELS[demand.collateral].zh}`, `the product accepts ${COLLATERAL_LABELS[demand.collateral].en}`)
        : bi(`产品不接受${COLLATERAL_LABELS[demand.collateral].zh}（接受：${product.collateral.map((c) => COLLATERAL_LABELS[c].zh).join('、')}）`, `the product does not accept ${COLLATERAL_LABELS[demand.collateral].en} (accepts: ${product.collateral.map((c) => COLLATERAL_LABELS[c].en).join(', ')})`),
    },
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
