import { randomUUID } from 'node:crypto';
import { findAppealCaseByTrackingNumber, findMarkBySource, getResult, insertMark, loadAppealLog, type Database, type StoredAppealAction, type StoredMark } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import {
  CREDIT_MARK_KIND_INFO, foldCase, localDateOf, markFromArrears, markFromPenalty, parseTrackingNumber, publicationPeriod,
  type AppealAction, type MarkDraft,
} from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { creditNow } from '../credit/credit-clock';
import { periodFigures } from './public-credit-runtime';
import { refusal } from './public-credit-refusal';

/** Counts the publication period from the parameters in force on the decision day and keeps the mark (one per producing record). */
async function keep(db: Database, draft: MarkDraft, source: { kind: StoredMark['sourceKind']; ref: string; departmentId: string | null }, userId: string): Promise<StoredMark> {
  const { minimum, maximum } = await periodFigures(draft.kind, draft.decidedOn);
  const period = publicationPeriod(draft.decidedOn, minimum, maximum);
  if (!period.ok) throw refusal(period.error);
  const info = CREDIT_MARK_KIND_INFO[draft.kind];
  const markId = `cm-${randomUUID()}`;
  const stored = await db.transaction((tx) =>
    insertMark(tx, {
      markId, kind: draft.kind, uscc: draft.uscc, subjectName: draft.subjectName, sourceKind: source.kind, sourceRef: source.ref, departmentId: source.departmentId,
      finding: draft.finding, recordBasis: [...info.recordBasis], publicationBasis: [...info.publicationBasis], decidedOn: draft.decidedOn, isPublic: draft.isPublic,
      publicationReason: draft.publicationReason, period: { start: period.value.start, minimumEnd: period.value.minimumEnd, end: period.value.end },
      periodBasis: { minimum: period.value.minimum, maximum: period.value.maximum },
    }, userId, creditNow()),
  );
  if (!stored) throw new AppError('CREDIT_MARK_ALREADY_RECORDED');
  return (await findMarkBySource(db, source.kind, source.ref))!;
}

/**
 * 保障中小企业款项支付条例 第二十六条: the SME bureau (受理投诉部门) takes the handling department's 失信 finding
 * in an arrears complaint into the debtor's credit record, published only when it finds the case serious.
 */
export async function recordArrearsMark(db: Database, userId: string, input: { trackingNumber: string; isSerious: boolean; seriousReason: string | null }): Promise<StoredMark> {
  const tn = input.trackingNumber.trim().toUpperCase();
  if (!parseTrackingNumber(tn).ok) throw new AppError('CREDIT_MARK_SOURCE_NOT_FOUND', { details: { field: 'trackingNumber' } });
  const row = await findAppealCaseByTrackingNumber(db, tn);
  if (!row) throw new AppError('CREDIT_MARK_SOURCE_NOT_FOUND', { details: { field: 'trackingNumber' } });
  if (await findMarkBySource(db, 'ARREARS_COMPLAINT', tn)) throw new AppError('CREDIT_MARK_ALREADY_RECORDED');
  const c = foldCase((await loadAppealLog(db, row.caseId)) as StoredAppealAction[] as unknown as AppealAction[]);
  const draft = markFromArrears(
    { appealType: c.type, creditMark: c.creditMark, debtor: c.arrears ? { name: c.arrears.form.debtor.name, uscc: c.arrears.form.debtor.uscc } : null, foundOn: c.creditMark ? localDateOf(c.creditMark.at) : null },
    input.isSerious, input.seriousReason,
  );
  if (!draft.ok) throw refusal(draft.error);
  return keep(db, draft.value, { kind: 'ARREARS_COMPLAINT', ref: tn, departmentId: c.lead ?? c.owner }, userId);
}

/**
 * 行政处罚 after an inspection: the department that recorded the result (立案查处) records its penalty decision;
 * a minor or first violation answered 不予处罚/可以不予处罚 is no breach of trust (深圳条例 第六十九条).
 */
export async function recordPenaltyMark(
  db: Database,
  actor: { userId: string; departmentId: string },
  input: { visitId: string; decisionNumber: string; decidedOn: PlainDate; penalty: string },
): Promise<StoredMark> {
  const r = await getResult(db, input.visitId);
  if (!r) throw new AppError('CREDIT_MARK_SOURCE_NOT_FOUND', { details: { field: 'visitId' } });
  if (r.departmentId !== actor.departmentId) throw new AppError('CREDIT_MARK_DEPARTMENT_REQUIRED');
  if (await findMarkBySource(db, 'INSPECTION_RESULT', r.visitId)) throw new AppError('CREDIT_MARK_ALREADY_RECORDED');
  const assessment = r.penaltyAssessment as { status?: string } | null;
  const draft = markFromPenalty({
    outcome: r.outcome, penaltyStatus: assessment?.status ?? null, uscc: r.uscc, subjectName: r.enterpriseName ?? r.uscc, inspectedOn: r.inspectedOn as PlainDate,
    decisionNumber: input.decisionNumber, decidedOn: input.decidedOn, penalty: input.penalty, today: today('Asia/Shanghai', creditNow()),
  });
  if (!draft.ok) throw refusal(draft.error);
  return keep(db, draft.value, { kind: 'INSPECTION_RESULT', ref: r.visitId, departmentId: r.departmentId }, actor.userId);
}
