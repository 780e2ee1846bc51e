import type { Database } from '@huiqi/db';
import { publishDemand } from '@huiqi/api';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:credit-demand';
export const DEMO_DEMAND_PURPOSE = '购置数控加工设备（演示数据）';

/**
 * One financing demand of the demo enterprise (demo data), so the bank's marketplace is not empty at
 * its first sign-in. No consent is seeded: what a bank may read is always the enterprise's own choice.
 */
export const creditDemoSeed: ModuleDemoSeed = {
  id: 'credit',
  async run(db: Database) {
    const [done] = await db.query('SELECT value FROM app_settings WHERE key = $1', [MARKER]);
    if (done) return;
    const [firm] = await db.query<{ id: string; uscc: string | null }>("SELECT id, uscc FROM users WHERE username = 'enterprise'");
    if (!firm?.uscc) return; // not the demo city
    await publishDemand(db, { kind: 'ENTERPRISE', userId: firm.id, uscc: firm.uscc }, { amountFen: 500_000_000, termMonths: 24, purpose: DEMO_DEMAND_PURPOSE, collateral: 'MOVABLE_PROPERTY', urgency: 'URGENT' });
    await db.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING', [MARKER, JSON.stringify({ loadedAt: new Date().toISOString() })]);
  },
};
