/**
 * The articles of 保障中小企业款项支付条例 the payment-deadline function applies, per version — read from the
 * full texts under law/ (2020: 国务院令第728号; 2025: 国务院令第802号). One home for these addresses: the
 * function, its rule cases and the coverage report all use this table.
 */
export type PaymentVersion = '2020' | '2025';

export interface PaymentArticles {
  /** 中小企业、大型企业依合同订立时的企业规模类型确定 (第三条第二款 in both). */
  sizeAtSigning: string;
  /** 机关、事业单位: 30 days from delivery, agreed at most 60. */
  publicBodyTerm: string;
  /** 大型企业: agreed reasonable term (2020), 60 days unless agreed (2025). */
  largeEnterpriseTerm: string;
  /** 履行进度结算、定期结算: from the day both sides confirm the amount. */
  settlement: string;
  /** Acceptance as the payment condition: from the day of acceptance. */
  acceptance: string;
  /** Payer delays acceptance: from the end of the agreed acceptance period. */
  acceptanceDelayed: string;
  /** Late interest: agreed rate ≥ 1-year LPR; otherwise 万分之五 a day. */
  lateInterest: string;
}

const W = 'cn/regulation/sme-payment-protection';

export const PAYMENT_ARTICLES: Record<PaymentVersion, PaymentArticles> = {
  '2020': {
    sizeAtSigning: `${W}@2020-09-01#art_3__para_2`,
    publicBodyTerm: `${W}@2020-09-01#art_8__para_1`,
    largeEnterpriseTerm: `${W}@2020-09-01#art_8__para_2`,
    settlement: `${W}@2020-09-01#art_8__para_3`,
    acceptance: `${W}@2020-09-01#art_9__para_1`,
    acceptanceDelayed: `${W}@2020-09-01#art_9__para_2`,
    lateInterest: `${W}@2020-09-01#art_15__para_1`,
  },
  '2025': {
    sizeAtSigning: `${W}@2025-06-01#art_3__para_2`,
    publicBodyTerm: `${W}@2025-06-01#art_9__para_1`,
    largeEnterpriseTerm: `${W}@2025-06-01#art_9__para_2`,
    settlement: `${W}@2025-06-01#art_9__para_4`,
    acceptance: `${W}@2025-06-01#art_10__para_1`,
    acceptanceDelayed: `${W}@2025-06-01#art_10__para_2`,
    lateInterest: `${W}@2025-06-01#art_17__para_1`,
  },
};
