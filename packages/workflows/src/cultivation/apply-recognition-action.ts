import { err, ok, type Result } from '@huiqi/kernel';
import { localDateOf, parseInstant } from '../appeals/local-time';
import type { RecognitionAction, RecognitionActionInput, RecognitionComputed } from './action';
import { checkRecognitionGuards } from './check-recognition-guards';
import { checkSubmission } from './check-submission';
import { foldRecognition } from './fold-recognition';
import { recognitionPerformersOf } from './performers';
import type { RecognitionApplication } from './recognition';
import type { RecognitionContext } from './recognition-context';
import { recognitionError, type RecognitionError } from './recognition-error';
import { SCORING_SHEETS } from './scoring-sheet';
import { recognitionStatuses } from './status';
import { recognitionTransitionFor } from './transition-table';

export interface AppliedRecognitionAction {
  log: RecognitionAction[];
  action: RecognitionAction;
  application: RecognitionApplication;
  /** True when an action with the same id and type was already in the log (idempotent replay). */
  isDuplicate: boolean;
}

function refused(c: RecognitionApplication, a: RecognitionActionInput): RecognitionError {
  const s = recognitionStatuses[c.status];
  if (s.isFinal) return recognitionError('APPLICATION_IS_FINAL', `申报${s.label.zh}，不能再操作`, `the application is ${s.label.en.toLowerCase()}; no further action is possible`, { status: c.status, action: a.type });
  if (a.type === 'OBJECTION_RECORDED') return recognitionError('PUBLICITY_ENDED', '该申报不在公示期内，不能提出异议', 'the application is not in its public-notice period', { status: c.status });
  return recognitionError('ACTION_NOT_ALLOWED', `当前状态“${s.label.zh}”下不能执行此操作`, `${a.type} is not allowed while the application is “${s.label.en}”`, { status: c.status, action: a.type });
}

/**
 * Validates `input` against the transition table, the actor and the application's state, then
 * appends it. Never throws for a refused action: the refusal is an `err` with a bilingual code.
 * What needs the calendar (公示 period) or the draw is computed here and stored on the action.
 */
export function applyRecognitionAction(log: readonly RecognitionAction[], input: RecognitionActionInput, ctx: RecognitionContext): Result<AppliedRecognitionAction, RecognitionError> {
  const atMs = parseInstant(input.at);
  if (atMs === null) return err(recognitionError('INVALID_TIME', '操作时间应为带时区的 ISO 时间', 'the time must be an ISO instant with an offset', { field: 'at' }));
  const existing = log.find((x) => x.id === input.id);
  if (existing) {
    if (existing.type !== input.type) return err(recognitionError('ACTION_ID_REUSED', '该事务编号已用于另一操作', 'this transaction id was already used for another action', { id: input.id }));
    return ok({ log: [...log], action: existing, application: foldRecognition(log), isDuplicate: true });
  }
  const date = localDateOf(atMs);
  let computed: RecognitionComputed = {};
  if (log.length === 0) {
    if (input.type !== 'SUBMITTED') return err(recognitionError('FIRST_ACTION_MUST_BE_SUBMISSION', '认定申报须先提交', 'an application starts with its submission', { action: input.type }));
    if (input.actor.kind !== 'ENTERPRISE' || input.actor.uscc !== input.payload.uscc) return err(recognitionError('ACTOR_NOT_PERMITTED', '只有企业本身可以提交申报', 'only the enterprise itself may apply', { action: 'SUBMITTED' }));
    const e = checkSubmission(input.payload, date, ctx);
    if (e) return err(e);
    computed = { sheet: SCORING_SHEETS[input.payload.round.tier] };
  } else {
    const last = log[log.length - 1]!;
    if (atMs < parseInstant(last.at)!) return err(recognitionError('ACTION_OUT_OF_ORDER', '操作时间早于上一操作', 'the action is dated before the previous one', { previousAt: last.at }));
    const before = foldRecognition(log);
    const t = input.type === 'SUBMITTED' ? null : recognitionTransitionFor(before.status, input.type);
    if (!t) return err(refused(before, input));
    // An expert with a declared conflict never scores, even when the conflict was declared after the draw.
    if (input.type === 'SCORE_RECORDED' && (ctx.expertConflicts?.includes(before.uscc) || before.draw?.recused.includes(input.actor.id))) {
      return err(recognitionError('EXPERT_CONFLICT', '您已申报与该企业存在利益冲突，应当回避，不能评分', 'you declared a conflict of interest with this enterprise and must not score it', { uscc: before.uscc }));
    }
    const roles = recognitionPerformersOf(input.actor, before);
    if (!t.by.some((p) => roles.has(p))) {
      if (input.type === 'SCORE_RECORDED') return err(recognitionError('EXPERT_NOT_ASSIGNED', '您不是该申报抽取的评审专家', 'you were not drawn to review this application'));
      return err(recognitionError('ACTOR_NOT_PERMITTED', '无权执行此操作', `not permitted (needs one of: ${t.by.join(', ')})`, { action: input.type, needs: t.by }));
    }
    const g = checkRecognitionGuards(before, input, date, ctx);
    if ('code' in g) return err(g);
    computed = g;
  }
  const action = { ...input, computed } as RecognitionAction;
  const newLog = [...log, action];
  return ok({ log: newLog, action, application: foldRecognition(newLog), isDuplicate: false });
}
