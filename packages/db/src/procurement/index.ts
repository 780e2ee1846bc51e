export {
  createProcurementProject, deleteProcurementProject, getProcurementProject, listProcurementProjects, listProcurementYears, updateProcurementProject,
  ProjectCodeTakenError, type DeleteProjectOutcome, type ProcurementCategoryCode, type ProcurementProject, type ProcurementProjectFields, type ReservationMethodCode,
} from './procurement-projects';
export { getProcurementEvaluation, listProcurementEvaluations, recordProcurementEvaluation, type ProcurementEvaluation } from './procurement-evaluations';
export {
  getProcurementDeclaration, listProcurementDeclarations, recordProcurementDeclaration, type DeclarationCheckStatus, type NewProcurementDeclaration, type ProcurementDeclaration,
} from './procurement-declarations';
export { AwardExistsError, getProcurementAward, listProcurementAwards, recordProcurementAward, type ProcurementAward } from './procurement-awards';
export type { ProcurementAuditEvent } from './procurement-audit-events';
