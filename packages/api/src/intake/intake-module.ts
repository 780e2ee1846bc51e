import type { ApiModule } from '../api-module';
import { registerIntakeRoutes } from './intake-routes';

/** Data intake from departments (数据归集): console upload with preview, the machine API, batch reports. */
export const intakeModule: ApiModule = {
  id: 'intake',
  register: (app, deps) => registerIntakeRoutes(app, deps),
};
