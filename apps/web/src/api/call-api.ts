import type { ApiBody, ApiJson, ApiMethod, ApiParams, ApiPath, ApiQuery, MethodOf } from './api-types';
import { request, type HttpMethod, type QueryValue } from './client';

type Params<P extends ApiPath, M extends MethodOf<P>> = [ApiParams<P, M>] extends [never] ? { params?: undefined } : { params: ApiParams<P, M> };

export type CallOptions<P extends ApiPath, M extends MethodOf<P>> = Params<P, M> & {
  query?: ApiQuery<P, M>;
  body?: ApiBody<P, M>;
  /** Do not tell the unauthorized listeners about a 401 (login, the first /api/me). */
  quietUnauthorized?: boolean;
};

/** `/api/appeals/{trackingNumber}` with its parameters filled in (each one URL-encoded). */
export function fillPath(path: string, params: Readonly<Record<string, string | number>> | undefined): string {
  return path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} of ${path}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * One JSON call to an operation of the API's OpenAPI document: the path, its parameters, the query,
 * the body and the answer are all typed from the generated document. Throws `ApiError` for every failure.
 */
export function callApi<P extends ApiPath, M extends MethodOf<P>>(
  method: M,
  path: P,
  ...[options]: [ApiParams<P, M>] extends [never] ? [CallOptions<P, M>?] : [CallOptions<P, M>]
): Promise<ApiJson<P, M>> {
  const o = (options ?? {}) as { params?: Record<string, string | number>; query?: Record<string, QueryValue>; body?: unknown; quietUnauthorized?: boolean };
  return request<ApiJson<P, M>>((method as ApiMethod).toUpperCase() as HttpMethod, fillPath(path, o.params), {
    ...(o.query !== undefined ? { query: o.query } : {}),
    ...(o.body !== undefined ? { body: o.body } : {}),
    ...(o.quietUnauthorized ? { quietUnauthorized: true } : {}),
  });
}
