/**
 * @huiqi/matching — batch matching of every enterprise against every policy in force: the rules
 * engine's checked trees compiled into columnar kernels over typed arrays, partitions run on
 * worker threads, results through a sink port, and incremental re-matching.
 */
export { F, T, U, and3Array, or3Array, not3Array, triOf, type Tri } from './tri-state';
export { OUTCOME_NOT_IN_FORCE, OUTCOME_ELIGIBLE, OUTCOME_UNKNOWN, OUTCOME_INELIGIBLE_BASE, MAX_CONDITIONS, STATUSES, decodeOutcome, encodeOutcome, statusIndex, type DecodedOutcome } from './outcome-code';
export { columnsOfPopulation, readColumnarRange, readColumnarHeader, type PopulationColumns } from './population-columns';
export { FIGURE_FACTS, PROFILE_FACTS, hasColumn, factsAt, factsOfEnterprise, tagRemap } from './fact-columns';
export { districtJurisdictions, jurisdictionOfDistrict } from './district-jurisdictions';
export { figureYearOn } from './figure-year';
export { versionOn } from './policy-version';
export { compileMatchPlan, DEFAULT_CHUNK_SIZE, type MatchPlan, type MatchPlanOptions, type PolicyKernel } from './match-plan';
export { evaluateRange, type RangeOutcomes } from './evaluate-range';
export { checkEnvOf, definePolicy, type PolicySpec, type ConditionSpec } from './define-policy';
export { checkFormula, type AmountSpec, type FormulaError, type FormulaKind } from './define-policy';
export { syntheticPolicies } from './synthetic-policies';
export { matchEnterprise, matchPolicy, diffOutcomes, type EnterpriseMatch, type OutcomeDiff } from './incremental';
export { partitionRange, type MatchJob, type PolicySource } from './run/match-job';
export { MemorySink, type MatchSink, type PartitionOutcome } from './run/match-sink';
export { runPartition, policiesOf } from './run/run-partition';
export { runMatch, type RunMatchOptions, type RunMatchResult } from './run/run-match';
export { RegistryColumnsBuilder, registryFactsAt, type RegistryColumns, type RegistryFigureInput, type RegistryRowInput } from './db-columns';
export { policyOutcomesOfRegistry, type RegistryPolicyOutcomes } from './db-policy-outcomes';
export { RegistrySnapshot, type SnapshotHead, type SnapshotRowInput } from './snapshot/registry-snapshot';
export { snapshotPolicyOutcomes, snapshotSizeClasses, type JurisdictionOf, type SizeCodes, type SnapshotPolicyOutcomes, type SnapshotRunOptions } from './snapshot/snapshot-outcomes';
