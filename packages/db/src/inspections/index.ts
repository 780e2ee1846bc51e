export type { InspectionAuditEvent } from './inspection-audit-events';
export { createInspectionItem, getInspectionItem, listInspectionItems, publishInspectionItem, type InspectionMethodCode, type StoredInspectionItem } from './inspection-items';
export { listInspectors, saveInspector, type StoredInspector } from './inspection-roster';
export { setRiskGrades, usccsNotInRegistry, type RiskGradeRow } from './risk-grades';
export { getPlan, listPlans, loadPlanLog, lockPlanAtVersion, PlanVersionConflictError, recordPlanAction } from './inspection-plans';
export { countCandidates, freezeCandidates, loadSeed, readCandidates, storeSeed, UNGRADED_STRATUM } from './plan-candidates';
export { insertTargets, listTargets, type StoredTarget } from './inspection-targets';
export { inspectionCodeSecret, targetsOfEnterprise } from './code-secret';
export { closeVisit, getVisit, isVisitRated, listVisits, rateVisit, ratingTotals, recordVisitComplaint, registerVisit, visitComplaint, VisitAlreadyRegisteredError, type StoredVisit } from './inspection-visits';
