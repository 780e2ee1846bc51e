import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { SESSION_COOKIE } from '@huiqi/api';
import { loadFirstPageRenderer, rendererFile } from './first-page-render';

const TEMPLATE = [
  '<!doctype html><html lang="zh-CN"><head>',
  '<link rel="stylesheet" crossorigin href="/assets/index-1.css">',
  '<link rel="preload" href="/api/calc" as="fetch" crossorigin="use-credentials">',
  '<link rel="preload" href="/api/other" as="fetch" crossorigin="use-credentials">',
  '</head><body><div id="root"></div></body></html>',
].join('\n');

/**
 * A stand-in for the built renderer (apps/web/src/ssr/render-first-page.tsx): it draws the address,
 * the session's name and the data it was given, and counts its calls; `/policy-calculator?fail` throws.
 */
const RENDERER = `
let calls = 0;
export function firstPageData(location, me) {
  if (location.pathname === '/policy-calculator') return ['/api/calc', '/api/forbidden'];
  return me && location.pathname === '/home' ? ['/api/home/enterprise'] : [];
}
export async function renderFirstPage(url, seed) {
  if (url.includes('fail')) throw new Error('cannot draw');
  calls++;
  return { html: '<main data-call="' + calls + '">' + url + ' ' + (seed.me ? seed.me.name : 'visitor') + ' ' + seed.language + ' ' + JSON.stringify(seed.data) + '</main>', styles: '<style data-antd>.x{}</style>' };
}`;

async function serverWithRenderer() {
  const dist = join(mkdtempSync(join(tmpdir(), 'huiqi-ssr-')), 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'assets', 'index-1.css'), 'body{color:red}');
  mkdirSync(join(dist, '..', 'dist-ssr'));
  writeFileSync(rendererFile(dist), RENDERER);
  const errors: unknown[] = [];
  const renderer = await loadFirstPageRenderer(dist, (e) => errors.push(e));
  const app = Fastify();
  const signedIn = (cookie: string | undefined) => (cookie ?? '').includes(`${SESSION_COOKIE}=good`);
  app.get('/api/me', async (request, reply) => (signedIn(request.headers.cookie) ? { name: 'A<b>$&' } : reply.status(401).send({ error: 'no session' })));
  app.get('/api/home/enterprise', async () => ({ open: 2 }));
  app.get('/api/calc', async () => ({ choices: [1, 2] }));
  app.get('/api/forbidden', async (_request, reply) => reply.status(403).send({ error: 'forbidden' }));
  app.setNotFoundHandler(async (request, reply) => ((await renderer!.send(request, reply, TEMPLATE)) ? reply : reply.type('text/html').send(TEMPLATE)));
  const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  return { renderer, app, get, errors };
}

describe('first pages drawn on the server', () => {
  it('is off when the renderer is not built', async () => {
    expect(await loadFirstPageRenderer(join(tmpdir(), 'no-such-build', 'dist'), () => undefined)).toBeNull();
  });

  it("draws a visitor's front door into an inert root, with its styles and the seed the app starts from", async () => {
    const { get, app } = await serverWithRenderer();
    const html = (await get('/')).body;
    expect(html).toContain('<div id="root" inert><main data-call="1">/ visitor zh {}</main></div>');
    expect(html).toContain('<style data-antd>.x{}</style>');
    // The entry's stylesheet inline (no round trip before the first paint), and still fetched for the app.
    expect(html).toContain('<style>body{color:red}</style><link rel="preload" as="style" crossorigin href="/assets/index-1.css">');
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain('<script type="application/json" id="huiqi-first-page">{"me":null,"language":"zh","data":{}}</script>');
    await app.close();
  });

  it('draws a signed-in page with the answers the API gives this session, and leaves out the refused ones', async () => {
    const { get, app } = await serverWithRenderer();
    const cookie = `${SESSION_COOKIE}=good`;
    const home = (await get('/home', { cookie })).body;
    expect(home).toContain('/home A<b>$& zh {"/api/home/enterprise":{"open":2}}');
    // The seed cannot close its script element: "<" is written as \\u003c.
    expect(home).toContain('{"me":{"name":"A\\u003cb>$&"},"language":"zh","data":{"/api/home/enterprise":{"open":2}}}');
    expect((await get('/policy-calculator', { cookie })).body).toContain('{"/api/calc":{"choices":[1,2]}}');
    // A visitor at a signed-in page, someone signed in at a visitor's page, another address: the plain page.
    expect((await get('/home')).body).toBe(TEMPLATE);
    expect((await get('/home', { cookie: `${SESSION_COOKIE}=expired` })).body).toBe(TEMPLATE);
    expect((await get('/', { cookie })).body).toBe(TEMPLATE);
    expect((await get('/benefits', { cookie })).body).toBe(TEMPLATE);
    await app.close();
  });

  it('drops the preload of data that is in the page, keeps the others, and writes in the language of the cookie', async () => {
    const { get, app } = await serverWithRenderer();
    const html = (await get('/policy-calculator', { cookie: 'huiqi_lang=en' })).body;
    expect(html).not.toContain('href="/api/calc"');
    expect(html).toContain('href="/api/other"');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('/policy-calculator visitor en');
    await app.close();
  });

  it("draws a visitor's page once a minute for everyone, but not an address with a query", async () => {
    const { get, app } = await serverWithRenderer();
    expect((await get('/')).body).toContain('data-call="1"');
    expect((await get('/')).body).toContain('data-call="1"');
    expect((await get('/?q=x')).body).toContain('data-call="2"');
    expect((await get('/?q=x')).body).toContain('data-call="3"');
    await app.close();
  });

  it('sends the plain page when drawing fails, and reports why', async () => {
    const { get, app, errors } = await serverWithRenderer();
    expect((await get('/policy-calculator?fail')).body).toBe(TEMPLATE);
    expect(errors).toHaveLength(1);
    await app.close();
  });

  it('compresses the drawn page for a browser that accepts it', async () => {
    const { get, app } = await serverWithRenderer();
    const answer = await get('/', { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['cache-control']).toBe('private, no-cache');
    expect(brotliDecompressSync(answer.rawPayload).toString('utf8')).toContain('<main data-call="1">');
    await app.close();
  });
});
