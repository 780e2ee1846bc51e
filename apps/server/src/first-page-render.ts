import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '@huiqi/api';
import { chooseEncoding } from './compress-answers';

/** The server's renderer of first pages, built by `vite build --ssr` (apps/web/src/ssr/render-first-page.tsx). */
interface RendererModule {
  renderFirstPage(url: string, seed: Seed): Promise<{ html: string; styles: string }>;
  firstPageData(location: { pathname: string; search: string }, me: unknown): string[];
}

interface Seed {
  me: unknown;
  language: 'zh' | 'en';
  data: Record<string, unknown>;
}

/** The first pages drawn on the server: for a visitor, for someone signed in, or both. */
const DRAWN: Readonly<Record<string, 'visitor' | 'signed-in' | 'both'>> = {
  '/': 'visitor',
  '/login': 'visitor',
  '/policy-calculator': 'both',
  '/home': 'signed-in',
  '/me/policies': 'signed-in',
};

/** The seed's element id (apps/web/src/app/first-page-seed.ts) and the language cookie (apps/web/src/i18n/language.ts). */
const SEED_ID = 'huiqi-first-page';
const LANGUAGE_COOKIE = 'huiqi_lang';
/** A visitor's page is the same for every visitor: drawn once a minute at most, per address and language. */
const VISITOR_PAGE_KEPT_MS = 60_000;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function cookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** Where the renderer is built: beside the web build (`dist` → `dist-ssr`: apps/web/vite.config.ts). */
export function rendererFile(webDist: string): string {
  return join(dirname(webDist), `${basename(webDist)}-ssr`, 'render-first-page.mjs');
}

export interface FirstPageRenderer {
  /**
   * Answers a first page's request with the page drawn in `template` (its index.html): the page's HTML,
   * antd's styles and the seed the app starts from. False when this request's page is not drawn here
   * (another address, a visitor at a signed-in page, the renderer failing): the caller sends the template.
   */
  send(request: FastifyRequest, reply: FastifyReply, template: string): Promise<boolean>;
}

/**
 * Draws the first page of each flow on the server (issue 19: content within 3 s on a phone over Fast 3G,
 * bench/first-load.ts): the browser shows it as soon as the HTML has arrived, while the scripts are still
 * on their way, and the app takes it over when they have run (hydration: apps/web/src/main.tsx). The
 * session and the page's data are what the API answers this request's cookie (asked through the server
 * itself, so every permission check is the API's own). Null when the renderer is not built.
 */
export async function loadFirstPageRenderer(webDist: string, log: (error: unknown) => void): Promise<FirstPageRenderer | null> {
  const file = rendererFile(webDist);
  if (!existsSync(file)) return null;
  const renderer = (await import(pathToFileURL(file).href)) as RendererModule;
  const visitorPages = new Map<string, { page: string; until: number }>();
  const styles = new Map<string, string | null>();
  /** A built stylesheet's text (files under assets/ never change while the server runs). */
  const stylesheet = (href: string): string | null => {
    if (!styles.has(href)) {
      const path = join(webDist, href);
      styles.set(href, existsSync(path) ? readFileSync(path, 'utf8').replace(/<\/style/gi, '<\\/style') : null);
    }
    return styles.get(href)!;
  };

  const ask = async (request: FastifyRequest, url: string): Promise<unknown> => {
    const answer = await request.server.inject({ method: 'GET', url, headers: { cookie: request.headers.cookie ?? '', accept: 'application/json' } });
    return answer.statusCode === 200 ? (answer.json() as unknown) : undefined;
  };

  const draw = async (request: FastifyRequest, template: string): Promise<string | null> => {
    const [pathname = '', query = ''] = request.url.split('?');
    const drawnFor = DRAWN[pathname];
    if (!drawnFor || !template.includes('<div id="root"></div>')) return null;
    const language = cookie(request, LANGUAGE_COOKIE) === 'en' ? 'en' : 'zh';
    const me = cookie(request, SESSION_COOKIE) !== undefined ? ((await ask(request, '/api/me')) ?? null) : null;
    if ((me === null && drawnFor === 'signed-in') || (me !== null && drawnFor === 'visitor')) return null;
    // Kept only for a plain address: no caller can fill the memory with made-up queries.
    const key = me === null && query === '' ? `${language} ${pathname}` : null;
    const kept = key !== null ? visitorPages.get(key) : undefined;
    if (kept && kept.until > Date.now()) return kept.page;
    const data: Record<string, unknown> = {};
    for (const url of renderer.firstPageData({ pathname, search: query ? `?${query}` : '' }, me)) {
      const value = await ask(request, url);
      if (value !== undefined) data[url] = value;
    }
    const seed: Seed = { me, language, data };
    const { html, styles } = await renderer.renderFirstPage(request.url, seed);
    const seedJson = JSON.stringify(seed).replace(/</g, '\\u003c');
    const page = template
      // The page's own styles in the page: it is shown styled without waiting for another round trip.
      // The files are still fetched at once (preload): the app's code asks for them when it loads its parts.
      .replace(/<link rel="(?:stylesheet|preload" as="style)" crossorigin href="(\/assets\/[\w.-]+\.css)"\s*\/?>/g, (link, href: string) => {
        const css = stylesheet(href);
        return css === null ? link : `<style>${css}</style><link rel="preload" as="style" crossorigin href="${href}">`;
      })
      // The data is in the page: the preloads of it would fetch it a second time.
      .replace(/\s*<link rel="preload" href="([^"]*)" as="fetch"[^>]*>/g, (link, href: string) => (href in data ? '' : link))
      // Replacer functions: the drawn text is data (a name with `$&` in it stays as it is).
      .replace('</head>', () => `${styles}\n<script type="application/json" id="${SEED_ID}">${seedJson}</script>\n</head>`)
      // Inert until the app has taken the page over (apps/web/src/app/take-over.ts).
      .replace('<div id="root"></div>', () => `<div id="root" inert>${html}</div>`)
      .replace(/<html lang="[^"]*">/, `<html lang="${language === 'zh' ? 'zh-CN' : 'en'}">`);
    if (key !== null) visitorPages.set(key, { page, until: Date.now() + VISITOR_PAGE_KEPT_MS });
    return page;
  };

  return {
    async send(request, reply, template) {
      let page: string | null;
      try {
        page = await draw(request, template);
      } catch (e) {
        log(e);
        return false;
      }
      if (page === null) return false;
      const body = Buffer.from(page);
      const encoding = chooseEncoding(request.headers['accept-encoding']);
      void reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-cache').header('vary', 'accept-encoding, cookie');
      if (encoding) void reply.header('content-encoding', encoding);
      await reply.send(
        encoding === 'br'
          ? await brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
          : encoding === 'gzip'
            ? await gzipAsync(body, { level: 6 })
            : body,
      );
      return true;
    },
  };
}
