import type { ApiModule } from '../api-module';
import { registerCultivationPoolRoute } from './cultivation-pool';
import { registerCultivationTargetRoutes } from './cultivation-targets';
import { registerInnovationScoreRoute } from './cultivation-innovation-score';
import { registerCultivationEnterpriseRoutes } from './cultivation-routes-enterprise';
import { registerCultivationOfficerRoutes } from './cultivation-routes-officer';
import { registerCultivationPublicRoutes } from './cultivation-routes-public';

/** 优质中小企业梯度培育: recognition of 创新型 / 专精特新 / 小巨人 from self-assessment to certificate (issue 17). */
export const cultivationModule: ApiModule = {
  id: 'cultivation',
  async register(app, deps) {
    registerCultivationPublicRoutes(app, deps);
    registerCultivationOfficerRoutes(app, deps);
    registerCultivationPoolRoute(app, deps);
    registerCultivationTargetRoutes(app, deps);
    registerInnovationScoreRoute(app, deps);
    await registerCultivationEnterpriseRoutes(app, deps);
  },
};
