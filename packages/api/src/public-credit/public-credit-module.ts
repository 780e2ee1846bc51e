import type { ApiModule } from '../api-module';
import { registerMarkRoutes } from './public-credit-routes-marks';
import { registerObjectionRoutes } from './public-credit-routes-objections';
import { registerRepairRoutes } from './public-credit-routes-repairs';

/** 公共信用: credit marks with their basis and publication period, the public list, credit repair (tag `credit`). */
export const publicCreditModule: ApiModule = {
  id: 'public-credit',
  register(app, deps) {
    registerMarkRoutes(app, deps);
    registerRepairRoutes(app, deps);
    registerObjectionRoutes(app, deps);
  },
};
