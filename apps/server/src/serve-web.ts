import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { SESSION_COOKIE } from '@huiqi/api';
import { loadFirstPageRenderer, type FirstPageRenderer } from './first-page-render';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>惠企 Huiqi</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.6">
<h1>惠企 Huiqi</h1>
<p>网页界面尚未构建。请运行 <code>npm run build:web</code>，然后重新启动服务器。接口照常可用：<a href="/api/docs">/api/docs</a>。</p>
<p>The web UI is not built. Run <code>npm run build:web</code> and restart the server. The API works: <a href="/api/docs">/api/docs</a>.</p>
</body></html>`;

interface FirstPagePreloads {
  scripts: string[];
  styles: string[];
  data: string[];
  visitorsOnly?: boolean;
}

const hasSessionCookie = (request: FastifyRequest) => (request.headers.cookie ?? '').split(';').some((c) => c.trim().startsWith(`${SESSION_COOKIE}=`));

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * index.html for each first page of a flow, announcing what that page will load on demand — its
 * chunks, their CSS and its public data (`.vite/first-pages.json`, written by the build:
 * apps/web/first-pages.ts) — so the browser fetches them with the entry instead of one after another.
 * Data is preloaded with the credentials the app's calls send (apps/web/src/api/client.ts), so the
 * app's own request takes the preloaded answer.
 */
export function firstPageHtml(indexHtml: string, preloadsFile: string): Map<string, { html: Buffer; visitorsOnly: boolean }> {
  const pages = new Map<string, { html: Buffer; visitorsOnly: boolean }>();
  if (!existsSync(preloadsFile) || !indexHtml.includes('</head>')) return pages;
  const preloads = JSON.parse(readFileSync(preloadsFile, 'utf8')) as Record<string, FirstPagePreloads>;
  for (const [path, p] of Object.entries(preloads)) {
    const links = [
      ...p.data.map((href) => `<link rel="preload" href="${attribute(href)}" as="fetch" crossorigin="use-credentials">`),
      ...p.scripts.map((href) => `<link rel="modulepreload" crossorigin href="${attribute(href)}">`),
      ...p.styles.map((href) => `<link rel="preload" as="style" crossorigin href="${attribute(href)}">`),
    ];
    pages.set(path, { html: Buffer.from(indexHtml.replace('</head>', `${links.join('\n    ')}\n  </head>`)), visitorsOnly: p.visitorsOnly ?? false });
  }
  return pages;
}

/**
 * Serves the built web UI at / with an SPA fallback (unknown non-/api paths get index.html), or
 * a small bilingual page when the build is missing. Returns the fallback for the API's 404 handler.
 */
export function webServing(distDir: string): {
  built: boolean;
  register: (app: FastifyInstance) => Promise<void>;
  fallback: (request: FastifyRequest, reply: FastifyReply) => unknown;
} {
  const indexFile = join(distDir, 'index.html');
  const built = existsSync(indexFile);
  if (!built) {
    return {
      built,
      register: async () => {},
      fallback: (_request, reply) => reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT_PAGE),
    };
  }
  const indexHtml = readFileSync(indexFile);
  const pageHtml = firstPageHtml(indexHtml.toString('utf8'), join(distDir, '.vite', 'first-pages.json'));
  const htmlFor = (request: FastifyRequest) => {
    const page = pageHtml.get(request.url.split('?')[0] ?? '');
    // A page shown to visitors only (the front door) announces nothing to a browser with a session.
    if (!page || (page.visitorsOnly && hasSessionCookie(request))) return indexHtml;
    return page.html;
  };
  let renderer: FirstPageRenderer | null = null;
  const sendPage = async (request: FastifyRequest, reply: FastifyReply) => {
    const template = htmlFor(request);
    if (renderer && (await renderer.send(request, reply, template.toString('utf8')))) return reply;
    return reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(template);
  };
  return {
    built,
    register: async (app) => {
      // The first pages drawn on the server when the renderer is built (first-page-render.ts); else the app draws them.
      renderer = await loadFirstPageRenderer(distDir, (e) => app.log.error({ err: e }, 'first page not drawn on the server'));
      // wildcard: false registers one route per built file; anything else falls through to the SPA fallback.
      // preCompressed: the build's .br/.gz copies (apps/web/precompress.ts) go to browsers that accept them.
      // Files under assets/ are named by their content's hash, so a browser may keep them for good.
      await app.register(fastifyStatic, {
        root: distDir,
        wildcard: false,
        index: false,
        serve: true,
        preCompressed: true,
        setHeaders: (reply, path) => {
          if (/[\\/]assets[\\/]/.test(path)) void reply.header('cache-control', 'public, max-age=31536000, immutable');
        },
      });
      app.get('/', sendPage);
    },
    fallback: sendPage,
  };
}
