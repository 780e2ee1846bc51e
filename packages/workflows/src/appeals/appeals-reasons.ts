import { bi, type BilingualText } from '@huiqi/kernel';

/**
 * The appeals module's reasons as codes (issue 20: reasons as codes): what is wrong with a field of
 * the payment-arrears complaint form. `parseArrearsComplaintForm` returns these; this file is the one
 * place that words them in Chinese and English.
 */
export type ArrearsFieldProblem =
  | { code: 'INTEGER_FEN' }
  | { code: 'POSITIVE' }
  | { code: 'REQUIRED' }
  | { code: 'TOO_LONG' }
  | { code: 'RATE' }
  | { code: 'USCC' }
  | { code: 'REQUIRED_FOR_ACCEPTANCE' }
  | { code: 'BEFORE_SIGNING' }
  | { code: 'BEFORE_DELIVERY' }
  | { code: 'NOTHING_OUTSTANDING' }
  /** A kernel schema's own reason (a date, an amount), already in both languages. */
  | { code: 'KERNEL_REASON'; text: BilingualText }
  /** A shape the form's schema refused without a reason of its own: the schema's issue and message. */
  | { code: 'FORMAT_INVALID'; issue: string; detail: string };

/** The form's own codes (the messages its schema gives), as opposed to a kernel reason or a bare shape error. */
export type ArrearsFormCode = Exclude<ArrearsFieldProblem, { code: 'KERNEL_REASON' | 'FORMAT_INVALID' }>['code'];
const FORM_CODES: readonly ArrearsFormCode[] = ['INTEGER_FEN', 'POSITIVE', 'REQUIRED', 'TOO_LONG', 'RATE', 'USCC', 'REQUIRED_FOR_ACCEPTANCE', 'BEFORE_SIGNING', 'BEFORE_DELIVERY', 'NOTHING_OUTSTANDING'];
export const isArrearsFormCode = (s: string): s is ArrearsFormCode => (FORM_CODES as readonly string[]).includes(s);

export function arrearsFieldText(p: ArrearsFieldProblem): BilingualText {
  switch (p.code) {
    case 'INTEGER_FEN':
      return bi('金额应为整数（分）', 'amount must be whole fen');
    case 'POSITIVE':
      return bi('金额应大于零', 'amount must be positive');
    case 'REQUIRED':
      return bi('必填', 'required');
    case 'TOO_LONG':
      return bi('内容过长', 'too long');
    case 'RATE':
      return bi('日利率应为小于1的小数，如 0.0005', 'daily rate must be a decimal below 1, e.g. 0.0005');
    case 'USCC':
      return bi('统一社会信用代码应为18位', 'unified social credit code must have 18 characters');
    case 'REQUIRED_FOR_ACCEPTANCE':
      return bi('以验收为付款条件的，须填写验收日期', 'acceptance date is required when payment depends on acceptance');
    case 'BEFORE_SIGNING':
      return bi('日期不得早于合同签订日', 'date must not be before the contract was signed');
    case 'BEFORE_DELIVERY':
      return bi('验收日期不得早于交付日期', 'acceptance must not be before delivery');
    case 'NOTHING_OUTSTANDING':
      return bi('已付款项不少于合同金额，没有拖欠', 'payments cover the amount; nothing is outstanding');
    case 'KERNEL_REASON':
      return p.text;
    case 'FORMAT_INVALID':
      return bi(`格式不正确（${p.issue}）`, `invalid (${p.issue}): ${p.detail}`);
  }
}

/** The form as a whole: how many fields need correcting. */
export function arrearsFormText(problems: number): BilingualText {
  return bi(`拖欠账款投诉表有${problems}处需更正`, `the arrears complaint form has ${problems} problem(s)`);
}
