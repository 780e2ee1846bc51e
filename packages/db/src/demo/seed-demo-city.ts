import type { Database } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { importInTransaction, validateImportRows, type ImportedEnterprise } from '../enterprises/import-enterprises';
import { createUser } from '../identity/users';
import { ensureDepartment, ensureFinancialInstitution } from '../registry/departments';
import { ensureJurisdiction } from '../registry/jurisdictions';
import { DEMO_BANK, DEMO_DEPARTMENTS, DEMO_ENTERPRISE, DEMO_JURISDICTIONS, DEMO_LOGINS, DEMO_PASSWORD, SHENZHEN } from './demo-city';

export { DEMO_PASSWORD, DEMO_LOGINS };

const MARKER = 'demo_city';

export interface DemoSeedResult {
  seeded: boolean;
  enterprises: number;
  users: string[];
}

/**
 * Loads the demo city once (idempotent: a marker in app_settings, set in the same transaction).
 * Demo users get password `huiqi-demo` and is_demo = true, so they can log in only in demo mode.
 * `population` are further enterprises (e.g. from @huiqi/testing's generatePopulation).
 */
export async function seedDemoCity(db: Database, options: { population?: readonly ImportedEnterprise[]; at?: Date } = {}): Promise<DemoSeedResult> {
  const at = options.at ?? new Date();
  const population = (options.population ?? []).filter((e) => e.uscc !== DEMO_ENTERPRISE.uscc);
  validateImportRows([DEMO_ENTERPRISE, ...population]);
  return db.transaction(async (tx) => {
    const [done] = await tx.query('SELECT value FROM app_settings WHERE key = $1 FOR UPDATE', [MARKER]);
    if (done) return { seeded: false, enterprises: 0, users: [] };
    for (const j of DEMO_JURISDICTIONS) await ensureJurisdiction(tx, j, null, at);
    for (const d of DEMO_DEPARTMENTS) await ensureDepartment(tx, d, null, at);
    await ensureFinancialInstitution(tx, DEMO_BANK, null, at);
    const imported = await importInTransaction(tx, [DEMO_ENTERPRISE, ...population], 'DEMO_CITY', null, at);
    const users: string[] = [];
    for (const login of DEMO_LOGINS) {
      const [exists] = await tx.query('SELECT 1 AS one FROM users WHERE username = $1', [login.username]);
      if (exists) continue;
      await createUser(tx, { ...login, password: DEMO_PASSWORD, isDemo: true }, null, at);
      users.push(login.username);
    }
    await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb)', [MARKER, JSON.stringify({ seededAt: at.toISOString(), enterprises: imported.enterprises })]);
    await appendAuditEvent(tx, { type: 'DEMO_CITY_SEEDED', subject: SHENZHEN, payload: { users, enterprises: imported.enterprises } }, null, at);
    return { seeded: true, enterprises: imported.enterprises, users };
  });
}
