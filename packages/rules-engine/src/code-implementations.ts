import type { BilingualText } from '@huiqi/kernel';
import { PAYMENT_ARTICLES } from './payment/payment-articles';

/**
 * Articles implemented in TypeScript rather than in rules/ YAML: each module declares the addresses it
 * implements here. They are checked against the law library whenever the rule base is loaded with one
 * (a broken address stops the load, so the server does not start), and `huiqi law coverage` lists them.
 */
export interface CodeImplementation {
  /** Short name of the function or module, e.g. `paymentDeadline`. */
  name: string;
  /** What it does, for readers of the law library. */
  label: BilingualText;
  /** Repository-relative path of the file that implements the articles. */
  file: string;
  addresses: readonly string[];
}

const CIVIL_CODE = 'cn/law/civil-code@2021-01-01';

export const CODE_IMPLEMENTATIONS: readonly CodeImplementation[] = [
  {
    name: 'paymentDeadline',
    label: { zh: '付款期限与逾期利息计算', en: 'payment due date and late interest' },
    file: 'packages/rules-engine/src/payment/payment-deadline.ts',
    addresses: [
      ...Object.values(PAYMENT_ARTICLES['2020']),
      ...Object.values(PAYMENT_ARTICLES['2025']),
      `${CIVIL_CODE}#art_201__para_1`,
      `${CIVIL_CODE}#art_203__para_1`,
      `${CIVIL_CODE}#art_204`,
    ],
  },
  {
    name: 'computeDeadline',
    label: { zh: '期间计算（法定节假日顺延）', en: 'period counting (moved off statutory holidays)' },
    file: 'packages/calendar/src/compute-deadline.ts',
    addresses: [`${CIVIL_CODE}#art_201__para_1`, `${CIVIL_CODE}#art_202`, `${CIVIL_CODE}#art_203__para_1`, `${CIVIL_CODE}#art_203__para_2`, `${CIVIL_CODE}#art_204`],
  },
];
