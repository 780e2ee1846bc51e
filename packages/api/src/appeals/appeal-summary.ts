import { listDepartments, type AppealCaseRow, type Database } from '@huiqi/db';
import type { BilingualText } from '@huiqi/kernel';
import { appealStatuses, appealTypes, type AppealStatus, type AppealType } from '@huiqi/workflows';
import { statusFacts } from './appeal-stage';

/** A list entry: projection fields only — never the reporter (lists go to departments too). */
export function caseSummary(r: AppealCaseRow, departmentNames: ReadonlyMap<string, BilingualText>) {
  return {
    trackingNumber: r.trackingNumber,
    type: r.type as AppealType,
    typeLabel: appealTypes[r.type as AppealType].label,
    status: r.status as AppealStatus,
    statusLabel: appealStatuses[r.status as AppealStatus].label,
    ...statusFacts(r.status as AppealStatus),
    title: r.title,
    isAnonymous: r.isAnonymous,
    owner: r.ownerDepartment,
    lead: r.leadDepartment,
    /** The department handling it now (the lead, else the owner), by name: what a list shows. */
    handlerName: departmentNames.get(r.leadDepartment ?? r.ownerDepartment) ?? null,
    coHandlers: r.coHandlers,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
    nextDueAt: r.nextDueAt,
    isPaused: r.isPaused,
  };
}

/** The departments' names by id, for the lists (public organisation names; one small table). */
export async function departmentNamesOf(db: Database): Promise<ReadonlyMap<string, BilingualText>> {
  return new Map((await listDepartments(db)).map((d) => [d.id, d.name]));
}
