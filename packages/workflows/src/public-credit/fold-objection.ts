import { err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import { foldLog } from '../case-log';
import { objectionTransitionFor, type AnyObjectionAction, type ObjectionGround, type ObjectionHandling, type ObjectionStatus } from './objection';
import { publicCreditError, type PublicCreditError } from './public-credit-error';

/** An objection as its log says. */
export interface ObjectionCase {
  objectionId: string;
  markId: string;
  uscc: string;
  ground: ObjectionGround;
  explanation: string;
  decisionDue: PlainDate | null;
  status: ObjectionStatus;
  submittedAt: string;
  decision: { handling: ObjectionHandling | null; reasons: string; by: string; at: string } | null;
  updatedAt: string;
  version: number;
  anomalies: { index: number; type: string; status: ObjectionStatus }[];
}

export function foldObjection(log: readonly AnyObjectionAction[]): ObjectionCase {
  return foldLog(log, 'credit objection', {
    open(first) {
      if (first.type !== 'SUBMITTED') throw new RangeError('an objection log must start with SUBMITTED');
      const p = first.payload;
      return {
        objectionId: p.objectionId, markId: p.markId, uscc: p.uscc, ground: p.ground, explanation: p.explanation, decisionDue: p.decisionDue,
        status: 'SUBMITTED', submittedAt: first.at, decision: null, updatedAt: first.at, version: 1, anomalies: [],
      } satisfies ObjectionCase as ObjectionCase;
    },
    transitionFor: objectionTransitionFor,
    apply(c, a, t) {
      if (a.type === 'UPHELD') c.decision = { handling: a.payload.handling, reasons: a.payload.reasons, by: a.actor.userId, at: a.at };
      if (a.type === 'DISMISSED') c.decision = { handling: null, reasons: a.payload.reasons, by: a.actor.userId, at: a.at };
      c.status = t.to;
    },
  });
}

const LIMIT = 2000;
const blank = (s: string) => s.trim() === '';

/**
 * Appends one action: the first is the enterprise's own objection to a mark that names it, with an explanation
 * (第四十八条第一款: 提供相关证明材料); then the providing unit upholds it (naming the handling of 第五十一条第四款)
 * or dismisses it, with reasons either way. `isProvider` says whether the actor is an officer of that unit.
 */
export function applyObjectionAction(log: readonly AnyObjectionAction[], action: AnyObjectionAction, isProvider: boolean): Result<ObjectionCase, PublicCreditError> {
  if (log.length === 0) {
    if (action.type !== 'SUBMITTED' || action.actor.kind !== 'ENTERPRISE' || action.actor.uscc !== action.payload.uscc) {
      return err(publicCreditError('CREDIT_OBJECTION_ACTOR_NOT_PERMITTED', null, '只有信用记录所指的企业可以提出异议', 'Only the enterprise the record names may object to it'));
    }
    if (blank(action.payload.explanation) || action.payload.explanation.length > LIMIT) {
      return err(publicCreditError('CREDIT_OBJECTION_EXPLANATION_EMPTY', 'explanation', `请说明异议的事实和理由，并列明证明材料（不超过 ${LIMIT} 字）`, `State the facts and grounds of the objection and list the supporting material (at most ${LIMIT} characters)`));
    }
    return ok(foldObjection([action]));
  }
  const c = foldObjection(log);
  const t = action.type === 'SUBMITTED' ? null : objectionTransitionFor(c.status, action.type);
  if (!t) return err(publicCreditError('CREDIT_OBJECTION_ACTION_NOT_ALLOWED', null, '该异议已经处理，不能再次处理', 'This objection has already been decided'));
  if (!isProvider || action.actor.kind !== 'PROVIDER') return err(publicCreditError('CREDIT_OBJECTION_ACTOR_NOT_PERMITTED', null, '只有提供该信用信息的单位可以处理异议', 'Only the unit that provided the information decides the objection'));
  const reasons = action.type === 'SUBMITTED' ? '' : action.payload.reasons;
  if (blank(reasons) || reasons.length > LIMIT) {
    return err(publicCreditError('CREDIT_OBJECTION_REASONS_REQUIRED', 'reasons', '请写明处理结果的理由', 'Give the reasons for the decision'));
  }
  return ok(foldObjection([...log, action]));
}
