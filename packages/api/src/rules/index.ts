export { rulesModule } from './rules-module';
export { rulesMatrix } from './rules.matrix';
export { RULES_ERROR_CODES } from './rules-error-codes';
export { enterpriseFactsFromRegistry, type RegistryFacts, type FactSource } from './enterprise-facts';
export { checkEligibility, type EligibilityAnswer, type PolicyAnswer, type MissingFact } from './check-eligibility';
export { getRules, type LoadedRules } from './rule-base';
