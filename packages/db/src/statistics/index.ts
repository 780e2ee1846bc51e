export type { StatisticsAuditEvent } from './statistics-audit-events';
export { benefitsByPolicy, fundsOfYear, procurementByDepartment, yearHasData, type FundYearRow, type PolicyYearRow, type ProcurementYearRow } from './module-statistics';
export { listReportNarratives, NarrativeVersionConflictError, saveReportNarrative, type StoredNarrative } from './report-narratives';
export {
  consultationsByDepartment, financingByInstitution, inspectionsByDepartment,
  type ConsultationDepartmentRow, type FinancingInstitutionRow, type InspectionDepartmentRow,
} from './service-statistics';
export {
  DEFAULT_RELEASE_DAY, getRelease, insertRelease, listReleases, releaseDay, setReleaseDay,
  type NewRelease, type ReleaseSummary, type ReleaseTrigger, type StoredRelease,
} from './statistics-releases';
export {
  changeFundEvaluation, findFundForEvaluation, FundEvaluationVersionConflictError, fundEvaluationVersions, getFundEvaluation, listFundEvaluations,
  publishFundEvaluation, recordFundEvaluation, type StoredFundEvaluation,
} from './fund-evaluations';
