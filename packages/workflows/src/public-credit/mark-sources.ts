import { compareDates, err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import type { CreditMarkKind } from './mark-kinds';
import { publicCreditError, type PublicCreditError } from './public-credit-error';

/** What a producing record yields for a mark: whom it names, what was found, when it was decided, whether it may be published. */
export interface MarkDraft {
  kind: CreditMarkKind;
  uscc: string;
  subjectName: string;
  finding: string;
  decidedOn: PlainDate;
  isPublic: boolean;
  /** Why it is (or is not) published, in words, with the article. */
  publicationReason: string;
}

const LIMIT = 2000;

/** The decided outcome of a payment-arrears complaint, as the appeals module folds it. */
export interface ArrearsOutcome {
  appealType: string;
  /** The handling department's 失信 finding (the CREDIT_MARKED action), or null. */
  creditMark: { at: string; finding: string } | null;
  debtor: { name: string; uscc: string | null } | null;
  /** Beijing day of the finding. */
  foundOn: PlainDate | null;
}

/**
 * 保障中小企业款项支付条例 第二十六条: a debtor found in arrears and 失信 in an arrears complaint goes into
 * its credit record; published only where the bureau finds it serious (情节严重或者造成严重不良社会影响),
 * with the reason stated. The debtor must carry a uscc (统一代码, 社会信用条例 第二十四条第二款).
 */
export function markFromArrears(o: ArrearsOutcome, isSerious: boolean, seriousReason: string | null): Result<MarkDraft, PublicCreditError> {
  if (o.appealType !== 'ARREARS_COMPLAINT') return err(publicCreditError('CREDIT_MARK_SOURCE_NOT_ARREARS', 'trackingNumber', '该诉求不是拖欠账款投诉', 'This case is not a payment-arrears complaint'));
  if (!o.creditMark || !o.foundOn) return err(publicCreditError('CREDIT_MARK_NOT_FOUND_IN_CASE', 'trackingNumber', '该投诉尚未认定失信（承办部门未作失信标记）', 'The handling department has not found the debtor in breach of trust in this complaint'));
  if (!o.debtor || !o.debtor.uscc) return err(publicCreditError('CREDIT_MARK_DEBTOR_WITHOUT_USCC', 'trackingNumber', '被投诉方没有统一社会信用代码，无法记入信用记录', 'The debtor has no unified social credit code; the record cannot be kept'));
  const reason = (seriousReason ?? '').trim();
  if (isSerious && (reason === '' || reason.length > LIMIT)) return err(publicCreditError('CREDIT_MARK_SERIOUS_REASON_REQUIRED', 'seriousReason', '向社会公示须说明情节严重或者造成严重不良社会影响的理由', 'Publishing needs the reason why the case is serious'));
  return ok({
    kind: 'ARREARS_DEBTOR', uscc: o.debtor.uscc, subjectName: o.debtor.name, finding: o.creditMark.finding, decidedOn: o.foundOn, isPublic: isSerious,
    publicationReason: isSerious ? `情节严重：${reason}（保障中小企业款项支付条例第二十六条）` : '记入信用记录；情节未认定为严重，不向社会公示（保障中小企业款项支付条例第二十六条）',
  });
}

/** An inspection result and the penalty decision the department records against it. */
export interface PenaltyDecision {
  outcome: string;
  /** The 轻微免罚/首违不罚 answer recorded with the result, if the finding was on the list. */
  penaltyStatus: string | null;
  uscc: string;
  subjectName: string;
  inspectedOn: PlainDate;
  decisionNumber: string;
  decidedOn: PlainDate;
  penalty: string;
  today: PlainDate;
}

/**
 * 行政处罚 after an inspection: only a result that opened a case (立案查处) can lead to a penalty; a finding
 * the list answers 不予处罚 or 可以不予处罚 is not treated as a breach of trust (深圳条例 第六十九条「不认定为失信行为」),
 * so no mark. The decision is published (行政处罚法 第四十八条第一款).
 */
export function markFromPenalty(d: PenaltyDecision): Result<MarkDraft, PublicCreditError> {
  if (d.outcome !== 'CASE_OPENED') return err(publicCreditError('CREDIT_MARK_RESULT_NOT_CASE_OPENED', 'visitId', '只有检查结果为「立案查处」的，才能录入行政处罚', 'Only a result that opened a case can lead to a penalty record'));
  if (d.penaltyStatus === 'NO_PENALTY' || d.penaltyStatus === 'MAY_WAIVE') {
    return err(publicCreditError('CREDIT_MARK_MINOR_VIOLATION', 'visitId', '该违法行为属于轻微违法免罚或首违可不罚情形，不认定为失信行为（深圳条例第六十九条）', 'A minor or first violation that may go unpunished is not a breach of trust'));
  }
  const number = d.decisionNumber.trim();
  if (number === '' || number.length > 100) return err(publicCreditError('CREDIT_MARK_DECISION_INVALID', 'decisionNumber', '请填写行政处罚决定书文号', 'Give the number of the penalty decision'));
  if (compareDates(d.decidedOn, d.inspectedOn) < 0 || compareDates(d.decidedOn, d.today) > 0) {
    return err(publicCreditError('CREDIT_MARK_DECISION_INVALID', 'decidedOn', '处罚决定日期不能早于检查日期，也不能晚于今天', 'The decision date cannot be before the inspection or after today'));
  }
  const penalty = d.penalty.trim();
  if (penalty === '' || penalty.length > LIMIT) return err(publicCreditError('CREDIT_MARK_DECISION_INVALID', 'penalty', '请填写处罚内容', 'Describe the penalty'));
  return ok({
    kind: 'ADMINISTRATIVE_PENALTY', uscc: d.uscc, subjectName: d.subjectName, finding: `${number}：${penalty}`, decidedOn: d.decidedOn, isPublic: true,
    publicationReason: '行政处罚决定依法公开（行政处罚法第四十八条第一款）',
  });
}
