import type { FeatureModule } from '../app/feature-module';
import { procurementModule } from './procurement/procurement-module';
import { creditModule } from './credit/credit-module';
import { policiesModule } from './policies/policies-module';
import { rulebookModule } from './rulebook/rulebook-module';
import { lawModule } from './law/law-module';
import { benefitsModule } from './benefits/benefits-module';
import { appealsModule } from './appeals/appeals-module';
import { publicationModule } from './publication/publication-module';
import { inboxModule } from './inbox/inbox-module';
import { accountsModule } from './accounts/accounts-module';
import { inspectionsModule } from './inspections/inspections-module';
import { intakeModule } from './intake/intake-module';
import { consultationModule } from './consultation/consultation-module';
import { adminModule } from './admin/admin-module';
import { statisticsModule } from './statistics/statistics-module';
import { servicesModule } from './services/services-module';
import { cultivationModule } from './cultivation/cultivation-module';
import { homeModule } from './home/home-module';
import { riskSharingModule } from './risk-sharing/risk-sharing-module';
import { publicCreditModule } from './public-credit/public-credit-module';

/**
 * Every feature module of the app, one line each. Add yours here and nothing else centrally.
 * (Core pages — login, my enterprise, enterprise search, departments — live in app/AppRoutes.tsx.)
 */
export const FEATURE_MODULES: readonly FeatureModule[] = [
  appealsModule,
  creditModule,
  benefitsModule,
  lawModule,
  policiesModule,
  rulebookModule,
  procurementModule,
  inboxModule,
  publicationModule,
  accountsModule,
  inspectionsModule,
  intakeModule,
  consultationModule,
  adminModule,
  statisticsModule,
  servicesModule,
  cultivationModule,
  homeModule,
  riskSharingModule,
  publicCreditModule,
];
