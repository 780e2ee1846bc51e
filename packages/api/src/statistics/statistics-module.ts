import type { ApiModule } from '../api-module';
import { registerFundEvaluationRoutes } from './fund-evaluation-routes';
import { registerReleaseRoutes } from './release-routes';
import { registerReportRoutes } from './report-routes';
import { registerStatisticsRoutes } from './statistics-routes';

/**
 * Statistics (统计监测): indicators computed from live data — the registry snapshot for the
 * registry figures, SQL aggregates for the modules' — the public statistics page with disclosure
 * control, and the annual report to the people's congress (深圳 draft 第六条) as DOCX and PDF; the funds' audit and evaluation results
 * recorded and published (第五十六条).
 */
export const statisticsModule: ApiModule = {
  id: 'statistics',
  register(app, deps) {
    registerStatisticsRoutes(app, deps);
    registerReportRoutes(app, deps);
    registerReleaseRoutes(app, deps);
    registerFundEvaluationRoutes(app, deps);
  },
};
