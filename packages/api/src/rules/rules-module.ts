import type { ApiModule } from '../api-module';
import { registerClassifyRoute } from './classify';
import { registerDeclaredFactsRoutes } from './declared-facts';
import { registerEligibilityRoute } from './eligibility';
import { registerParameterRoutes } from './parameters';
import { registerPolicyCalculatorRoutes } from './policy-calculator';
import { registerPolicyRoutes } from './policies';
import { getRules } from './rule-base';

/** Rules as code over HTTP: eligibility of an enterprise, the policy list, parameters, size classification, the public policy calculator. */
export const rulesModule: ApiModule = {
  id: 'rules',
  async register(app, deps) {
    await getRules(); // load and check rules/ once at start: a broken rule base stops the server here
    registerEligibilityRoute(app, deps);
    registerDeclaredFactsRoutes(app, deps);
    registerPolicyRoutes(app, deps);
    registerParameterRoutes(app, deps);
    registerClassifyRoute(app, deps);
    registerPolicyCalculatorRoutes(app, deps);
  },
};
