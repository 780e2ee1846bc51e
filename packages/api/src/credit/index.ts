export { creditModule } from './credit-module';
export { setCreditClock } from './credit-clock';
export { publishDemand, loadDemand } from './financing-service';
export { checkProduct } from './loan-product-rules';
