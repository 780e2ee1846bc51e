import type { User } from '@huiqi/db';
import { err, type Result } from '@huiqi/kernel';
import { appealError, presentCaseFor, type AppealAction, type AppealError, type CaseView } from '@huiqi/workflows';
import { actorOf } from './appeals-context';
import { withStatusFacts, type AppealCaseView } from './appeal-stage';

/**
 * The case as `user` may see it (presentCaseFor is the only way a case leaves the domain):
 * - enterprise and department officers as themselves;
 * - SME-bureau officers as their department and, for every case, as the supervision office
 *   (their next steps are the union of both roles);
 * - auditors read-only, with the supervision office's view and no next steps;
 * - everyone else sees no case.
 */
export function viewCaseFor(user: User, log: readonly AppealAction[], smeBureauId: string): Result<AppealCaseView, AppealError> {
  const r = viewOf(user, log, smeBureauId);
  return r.ok ? { ok: true, value: withStatusFacts(r.value) } : r;
}

function viewOf(user: User, log: readonly AppealAction[], smeBureauId: string): Result<CaseView, AppealError> {
  if (user.role === 'AUDITOR') {
    const r = presentCaseFor({ role: 'SUPERVISOR', userId: user.id, departmentId: 'audit', enterpriseId: null }, log, smeBureauId);
    return r.ok ? { ok: true, value: { ...r.value, availableActions: [] } } : r;
  }
  const actor = actorOf(user);
  if (!actor) return err(appealError('CASE_NOT_VISIBLE', '无权查看该诉求', 'you may not see this case'));
  const own = presentCaseFor(actor, log, smeBureauId);
  if (user.role !== 'SME_BUREAU') return own;
  const supervisor = presentCaseFor({ ...actor, role: 'SUPERVISOR' }, log, smeBureauId);
  if (!own.ok) return supervisor;
  if (!supervisor.ok) return own;
  const seen = new Set(own.value.availableActions.map((a) => a.type));
  return { ok: true, value: { ...own.value, availableActions: [...own.value.availableActions, ...supervisor.value.availableActions.filter((a) => !seen.has(a.type))] } };
}
