import { afterEach, describe, it, expect } from 'vitest';
import { buildUrl, onUnauthorized, request, setFetch, startEarly } from './client';
import { ApiError, NETWORK_ERROR, UNREADABLE_RESPONSE } from './api-error';
import { errorMessage } from './error-message';

interface Call {
  url: string;
  init: RequestInit;
}

function answer(status: number, body: string, calls: Call[] = []) {
  setFetch(async (url, init) => {
    calls.push({ url, init });
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

const forbidden = JSON.stringify({
  error: { code: 'FORBIDDEN_DEPARTMENT', message: { zh: '无权查看其他部门', en: 'You may not view another department' } },
});

afterEach(() => setFetch((input, init) => fetch(input, init)));

describe('API client', () => {
  it('sends JSON with the session cookie and reads JSON back', async () => {
    const calls = answer(200, '{"user":{"id":"1"}}');
    const body = await request<{ user: { id: string } }>('POST', '/api/auth/login', { body: { username: 'a', password: 'b' } });
    expect(body.user.id).toBe('1');
    expect(calls[0]?.url).toBe('/api/auth/login');
    expect(calls[0]?.init.credentials).toBe('include');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{"username":"a","password":"b"}');
    expect((calls[0]?.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/enterprises', { q: '鹏城', district: '', tag: undefined, page: 2 })).toBe('/api/enterprises?q=%E9%B9%8F%E5%9F%8E&page=2');
    expect(buildUrl('/api/x', {})).toBe('/api/x');
  });

  it('turns the error body into an ApiError with the bilingual message', async () => {
    answer(403, forbidden);
    const error = await request('GET', '/api/departments/dept-commerce').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    expect((error as ApiError).code).toBe('FORBIDDEN_DEPARTMENT');
    expect(errorMessage(error, 'zh')).toBe('无权查看其他部门');
    expect(errorMessage(error, 'en')).toBe('You may not view another department');
  });

  it('uses its own message when the body is not the error shape', async () => {
    answer(502, '<html>Bad gateway</html>');
    const error = await request('GET', '/api/health').catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('HTTP_502');
    expect(errorMessage(error, 'zh')).toBe('服务器出错（HTTP 502），请稍后再试');
    expect(errorMessage(error, 'en')).toBe('Server error (HTTP 502); please try again later');
  });

  it('reports a success whose body is not JSON', async () => {
    answer(200, 'not json');
    const error = await request('GET', '/api/health').catch((e: unknown) => e);
    expect((error as ApiError).code).toBe(UNREADABLE_RESPONSE);
    expect(errorMessage(error, 'en')).toBe('The server sent a response that could not be read (HTTP 200)');
  });

  it('reports an unreachable server as a network error', async () => {
    setFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await request('GET', '/api/me').catch((e: unknown) => e);
    expect((error as ApiError).code).toBe(NETWORK_ERROR);
    expect(errorMessage(error, 'zh')).toBe('无法连接服务器，请检查网络后重试');
  });

  it('tells listeners about a 401 unless asked to stay quiet', async () => {
    let heard = 0;
    const stop = onUnauthorized(() => heard++);
    answer(401, '');
    await request('GET', '/api/enterprises').catch(() => undefined);
    await request('GET', '/api/me', { quietUnauthorized: true }).catch(() => undefined);
    stop();
    await request('GET', '/api/enterprises').catch(() => undefined);
    expect(heard).toBe(1);
  });

  it('does not repeat a problem the main message already states', async () => {
    answer(
      400,
      JSON.stringify({
        error: {
          code: 'VALIDATION_FAILED',
          message: { zh: '路径参数不符合要求：统一社会信用代码无效', en: 'Invalid path: the uscc is not valid' },
          details: { part: 'params', issues: [{ path: 'uscc', message: { zh: '统一社会信用代码无效', en: 'the uscc is not valid' } }] },
        },
      }),
    );
    const error = await request('GET', '/api/enterprises/X').catch((e: unknown) => e);
    expect(errorMessage(error, 'zh')).toBe('路径参数不符合要求：统一社会信用代码无效');
    expect(errorMessage(error, 'en')).toBe('Invalid path: the uscc is not valid');
  });

  it('lists field problems from the details after the message', async () => {
    answer(
      400,
      JSON.stringify({
        error: {
          code: 'VALIDATION_FAILED',
          message: { zh: '数据校验未通过', en: 'Validation failed' },
          details: [
            { path: ['employees'], message: { zh: '须为非负整数', en: 'must be a non-negative integer' } },
            { path: 'revenueFen', message: 'too small' },
            { nothing: true },
          ],
        },
      }),
    );
    const error = await request('PUT', '/api/enterprises/X/figures/2024', { body: {} }).catch((e: unknown) => e);
    expect(errorMessage(error, 'zh')).toBe('数据校验未通过（employees：须为非负整数；revenueFen：too small）');
    expect(errorMessage(error, 'en')).toBe('Validation failed (employees: must be a non-negative integer; revenueFen: too small)');
  });

  it('a page takes the GET answer started early for its address, once, and asks itself afterwards', async () => {
    const calls = answer(200, '{"n":1}');
    startEarly('/api/home/enterprise');
    expect(calls.map((c) => c.url)).toEqual(['/api/home/enterprise']);
    expect(calls[0]?.init.credentials).toBe('include');
    await expect(request('GET', '/api/home/enterprise')).resolves.toEqual({ n: 1 });
    expect(calls).toHaveLength(1);
    await request('GET', '/api/home/enterprise');
    expect(calls).toHaveLength(2);
  });

  it('an answer started early is only taken by a GET of the very same address', async () => {
    const calls = answer(200, '{}');
    startEarly('/api/x?explain=1');
    await request('GET', '/api/x');
    await request('POST', '/api/x', { query: { explain: 1 } });
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(['GET /api/x?explain=1', 'GET /api/x', 'POST /api/x?explain=1']);
    await request('GET', '/api/x', { query: { explain: 1 } });
    expect(calls).toHaveLength(3);
  });
});
