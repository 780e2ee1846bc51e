import type { AppealCaseRow } from '@huiqi/db';
import { appealStatuses, appealTypes, type AppealStatus, type AppealType } from '@huiqi/workflows';

/** A list entry: projection fields only — never the reporter (lists go to departments too). */
export function caseSummary(r: AppealCaseRow) {
  return {
    trackingNumber: r.trackingNumber,
    type: r.type as AppealType,
    typeLabel: appealTypes[r.type as AppealType].label,
    status: r.status as AppealStatus,
    statusLabel: appealStatuses[r.status as AppealStatus].label,
    title: r.title,
    isAnonymous: r.isAnonymous,
    owner: r.ownerDepartment,
    lead: r.leadDepartment,
    coHandlers: r.coHandlers,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
    nextDueAt: r.nextDueAt,
    isPaused: r.isPaused,
  };
}
