import type { ApiModule } from '../api-module';
import { registerInspectionCodeRoutes } from './inspections-codes';
import { registerInspectionItemRoutes } from './inspections-items';
import { registerInspectionPlanRoutes } from './inspections-plans';
import { registerInspectionPublicRoutes } from './inspections-public';
import { registerInspectionRosterRoutes } from './inspections-roster';
import { registerInspectionTaskCodeRoutes } from './inspections-task-code';
import { registerInspectionVisitRoutes } from './inspections-visits';
import { registerInspectionResultRoutes } from './inspections-results';
import { registerInspectionOversightRoutes } from './inspections-oversight';
import { registerInspectionUnregisteredRoutes } from './inspections-unregistered';
import { minorViolationCatalogue } from './minor-violation-catalogue';

/** 双随机、一公开 (issue 15): inspection items, inspector rosters, risk grades, plans with verifiable draws, 监督码 visits, results and their publication, merged visits and warnings, 轻微免罚. */
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
    // The list of minor violations is checked at start: a broken rule or citation stops the server.
    minorViolationCatalogue();
    registerInspectionResultRoutes(app, deps);
    registerInspectionOversightRoutes(app, deps);
    registerInspectionUnregisteredRoutes(app, deps);
  },
};
