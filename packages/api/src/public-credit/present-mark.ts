import type { StoredMark } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { CREDIT_MARK_KIND_INFO, MARK_STATE_LABELS, markState, PUBLIC_CREDIT_ARTICLES, type CreditMarkKind } from '@huiqi/workflows';
import { lawLibrary } from '../law/law-library';
import { objectionFlag, supplementsOf, type MarkExtras } from './mark-content';

/** An article named in words (第七十九条 of 深圳经济特区社会信用条例), never its address. */
export function citeInWords(address: string): { citation: string; lawTitle: string } {
  const r = lawLibrary().resolve(address);
  return { citation: r?.citation ?? '', lawTitle: r?.title ?? '' };
}

const kindOf = (m: StoredMark) => m.kind as CreditMarkKind;

/**
 * What anyone may see of a published mark: whom it names (as last corrected), what kind, when, the period and the
 * articles, the information supplemented on an objection, and the flag while an objection is handled (第五十条) —
 * no finding text, no personal data (社会信用条例 第三十八条).
 */
export function presentPublicMark(m: StoredMark, departmentNames: Map<string, string>, x: MarkExtras) {
  const info = CREDIT_MARK_KIND_INFO[kindOf(m)];
  return {
    markId: m.markId, kindLabel: info.label, subjectName: x.content.current.subjectName, uscc: m.uscc, decidedOn: m.decidedOn,
    departmentName: m.departmentId ? (departmentNames.get(m.departmentId) ?? null) : null,
    period: { start: m.period.start, end: m.period.end },
    publicationBasis: m.publicationBasis.map(citeInWords),
    objectionFlag: objectionFlag(x),
    supplements: supplementsOf(x),
  };
}

/** The mark with everything an official or the enterprise it names may read. */
export function presentMark(m: StoredMark, departmentNames: Map<string, string>, today: PlainDate, x: MarkExtras) {
  const info = CREDIT_MARK_KIND_INFO[kindOf(m)];
  const state = markState({ isPublic: m.isPublic, period: { end: m.period.end as PlainDate }, repairedOn: m.repairedOn as PlainDate | null, publicationStoppedAt: x.content.publicationStoppedAt }, today);
  const unverified = m.periodBasis.minimum.unverified || m.periodBasis.maximum.unverified;
  return {
    ...presentPublicMark(m, departmentNames, x),
    kind: kindOf(m),
    explanation: info.explanation,
    finding: x.content.current.finding,
    /** 更正 (第五十一条第四款第（一）项): every version, the first as recorded; the last is the one in force. */
    version: x.content.version,
    versions: x.content.versions.map((v) => ({ version: v.version, finding: v.content.finding, subjectName: v.content.subjectName, recordedAt: v.from, isCurrent: v.version === x.content.version })),
    publicationStoppedAt: x.content.publicationStoppedAt,
    source: m.sourceKind === 'ARREARS_COMPLAINT'
      ? { zh: '拖欠中小企业款项投诉的处理结果', en: 'The outcome of a payment-arrears complaint' }
      : { zh: '行政检查后作出的行政处罚决定', en: 'A penalty decided after an inspection' },
    isPublic: m.isPublic,
    publicationReason: m.publicationReason,
    state,
    stateLabel: MARK_STATE_LABELS[state],
    period: { start: m.period.start, minimumEnd: m.period.minimumEnd, end: m.period.end },
    periodBasis: {
      minimumMonths: m.periodBasis.minimum.months, maximumMonths: m.periodBasis.maximum.months,
      minimumArticle: citeInWords(m.periodBasis.minimum.reference), maximumArticle: citeInWords(m.periodBasis.maximum.reference),
      isVerified: !unverified,
      note: unverified
        ? { zh: '社会信用条例未规定公示期限的具体数值，本期限为暂定值，有待主管部门确认', en: 'The regulation gives no figure for the period; this one is provisional until the authority confirms it' }
        : null,
    },
    recordBasis: m.recordBasis.map(citeInWords),
    repairedOn: m.repairedOn,
    recordedAt: m.recordedAt,
    remedies: [
      { text: { zh: '最短公示期限届满后，纠正失信行为的，可以申请信用修复', en: 'Once the shortest period has run out and the breach is corrected, you may apply for repair' }, article: citeInWords(PUBLIC_CREDIT_ARTICLES.repairAfterMinimum) },
      { text: { zh: '认为记录有错误、遗漏或者超期公开的，可以提出异议', en: 'If the record is wrong, incomplete or published past its period, you may object' }, article: citeInWords(PUBLIC_CREDIT_ARTICLES.publicationPeriod) },
      { text: { zh: '认为侵犯合法权益的，可以依法申请行政复议或者提起行政诉讼', en: 'If your rights are infringed, you may apply for administrative review or sue' }, article: citeInWords(PUBLIC_CREDIT_ARTICLES.reviewOrLitigation) },
    ],
  };
}
