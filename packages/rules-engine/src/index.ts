/**
 * @huiqi/rules-engine — regulations as code: dated per-jurisdiction parameters, a typed condition
 * language compiled from a checked syntax tree, policies with citations, explanations, YAML cases.
 */
export { loadRuleBase, defaultRulesDir, type RuleBase, type LoadOptions } from './load-rule-base';
export { formatLoadError, type LoadError, type LoadErrorCode } from './load-error';
export { evaluatePolicy, evaluateAll, createContext, type PolicyEvaluation, type PolicyExplanation, type ClauseExplanation, type EligibilityStatus, type EvaluateOptions } from './evaluate';
export { policyReasonText, type PolicyReason } from './evaluate-reasons';
export { factsFromJson, type FactError } from './facts-input';
export { FACT_SCHEMA, QUALIFICATION_TAGS, factField, type FactField, type FactName, type Unit } from './fact-schema';
export { CODE_LABELS, QUALIFICATION_LABELS, codeLabel } from './code-labels';
export { type CitationIndex, mapCitationIndex } from './citation-index';
export { Jurisdictions } from './jurisdictions';
export { ParamStore, type ParameterDef, type ParamValue, type ResolvedParam } from './params/param-store';
export { classifySize, sizeStandardOn, type SizeInput, type SizeOutcome } from './size/classify-size';
export { sectorOfIndustry, type SectorMapping } from './size/industry-map';
export type { PolicyDef, PolicyVersion, CompiledRule, Channel, BenefitKind } from './policy/policy-def';
export { BENEFIT_KINDS, paysCash } from './policy/policy-def';
export { parseExpr } from './expr/parser';
export { checkExpr } from './expr/check';
export type { TraceNode } from './expr/trace';
export { UNKNOWN, type Value } from './expr/types';
// Exact numbers, legal addresses and the size-class vocabulary are the kernel's (@huiqi/kernel).
export { loadCases, parseCaseFile, type RuleCase, type CaseExpect } from './cases/load-cases';
export { runCase, runCases, type CaseResult } from './cases/run-cases';
export { loadLawCitations, citationIndexFromLibrary, defaultLawDir } from './law-citations';
export { paymentDeadline, type PaymentContract, type PaymentDeadline, type PaymentDeadlineOptions, type PayerType, type SettlementMode } from './payment/payment-deadline';
export { PAYMENT_ARTICLES, type PaymentArticles, type PaymentVersion } from './payment/payment-articles';
export { paymentReasonText, type PaymentReason } from './payment/payment-reasons';
export { cited, describePolicy, parameterHistory, listParameters, describeFactSchema, type PolicyDescription, type ParameterHistory, type CitedAddress } from './describe';
// Checked tree and closure compiler, for packages that compile the same tree another way (matching's columnar kernels).
export { plan, type Plan } from './expr/plan';
export type { CNode, CheckEnv, Typed, Type } from './expr/types';
export type { EvalContext, Facts } from './expr/context';
export { CODE_IMPLEMENTATIONS, type CodeImplementation } from './code-implementations';
export { lawCoverage, articleOf, type ArticleCoverage, type Implementation, type ImplementationKind } from './coverage';
export { appealTimeLimits, timeLimitTypes, type ResolvedTimeLimit, type TimeLimitAmount, type TimeLimitBase } from './appeals/appeal-time-limits';
export { TIME_LIMIT_CLOCKS, TIME_LIMIT_STARTS, TIME_LIMIT_UNITS, type TimeLimitDef, type TimeLimitClock, type TimeLimitStart } from './appeals/time-limit-def';
export { loadTimeLimitBase, TIME_LIMIT_FILE } from './appeals/load-time-limits';
export { referenceSources, provisionInWords, type ReferenceSource } from './appeals/reference-source';
export { unverifiedRules, type UnverifiedItem } from './unverified';
export { parsePolicy } from './policy/load-policy';
