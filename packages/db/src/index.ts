export type { Database, DatabaseKind, MigrationReport, PoolStats, Queryable, Row } from './database';
export { openDatabase, redact, type OpenDatabaseOptions } from './open-database';
export { DataDirInUseError } from './data-dir-lock';
export { MIGRATIONS_DIR, migrationsFingerprint, readMigrationFiles, runMigrations } from './migrations';

export type { AuditEvent, AuditEventType, StoredAuditEvent } from './audit/audit-event';
export { appendAuditEvent } from './audit/append-audit-event';
export { verifyAuditChain, type AuditChainProblem, type AuditChainReport } from './audit/verify-audit-chain';
export { AUDIT_COUNT_LIMIT, AUDIT_MAX_OFFSET, listAuditEvents, type AuditEventView } from './audit/list-audit-events';
export { canonicalJson } from './audit/canonical-json';

export { ROLES, ROLE_NAMES, type Role } from './identity/roles';
export { hashPassword, verifyPassword } from './identity/password';
export { createUser, findUserById, listDepartmentOfficers, type NewUser, type User } from './identity/users';
export { createSession, deleteSession, findSessionUser, SESSION_TTL_MS } from './identity/sessions';
export { API_TOKEN_PREFIX, createApiToken, findTokenUser, listApiTokens, revokeApiToken, type ApiTokenInfo } from './identity/api-tokens';
export { logIn, LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS, type LogInFailure, type LogInResult } from './identity/log-in';

export { ensureJurisdiction, inSubtreeSql, isWithin, listJurisdictions, type Jurisdiction } from './registry/jurisdictions';
export {
  ensureDepartment, ensureFinancialInstitution, findDepartment, listDepartments, type Department, type FinancialInstitution,
} from './registry/departments';

export * from './enterprises/enterprise-types';
export {
  getEnterprise, getEnterpriseAsOf, getEnterpriseHistory, getFigures, getFiguresAsOf, listEnterprises, type EnterpriseQuery,
} from './enterprises/read-enterprises';
export { createEnterprise } from './enterprises/create-enterprise';
export { updateEnterpriseProfile } from './enterprises/update-enterprise-profile';
export { recordYearlyFigures } from './enterprises/record-yearly-figures';
export type { UpdateOutcome } from './enterprises/update-outcome';
export { normaliseTags } from './enterprises/enterprise-columns';
export { importEnterprises, importInTransaction, validateImportRows, type ImportedEnterprise, type ImportSummary } from './enterprises/import-enterprises';

export { DEMO_PASSWORD, DEMO_LOGINS, seedDemoCity, type DemoSeedResult } from './demo/seed-demo-city';
export * from './appeals';
export * from './rules';
export * from './jobs';
export * from './benefits';
export * from './admin';
export * from './procurement';
export * from './publication';
export * from './delivery';
export * from './accounts';
export * from './snapshot';
export * from './intake';
export * from './consultation';
export * from './inspections';
export * from './registry-search';
export * from './credit';
export * from './rate-limit';
export * from './statistics';
export * from './services';
export * from './cultivation';
export * from './public-credit';
