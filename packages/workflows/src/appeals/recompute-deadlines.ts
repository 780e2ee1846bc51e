import { ok, type Result } from '@huiqi/kernel';
import type { AppealAction } from './action';
import { systemActor } from './actor';
import type { AppealContext } from './appeal-context';
import type { AppealError } from './appeal-error';
import { applyAction, type AppliedAction } from './apply-action';
import { foldCase } from './fold-case';

/**
 * For a case whose due date could not be computed (a calendar year was missing), tries again
 * with the current calendar. Appends DEADLINES_RECOMPUTED only when that fixes at least one
 * clock, so running it while the data is still missing changes nothing (idempotent).
 * Returns ok(null) when there is nothing to do.
 */
export function recomputeDeadlines(log: readonly AppealAction[], now: string, ctx: AppealContext): Result<AppliedAction | null, AppealError> {
  const c = foldCase(log);
  const broken = Object.values(c.clocks).filter((k) => k.metAt === null && k.problem !== null);
  if (broken.length === 0) return ok(null);
  const r = applyAction(log, { id: `recompute:${c.caseId}:${c.version}`, type: 'DEADLINES_RECOMPUTED', at: now, actor: systemActor, payload: {} }, ctx);
  if (!r.ok) return r;
  const fixed = broken.some((k) => r.value.case.clocks[k.kind]?.problem === null);
  return ok(fixed ? r.value : null);
}
