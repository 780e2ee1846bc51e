export { getDeclaredFacts, getDeclaredFactsAsOf, recordDeclaredFacts, type DeclaredFacts } from './declared-facts';
export type { RulesAuditEvent } from './rules-audit-events';
