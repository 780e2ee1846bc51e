import { bi, formatMoney, type BilingualText } from '@huiqi/kernel';
import type { CollateralKind } from '../financing/demand';

/**
 * A loan product's refusals and term checks as codes with their figures (issue 20: reasons as codes).
 * `checkProductTerms` and `compareTerms` return these; this file is the one place that words them.
 */
export type ProductProblem =
  | { code: 'NAME_MISSING'; maxChars: number }
  | { code: 'DESCRIPTION_TOO_LONG' }
  | { code: 'MIN_AMOUNT_NOT_POSITIVE' }
  | { code: 'MAX_AMOUNT_BELOW_MIN' }
  | { code: 'RATE_NOT_PERCENT' }
  | { code: 'MIN_TERM_OUT_OF_RANGE'; maxMonths: number }
  | { code: 'MAX_TERM_OUT_OF_RANGE' }
  | { code: 'COLLATERAL_NOT_CHOSEN' }
  | { code: 'TOO_MANY_CONDITIONS'; max: number }
  | { code: 'CONDITION_ID_INVALID' }
  | { code: 'CONDITION_LABEL_MISSING' }
  | { code: 'CONDITION_EXPRESSION_MISSING' };

export function productProblemText(p: ProductProblem): BilingualText {
  switch (p.code) {
    case 'NAME_MISSING':
      return bi(`请填写产品名称（不超过 ${p.maxChars} 字）`, `Name the product (at most ${p.maxChars} characters)`);
    case 'DESCRIPTION_TOO_LONG':
      return bi('产品说明过长', 'The description is too long');
    case 'MIN_AMOUNT_NOT_POSITIVE':
      return bi('最低金额须大于零', 'The minimum amount must be greater than zero');
    case 'MAX_AMOUNT_BELOW_MIN':
      return bi('最高金额不能低于最低金额', 'The maximum amount cannot be below the minimum');
    case 'RATE_NOT_PERCENT':
      return bi('年利率应为百分数，如 3.45', 'The annual rate is a percentage such as 3.45');
    case 'MIN_TERM_OUT_OF_RANGE':
      return bi(`最短期限须为 1 至 ${p.maxMonths} 个月`, `The shortest term must be 1 to ${p.maxMonths} months`);
    case 'MAX_TERM_OUT_OF_RANGE':
      return bi('最长期限不能短于最短期限，且不超过 360 个月', 'The longest term cannot be shorter than the shortest, nor over 360 months');
    case 'COLLATERAL_NOT_CHOSEN':
      return bi('请选择产品接受的担保方式（不重复）', 'Choose the kinds of collateral the product accepts (each once)');
    case 'TOO_MANY_CONDITIONS':
      return bi(`准入条件最多 ${p.max} 条`, `At most ${p.max} eligibility conditions`);
    case 'CONDITION_ID_INVALID':
      return bi('条件编号须为小写字母开头的 snake_case 且不重复', 'Condition ids are snake_case, start with a letter, and are unique');
    case 'CONDITION_LABEL_MISSING':
      return bi('请用中文写明条件的含义', 'Describe the condition in Chinese');
    case 'CONDITION_EXPRESSION_MISSING':
      return bi('请填写条件表达式（规则语言）', 'Write the condition in the rules language');
  }
}

export const COLLATERAL_LABELS: Record<CollateralKind, BilingualText> = {
  NONE: bi('信用（无担保）', 'unsecured'),
  REAL_ESTATE: bi('不动产抵押', 'real estate'),
  MOVABLE_PROPERTY: bi('动产抵押', 'movable property'),
  RECEIVABLES: bi('应收账款质押', 'receivables'),
  INTELLECTUAL_PROPERTY: bi('知识产权质押', 'intellectual property'),
  GUARANTOR: bi('保证担保', 'guarantor'),
};

/** One of a demand's terms against a product's: `met` says within (accepted) or not. */
export type TermReason =
  | { code: 'AMOUNT_RANGE'; met: boolean; amountFen: number; minFen: number; maxFen: number }
  | { code: 'TERM_RANGE'; met: boolean; months: number; minMonths: number; maxMonths: number }
  | { code: 'COLLATERAL_ACCEPTED'; met: boolean; offered: CollateralKind; accepted: readonly CollateralKind[] };

/** Money for explanations: 万元 (or 元 when 万元 would need more than two decimals) with separators, by the kernel's formatMoney. */
export const wanYuan = (fen: number): string => formatMoney(fen, 'zh');
const wanEn = (fen: number) => formatMoney(fen, 'en');

export function termReasonText(r: TermReason): BilingualText {
  switch (r.code) {
    case 'AMOUNT_RANGE': {
      const range = `${wanYuan(r.minFen)} 至 ${wanYuan(r.maxFen)}`;
      return bi(
        `申请金额 ${wanYuan(r.amountFen)} ${r.met ? '在' : '不在'}产品额度 ${range} 之内`,
        `the amount asked (${wanEn(r.amountFen)}) is ${r.met ? 'within' : 'outside'} the product's ${wanEn(r.minFen)}–${wanEn(r.maxFen)}`,
      );
    }
    case 'TERM_RANGE':
      return bi(
        `期限${r.months}个月${r.met ? '在' : '不在'}产品期限${r.minMonths}至${r.maxMonths}个月之内`,
        `the term of ${r.months} months is ${r.met ? 'within' : 'outside'} ${r.minMonths}–${r.maxMonths} months`,
      );
    case 'COLLATERAL_ACCEPTED': {
      const o = COLLATERAL_LABELS[r.offered];
      return r.met
        ? bi(`产品接受${o.zh}`, `the product accepts ${o.en}`)
        : bi(`产品不接受${o.zh}（接受：${r.accepted.map((c) => COLLATERAL_LABELS[c].zh).join('、')}）`, `the product does not accept ${o.en} (accepts: ${r.accepted.map((c) => COLLATERAL_LABELS[c].en).join(', ')})`);
    }
  }
}
