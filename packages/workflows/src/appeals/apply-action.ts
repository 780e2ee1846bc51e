import { err, ok, type Result } from '@huiqi/kernel';
import type { AppealAction, AppealActionInput, ActionComputed } from './action';
import type { AppealCase } from './appeal-case';
import type { AppealContext } from './appeal-context';
import { appealError, type AppealError } from './appeal-error';
import { appealTypes } from './appeal-type';
import { parseArrearsComplaintForm } from './arrears-form';
import { checkGuards } from './check-guards';
import type { ClockKind, ClockSnapshot } from './clock';
import { computeClock, extendClock, recomputeClock } from './compute-clocks';
import { foldCase } from './fold-case';
import { localDateOf, parseInstant } from './local-time';
import { isReporter, performersOf } from './performers';
import { appealStatuses } from './status';
import { resolveTimeLimits } from './time-limits/resolve-time-limits';
import type { TimeLimitRule } from './time-limits/time-limit-rule';
import { transitionFor } from './transition-table';
import { validatePayload } from './validate-payload';

export interface AppliedAction {
  /** The new log (the old one plus the appended action; unchanged for a duplicate). */
  log: AppealAction[];
  /** The stored action, with what the domain computed. */
  action: AppealAction;
  case: AppealCase;
  /** True when an action with the same id and type was already in the log (idempotent replay). */
  isDuplicate: boolean;
  /** Accepted, but something could not be computed (a calendar year missing, no time limits …): shown, never guessed. */
  warnings: AppealError[];
}

type SubmissionInput = Extract<AppealActionInput, { type: 'SUBMITTED' }>;

/** Checks a submission; returns the refusal, or the input with the arrears form normalised (trimmed). */
function checkSubmission(a: SubmissionInput): AppealError | SubmissionInput {
  const p = a.payload;
  if (p.isAnonymous && !appealTypes[p.type].isAnonymousAllowed) {
    return appealError('ANONYMOUS_NOT_ALLOWED', `“${appealTypes[p.type].label.zh}”不能匿名提交`, `a ${appealTypes[p.type].label.en} cannot be submitted anonymously`, { type: p.type });
  }
  if (!p.isAnonymous && (!p.reporter.enterpriseId || !p.reporter.enterpriseName)) {
    return appealError('REPORTER_IDENTITY_REQUIRED', '实名提交须填写企业身份和名称', 'a named submission needs the enterprise id and name', { field: 'payload.reporter' });
  }
  if (a.actor.role !== 'ENTERPRISE' || !isReporter(a.actor, { reporter: p.reporter })) {
    return appealError('ACTOR_NOT_PERMITTED', '诉求须由提交企业本人提交', 'an appeal must be submitted by the reporting enterprise itself', { action: 'SUBMITTED' });
  }
  if (p.type === 'ARREARS_COMPLAINT') {
    const f = parseArrearsComplaintForm(p.arrears);
    if (!f.ok) return appealError('ARREARS_FORM_INVALID', f.error.message.zh, f.error.message.en, { fields: f.error.fields });
    return { ...a, payload: { ...p, arrears: f.value } };
  }
  if (p.arrears !== null) {
    return appealError('PAYLOAD_INVALID', '只有拖欠账款投诉才填写账款信息', 'only an arrears complaint carries an arrears form', { field: 'payload.arrears' });
  }
  return a;
}

function refused(c: AppealCase, a: AppealActionInput): AppealError {
  if (appealStatuses[c.status].isFinal) {
    return appealError('CASE_IS_FINAL', `诉求已${appealStatuses[c.status].label.zh}，不能再操作`, `the case is ${appealStatuses[c.status].label.en.toLowerCase()}; no further action is possible`, { status: c.status, action: a.type });
  }
  return appealError('ACTION_NOT_ALLOWED', `当前状态“${appealStatuses[c.status].label.zh}”下不能执行 ${a.type}`, `${a.type} is not allowed while the case is “${appealStatuses[c.status].label.en}”`, { status: c.status, action: a.type });
}

function computeClocks(before: AppealCase | null, after: AppealCase, a: AppealActionInput, ctx: AppealContext, warnings: AppealError[]): ActionComputed['clocks'] {
  const out: Partial<Record<ClockKind, ClockSnapshot>> = {};
  const rules = resolveTimeLimits(after.jurisdiction, after.type, localDateOf(a.at), ctx.timeLimits);
  if (!rules.ok) {
    if (a.type === 'SUBMITTED') warnings.push(appealError('TIME_LIMITS_MISSING', rules.error.message.zh, rules.error.message.en, { jurisdiction: after.jurisdiction, type: after.type }));
    return out;
  }
  const start = (trigger: TimeLimitRule['startsOn']) => {
    for (const rule of rules.value.filter((r) => r.startsOn === trigger)) out[rule.clock] = computeClock(rule, a.at, after.pauses, ctx.calendar);
  };
  switch (a.type) {
    case 'SUBMITTED':
      start('SUBMITTED');
      break;
    case 'ACCEPTED':
      start('ACCEPTED');
      break;
    case 'DISPATCHED':
      if (before?.acceptedAt === null) start('ACCEPTED');
      break;
    case 'TRANSFERRED':
      start('TRANSFERRED');
      break;
    case 'REOPENED': {
      const rule = before?.clocks.ANSWER?.rule ?? rules.value.find((r) => r.clock === 'ANSWER');
      if (rule) out.ANSWER = computeClock(rule, a.at, after.pauses, ctx.calendar);
      break;
    }
    case 'EXTENSION_APPROVED': {
      const clock = after.clocks.ANSWER;
      if (clock) out.ANSWER = extendClock(clock, localDateOf(a.at), a.payload.newDue, after, ctx.calendar);
      break;
    }
    case 'INFO_PROVIDED':
    case 'DEADLINES_RECOMPUTED':
      for (const clock of Object.values(after.clocks)) if (clock.metAt === null) out[clock.kind] = recomputeClock(clock, after, ctx.calendar);
      break;
    default:
      break;
  }
  for (const snap of Object.values(out)) {
    if (snap.problem) warnings.push(appealError(snap.problem.code === 'CALENDAR_YEAR_MISSING' ? 'CALENDAR_YEAR_MISSING' : 'DUE_DATE_UNKNOWN', snap.problem.message.zh, snap.problem.message.en, { clock: snap.kind, year: snap.problem.year }));
  }
  return out;
}

/**
 * Validates `input` against the transition table, the actor's role and ownership and the
 * case's history, then appends it. Never throws for a refused action: the refusal is an
 * `err` with a bilingual code. Due dates are computed here (with the calendar) and stored on
 * the action, so `foldCase` and the sweeper need no calendar.
 */
export function applyAction(log: readonly AppealAction[], input: AppealActionInput, ctx: AppealContext): Result<AppliedAction, AppealError> {
  const shape = validatePayload(input);
  if (shape) return err(shape);
  const atMs = parseInstant(input.at);
  if (atMs === null) return err(appealError('INVALID_TIME', '操作时间应为带时区的 ISO 时间，如 2026-02-12T09:00:00+08:00', 'the time must be an ISO instant with an offset, e.g. 2026-02-12T09:00:00+08:00', { field: 'at' }));

  const existing = log.find((x) => x.id === input.id);
  if (existing) {
    if (existing.type !== input.type) return err(appealError('ACTION_ID_REUSED', '该事务编号已用于另一操作', 'this transaction id was already used for another action', { id: input.id, type: existing.type }));
    return ok({ log: [...log], action: existing, case: foldCase(log), isDuplicate: true, warnings: [] });
  }

  const warnings: AppealError[] = [];
  let before: AppealCase | null = null;
  let record: AppealActionInput = input;

  if (log.length === 0) {
    if (input.type !== 'SUBMITTED') return err(appealError('FIRST_ACTION_MUST_BE_SUBMISSION', '诉求须先提交', 'a case starts with its submission', { action: input.type }));
    const checked = checkSubmission(input);
    if ('code' in checked) return err(checked);
    record = checked;
  } else {
    const last = log[log.length - 1]!;
    if (atMs < parseInstant(last.at)!) return err(appealError('ACTION_OUT_OF_ORDER', '操作时间早于上一操作', 'the action is dated before the previous one', { previousAt: last.at }));
    before = foldCase(log);
    const t = input.type === 'SUBMITTED' ? null : transitionFor(before.status, input.type);
    if (!t) return err(refused(before, input));
    const roles = performersOf(input.actor, before, ctx.smeBureauId);
    if (!t.by.some((p) => roles.has(p))) {
      return err(appealError('ACTOR_NOT_PERMITTED', `无权执行此操作（需要：${t.by.join('、')}）`, `not permitted (needs one of: ${t.by.join(', ')})`, { action: input.type, needs: t.by }));
    }
    const g = checkGuards(before, input, ctx);
    if (g) return err(g);
    if (input.type === 'DISPATCHED' && input.payload.ownership !== 'SINGLE' && input.payload.lead === null) {
      // Seed 003 Art. 65: matters without a responsible department, or spanning several, are led by the SME department.
      record = { ...input, payload: { ...input.payload, lead: ctx.smeBureauId, coHandlers: input.payload.coHandlers.filter((d) => d !== ctx.smeBureauId) } };
    }
  }

  const draft = { ...record, computed: {} } as AppealAction;
  const after = foldCase([...log, draft]);
  const computed: ActionComputed = {};
  const clocks = computeClocks(before, after, record, ctx, warnings);
  if (clocks && Object.keys(clocks).length > 0) computed.clocks = clocks;

  if (record.type === 'SUBMITTED' && record.payload.arrears) {
    if (!ctx.paymentTerms) {
      warnings.push(appealError('ARREARS_TERMS_FAILED', '未配置款项支付规则，无法计算法定付款期限和逾期利息', 'no payment-terms function is configured; the due date and interest are not computed'));
    } else {
      const terms = ctx.paymentTerms.compute(record.payload.arrears, localDateOf(atMs));
      if (terms.ok) computed.arrearsTerms = terms.value;
      else warnings.push(appealError('ARREARS_TERMS_FAILED', terms.error.message.zh, terms.error.message.en, { cause: terms.error.code }));
    }
  }

  const action = { ...record, computed } as AppealAction;
  const newLog = [...log, action];
  return ok({ log: newLog, action, case: foldCase(newLog), isDuplicate: false, warnings });
}
