import type { ApiModule } from '../api-module';
import { registerAdminRoutes } from './admin-routes';
import { registerPasswordRoutes } from './password-routes';

/** 系统管理 Administration: departments, officer accounts, tokens of department systems; and everyone's own password change. */
export const adminModule: ApiModule = {
  id: 'admin',
  register(app, deps) {
    registerAdminRoutes(app, deps);
    registerPasswordRoutes(app, deps);
  },
};
