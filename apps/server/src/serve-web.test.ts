import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { SESSION_COOKIE } from '@huiqi/api';
import { firstPageHtml, webServing } from './serve-web';

const INDEX = '<!doctype html><html><head><title>惠企</title></head><body><div id="root"></div></body></html>';

describe("a first page's HTML announces what the page will load", () => {
  it('lists its chunks, their CSS and its public data as preloads, only for the pages the build names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huiqi-first-pages-'));
    const file = join(dir, 'first-pages.json');
    writeFileSync(file, JSON.stringify({ '/': { scripts: ['/assets/Front-a1.js'], styles: ['/assets/Front-b2.css'], data: ['/api/home/public'] } }));
    const pages = firstPageHtml(INDEX, file);
    expect([...pages.keys()]).toEqual(['/']);
    const html = pages.get('/')!.html.toString('utf8');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/Front-a1.js">');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/Front-b2.css">');
    // With the credentials the app's own call sends, so that call takes the preloaded answer.
    expect(html).toContain('<link rel="preload" href="/api/home/public" as="fetch" crossorigin="use-credentials">');
    expect(html.indexOf('/api/home/public')).toBeLessThan(html.indexOf('</head>'));
  });

  it('is the plain index.html when the build wrote no list', () => {
    expect(firstPageHtml(INDEX, join(tmpdir(), 'no-such-dir', 'first-pages.json')).size).toBe(0);
  });

  it('the front door announces its chunks to a visitor only: a browser with a session is taken to its home', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'huiqi-dist-'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    mkdirSync(join(dist, '.vite'));
    const page = { scripts: ['/assets/P-1.js'], styles: [], data: [] };
    writeFileSync(join(dist, '.vite', 'first-pages.json'), JSON.stringify({ '/': { ...page, visitorsOnly: true }, '/home': { ...page, visitorsOnly: false } }));
    const web = webServing(dist);
    const app = Fastify();
    await web.register(app);
    app.setNotFoundHandler(web.fallback);
    const get = async (url: string, cookie?: string) => (await app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} })).body;
    expect(await get('/')).toContain('/assets/P-1.js');
    expect(await get('/', `${SESSION_COOKIE}=abc`)).not.toContain('/assets/P-1.js');
    expect(await get('/home', `${SESSION_COOKIE}=abc`)).toContain('/assets/P-1.js');
    expect(await get('/home?x=1')).toContain('/assets/P-1.js');
    expect(await get('/benefits')).toBe(INDEX);
    await app.close();
  });
});
