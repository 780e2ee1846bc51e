import { seedDemoCity, type Database, type DemoSeedResult } from '@huiqi/db';
import { generatePopulation } from '@huiqi/testing';

/** Size and seed of the generated demo population (fixed, so every demo shows the same city). */
export const DEMO_POPULATION = { seed: 20_250_101, size: 3000, jurisdiction: 'cn-gd-sz' } as const;

/** Loads the demo city with its generated enterprises; does nothing when it is already loaded. */
export async function loadDemoCity(db: Database): Promise<DemoSeedResult> {
  const [done] = await db.query("SELECT 1 AS one FROM app_settings WHERE key = 'demo_city'");
  if (done) return { seeded: false, enterprises: 0, users: [] };
  const population = generatePopulation(DEMO_POPULATION);
  return seedDemoCity(db, { population });
}
