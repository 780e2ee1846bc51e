export { StartupError, explainConnectError, describeTarget } from './startup-error';
export { ensurePostgresDatabase, withDatabase, type EnsureDatabaseResult } from './ensure-database';
export { openConfiguredDatabase, explainDataDirError, explainListenError, type OpenedDatabase } from './open-configured-database';
export { planMigrations, type MigrationPlan } from './migration-plan';
export * from './backup';
