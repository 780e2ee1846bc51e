export { procurementModule } from './procurement-module';
export { procurementMatrix } from './procurement.matrix';
export { PROCUREMENT_ERROR_CODES } from './procurement-error-codes';
