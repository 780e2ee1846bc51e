import type { ApiModule } from '../api-module';
import { getRules } from '../rules/rule-base';
import { registerActionRoutes } from './benefits-actions';
import { registerApplicationRoutes } from './benefits-applications';
import { registerFundRoutes } from './benefits-funds';
import { registerFundAdminRoutes } from './benefits-fund-admin';
import { registerNoApplicationRoutes } from './benefits-no-application';
import { registerPaymentRoutes } from './benefits-payments';

/** Benefits delivered: 申报, 免申即享, review, 公示, disbursement, special funds and their disclosure. */
export const benefitsModule: ApiModule = {
  id: 'benefits',
  async register(app, deps) {
    await getRules();
    registerApplicationRoutes(app, deps);
    registerActionRoutes(app, deps);
    registerNoApplicationRoutes(app, deps);
    registerFundRoutes(app, deps);
    registerFundAdminRoutes(app, deps);
    registerPaymentRoutes(app, deps);
  },
};
