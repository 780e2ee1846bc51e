import { ApiError, NETWORK_ERROR, UNREADABLE_RESPONSE, apiErrorFromResponse } from './api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

let fetchImpl: FetchLike = (input, init) => fetch(input, init);
const unauthorizedListeners = new Set<() => void>();

/** Replaces `fetch` (tests). */
export function setFetch(next: FetchLike): void {
  fetchImpl = next;
}

/**
 * GET answers asked for before the page that reads them has loaded (app/first-page-data.ts), by
 * address: the page's own request takes one instead of asking again, once, and only while it is fresh.
 */
const early = new Map<string, { response: Promise<Response>; until: number }>();
const EARLY_ANSWER_KEPT_MS = 30_000;

/** Starts a GET of `path` (with its query) now, for a request that a page about to load will make. */
export function startEarly(path: string): void {
  if (early.has(path)) return;
  const response = fetchImpl(path, { method: 'GET', credentials: 'include', headers: { Accept: 'application/json' } });
  response.catch(() => undefined); // a failure is the taker's (request() reports it), not an unhandled rejection
  early.set(path, { response, until: Date.now() + EARLY_ANSWER_KEPT_MS });
}

function takeEarly(method: HttpMethod, url: string): Promise<Response> | undefined {
  const answer = method === 'GET' ? early.get(url) : undefined;
  if (!answer) return undefined;
  early.delete(url);
  return answer.until >= Date.now() ? answer.response : undefined;
}

/** Called whenever an authenticated call answers 401 (the session ended): the app goes back to login. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** `/api/x?a=1&b=2`, leaving out empty values. */
export function buildUrl(path: string, query?: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await response.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export interface RequestOptions {
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
  /** Do not tell the unauthorized listeners about a 401 (login, the first /api/me). */
  quietUnauthorized?: boolean;
}

/** One JSON call to the API with the session cookie. Throws `ApiError` for every failure. */
export async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
  const init: RequestInit = {
    method,
    credentials: 'include',
    headers: { Accept: 'application/json', ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  };
  let response: Response;
  try {
    const url = buildUrl(path, options.query);
    response = await (takeEarly(method, url) ?? fetchImpl(url, init));
  } catch {
    throw new ApiError(0, NETWORK_ERROR, null);
  }
  const body = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && !options.quietUnauthorized) unauthorizedListeners.forEach((listener) => listener());
    throw apiErrorFromResponse(response.status, body.ok ? body.value : undefined, response.headers.get('x-request-id'));
  }
  if (!body.ok) throw new ApiError(response.status, UNREADABLE_RESPONSE, null);
  return body.value as T;
}
