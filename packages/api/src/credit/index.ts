export { creditModule } from './credit-module';
export { setCreditClock } from './credit-clock';
