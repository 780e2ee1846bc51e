import type { Database } from '@huiqi/db';
import { rulesDemoSeed } from './rules-demo';
import { procurementDemoSeed } from './procurement-demo';
import { appealsDemoSeed } from './appeals-demo';
import { benefitsDemoSeed } from './benefits-demo';
import { publicationDemoSeed } from './publication-demo';
import { consultationDemoSeed } from './consultation-demo';
import { creditDemoSeed } from './credit-demo';
import { servicesDemoSeed } from './services-demo';
import { cultivationDemoSeed } from './cultivation-demo';

/**
 * Demo data of feature modules (sample appeals, funds, procurement projects …), loaded after the
 * demo city in demo mode only. Each seed is idempotent: it keeps its own marker (for example the
 * `app_settings` key `demo:<id>`) and does nothing when already loaded. One line per module.
 */
export interface ModuleDemoSeed {
  id: string;
  run(db: Database): Promise<void>;
}

export const MODULE_DEMO_SEEDS: readonly ModuleDemoSeed[] = [
  appealsDemoSeed,
  benefitsDemoSeed,
  consultationDemoSeed,
  creditDemoSeed,
  procurementDemoSeed,
  publicationDemoSeed,
  rulesDemoSeed,
  servicesDemoSeed,
  cultivationDemoSeed,
];
