import type { ApiModule } from '../api-module';
import { registerHomeRoutes } from './home-routes';

/** Home pages (工作台) per role and the public front door's highlights (issue 19). */
export const homeModule: ApiModule = {
  id: 'home',
  register(app, deps) {
    registerHomeRoutes(app, deps);
  },
};
