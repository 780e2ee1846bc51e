import type { ApiModule } from '../api-module';
import { registerInspectionCodeRoutes } from './inspections-codes';
import { registerInspectionItemRoutes } from './inspections-items';
import { registerInspectionPlanRoutes } from './inspections-plans';
import { registerInspectionPublicRoutes } from './inspections-public';
import { registerInspectionRosterRoutes } from './inspections-roster';
import { registerInspectionTaskCodeRoutes } from './inspections-task-code';
import { registerInspectionVisitRoutes } from './inspections-visits';

/** 双随机、一公开 (issue 15): inspection items, inspector rosters, risk grades, plans with verifiable draws, public results. */
export const inspectionsModule: ApiModule = {
  id: 'inspections',
  register(app, deps) {
    registerInspectionItemRoutes(app, deps);
    registerInspectionRosterRoutes(app, deps);
    registerInspectionPlanRoutes(app, deps);
    registerInspectionPublicRoutes(app, deps);
    registerInspectionCodeRoutes(app, deps);
    registerInspectionVisitRoutes(app, deps);
    registerInspectionTaskCodeRoutes(app, deps);
  },
};
