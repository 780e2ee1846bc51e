import type { ApiModule } from '../api-module';
import { registerSubscriptionRoutes } from './subscriptions-routes';

/** Notice subscriptions (订阅设置): what is pushed to an enterprise beyond its inbox, where and when; and the outbox rows it caused. */
export const subscriptionsModule: ApiModule = {
  id: 'subscriptions',
  register(app, deps) {
    registerSubscriptionRoutes(app, deps);
  },
};
