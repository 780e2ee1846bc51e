import type { Actor, DepartmentId } from './actor';
import type { AppealCase } from './appeal-case';
import type { Performer } from './transition-table';

/** Whether `actor` is the case's reporter (same user, or an officer-free colleague of the same enterprise). */
export function isReporter(actor: Actor, c: Pick<AppealCase, 'reporter'>): boolean {
  if (actor.role !== 'ENTERPRISE') return false;
  if (actor.userId === c.reporter.userId) return true;
  return c.reporter.enterpriseId !== null && actor.enterpriseId === c.reporter.enterpriseId;
}

/** The performer roles `actor` holds on case `c` (see the transition table). */
export function performersOf(actor: Actor, c: AppealCase, smeBureauId: DepartmentId): Set<Performer> {
  const out = new Set<Performer>();
  if (isReporter(actor, c)) out.add('REPORTER');
  if (actor.role === 'SUPERVISOR') out.add('SUPERVISOR');
  if (actor.role === 'SYSTEM') out.add('SYSTEM');
  if (actor.role === 'DEPARTMENT' && actor.departmentId) {
    const d = actor.departmentId;
    if (d === c.owner) out.add('OWNER');
    if (d === (c.lead ?? c.owner)) out.add('HANDLER');
    if (c.lead !== null && d === c.lead) out.add('LEAD');
    if (c.coHandlers.includes(d)) out.add('CO_HANDLER');
    if (d === smeBureauId) out.add('SME_BUREAU');
  }
  return out;
}
