import type { ApiModule } from '../api-module';
import { registerOidcRoutes } from './oidc-routes';
import { registerRegistrationRoutes } from './registration-routes';
import { registerStaffRoutes } from './staff-routes';

/** Enterprise accounts: sign-in through the identity service, self-registration, each enterprise's staff. */
export const accountsModule: ApiModule = {
  id: 'accounts',
  register(app, deps) {
    registerOidcRoutes(app, deps);
    registerRegistrationRoutes(app, deps);
    registerStaffRoutes(app, deps);
  },
};
