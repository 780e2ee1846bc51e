import { err, ok, type Result } from '@huiqi/kernel';
import type { ConsultationAction, ConsultationActionInput, ConsultationComputed } from './action';
import { checkCommentBody } from './check-comment-body';
import { checkConsultationGuards } from './check-consultation-guards';
import { checkOpening } from './check-opening';
import { commentTextKey } from './comment-text-key';
import type { Consultation } from './consultation';
import type { ConsultationContext } from './consultation-context';
import { consultationError, type ConsultationError } from './consultation-error';
import { foldConsultation } from './fold-consultation';
import { consultationPerformersOf } from './performers';
import { consultationStatuses } from './status';
import { consultationTransitionFor } from './transition-table';
import { parseInstant } from '../appeals/local-time';

export interface AppliedConsultationAction {
  log: ConsultationAction[];
  action: ConsultationAction;
  consultation: Consultation;
  /** True when an action with the same id and type was already in the log (idempotent replay). */
  isDuplicate: boolean;
}

function refused(c: Consultation, a: ConsultationActionInput): ConsultationError {
  const s = consultationStatuses[c.status];
  if (s.isFinal) return consultationError('CONSULTATION_IS_FINAL', `征求意见${s.label.zh}，不能再操作`, `the consultation is ${s.label.en.toLowerCase()}; no further action is possible`, { status: c.status, action: a.type });
  if (c.status === 'PROCESSING' && (a.type === 'COMMENT_SUBMITTED' || a.type === 'COMMENT_EDITED' || a.type === 'COMMENT_WITHDRAWN')) {
    return consultationError('DEADLINE_PASSED', `征求意见已于 ${c.endDate} 截止，不能再提交或修改意见`, `the comment period ended on ${c.endDate}; comments can no longer be added or changed`, { endDate: c.endDate });
  }
  return consultationError('ACTION_NOT_ALLOWED', `当前状态“${s.label.zh}”下不能执行此操作`, `${a.type} is not allowed while the consultation is “${s.label.en}”`, { status: c.status, action: a.type });
}

/** Trims the free texts of a comment so that what is stored is what was checked. */
function normalised(input: ConsultationActionInput): ConsultationActionInput {
  if (input.type !== 'COMMENT_SUBMITTED' && input.type !== 'COMMENT_EDITED') return input;
  const w = input.payload.proposedWording?.trim() ?? null;
  return { ...input, payload: { ...input.payload, text: input.payload.text.trim(), proposedWording: w === '' ? null : w } } as ConsultationActionInput;
}

/**
 * Validates `input` against the transition table, the actor and the consultation's state,
 * then appends it. Never throws for a refused action: the refusal is an `err` with a bilingual
 * code. What needs the calendar, the parameters or the law library is computed here and
 * stored on the action, so `foldConsultation` needs none of them.
 */
export function applyConsultationAction(log: readonly ConsultationAction[], raw: ConsultationActionInput, ctx: ConsultationContext): Result<AppliedConsultationAction, ConsultationError> {
  const atMs = parseInstant(raw.at);
  if (atMs === null) return err(consultationError('INVALID_TIME', '操作时间应为带时区的 ISO 时间，如 2025-01-23T09:00:00+08:00', 'the time must be an ISO instant with an offset, e.g. 2025-01-23T09:00:00+08:00', { field: 'at' }));
  const existing = log.find((x) => x.id === raw.id);
  if (existing) {
    if (existing.type !== raw.type) return err(consultationError('ACTION_ID_REUSED', '该事务编号已用于另一操作', 'this transaction id was already used for another action', { id: raw.id, type: existing.type }));
    return ok({ log: [...log], action: existing, consultation: foldConsultation(log), isDuplicate: true });
  }
  const input = normalised(raw);
  const computed: ConsultationComputed = {};

  if (log.length === 0) {
    if (input.type !== 'OPENED') return err(consultationError('FIRST_ACTION_MUST_BE_OPENING', '征求意见须先发起', 'a consultation starts with its opening', { action: input.type }));
    if (input.actor.kind !== 'OFFICER' || input.actor.departmentId !== input.payload.ownerDepartment) {
      return err(consultationError('ACTOR_NOT_PERMITTED', '只有本部门工作人员可以发起征求意见', 'only an officer of the owning department may open a consultation', { action: 'OPENED' }));
    }
    const opening = checkOpening(input.payload, ctx);
    if ('code' in opening) return err(opening);
    Object.assign(computed, opening);
  } else {
    const last = log[log.length - 1]!;
    if (atMs < parseInstant(last.at)!) return err(consultationError('ACTION_OUT_OF_ORDER', '操作时间早于上一操作', 'the action is dated before the previous one', { previousAt: last.at }));
    const before = foldConsultation(log);
    const t = input.type === 'OPENED' ? null : consultationTransitionFor(before.status, input.type);
    if (!t) return err(refused(before, input));
    const roles = consultationPerformersOf(input.actor, before, input);
    if (!t.by.some((p) => roles.has(p))) {
      return err(consultationError('ACTOR_NOT_PERMITTED', '无权执行此操作', `not permitted (needs one of: ${t.by.join(', ')})`, { action: input.type, needs: t.by }));
    }
    const g = checkConsultationGuards(before, input, ctx);
    if (g) return err(g);
    if (input.type === 'COMMENT_SUBMITTED' || input.type === 'COMMENT_EDITED') {
      const body = checkCommentBody(before, input.payload, ctx);
      if ('code' in body) return err(body);
      computed.citation = body.anchor?.citation ?? null;
      computed.articleEid = body.anchor ? (body.anchor.articleEid ?? input.payload.targetEid) : null;
      computed.textKey = commentTextKey(input.payload.text);
    }
  }
  const action = { ...input, computed } as ConsultationAction;
  const newLog = [...log, action];
  return ok({ log: newLog, action, consultation: foldConsultation(newLog), isDuplicate: false });
}
