export { subscriptionsModule } from './subscriptions-module';
