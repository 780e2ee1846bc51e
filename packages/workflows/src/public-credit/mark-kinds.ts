import type { BilingualText } from '@huiqi/kernel';
import { PUBLIC_CREDIT_ARTICLES as A } from './articles';

/**
 * 失信标记的种类 (persisted codes, never renamed). The list is closed: 深圳条例（征求意见稿）第七十条 forbids
 * credit measures without a basis in law, so a mark exists only as one of these kinds, each with its articles.
 * - ARREARS_DEBTOR: a 机关、事业单位 or 大型企业 found in arrears to an SME in a payment-arrears complaint
 *   (保障中小企业款项支付条例 第二十六条);
 * - ADMINISTRATIVE_PENALTY: an administrative penalty decided after an inspection (行政处罚法 第四十八条第一款).
 */
export const CREDIT_MARK_KINDS = ['ARREARS_DEBTOR', 'ADMINISTRATIVE_PENALTY'] as const;
export type CreditMarkKind = (typeof CREDIT_MARK_KINDS)[number];

export interface MarkKindInfo {
  label: BilingualText;
  /** What the mark means, in plain words for the enterprise it names. */
  explanation: BilingualText;
  /** The articles that put it in the credit record (every mark cites them). */
  recordBasis: readonly string[];
  /** The articles that allow publishing it (shown on the public page with the mark). */
  publicationBasis: readonly string[];
  /** The dated parameters giving the shortest and the longest publication period, in months. */
  minMonthsParameter: string;
  maxMonthsParameter: string;
}

export const CREDIT_MARK_KIND_INFO: Record<CreditMarkKind, MarkKindInfo> = {
  ARREARS_DEBTOR: {
    label: { zh: '拖欠中小企业款项', en: 'Arrears to a small or medium enterprise' },
    explanation: {
      zh: '在中小企业的拖欠账款投诉中，经处理认定贵单位拖欠中小企业款项并构成失信，依法记入信用记录。情节严重的，向社会公示。',
      en: 'A payment-arrears complaint by a small or medium enterprise found that your organisation owed it money and was in breach of trust; this is recorded in your credit record and, where serious, published.',
    },
    recordBasis: [A.arrearsRecord, A.noMarkWithoutBasis],
    publicationBasis: [A.arrearsRecord, A.publication],
    minMonthsParameter: 'credit.public_marks.arrears_debtor.min_publication_months',
    maxMonthsParameter: 'credit.public_marks.arrears_debtor.max_publication_months',
  },
  ADMINISTRATIVE_PENALTY: {
    label: { zh: '行政处罚', en: 'Administrative penalty' },
    explanation: {
      zh: '执法部门检查后对贵企业作出了行政处罚决定，处罚信息依法公开。轻微违法不予处罚或者首次违法可以不罚的，不认定为失信行为，不会产生本记录。',
      en: 'After an inspection, an enforcement department decided an administrative penalty against your enterprise; the decision is published as the law requires. Minor violations that were not punished are not treated as breaches of trust and never produce this record.',
    },
    recordBasis: [A.penaltyPublication, A.noMarkWithoutBasis],
    publicationBasis: [A.penaltyPublication, A.publication],
    minMonthsParameter: 'credit.public_marks.administrative_penalty.min_publication_months',
    maxMonthsParameter: 'credit.public_marks.administrative_penalty.max_publication_months',
  },
};
