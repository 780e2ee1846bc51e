export { StartupError } from './startup-error';
export { ensurePostgresDatabase } from './ensure-database';
export { openConfiguredDatabase, explainListenError, type OpenedDatabase } from './open-configured-database';
export { planMigrations, type MigrationPlan } from './migration-plan';
export * from './backup';
