import type { ApiModule } from '../api-module';
import { registerAppealActionRoute } from './appeals-actions';
import { registerAppealAttachmentRoutes } from './appeals-attachments';
import { registerAppealDetailRoute } from './appeals-detail';
import { registerAppealDisclosureRoute } from './appeals-disclosure';
import { registerAppealListRoute } from './appeals-list';
import { registerAppealReferenceRoutes } from './appeals-reference';
import { registerAppealStatisticsRoutes } from './appeals-statistics';
import { registerAppealSubmitRoute } from './appeals-submit';
import { registerAppealSupervisionRoute } from './appeals-supervision';
import { registerOpen311Routes } from './open311';

/** 企业诉求 appeals: submission, handling, supervision, statistics, attachments and Open311 GeoReport v2. */
export const appealsModule: ApiModule = {
  id: 'appeals',
  async register(app, deps) {
    registerAppealReferenceRoutes(app, deps);
    registerAppealStatisticsRoutes(app, deps);
    registerAppealSupervisionRoute(app, deps);
    registerAppealSubmitRoute(app, deps);
    registerAppealListRoute(app, deps);
    registerAppealDetailRoute(app, deps);
    registerAppealActionRoute(app, deps);
    registerAppealDisclosureRoute(app, deps);
    await registerAppealAttachmentRoutes(app, deps);
    await registerOpen311Routes(app, deps);
  },
};
