import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstPageHtml } from './serve-web';

const INDEX = '<!doctype html><html><head><title>惠企</title></head><body><div id="root"></div></body></html>';

describe("a first page's HTML announces what the page will load", () => {
  it('lists its chunks, their CSS and its public data as preloads, only for the pages the build names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huiqi-first-pages-'));
    const file = join(dir, 'first-pages.json');
    writeFileSync(file, JSON.stringify({ '/': { scripts: ['/assets/Front-a1.js'], styles: ['/assets/Front-b2.css'], data: ['/api/home/public'] } }));
    const pages = firstPageHtml(INDEX, file);
    expect([...pages.keys()]).toEqual(['/']);
    const html = pages.get('/')!.toString('utf8');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/Front-a1.js">');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/Front-b2.css">');
    // With the credentials the app's own call sends, so that call takes the preloaded answer.
    expect(html).toContain('<link rel="preload" href="/api/home/public" as="fetch" crossorigin="use-credentials">');
    expect(html.indexOf('/api/home/public')).toBeLessThan(html.indexOf('</head>'));
  });

  it('is the plain index.html when the build wrote no list', () => {
    expect(firstPageHtml(INDEX, join(tmpdir(), 'no-such-dir', 'first-pages.json')).size).toBe(0);
  });
});
