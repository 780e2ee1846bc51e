import { seedBenefitsDemo } from '@huiqi/db';
import type { ModuleDemoSeed } from './module-demo-seeds';

/**
 * Benefits demo: two 2023 special funds (SME relief 500万元 reviewed by dept-sme; technology-SME
 * interest subsidy 100万元 reviewed by dept-miit), the first-loan subsidy and Maker China award (申报, the
 * latter with a 5-working-day 公示) and the technology-SME interest subsidy (免申即享, cash only — the
 * guarantee-fee cut is never paid by a fund); logins `finance`
 * (SME bureau officer with the finance flag: batches and bank returns) and `bureau-2` (second
 * reviewer for amount overrides); four enterprises with shared loan-interest data — `micro-a`,
 * `small-b`, `small-c` qualify, `medium-d` does not. Idempotent (marker demo:benefits).
 */
export const benefitsDemoSeed: ModuleDemoSeed = {
  id: 'benefits',
  async run(db) {
    await seedBenefitsDemo(db);
  },
};
