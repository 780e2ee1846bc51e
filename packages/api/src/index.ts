export { buildApi, BODY_LIMIT_BYTES, type ApiOptions, type ApiRoute } from './build-api';
export type { ApiDeps } from './deps';
export { ERROR_CODES, type ErrorCode } from './errors/error-codes';
export { AppError, type ErrorBody } from './errors/app-error';
export { SESSION_COOKIE } from './auth/authenticate';
export * from './appeals';
export * from './benefits';
export * from './publication';
export * from './intake';
