export { cultivationModule } from './cultivation-module';
export { CULTIVATION_ERROR_CODES_HTTP } from './cultivation-error-codes';
export { setCultivationClock } from './cultivation-clock';
