import { isBilingualText, type BilingualText } from '../i18n/bilingual';

/**
 * The error body every failing endpoint sends (the OpenAPI document's description; the routes
 * document their successful answers only).
 */
export interface ApiErrorBody {
  error: { code: string; message: BilingualText; details?: unknown };
}

/**
 * A failed API call. `status` 0 means the server was not reached at all.
 * `code` and `message` come from the server's error body when it sent one.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: BilingualText | null,
    readonly details?: unknown,
    /** The server's X-Request-Id of the failed call, for the user to quote to the help desk. */
    readonly requestId?: string,
  ) {
    super(`${status} ${code}${serverMessage ? `: ${serverMessage.en}` : ''}`);
    this.name = 'ApiError';
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';
export const UNREADABLE_RESPONSE = 'UNREADABLE_RESPONSE';

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const error = (value as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    isBilingualText((error as { message?: unknown }).message)
  );
}

/** Builds the error for a non-2xx response from its status and (possibly unreadable) body. */
export function apiErrorFromResponse(status: number, body: unknown, requestId?: string | null): ApiError {
  const id = requestId ?? undefined;
  if (isApiErrorBody(body)) return new ApiError(status, body.error.code, body.error.message, body.error.details, id);
  return new ApiError(status, `HTTP_${status}`, null, undefined, id);
}
