export type { PublicCreditAuditEvent } from './public-credit-audit-events';
export { endMarkPublication, findMark, findMarkBySource, insertMark, listMarks, type MarkFilter, type NewMark, type StoredMark } from './credit-marks';
export { appendRepairAction, createRepair, hasOpenRepair, listRepairIds, loadRepairLog, type RepairFilter } from './credit-repairs';
export { appendObjectionAction, createObjection, listObjectionIds, loadObjectionLog, type ObjectionFilter } from './credit-objections';
export { listMarkChanges, marksUnderObjection, recordMarkChange } from './credit-mark-changes';
