import type { BilingualText } from '@huiqi/kernel';
import type { AppealActionType } from './action';
import { appealActionLabels } from './action-labels';
import type { Actor, DepartmentId } from './actor';
import type { AppealCase } from './appeal-case';
import { performersOf } from './performers';
import { TRANSITIONS, type StatusTransitions } from './transition-table';

/** Actions the system performs on its own; never offered to people. */
const SYSTEM_ONLY: readonly AppealActionType[] = ['REMINDER_SENT', 'DEADLINES_RECOMPUTED'];

/**
 * What `actor` may do next on case `c`, from the transition table and the actor's role on the
 * case (every response tells the UI what the user may do next). History-dependent guards
 * (reopen once, return once, extension caps) are applied when the action is attempted; the
 * obvious ones are applied here too so the UI does not offer a button that must fail.
 */
export function availableActions(c: AppealCase, actor: Actor, smeBureauId: DepartmentId): { type: AppealActionType; label: BilingualText }[] {
  const roles = performersOf(actor, c, smeBureauId);
  const row: StatusTransitions = TRANSITIONS[c.status];
  const out: { type: AppealActionType; label: BilingualText }[] = [];
  for (const [type, t] of Object.entries(row) as [AppealActionType, NonNullable<StatusTransitions[AppealActionType]>][]) {
    if (SYSTEM_ONLY.includes(type) || !t.by.some((p) => roles.has(p))) continue;
    if (type === 'REOPENED' && (c.reopenCount >= 1 || c.rating?.satisfaction !== 'DISSATISFIED')) continue;
    if (type === 'RETURNED' && (c.isDispatchFinal || c.returns.some((r) => r.by === c.lead) || (c.dispatchOwnership !== null && c.dispatchOwnership !== 'SINGLE'))) continue;
    if ((type === 'TRANSFERRED' || type === 'CREDIT_MARKED') && c.type !== 'ARREARS_COMPLAINT') continue;
    if (type === 'DISPATCHED' && c.type === 'ARREARS_COMPLAINT') continue;
    if (type === 'CREDIT_MARKED' && c.creditMark) continue;
    if (type === 'ANSWERED' && c.type === 'ARREARS_COMPLAINT' && c.lead === null) continue;
    out.push({ type, label: appealActionLabels[type] });
  }
  return out;
}
