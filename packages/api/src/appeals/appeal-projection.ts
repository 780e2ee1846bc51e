import type { AppealCaseProjection } from '@huiqi/db';
import { dueInstant, type AppealCase } from '@huiqi/workflows';

/** The queryable projection of a folded case (stored with each appended action). */
export function projectionOf(c: AppealCase): AppealCaseProjection {
  const running = Object.values(c.clocks)
    .filter((k) => k.metAt === null)
    .map((k) => dueInstant(k))
    .filter((x): x is string => x !== null)
    .map((x) => new Date(x).toISOString())
    .sort();
  const isFinal = c.status === 'CLOSED' || c.status === 'REJECTED' || c.status === 'WITHDRAWN';
  return {
    caseId: c.caseId,
    trackingNumber: c.trackingNumber,
    type: c.type,
    jurisdiction: c.jurisdiction,
    status: c.status,
    isAnonymous: c.isAnonymous,
    reporterUserId: c.reporter.userId,
    reporterUscc: c.reporter.uscc,
    ownerDepartment: c.owner,
    leadDepartment: c.lead,
    coHandlers: c.coHandlers,
    assignedEver: c.assignedEver,
    title: c.title,
    submittedAt: new Date(c.submittedAt).toISOString(),
    updatedAt: new Date(c.updatedAt).toISOString(),
    closedAt: isFinal ? new Date(c.closedAt ?? c.updatedAt).toISOString() : null,
    nextDueAt: isFinal ? null : (running[0] ?? null),
    isPaused: c.isPaused,
    version: c.version,
  };
}
