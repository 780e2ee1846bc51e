export type { IntakeAuditEvent } from './intake-audit-events';
export { STAGE_COLUMNS, stageTableName, type StageRow, type StageWriter } from './intake-stage';
export { beginBulkLoad, BULK_TABLES, type BulkLoad } from './bulk-load';
export { copyText } from './copy-stage';
export { inIntakeTransaction, inTargetTransaction, type IntakeOutcome, type IntakeTarget } from './intake-transaction';
export { countUpdatedEnterprises, mergeStageChunk, type ChunkCounts } from './merge-registry';
export {
  findAppliedBatch, findIntakeBatch, listIntakeBatches, listIntakeErrors, listIntakeErrorsOfLines, listRejectedRowsPage, recordIntakeBatch,
  type IntakeBatch, type IntakeBatchStatus, type IntakeChannel, type IntakeRowProblem, type NewIntakeBatch,
} from './intake-batches';
export { listDataSources, sourcesOfVersions, type DataSource, type VersionRef, type VersionSource } from './data-sources';
export { listDepartmentFacts, loanContractHolders, mergeDepartmentFacts, sharedFactsContext, type DepartmentFact, type DepartmentFactKind, type DepartmentFactRow } from './department-facts';
