import { seedDemoCity, type Database, type DemoSeedResult } from '@huiqi/db';
import { generatePopulation } from '@huiqi/testing';
import { MODULE_DEMO_SEEDS } from './module-demo-seeds';

/** Size and seed of the generated demo population (fixed, so every demo shows the same city). */
export const DEMO_POPULATION = { seed: 20_250_101, size: 3000, jurisdiction: 'cn-gd-sz' } as const;

/**
 * Loads the demo city with its generated enterprises (nothing when already loaded), then each
 * feature module's demo data (each seed idempotent on its own).
 */
export async function loadDemoCity(db: Database): Promise<DemoSeedResult> {
  const [done] = await db.query("SELECT 1 AS one FROM app_settings WHERE key = 'demo_city'");
  const result = done ? { seeded: false, enterprises: 0, users: [] } : await seedDemoCity(db, { population: generatePopulation(DEMO_POPULATION) });
  for (const seed of MODULE_DEMO_SEEDS) await seed.run(db);
  return result;
}
