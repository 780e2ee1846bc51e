import type { ApiModule } from './api-module';
import { consultationModule } from './consultation/consultation-module';
import { creditModule } from './credit/credit-module';
import { servicesModule } from './services/services-module';
import { rulesModule } from './rules/rules-module';
import { procurementModule } from './procurement/procurement-module';
import { lawModule } from './law/law-module';
import { benefitsModule } from './benefits/benefits-module';
import { appealsModule } from './appeals/appeals-module';
import { publicationModule } from './publication/publication-module';
import { subscriptionsModule } from './subscriptions/subscriptions-module';
import { accountsModule } from './accounts/accounts-module';
import { inspectionsModule } from './inspections/inspections-module';
import { adminModule } from './admin/admin-module';
import { intakeModule } from './intake/intake-module';
import { snapshotModule } from './snapshot/snapshot-module';
import { statisticsModule } from './statistics/statistics-module';
import { cultivationModule } from './cultivation/cultivation-module';
import { homeModule } from './home/home-module';
import { publicCreditModule } from './public-credit/public-credit-module';

/** Every feature module of the API, one line each (core routes are registered in build-api.ts). */
export const API_MODULES: readonly ApiModule[] = [
  appealsModule,
  consultationModule,
  creditModule,
  servicesModule,
  benefitsModule,
  lawModule,
  procurementModule,
  publicationModule,
  rulesModule,
  subscriptionsModule,
  accountsModule,
  inspectionsModule,
  adminModule,
  intakeModule,
  snapshotModule,
  cultivationModule,
  statisticsModule,
  homeModule,
  publicCreditModule,
];
