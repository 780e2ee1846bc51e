export { adminModule } from './admin-module';
export { adminMatrix } from './admin.matrix';
export { ADMIN_ERROR_CODES } from './admin-error-codes';
