import type { ApiModule } from '../api-module';
import { registerProcurementAwardRoute } from './procurement-awards';
import { registerProcurementComplianceRoute } from './procurement-compliance';
import { procurementRules } from './procurement-context';
import { registerProcurementDeclarationRoutes } from './procurement-declarations';
import { registerProcurementEvaluationRoutes } from './procurement-evaluations';
import { registerProcurementProjectRoutes } from './procurement-projects';
import { registerProcurementPublicRoutes } from './procurement-public';

/** 政府采购 (issue 8): project register with reserved-share compliance, bid evaluation, 声明函, award notices, public execution. */
export const procurementModule: ApiModule = {
  id: 'procurement',
  async register(app, deps) {
    await procurementRules(); // the rule base loads once, at start
    registerProcurementProjectRoutes(app, deps);
    registerProcurementComplianceRoute(app, deps);
    registerProcurementEvaluationRoutes(app, deps);
    registerProcurementAwardRoute(app, deps);
    registerProcurementDeclarationRoutes(app, deps);
    registerProcurementPublicRoutes(app, deps);
  },
};
