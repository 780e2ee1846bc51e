import type { ApiModule } from '../api-module';
import { registerCreditAccessRoutes } from './credit-routes-access';
import { registerCreditConsentRoutes } from './credit-routes-consents';
import { registerFinancingRoutes } from './financing-routes';
import { registerWhitelistRoutes } from './financing-whitelist-routes';
import { registerLoanProductRoutes } from './loan-product-routes';
import { registerRiskSharingRoutes } from './risk-sharing-routes';

/** 授权—核验—使用 (credit data with consent, tag `credit`) and 融资对接 (financing demands and loans, tag `financing`). */
export const creditModule: ApiModule = {
  id: 'credit',
  register(app, deps) {
    registerCreditConsentRoutes(app, deps);
    registerCreditAccessRoutes(app, deps);
    registerFinancingRoutes(app, deps);
    registerWhitelistRoutes(app, deps);
    registerLoanProductRoutes(app, deps);
    registerRiskSharingRoutes(app, deps);
  },
};
