export { describeEachEngine, type EngineName, type EngineSuiteOptions } from './engines';
export { openMigratedPglite, templateTarball } from './pglite-template';
export { createScratchPostgres, type ScratchDatabase } from './postgres-scratch';
export { ensureTestJurisdictions, fakeUscc, profileFixture } from './fixtures';
