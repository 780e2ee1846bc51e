import { recordDeclaredFacts, type Database } from '@huiqi/db';
import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { today } from '@huiqi/kernel';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:rules';
const wan = (n: number) => n * 10_000 * 100; // 万元 → fen

/**
 * Declared facts of the demo enterprise for the last two fiscal years (what it would state when
 * checking its policies): R&D charged to profit and loss (so the super-deduction has an amount),
 * years in its niche market, IP counts, liabilities. Figures are invented for the fictional company.
 */
export function demoDeclaredFacts(fiscalYear: number): Record<string, unknown> {
  return {
    rdExpenseExpensed: wan(fiscalYear % 2 === 0 ? 270 : 300),
    rdIntangibleCost: wan(40),
    totalLiabilities: wan(1500),
    yearsInNicheMarket: 6 + (fiscalYear - 2024),
    ipClass1Count: 3,
    isControlledByLargeEnterprise: false,
    hasRdInstitution: true,
  };
}

export const rulesDemoSeed: ModuleDemoSeed = {
  id: 'rules',
  async run(db: Database) {
    await db.transaction(async (tx) => {
      const [done] = await tx.query('SELECT value FROM app_settings WHERE key = $1 FOR UPDATE', [MARKER]);
      if (done) return;
      const year = Number(today().slice(0, 4));
      for (const fiscalYear of [year - 2, year - 1]) {
        await recordDeclaredFacts(tx, { uscc: DEMO_ENTERPRISE_USCC, fiscalYear, facts: demoDeclaredFacts(fiscalYear) }, null);
      }
      await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb)', [MARKER, JSON.stringify({ fiscalYears: [year - 2, year - 1] })]);
    });
  },
};
