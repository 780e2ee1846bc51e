import type { ApiModule } from '../api-module';
import { registerProviderRoutes } from './services-routes-providers';
import { registerVoucherRoutes } from './services-routes-vouchers';

/** 公共服务体系: service providers and vouchers (tag `services`). */
export const servicesModule: ApiModule = {
  id: 'services',
  register(app, deps) {
    registerProviderRoutes(app, deps);
    registerVoucherRoutes(app, deps);
  },
};
