import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { computeDeadline, shippedCalendar, type Calendar } from '@huiqi/calendar';
import { appendObjectionAction, createObjection, findMark, recordMarkChange, listObjectionIds, loadObjectionLog, type Database, type ObjectionFilter, type StoredMark } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import {
  applyObjectionAction, foldObjection, MARK_CHANGE_ARTICLES, markChangeFor, type MarkChange, type MarkCorrection, OBJECTION_GROUND_LABELS, OBJECTION_HANDLING_LABELS, OBJECTION_STATUS_LABELS, PUBLIC_CREDIT_ARTICLES,
  type AnyObjectionAction, type ObjectionCase, type ObjectionGround, type ObjectionHandling,
} from '@huiqi/workflows';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { isUniqueViolation } from '../appeals/appeals-service';
import { creditNow } from '../credit/credit-clock';
import { getRules } from '../rules/rule-base';
import { CREDIT_JURISDICTION } from '../credit/credit-runtime';
import { refusal } from './public-credit-refusal';
import { citeInWords } from './present-mark';
import { markExtras } from './mark-content';

export const OBJECTION_DECISION_PARAMETER = 'credit.public_marks.objection_decision_working_days';
const beijingToday = () => today('Asia/Shanghai', creditNow());

/** Who asks: the enterprise a mark names; an officer of a department (provider of its penalty marks); the SME bureau (provider of arrears marks); an auditor (reads). */
export type ObjectionViewer =
  | { kind: 'ENTERPRISE'; userId: string; uscc: string }
  | { kind: 'DEPARTMENT'; userId: string; departmentId: string }
  | { kind: 'BUREAU'; userId: string }
  | { kind: 'AUDITOR'; userId: string };

export function objectionViewer(request: FastifyRequest): ObjectionViewer {
  const { user } = requirePrincipal(request.principal);
  if (user.role === 'ENTERPRISE' && user.uscc) return { kind: 'ENTERPRISE', userId: user.id, uscc: user.uscc };
  if (user.role === 'DEPARTMENT' && user.departmentId) return { kind: 'DEPARTMENT', userId: user.id, departmentId: user.departmentId };
  if (user.role === 'SME_BUREAU') return { kind: 'BUREAU', userId: user.id };
  if (user.role === 'AUDITOR') return { kind: 'AUDITOR', userId: user.id };
  throw new AppError('CREDIT_OBJECTION_ROLE_REQUIRED');
}

/** The unit that provided a mark decides objections to it (第四十八条第一款, 第五十一条第三款): the department for a penalty, the SME bureau for an arrears finding. */
export const isProviderOf = (v: ObjectionViewer, m: StoredMark): boolean =>
  (v.kind === 'DEPARTMENT' && m.sourceKind === 'INSPECTION_RESULT' && m.departmentId === v.departmentId) || (v.kind === 'BUREAU' && m.sourceKind === 'ARREARS_COMPLAINT');
const canSee = (v: ObjectionViewer, m: StoredMark): boolean => (v.kind === 'ENTERPRISE' ? v.uscc === m.uscc : v.kind === 'AUDITOR' || isProviderOf(v, m) || v.kind === 'BUREAU');

let calendar: Calendar | null = null;
/** The last day for the decision: 第五十一条第三款, two working days from acceptance (a dated parameter), on the official calendar; null without calendar data. */
export async function objectionDecisionDue(acceptedOn: PlainDate): Promise<{ due: PlainDate | null; workingDays: number | null; citation: string | null }> {
  const { rb } = await getRules();
  const p = rb.params.resolve(OBJECTION_DECISION_PARAMETER, CREDIT_JURISDICTION, acceptedOn);
  if (!p || p.value === null) return { due: null, workingDays: null, citation: null };
  calendar ??= shippedCalendar('cn');
  const d = computeDeadline(calendar, { from: acceptedOn, workingDays: Number(p.value) });
  return { due: d.ok ? d.value.due : null, workingDays: Number(p.value), citation: p.reference };
}

export function presentObjection(c: ObjectionCase, mark: StoredMark, v: ObjectionViewer) {
  return {
    objectionId: c.objectionId,
    markId: c.markId,
    subjectName: mark.subjectName,
    ground: c.ground,
    groundLabel: OBJECTION_GROUND_LABELS[c.ground],
    explanation: c.explanation,
    status: c.status,
    statusLabel: OBJECTION_STATUS_LABELS[c.status],
    submittedAt: c.submittedAt,
    decisionDue: c.decisionDue,
    decision: c.decision ? { handlingLabel: c.decision.handling ? OBJECTION_HANDLING_LABELS[c.decision.handling] : null, reasons: c.decision.reasons, at: c.decision.at } : null,
    canDecide: c.status === 'SUBMITTED' && isProviderOf(v, mark),
    basis: [PUBLIC_CREDIT_ARTICLES.objectionGrounds, PUBLIC_CREDIT_ARTICLES.objectionTimeLimit].map(citeInWords),
  };
}

export async function loadObjection(db: Database, v: ObjectionViewer, objectionId: string): Promise<{ log: AnyObjectionAction[]; objection: ObjectionCase; mark: StoredMark }> {
  const log = await loadObjectionLog(db, objectionId);
  if (log.length === 0) throw new AppError('CREDIT_OBJECTION_NOT_FOUND');
  const objection = foldObjection(log);
  const mark = (await findMark(db, objection.markId))!;
  if (!canSee(v, mark)) throw new AppError('CREDIT_OBJECTION_NOT_FOUND'); // nothing leaks
  return { log, objection, mark };
}

/** 异议申请: the enterprise a mark names objects, on a ground of 第四十八条第一款, with its explanation; accepted at once and flagged (第四十九、五十条). */
export async function submitObjection(db: Database, v: ObjectionViewer, input: { markId: string; ground: ObjectionGround; explanation: string }): Promise<{ objection: ObjectionCase; mark: StoredMark }> {
  if (v.kind !== 'ENTERPRISE') throw new AppError('CREDIT_OBJECTION_ENTERPRISE_REQUIRED');
  const mark = await findMark(db, input.markId);
  if (!mark || mark.uscc !== v.uscc) throw new AppError('CREDIT_MARK_NOT_FOUND');
  const due = await objectionDecisionDue(beijingToday());
  const action: AnyObjectionAction = {
    id: randomUUID(), type: 'SUBMITTED', at: creditNow().toISOString(), actor: { kind: 'ENTERPRISE', userId: v.userId, uscc: v.uscc },
    payload: { objectionId: `co-${randomUUID()}`, markId: mark.markId, uscc: mark.uscc, ground: input.ground, explanation: input.explanation.trim(), decisionDue: due.due },
  };
  const r = applyObjectionAction([], action, false);
  if (!r.ok) throw refusal(r.error);
  try {
    await db.transaction((tx) => createObjection(tx, r.value, action));
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CREDIT_OBJECTION_OPEN');
    throw e;
  }
  return { objection: r.value, mark };
}

/**
 * 异议处理: the providing unit upholds the objection (with the handling of 第五十一条第四款) or dismisses it, with
 * reasons. An upheld objection takes effect on the mark in the same transaction: 更正 makes the corrected content a
 * new version, 补充 adds the supplementary information, 停止公开 stops publication and sharing at once; each change
 * audited with its item. A dismissal changes nothing on the mark; either way the flag of 第五十条 goes.
 */
export async function decideObjection(
  db: Database,
  v: ObjectionViewer,
  objectionId: string,
  d: { decision: 'UPHOLD'; handling: ObjectionHandling; reasons: string; correction?: Partial<MarkCorrection> | null; supplement?: string | null } | { decision: 'DISMISS'; reasons: string },
) {
  const { log, mark } = await loadObjection(db, v, objectionId);
  const at = creditNow();
  const actor = { kind: 'PROVIDER', userId: v.userId } as const;
  const action: AnyObjectionAction = d.decision === 'UPHOLD'
    ? { id: randomUUID(), type: 'UPHELD', at: at.toISOString(), actor, payload: { handling: d.handling, reasons: d.reasons.trim(), correction: null, supplement: null } }
    : { id: randomUUID(), type: 'DISMISSED', at: at.toISOString(), actor, payload: { reasons: d.reasons.trim() } };
  const r = applyObjectionAction(log, action, isProviderOf(v, mark));
  if (!r.ok) throw refusal(r.error);
  let change: MarkChange | null = null;
  if (d.decision === 'UPHOLD' && action.type === 'UPHELD') {
    const c = markChangeFor(d.handling, (await markExtras(db, mark)).content.current, { correction: d.correction ?? null, supplement: d.supplement ?? null });
    if (!c.ok) throw refusal(c.error);
    change = c.value;
    // the content the handling puts on the mark is part of the decision's log entry too
    action.payload.correction = change.kind === 'CORRECTED' ? change.correction : null;
    action.payload.supplement = change.kind === 'SUPPLEMENTED' ? change.supplement : null;
  }
  const stored = await db.transaction(async (tx) => {
    if (!(await appendObjectionAction(tx, r.value, log.length, action))) return false;
    if (change) await recordMarkChange(tx, { markId: mark.markId, objectionId, change, article: MARK_CHANGE_ARTICLES[change.kind], userId: v.userId, at });
    return true;
  });
  if (!stored) throw new AppError('CREDIT_OBJECTION_CONFLICT');
  return { objection: r.value, mark };
}

export async function listObjections(db: Database, v: ObjectionViewer) {
  const filter: ObjectionFilter = v.kind === 'ENTERPRISE' ? { uscc: v.uscc } : v.kind === 'DEPARTMENT' ? { departmentId: v.departmentId } : { all: true };
  const items = [];
  for (const id of await listObjectionIds(db, filter, 200)) {
    const { objection, mark } = await loadObjection(db, v, id);
    items.push(presentObjection(objection, mark, v));
  }
  return items;
}
