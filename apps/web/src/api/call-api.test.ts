import { afterEach, describe, expect, it } from 'vitest';
import { callApi, fillPath } from './call-api';
import { setFetch } from './client';
import { ApiError } from './api-error';

interface Call {
  url: string;
  init: RequestInit;
}

function answer(status: number, body: unknown): Call[] {
  const calls: Call[] = [];
  setFetch(async (url, init) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

afterEach(() => setFetch((input, init) => fetch(input, init)));

describe('callApi (typed from the generated OpenAPI document)', () => {
  it('fills the path parameters, URL-encoded, and sends the query', async () => {
    const calls = answer(200, { case: { trackingNumber: 'SZ/1' }, departments: {} });
    const body = await callApi('get', '/api/appeals/{trackingNumber}', { params: { trackingNumber: 'SZ/1 2' } });
    expect(calls[0]?.url).toBe('/api/appeals/SZ%2F1%202');
    expect(calls[0]?.init.method).toBe('GET');
    expect(body.case.trackingNumber).toBe('SZ/1');

    await callApi('get', '/api/appeals', { query: { view: 'all', pageSize: 5 } });
    expect(calls[1]?.url).toBe('/api/appeals?view=all&pageSize=5');
  });

  it('sends the body as JSON with the method in capitals', async () => {
    const calls = answer(200, { user: { id: 'u1' } });
    await callApi('post', '/api/auth/login', { body: { username: 'a', password: 'b' } });
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{"username":"a","password":"b"}');
  });

  it('fails as the client does, with the server\'s error code', async () => {
    answer(404, { error: { code: 'APPEAL_NOT_FOUND', message: { zh: '未找到', en: 'not found' } } });
    const failure = await callApi('get', '/api/appeals/{trackingNumber}', { params: { trackingNumber: 'X' } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('APPEAL_NOT_FOUND');
  });

  it('refuses a path whose parameter is missing', () => {
    expect(() => fillPath('/api/appeals/{trackingNumber}', {})).toThrow('missing path parameter trackingNumber');
    expect(fillPath('/api/enterprises/{uscc}/figures/{year}', { uscc: 'U', year: 2024 })).toBe('/api/enterprises/U/figures/2024');
  });
});
